import {
  renderText
} from "./chunk-CRNO5HZ6.js";
import "./chunk-7EEGRARM.js";
import "./chunk-ZICL3A3V.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-X2PHKT5L.js";
import "./chunk-X574D54R.js";
import "./chunk-TREYJGXC.js";
import "./chunk-ZZEGNHZK.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-7AGXC442.js";
import "./chunk-MAXDAXTO.js";
export {
  renderText
};
