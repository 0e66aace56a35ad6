import {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
} from "./chunk-24ZVNAJE.js";
import "./chunk-XG5UDHWO.js";
import "./chunk-B36SQNEU.js";
import "./chunk-7I2CKXMQ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-3X7TSHJF.js";
import "./chunk-4SJZ32UT.js";
export {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
};
