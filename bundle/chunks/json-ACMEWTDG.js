import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
} from "./chunk-LTMHJX4M.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-A4S6FF77.js";
import "./chunk-RS6LWZNU.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-Q4HWSI32.js";
import "./chunk-MHS4UB3T.js";
import "./chunk-KOBURP4K.js";
import "./chunk-G5WUEZBL.js";
import "./chunk-BX2AETPU.js";
import "./chunk-DLXY7BR3.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-6MMAA2BP.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
import "./chunk-RM4BNA5F.js";
export {
  JSON_SCHEMA_VERSION,
  jsonFinding,
  jsonReport,
  jsonReportText,
  jsonRule
};
