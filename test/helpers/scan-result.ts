/**
 * A hand-built scan for reporter tests: real files on disk (for code frames and
 * line hashes) and a ScanResult covering every case a reporter must render:
 * source and live findings, definite and possible ones, suppressions (inline
 * and external), fixes with placeholders, load errors and notes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding, ScanResult, TextEdit } from '../../src/core/finding.js';
import type { RuleMeta, Severity } from '../../src/core/rule.js';
import type { LiveLocation, Path, Position, SourceLocation } from '../../src/model/location.js';
import type { ResourceKind } from '../../src/model/resource.js';

export const NOTEBOOK_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: !GetAtt Role.Arn
      DirectInternetAccess: Enabled
      RootAccess: Enabled
  Role:
    Type: AWS::IAM::Role
`;

export const WAREHOUSE_TF = `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
\tpublicly_accessible = true
  encrypted           = false
}
`;

export const SOURCE_FILES: Record<string, string> = {
  'templates/notebook.yaml': NOTEBOOK_TEMPLATE,
  'infra/main.tf': WAREHOUSE_TF,
};

/** A scan root on disk holding `files`; call `remove` when done. */
export function makeScanRoot(files: Record<string, string> = SOURCE_FILES): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'sagelint-report-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The position of `text` offset `offset`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}

/** The location of the first `needle` in a file of SOURCE_FILES, searching after `after` when given. */
export function locate(file: string, needle: string, path: Path, after?: string): SourceLocation {
  const text = SOURCE_FILES[file];
  if (text === undefined) throw new Error(`no test file ${file}`);
  const from = after === undefined ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, from);
  if (from < 0 || offset < 0) throw new Error(`${needle} not found in ${file}`);
  return { kind: 'source', file, start: positionAt(text, offset), end: positionAt(text, offset + needle.length), path };
}

/** Replaces the first `needle` of a test file with `text`. */
export function replacement(file: string, needle: string, text: string): TextEdit {
  const { start, end } = locate(file, needle, []);
  return { file, start, end, text };
}

/** Inserts `text` before the first `before` of a test file. */
export function insertion(file: string, before: string, text: string): TextEdit {
  const { start } = locate(file, before, []);
  return { file, start, end: start, text };
}

export function live(arn: string, path: Path): LiveLocation {
  const [, partition = '', , region = '', account = ''] = arn.split(':');
  return { kind: 'live', arn, partition, account, region, path };
}

function rule(id: string, name: string, severity: Severity, appliesTo: ResourceKind[], summary: string, extra: Partial<RuleMeta['docs']> = {}): RuleMeta {
  return {
    id,
    name,
    severity,
    appliesTo,
    fixable: true,
    tags: ['sagemaker', 'network'],
    presets: { recommended: true, reason: 'A test rule.' },
    docs: {
      summary,
      description: `${summary} The rule judges the value AWS uses when the property is omitted.`,
      risk: 'An attacker who reaches the resource reaches the data and credentials it holds.',
      guidance: [{ title: 'Security in Amazon SageMaker', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security.html' }],
      remediation: {},
      ...extra,
    },
  };
}

export const RULES: RuleMeta[] = [
  rule('SM001', 'notebook-direct-internet', 'high', ['NotebookInstance'], 'The notebook instance has direct internet access.', {
    remediation: {
      cloudformation: 'DirectInternetAccess: Disabled\nSubnetId: <subnet-id>',
      terraform: 'direct_internet_access = "Disabled"',
      cli: 'aws sagemaker create-notebook-instance --direct-internet-access Disabled ...',
      console: 'Create a new notebook instance with "Direct internet access" disabled.',
      recreate: 'DirectInternetAccess cannot be changed on an existing notebook instance.',
    },
    alsoKnownAs: { 'Security Hub': ['SageMaker.1'], checkov: ['CKV_AWS_122'] },
    notes: ['A notebook outside any VPC always has internet access.'],
  }),
  rule('SM003', 'notebook-root-access', 'medium', ['NotebookInstance'], 'Notebook users have root access.'),
  rule('SM004', 'notebook-storage-unencrypted', 'medium', ['NotebookInstance'], 'The notebook volume is not encrypted with a customer managed key.', {
    remediation: { cloudformation: 'KmsKeyId: <kms-key-arn>' },
  }),
  rule('SM033', 'endpoint-single-instance', 'low', ['EndpointConfig'], 'A production variant runs on a single instance.'),
  rule('RS001', 'redshift-public', 'critical', ['RedshiftCluster'], 'The Redshift cluster is publicly accessible.'),
  rule('RS003', 'redshift-no-enhanced-vpc-routing', 'medium', ['RedshiftCluster'], 'Enhanced VPC routing is off.'),
];

const NOTEBOOK = { id: 'Notebook', type: 'AWS::SageMaker::NotebookInstance', kind: 'NotebookInstance', source: 'cloudformation' } as const;
const WAREHOUSE = { id: 'aws_redshift_cluster.warehouse', type: 'aws_redshift_cluster', kind: 'RedshiftCluster', source: 'terraform' } as const;
const LIVE_NOTEBOOK_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research';
const LIVE_ENDPOINT_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:endpoint-config/churn';

export const FINDINGS: Finding[] = [
  {
    ruleId: 'SM001',
    ruleName: 'notebook-direct-internet',
    severity: 'high',
    certainty: 'definite',
    message: 'DirectInternetAccess is Enabled: the notebook reaches, and is reachable from, the internet',
    resource: { ...NOTEBOOK, label: 'MlStack/Notebook' },
    location: locate('templates/notebook.yaml', 'Enabled', ['Resources', 'Notebook', 'Properties', 'DirectInternetAccess']),
    propertyPath: ['DirectInternetAccess'],
    fix: {
      description: 'Set DirectInternetAccess to Disabled and attach the notebook to a subnet',
      kind: 'replaces',
      placeholders: ['<subnet-id>'],
      edits: [
        replacement('templates/notebook.yaml', 'Enabled', 'Disabled'),
        insertion('templates/notebook.yaml', 'RootAccess', 'SubnetId: <subnet-id>\n      '),
      ],
    },
    fingerprint: 'a1b2c3d4e5f60718',
  },
  {
    ruleId: 'SM003',
    ruleName: 'notebook-root-access',
    severity: 'medium',
    certainty: 'definite',
    message: 'RootAccess is Enabled: every notebook user is root.',
    resource: NOTEBOOK,
    location: locate('templates/notebook.yaml', 'Enabled', ['Resources', 'Notebook', 'Properties', 'RootAccess'], 'RootAccess'),
    propertyPath: ['RootAccess'],
    suppression: { kind: 'inSource', justification: 'Data scientists install system packages', source: 'templates/notebook.yaml:3' },
    fingerprint: '0f1e2d3c4b5a6978',
  },
  {
    ruleId: 'SM004',
    ruleName: 'notebook-storage-unencrypted',
    severity: 'medium',
    certainty: 'definite',
    message: 'KmsKeyId is omitted: the ML storage volume is encrypted with an AWS managed key only',
    resource: NOTEBOOK,
    location: locate('templates/notebook.yaml', 'Notebook', ['Resources', 'Notebook']),
    propertyPath: ['KmsKeyId'],
    fix: {
      description: 'Add KmsKeyId',
      kind: 'replaces',
      placeholders: ['<kms-key-arn>'],
      edits: [insertion('templates/notebook.yaml', 'InstanceType', 'KmsKeyId: <kms-key-arn>\n      ')],
    },
    fingerprint: '99aa88bb77cc66dd',
  },
  {
    ruleId: 'RS001',
    ruleName: 'redshift-public',
    severity: 'critical',
    certainty: 'definite',
    message: 'publicly_accessible is true: the cluster has a public endpoint',
    resource: WAREHOUSE,
    location: locate('infra/main.tf', 'true', ['publicly_accessible']),
    propertyPath: ['PubliclyAccessible'],
    fingerprint: 'feedface00000001',
  },
  {
    ruleId: 'RS003',
    ruleName: 'redshift-no-enhanced-vpc-routing',
    severity: 'low',
    certainty: 'possible',
    message: 'enhanced_vpc_routing is omitted; its default depends on the provider version, which is unknown',
    resource: WAREHOUSE,
    location: locate('infra/main.tf', '"aws_redshift_cluster" "warehouse"', []),
    propertyPath: ['EnhancedVpcRouting'],
    fingerprint: 'feedface00000002',
  },
  {
    ruleId: 'SM001',
    ruleName: 'notebook-direct-internet',
    severity: 'high',
    certainty: 'definite',
    message: 'DirectInternetAccess is Enabled on the live notebook instance',
    resource: { id: LIVE_NOTEBOOK_ARN, type: 'NotebookInstance', kind: 'NotebookInstance', source: 'live' },
    location: live(LIVE_NOTEBOOK_ARN, ['DirectInternetAccess']),
    propertyPath: ['DirectInternetAccess'],
    fingerprint: 'cafe000000000001',
  },
  {
    ruleId: 'SM033',
    ruleName: 'endpoint-single-instance',
    severity: 'low',
    certainty: 'definite',
    message: 'Variant AllTraffic has InitialInstanceCount 1',
    resource: { id: LIVE_ENDPOINT_ARN, type: 'EndpointConfig', kind: 'EndpointConfig', source: 'live' },
    location: live(LIVE_ENDPOINT_ARN, ['ProductionVariants', 0, 'InitialInstanceCount']),
    propertyPath: ['ProductionVariants', 0, 'InitialInstanceCount'],
    suppression: { kind: 'external', justification: 'Batch scoring endpoint, downtime accepted', source: '.sagelint-baseline.json' },
    fingerprint: 'cafe000000000002',
  },
];

/** The sample scan, rooted at `root`. */
export function sampleScan(root: string): ScanResult {
  return {
    root,
    findings: FINDINGS,
    errors: [
      { file: 'templates/broken.yaml', line: 4, column: 7, message: 'mapping values are not allowed here' },
      { file: 'infra/secret.tf', message: 'cannot read file: permission denied' },
    ],
    notes: [
      { file: 'pipelines/train.yaml', line: 12, message: 'The pipeline definition is held in S3 (s3://ml-defs/train.json) and was not checked' },
      { message: 'Region ap-east-1 is not enabled for account 123456789012; it was skipped' },
    ],
    stats: { files: 4, resources: 9 },
  };
}
