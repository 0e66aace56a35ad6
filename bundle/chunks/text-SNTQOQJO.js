import {
  renderText
} from "./chunk-VY2CCNFH.js";
import "./chunk-7EEGRARM.js";
import "./chunk-WHE7LRRX.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-FBRRTEAV.js";
import "./chunk-6TZPUHOZ.js";
import "./chunk-RO7B7PEA.js";
import "./chunk-WOJCV5WC.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-UWXKH4OY.js";
import "./chunk-MAXDAXTO.js";
export {
  renderText
};
