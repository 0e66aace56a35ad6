import {
  exitCode,
  prepareScan,
  reportFormat,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-NHJN2TJO.js";
import "./chunk-3T6M6VXE.js";
import "./chunk-AXXHOPCS.js";
import "./chunk-LGRSNDBI.js";
import "./chunk-Q7R5UHJR.js";
import "./chunk-MTRX4ICL.js";
import "./chunk-CRNO5HZ6.js";
import "./chunk-7EEGRARM.js";
import "./chunk-2Y72NLJ3.js";
import "./chunk-4HD3HIA4.js";
import "./chunk-ZICL3A3V.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-X2PHKT5L.js";
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
