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
} from "./chunk-BX4JKNPE.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-RWVWAPFB.js";
import "./chunk-LCYNXVW4.js";
import "./chunk-HIZ5P6AR.js";
import "./chunk-BMIBNRDF.js";
import "./chunk-3FACQI66.js";
import "./chunk-7EEGRARM.js";
import "./chunk-GT5MAO7O.js";
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
