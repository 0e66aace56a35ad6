import {
  exitCode,
  makeOutputDir,
  prepareScan,
  reportFormat,
  reportTargets,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport,
  writeReports
} from "./chunk-STX7FPKI.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-BH5C73DP.js";
import "./chunk-LCYNXVW4.js";
import "./chunk-2YPCUHV5.js";
import "./chunk-BMIBNRDF.js";
import "./chunk-RAZCMAKN.js";
import "./chunk-VY2CCNFH.js";
import "./chunk-7EEGRARM.js";
import "./chunk-DBFDS5RY.js";
import "./chunk-4HD3HIA4.js";
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
  exitCode,
  makeOutputDir,
  prepareScan,
  reportFormat,
  reportTargets,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport,
  writeReports
};
