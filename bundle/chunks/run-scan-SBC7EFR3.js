import {
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-47NVIGCB.js";
import "./chunk-LUZQY4GM.js";
import "./chunk-G4LCCVYB.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-DZJKBMGK.js";
import "./chunk-KTJHBANR.js";
import "./chunk-DLE4TZNS.js";
import "./chunk-7EEGRARM.js";
import "./chunk-IGEZJ4GV.js";
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
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
};
