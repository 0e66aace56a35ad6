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
} from "./chunk-5QQ6CM5O.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-V366REW2.js";
import "./chunk-EA42TCHY.js";
import "./chunk-JL6YQ3WE.js";
import "./chunk-YA4ABZOZ.js";
import "./chunk-SNK4CXOQ.js";
import "./chunk-TAZCZXQ6.js";
import "./chunk-CJDJFWRB.js";
import "./chunk-C665IBJJ.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-ILYOO3VO.js";
import "./chunk-6ZAFTKQO.js";
import "./chunk-BC7SAI3W.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-GSH24J2R.js";
import "./chunk-23EWYKRM.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
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
