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
} from "./chunk-BEYEHMHC.js";
import "./chunk-T5EL6MXR.js";
import "./chunk-VISZIEAE.js";
import "./chunk-JPD4YO2H.js";
import "./chunk-IDRQLRQN.js";
import "./chunk-A4S6FF77.js";
import "./chunk-RS6LWZNU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-PA4IPTCS.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-Q4HWSI32.js";
import "./chunk-MHS4UB3T.js";
import "./chunk-KOBURP4K.js";
import "./chunk-G5WUEZBL.js";
import "./chunk-BX2AETPU.js";
import "./chunk-DLXY7BR3.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-6MMAA2BP.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
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
