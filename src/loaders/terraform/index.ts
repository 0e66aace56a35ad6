/**
 * Terraform → model resources: HCL root modules (with their local modules,
 * variables and `.tfvars`) and `terraform show -json` plans. Canonical property
 * names are CloudFormation's, so every rule reads Terraform unchanged.
 */
export {
  loadTerraformDirectory,
  loadTerraformFiles,
  loadTerraformUnit,
  moduleOfFile,
  planTerraformUnits,
  type TerraformLoadOptions,
  type TerraformUnitPlan,
  type TerraformUnitSource,
} from './directory.js';
export { isTerraformPlan, loadTerraformPlan, loadTerraformPlanValue, type PlanLoadOptions } from './plan.js';
export { RESOURCE_MAPPINGS, type ResourceMapping } from './resource-tables.js';
