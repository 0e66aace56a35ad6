import {
  renderText
} from "./chunk-IQNDT6SE.js";
import "./chunk-7EEGRARM.js";
import "./chunk-XIPW5XLR.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-SIZJJGVV.js";
import "./chunk-X574D54R.js";
import "./chunk-TREYJGXC.js";
import "./chunk-ZZEGNHZK.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-7AGXC442.js";
import "./chunk-MAXDAXTO.js";
export {
  renderText
};
