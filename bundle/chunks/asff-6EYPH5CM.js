import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf,
  repositoryFromRemote
} from "./chunk-ZYET3WTK.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-CCXHTN5D.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-4AJW2O4V.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-ZAROGFVC.js";
export {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf,
  repositoryFromRemote
};
