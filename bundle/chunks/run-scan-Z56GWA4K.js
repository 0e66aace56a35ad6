import {
  asffOptions,
  exitCode,
  makeOutputDir,
  prepareScan,
  reportFormat,
  reportTargets,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  setUpScan,
  withExtensionErrors,
  writeReport,
  writeReports
} from "./chunk-46PJLPKF.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-OWBHULM3.js";
import "./chunk-O4FFELUZ.js";
import "./chunk-ZYET3WTK.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-RKNMDK7U.js";
import "./chunk-EAZZCMZO.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-CCXHTN5D.js";
import "./chunk-XG5UDHWO.js";
import "./chunk-B36SQNEU.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-4AJW2O4V.js";
import "./chunk-4URPPMM7.js";
import "./chunk-V7WJTKWN.js";
import "./chunk-GFLMZUAD.js";
import "./chunk-QI3ZGK6M.js";
import "./chunk-HSTADTVA.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-OYYBRLIX.js";
import "./chunk-M2XUS5AP.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-23EWYKRM.js";
import "./chunk-ZAROGFVC.js";
export {
  asffOptions,
  exitCode,
  makeOutputDir,
  prepareScan,
  reportFormat,
  reportTargets,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  setUpScan,
  withExtensionErrors,
  writeReport,
  writeReports
};
