import {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
} from "./chunk-KTOMW6B2.js";
import "./chunk-M65RQQ4U.js";
import "./chunk-7EEGRARM.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-EN46DBBL.js";
import "./chunk-FZCBQZ7J.js";
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
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
};
