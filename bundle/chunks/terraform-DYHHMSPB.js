import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  isTerraformPlan,
  loadTerraformDirectory,
  loadTerraformFiles,
  loadTerraformPlan,
  loadTerraformPlanValue,
  loadTerraformUnit,
  moduleOfFile,
  planTerraformUnits
} from "./chunk-5Q7L66KA.js";
import {
  RESOURCE_MAPPINGS
} from "./chunk-QDREGLBI.js";
import "./chunk-2GZ73IPK.js";
import "./chunk-KOBURP4K.js";
import "./chunk-G5WUEZBL.js";
import "./chunk-BX2AETPU.js";
import "./chunk-DLXY7BR3.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-BQ67YQKQ.js";
import "./chunk-RM4BNA5F.js";
export {
  RESOURCE_MAPPINGS,
  isTerraformPlan,
  loadTerraformDirectory,
  loadTerraformFiles,
  loadTerraformPlan,
  loadTerraformPlanValue,
  loadTerraformUnit,
  moduleOfFile,
  planTerraformUnits
};
