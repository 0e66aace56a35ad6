import {
  exitCode,
  prepareScan,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-N2QZE3ES.js";
import "./chunk-B37EP3UQ.js";
import "./chunk-Q7BQHT3S.js";
import "./chunk-LDWDW32K.js";
import "./chunk-IBWXARPO.js";
import "./chunk-I7UKQEPT.js";
import "./chunk-LNE3LHPZ.js";
import "./chunk-2KRKFI7X.js";
import "./chunk-WOM36RHP.js";
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
