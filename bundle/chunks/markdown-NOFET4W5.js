import {
  renderMarkdown
} from "./chunk-RCDPJJLD.js";
import "./chunk-ROUOIPCF.js";
import "./chunk-VBB4KITS.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-MF34MBFI.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-ABGNNYRG.js";
import "./chunk-G7YE3JWI.js";
import "./chunk-JEQHOGSU.js";
import "./chunk-QI3ZGK6M.js";
import "./chunk-3PS4O7MD.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-CHRQCLPV.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-3X7TSHJF.js";
import "./chunk-23EWYKRM.js";
import "./chunk-4SJZ32UT.js";
export {
  renderMarkdown
};
