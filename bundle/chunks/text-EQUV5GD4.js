import {
  renderText
} from "./chunk-3FACQI66.js";
import "./chunk-7EEGRARM.js";
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
  renderText
};
