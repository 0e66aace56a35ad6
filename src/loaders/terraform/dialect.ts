/**
 * How Terraform names what rules name canonically: arguments and blocks by
 * the tables that map Terraform onto canonical names (`resource-tables.ts`),
 * read backwards as the fix renderer reads them; types by the table's
 * CloudFormation type; new resources by Terraform's snake_case names.
 */
import path from 'node:path';
import type { Dialect } from '../../core/dialect.js';
import type { Path } from '../../model/location.js';
import { hclLiteral } from './fixes.js';
import { CLOUDFORMATION_KINDS } from '../../model/resource-types.js';
import { CONTRIBUTION_MAPPINGS, RESOURCE_MAPPINGS, type ContributionMapping } from './resource-tables.js';
import { reverseLookup, snakeName, type ArgTable, type ReverseStep } from './schema.js';

export const TERRAFORM_DIALECT: Dialect = {
  propertyName(resource, canonical) {
    const mapping = RESOURCE_MAPPINGS[resource.type];
    // A resource declared inside a document (a job in a state machine's definition) is written in the API's names.
    if (!mapping) return canonical.join('.');
    const contributed = !reverseLookup(mapping.args, canonical, true) && contributingResource(mapping.cloudFormationType, canonical);
    return contributed ? `${contributed.type}.${terraformPath(contributed.mapping.args, canonical)}` : terraformPath(mapping.args, canonical);
  },
  literal: (value) => hclLiteral(value),
  resourceType: terraformType,
  proposedId(canonicalId, canonicalType) {
    // `aws_vpc_endpoint.sagemaker_api`, not `…sagemaker_api_endpoint`: the address already names the type.
    const typeName = canonicalType.split('::').pop() ?? '';
    const suffix = typeWords(typeName).find((words) => canonicalId.endsWith(words) && canonicalId.length > words.length);
    const id = suffix ? canonicalId.slice(0, -suffix.length) : canonicalId;
    return snakeName(id.replace(/SageMaker/g, 'Sagemaker'));
  },
  // Terraform has no region value unless the configuration declares a data source: the user fills it in.
  region: '<region>',
  scope: 'the configuration',
  canReference: (from, to) => from.loc.kind === 'source' && to.loc.kind === 'source' && path.posix.dirname(from.loc.file) === path.posix.dirname(to.loc.file),
};

/**
 * The resource of its own that Terraform sets a property with, where the
 * resource itself has no argument for it: a model package group's
 * `ModelPackageGroupPolicy` is `aws_sagemaker_model_package_group_policy.resource_policy`.
 */
function contributingResource(cloudFormationType: string, canonical: Path): { type: string; mapping: ContributionMapping } | undefined {
  const kind = CLOUDFORMATION_KINDS[cloudFormationType];
  const [first] = canonical;
  for (const [type, mapping] of Object.entries(CONTRIBUTION_MAPPINGS)) {
    if (mapping.target.kind !== kind || mapping.into.length > 0 || typeof first !== 'string') continue;
    if (Object.values(mapping.args).some((spec) => !spec.skip && spec.to === first)) return { type, mapping };
  }
  return undefined;
}

/** The Terraform type that stands for a CloudFormation type (the first of the tables that maps onto it). */
export function terraformType(cloudFormationType: string): string | undefined {
  return Object.entries(RESOURCE_MAPPINGS).find(([, mapping]) => mapping.cloudFormationType === cloudFormationType)?.[0];
}

/** `VPCEndpoint` → `VPCEndpoint`, `Endpoint`: the type name and its trailing words. */
function typeWords(typeName: string): string[] {
  const starts = [...typeName.matchAll(/[A-Z](?=[a-z])/g)].map((m) => m.index);
  return [0, ...starts].map((start) => typeName.slice(start)).filter((words, i, all) => words && all.indexOf(words) === i);
}

/**
 * The Terraform path of a canonical one below a table's object:
 * `['VpcConfig', 'Subnets']` → `vpc_config.subnets`, a monitoring definition's
 * `network_config.vpc_config.subnets`, list elements as `[0]`. Inside a JSON
 * document (a policy) the keys stay as the document writes them.
 */
export function terraformPath(args: ArgTable, canonical: Path): string {
  const names: string[] = [];
  let table: ArgTable | undefined = args;
  let keys = [...canonical];
  while (keys.length > 0) {
    const [first] = keys;
    if (typeof first === 'number') {
      names.push(`${names.pop() ?? ''}[${first}]`);
      keys = keys.slice(1);
      continue;
    }
    const step: ReverseStep | undefined = table && reverseLookup(table, keys);
    if (!step) {
      // Inside a JSON document, or past what the table knows: the keys as written.
      names.push(first!);
      keys = keys.slice(1);
      table = undefined;
      continue;
    }
    names.push(step.name);
    keys = keys.slice(step.covers);
    // A block merged into its parent (`network_config`) is written around the properties its table names.
    table = step.spec.json ? undefined : (step.spec.args ?? {});
  }
  return names.join('.');
}
