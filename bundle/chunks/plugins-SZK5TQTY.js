import {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
} from "./chunk-77UL2PHA.js";
import "./chunk-I47XARTC.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-OO4TUWYZ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";
export {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
};
