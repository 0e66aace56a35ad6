import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf,
  repositoryFromRemote
} from "./chunk-FTVN5WLB.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-MF34MBFI.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-CECTVXWV.js";
import "./chunk-3X7TSHJF.js";
import "./chunk-4SJZ32UT.js";
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
