import {
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-I5ESEGP3.js";
import "./chunk-LUZQY4GM.js";
import "./chunk-W4LV7LKA.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-HHJXG4JC.js";
import "./chunk-KTOIWA5G.js";
import "./chunk-BQEZ6YGT.js";
import "./chunk-7EEGRARM.js";
import "./chunk-GUZEYEHZ.js";
import "./chunk-4HD3HIA4.js";
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
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
};
