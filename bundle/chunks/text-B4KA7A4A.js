import {
  renderText
} from "./chunk-BQEZ6YGT.js";
import "./chunk-7EEGRARM.js";
import "./chunk-CBDYDPSP.js";
import "./chunk-BSUHQOLV.js";
import "./chunk-MRQ45HMA.js";
import "./chunk-NUTYPTCN.js";
import "./chunk-66PQD6NZ.js";
import "./chunk-OR3JI6WF.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-7AGXC442.js";
import "./chunk-MAXDAXTO.js";
export {
  renderText
};
