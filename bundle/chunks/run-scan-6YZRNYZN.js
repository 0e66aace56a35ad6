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
} from "./chunk-5HJ3VE3X.js";
import "./chunk-QGYNGPBX.js";
import "./chunk-VISZIEAE.js";
import "./chunk-4CSTNXJU.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-OXUOKFFV.js";
import "./chunk-53XGZ73Z.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-I47XARTC.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-RBAF7ELO.js";
import "./chunk-ALV6TOFD.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";
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
