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
} from "./chunk-PUQJYA7I.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-I4SYRSEY.js";
import "./chunk-PMRJDDFY.js";
import "./chunk-S4SCOFB3.js";
import "./chunk-JL6YQ3WE.js";
import "./chunk-NHKHYIPZ.js";
import "./chunk-EYXSZJAG.js";
import "./chunk-TAZCZXQ6.js";
import "./chunk-CJDJFWRB.js";
import "./chunk-C665IBJJ.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-LMRXPJBD.js";
import "./chunk-SEPZZS6X.js";
import "./chunk-YCUEQMVE.js";
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
