import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
} from "./chunk-R7U2JHOL.js";
import "./chunk-PA4IPTCS.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-5RRW7AFE.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-6MMAA2BP.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
import "./chunk-RM4BNA5F.js";
export {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
};
