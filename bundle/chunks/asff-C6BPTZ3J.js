import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
} from "./chunk-YUET5PKQ.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-WTSP5OFI.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
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
