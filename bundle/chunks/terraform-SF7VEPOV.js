import {
  RESOURCE_MAPPINGS,
  isTerraformPlan,
  loadTerraformDirectory,
  loadTerraformFiles,
  loadTerraformPlan,
  loadTerraformPlanValue,
  loadTerraformUnit,
  moduleOfFile,
  planTerraformUnits
} from "./chunk-SESRCLAY.js";
import "./chunk-N5JTSYX7.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
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
