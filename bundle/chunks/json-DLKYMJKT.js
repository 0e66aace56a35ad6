import {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
} from "./chunk-R6OLIKGV.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-MDX3CDXA.js";
import "./chunk-EN46DBBL.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-RZA6EPJV.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-XAFM57I7.js";
import "./chunk-SEPZZS6X.js";
import "./chunk-YCUEQMVE.js";
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
