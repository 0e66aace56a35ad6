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
} from "./chunk-3BL3NTUE.js";
import "./chunk-RHOL4P5N.js";
import "./chunk-VISZIEAE.js";
import "./chunk-MEB5D7BR.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-VATWJ2ZT.js";
import "./chunk-ANWYLVEO.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-PA4IPTCS.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-4CYVTY27.js";
import "./chunk-WAKCV4T4.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-TCK6QKO3.js";
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
