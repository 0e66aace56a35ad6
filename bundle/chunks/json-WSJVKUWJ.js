import {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
} from "./chunk-ZG5QI3O4.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-OWBHULM3.js";
import "./chunk-O4FFELUZ.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-CCXHTN5D.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-4URPPMM7.js";
import "./chunk-V7WJTKWN.js";
import "./chunk-GFLMZUAD.js";
import "./chunk-QI3ZGK6M.js";
import "./chunk-HSTADTVA.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-OYYBRLIX.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-23EWYKRM.js";
import "./chunk-ZAROGFVC.js";
export {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
};
