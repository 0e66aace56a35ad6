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
} from "./chunk-SEL7N46A.js";
import "./chunk-XHO5RJWJ.js";
import "./chunk-DROV6HLO.js";
import "./chunk-7EEGRARM.js";
import "./chunk-RCDPJJLD.js";
import "./chunk-ROUOIPCF.js";
import "./chunk-VBB4KITS.js";
import "./chunk-FTVN5WLB.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-CGOJIS6V.js";
import "./chunk-M65RQQ4U.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-J2LABROM.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-MF34MBFI.js";
import "./chunk-7XBZIPNF.js";
import "./chunk-XG5UDHWO.js";
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
