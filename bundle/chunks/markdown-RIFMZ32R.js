import {
  renderMarkdown
} from "./chunk-IGEZJ4GV.js";
import "./chunk-4HD3HIA4.js";
import "./chunk-QBWPY6WL.js";
import "./chunk-BSUHQOLV.js";
import "./chunk-6D23QVTC.js";
import "./chunk-NUTYPTCN.js";
import "./chunk-66PQD6NZ.js";
import "./chunk-S7IU6HG4.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-7AGXC442.js";
import "./chunk-MAXDAXTO.js";
export {
  renderMarkdown
};
