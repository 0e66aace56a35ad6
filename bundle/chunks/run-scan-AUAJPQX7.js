import {
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-LP7JSIUR.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-ROUYHZ3O.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-EMRQMYNI.js";
import "./chunk-3YLT6W7D.js";
import "./chunk-IQNDT6SE.js";
import "./chunk-7EEGRARM.js";
import "./chunk-N2AZX5BH.js";
import "./chunk-4HD3HIA4.js";
import "./chunk-XIPW5XLR.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-SIZJJGVV.js";
import "./chunk-X574D54R.js";
import "./chunk-TREYJGXC.js";
import "./chunk-ZZEGNHZK.js";
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
