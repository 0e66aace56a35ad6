import {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
} from "./chunk-Z6RSBQYI.js";
import "./chunk-45XWRMVH.js";
import "./chunk-QN43GF2S.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";
export {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
};
