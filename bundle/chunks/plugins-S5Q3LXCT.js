import {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
} from "./chunk-XUEFSXDF.js";
import "./chunk-CJDJFWRB.js";
import "./chunk-C665IBJJ.js";
import "./chunk-UEMR54TN.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
import "./chunk-ZAROGFVC.js";
export {
  PLUGIN_API_VERSION,
  RULE_ID,
  describeOrigin,
  loadExtensions
};
