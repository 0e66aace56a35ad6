import {
  exitCode,
  prepareScan,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-GLTMTUYL.js";
import "./chunk-72755RJG.js";
import "./chunk-JO2RILXW.js";
import "./chunk-3E6ZCQFX.js";
import "./chunk-IQBJY2UA.js";
import "./chunk-I7UKQEPT.js";
import "./chunk-42SA4L2J.js";
import "./chunk-PUOCMWY6.js";
import "./chunk-MMQDSGRT.js";
import "./chunk-LUZQY4GM.js";
import "./chunk-BSUHQOLV.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-4HD3HIA4.js";
export {
  exitCode,
  prepareScan,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
};
