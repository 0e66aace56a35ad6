import {
  exitCode,
  prepareScan,
  runBaseline,
  runScan,
  scanOptionsFor,
  selectRules,
  writeReport
} from "./chunk-52NDUOVR.js";
import "./chunk-Y3S2AXYF.js";
import "./chunk-2IBAXBGJ.js";
import "./chunk-5JZS2PG5.js";
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
