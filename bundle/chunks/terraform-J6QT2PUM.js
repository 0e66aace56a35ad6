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
} from "./chunk-KBY3DREC.js";
import "./chunk-DO7PCZJ7.js";
import "./chunk-YCUEQMVE.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-23EWYKRM.js";
import "./chunk-QQWMGWWF.js";
import "./chunk-ZAROGFVC.js";
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
