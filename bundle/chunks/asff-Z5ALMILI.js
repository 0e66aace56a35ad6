import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
} from "./chunk-65COBELC.js";
import {
  repositoryFromRemote
} from "./chunk-JL6YQ3WE.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-TAZCZXQ6.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-U52JZRGG.js";
import "./chunk-NJ44LUHS.js";
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
