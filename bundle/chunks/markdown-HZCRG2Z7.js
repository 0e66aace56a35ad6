import {
  renderMarkdown
} from "./chunk-GT5MAO7O.js";
import "./chunk-4HD3HIA4.js";
import "./chunk-U2C5JR73.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-QOPP46YK.js";
import "./chunk-MNX5W6QJ.js";
import "./chunk-RO7B7PEA.js";
import "./chunk-WOJCV5WC.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-UWXKH4OY.js";
import "./chunk-MAXDAXTO.js";
export {
  renderMarkdown
};
