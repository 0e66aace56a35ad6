import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  GITHUB_MAX_RESULTS,
  SARIF_LEVEL,
  SARIF_SCHEMA_URI,
  SECURITY_SEVERITY,
  SOURCE_ROOT_ID,
  sarifReportText
} from "./chunk-SITYLL3L.js";
import "./chunk-GWOGSJWW.js";
import "./chunk-QN43GF2S.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-QDREGLBI.js";
import "./chunk-G5WUEZBL.js";
import "./chunk-DLXY7BR3.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-6MMAA2BP.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
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
