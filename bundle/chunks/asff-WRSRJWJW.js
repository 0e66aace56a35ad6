import {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
} from "./chunk-IA5DBYJW.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-RZA6EPJV.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-UQ3QPLOV.js";
import "./chunk-NJ44LUHS.js";
import "./chunk-ZAROGFVC.js";
export {
  ASFF_FINDING_TYPE,
  asffFinding,
  asffFindings,
  asffMissingTarget,
  asffReportText,
  cut,
  partitionOf
};
