import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/index.js';
import type { Rule } from '../../core/rule.js';
import { CLOUDFORMATION_KINDS } from '../../model/resource-types.js';
import { TERRAFORM_DIALECT, terraformPath } from './dialect.js';
import { CONTRIBUTION_MAPPINGS, RESOURCE_MAPPINGS } from './resource-tables.js';
import { canonicalPathOf, type ArgSpec, type ArgTable } from './schema.js';
import { TERRAFORM_NAMES } from './dialect-names.fixture.js';

const RULES_DIR = path.resolve(import.meta.dirname, '../../../rules');

/** The source of a rule and of the rule modules it imports (`./support/…`, `./job-common.js`). */
function sourcesOf(rule: Rule): string[] {
  const file = `${rule.id.toLowerCase()}-${rule.name}.ts`;
  const seen = new Set<string>();
  const read = (relative: string): string[] => {
    const full = path.join(RULES_DIR, relative);
    if (seen.has(full)) return [];
    seen.add(full);
    const text = readFileSync(full, 'utf8');
    const imported = [...text.matchAll(/from '\.\/((?:support\/)?[\w-]+)\.js'/g)].map((m) => path.join(path.dirname(relative), `${m[1]}.ts`));
    return [text, ...imported.flatMap(read)];
  };
  return read(file);
}

const LITERAL_ARGS = /^\s*'[A-Za-z0-9]+'(\s*,\s*'[A-Za-z0-9]+')*\s*$/;

/** Canonical paths a rule's messages name (`propertyName('A.B')`) or its check reads of the resource it checks (`prop(resource, 'A', 'B')`). */
function pathsOf(rule: Rule): string[] {
  const paths = new Set<string>();
  for (const text of sourcesOf(rule)) {
    for (const m of text.matchAll(/propertyName\('([A-Za-z0-9.]+)'/g)) paths.add(m[1]!);
    // What the check reads of the resource it checks, which messages name through the value (`propertyName(value)`).
    const checked = /\bcheck\((\w+)/.exec(text)?.[1] ?? 'resource';
    for (const m of text.matchAll(/\bprop\((\w+), ([^)]*)\)/g)) {
      if ((m[1] === checked || m[1] === 'resource') && LITERAL_ARGS.test(m[2]!)) paths.add(m[2]!.split(',').map((s) => s.trim().slice(1, -1)).join('.'));
    }
  }
  return [...paths];
}

function kindOf(type: string): string | undefined {
  const mapping = RESOURCE_MAPPINGS[type]!;
  return mapping.kind ?? CLOUDFORMATION_KINDS[mapping.cloudFormationType];
}

/** Every Terraform type a rule judges, with the canonical paths the rule mentions: `type → path → Terraform name`. */
function derivedNames(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const rule of ALL_RULES) {
    const types = Object.keys(RESOURCE_MAPPINGS).filter((type) => rule.appliesTo.includes(kindOf(type) as never));
    for (const type of types) {
      for (const canonical of pathsOf(rule)) (out[type] ??= {})[canonical] = TERRAFORM_DIALECT.propertyName({ type }, canonical.split('.'));
    }
  }
  return out;
}

/** The canonical path the Terraform names map to, read forwards through the table as the loader reads them. */
function forwards(args: ArgTable, names: string[]): string[] {
  const out: string[] = [];
  let table: ArgTable | undefined = args;
  for (const name of names) {
    const spec: ArgSpec | undefined = table?.[name];
    out.push(...(table ? canonicalPathOf(name, spec).map(String) : [name]));
    table = spec?.json ? undefined : (spec?.args ?? {});
  }
  return out;
}

describe('the Terraform dialect', () => {
  it('gives every property the rules mention, on every Terraform type they judge, the name reviewed in dialect-names.fixture.ts', () => {
    // A property a new rule mentions has no reviewed Terraform name yet: check it in the AWS provider's documentation and add it.
    if (process.env.PRINT_NAMES) console.log(JSON.stringify(derivedNames(), null, 2));
    expect(derivedNames()).toEqual(TERRAFORM_NAMES);
  });

  it('names each of them so that the loader, reading the name forwards, finds the same canonical property', () => {
    for (const [type, names] of Object.entries(TERRAFORM_NAMES)) {
      for (const [canonical, name] of Object.entries(names)) {
        // A name that starts with another resource type is that resource's argument (`aws_sagemaker_model_package_group_policy.resource_policy`).
        const [first, ...rest] = name.split('.');
        const contribution = CONTRIBUTION_MAPPINGS[first!];
        const read = contribution ? forwards(contribution.args, rest) : forwards(RESOURCE_MAPPINGS[type]!.args, name.split('.'));
        expect(read, `${type} ${canonical} → ${name}`).toEqual(canonical.split('.'));
      }
    }
  });

  it('names nested blocks, blocks merged into their parent, list elements and JSON documents', () => {
    const name = (type: string, ...p: (string | number)[]) => TERRAFORM_DIALECT.propertyName({ type }, p);
    expect(name('aws_sagemaker_model', 'VpcConfig', 'Subnets')).toBe('vpc_config.subnets');
    expect(name('aws_sagemaker_data_quality_job_definition', 'VpcConfig', 'Subnets')).toBe('network_config.vpc_config.subnets');
    expect(name('aws_sagemaker_data_quality_job_definition', 'ResourceConfig', 'VolumeKmsKeyId')).toBe('job_resources.cluster_config.volume_kms_key_id');
    expect(name('aws_sagemaker_cluster', 'InstanceGroups', 1, 'InstanceStorageConfigs', 0, 'EbsVolumeConfig')).toBe('instance_group[1].instance_storage_config[0].ebs_volume_config');
    expect(name('aws_sagemaker_endpoint_configuration', 'KmsKeyId')).toBe('kms_key_arn');
    expect(name('aws_redshift_cluster', 'DBName')).toBe('database_name');
    expect(name('aws_vpc_endpoint', 'PolicyDocument', 'Statement', 0, 'Condition')).toBe('policy.Statement[0].Condition');
    // Set by a resource of its own where the resource has no argument for it; the endpoint's own `policy` comes first.
    expect(name('aws_sagemaker_model_package_group', 'ModelPackageGroupPolicy', 'Statement', 0)).toBe('aws_sagemaker_model_package_group_policy.resource_policy.Statement[0]');
    // A job declared inside a state machine's definition is written in the API's names.
    expect(name('createTrainingJob', 'VpcConfig', 'Subnets')).toBe('VpcConfig.Subnets');
    expect(terraformPath({}, ['Tags'])).toBe('tags');
  });

  it('derives new resources\' names and types from the canonical ones', () => {
    expect(TERRAFORM_DIALECT.resourceType('AWS::EC2::VPCEndpoint')).toBe('aws_vpc_endpoint');
    expect(TERRAFORM_DIALECT.proposedId('SageMakerApiEndpoint', 'AWS::EC2::VPCEndpoint')).toBe('sagemaker_api');
    expect(TERRAFORM_DIALECT.proposedId('S3Endpoint', 'AWS::EC2::VPCEndpoint')).toBe('s3');
    expect(TERRAFORM_DIALECT.proposedId('Endpoint', 'AWS::EC2::VPCEndpoint')).toBe('endpoint');
    expect(TERRAFORM_DIALECT.proposedId('LogBucket', 'AWS::S3::Bucket')).toBe('log');
  });
});
