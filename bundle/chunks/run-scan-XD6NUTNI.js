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
} from "./chunk-JOME7WHX.js";
import "./chunk-344UXHSX.js";
import "./chunk-DROV6HLO.js";
import "./chunk-7EEGRARM.js";
import "./chunk-4DOECWV4.js";
import "./chunk-ROUOIPCF.js";
import "./chunk-VBB4KITS.js";
import "./chunk-H3VMKKKY.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-TLB6ZOD3.js";
import "./chunk-ECQMLOXU.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-N3ZFBFPP.js";
import "./chunk-FXKDNXKJ.js";
import "./chunk-MF34MBFI.js";
import "./chunk-CYRSLM7L.js";
import "./chunk-EDMUZQSU.js";
import "./chunk-B36SQNEU.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-CECTVXWV.js";
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
