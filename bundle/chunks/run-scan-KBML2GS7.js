import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
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
} from "./chunk-NVWPZRVR.js";
import "./chunk-AKPRY34J.js";
import "./chunk-VISZIEAE.js";
import "./chunk-RQHKJWJI.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-EALRMSDG.js";
import "./chunk-UBSI5VU5.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-PA4IPTCS.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-6VHQ4CLO.js";
import "./chunk-WVZCNF5M.js";
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
