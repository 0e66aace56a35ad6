import {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
} from "./chunk-5K32DG3G.js";
import "./chunk-XG5UDHWO.js";
import "./chunk-B36SQNEU.js";
import "./chunk-GTQKVYX7.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-ZAROGFVC.js";
export {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
};
