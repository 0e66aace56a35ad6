import {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
} from "./chunk-7GJOIO4F.js";
import "./chunk-M65RQQ4U.js";
import "./chunk-7EEGRARM.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-O4FFELUZ.js";
import "./chunk-FZCBQZ7J.js";
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
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
};
