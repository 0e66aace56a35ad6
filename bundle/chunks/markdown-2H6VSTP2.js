import {
  renderMarkdown
} from "./chunk-N2AZX5BH.js";
import "./chunk-4HD3HIA4.js";
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
  renderMarkdown
};
