import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
} from "./chunk-VBTRTEKR.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-EQYR6YSQ.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";
export {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
};
