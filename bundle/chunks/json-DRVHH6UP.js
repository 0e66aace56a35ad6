import {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
} from "./chunk-SXTT4K7N.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-V366REW2.js";
import "./chunk-EA42TCHY.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-TAZCZXQ6.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-ILYOO3VO.js";
import "./chunk-6ZAFTKQO.js";
import "./chunk-BC7SAI3W.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-GSH24J2R.js";
import "./chunk-23EWYKRM.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
import "./chunk-ZAROGFVC.js";
export {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
};
