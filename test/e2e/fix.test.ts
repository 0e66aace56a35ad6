import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliAsync } from './cli.js';

const TEMPLATE = `# Research notebooks
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium   # smallest that fits
      DirectInternetAccess: Enabled
  Other:
    Type: AWS::SageMaker::NotebookInstance
    Metadata:
      sagelint:
        ignore: [{ id: SM001, reason: isolated sandbox account }]
    Properties:
      InstanceType: ml.t3.medium
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-fix-'));
  writeFileSync(path.join(dir, 'nb.yaml'), TEMPLATE);
  return dir;
}

describe('sagelint fix', { timeout: 300_000 }, () => {
  it('--dry-run prints a unified diff and changes nothing', async () => {
    const dir = workspace();
    const run = await runCliAsync(['fix', '.', '--rules', 'SM001', '--include', 'replaces', '--dry-run'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('would apply SM001 Notebook (replaces, nb.yaml:7): Set DirectInternetAccess to Disabled');
    expect(run.stdout).toContain('-      DirectInternetAccess: Enabled\n+      DirectInternetAccess: Disabled');
    expect(readFileSync(path.join(dir, 'nb.yaml'), 'utf8')).toBe(TEMPLATE);
  });

  it('applies fixes in place, keeping comments, and leaves suppressed findings alone', async () => {
    const dir = workspace();
    const run = await runCliAsync(['fix', '.', '--rules', 'SM001', '--include', 'replaces'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/fixed 1 finding in nb\.yaml/);
    const fixed = readFileSync(path.join(dir, 'nb.yaml'), 'utf8');
    expect(fixed).toBe(TEMPLATE.replace('DirectInternetAccess: Enabled', 'DirectInternetAccess: Disabled'));
    expect((await runCliAsync(['scan', '.', '--rules', 'SM001'], { cwd: dir })).status).toBe(0);
  });

  it('applies only safe fixes unless --include names the kind, and says so', async () => {
    const dir = workspace();
    const run = await runCliAsync(['fix', '.', '--rules', 'SM001'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('SM001 Notebook (replaces, nb.yaml:7): Set DirectInternetAccess to Disabled: not applied, a replaces fix: add --include replaces to apply it');
    expect(readFileSync(path.join(dir, 'nb.yaml'), 'utf8')).toBe(TEMPLATE);
    const unknown = await runCliAsync(['fix', '.', '--include', 'everything'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^sagelint: --include: unknown kind of fix 'everything' \(choose from safe, replaces, capacity\)\nRun 'sagelint --help' for usage\.\n$/);
  });

  it('--include takes one list: a path after it is a path to fix, and the option may be repeated', async () => {
    const dir = workspace();
    const run = await runCliAsync(['fix', '--rules', 'SM001', '--include', 'replaces', 'nb.yaml'], { cwd: dir });
    expect(run.stderr).not.toMatch(/unknown kind of fix/);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'nb.yaml'), 'utf8')).toContain('DirectInternetAccess: Disabled');
    const repeated = await runCliAsync(['fix', '.', '--include', 'capacity', '--include', 'replaces', '--dry-run'], { cwd: workspace() });
    expect(repeated.stderr).toContain('would apply SM001 Notebook (replaces');
  });

  it('never edits a CDK assembly: its findings name the construct and property to change in the CDK app', async () => {
    const scan = await runCliAsync(['scan', 'fixtures/cdk', '--format', 'json', '--fail-on', 'none']);
    const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; message: string; fix?: unknown }[] }).findings;
    const sm004 = findings.filter((f) => f.ruleId === 'SM004');
    expect(sm004.length).toBeGreaterThan(0);
    for (const finding of sm004) expect(finding.message).toMatch(/In the CDK app \(cdk\.out is generated; sagelint fix does not edit it\): .*property kmsKeyId of construct \S+\./);
    expect(findings.filter((f) => f.fix)).toEqual([]);
  });

  it('the bundled example: placeholders left fail the scan until they are filled, and the template\'s own key and network are reused', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-example-'));
    writeFileSync(path.join(dir, 'ml-platform.yaml'), readFileSync(path.join(REPO_ROOT, 'fixtures/examples/ml-platform.yaml')));
    const fix = await runCliAsync(['fix', '.', '--preset', 'strict', '--include', 'replaces,capacity'], { cwd: dir });
    expect(fix.status, fix.stderr).toBe(1);
    expect(fix.stderr).toMatch(/placeholders? are left to fill in/);
    const fixed = readFileSync(path.join(dir, 'ml-platform.yaml'), 'utf8');
    // The key, subnet parameter and security group the hardened notebook uses; the account from AWS::AccountId.
    expect(fixed).not.toMatch(/<kms-key-arn>|<subnet-id>|<security-group-id>|<account-id>/);
    expect(fixed).toMatch(/KmsKeyId:\n\s+Ref: PlatformKey/);
    expect(fixed).toMatch(/Ref: PrivateSubnetId/);
    expect(fixed).not.toContain('NotebookInternet');
    const scan = await runCliAsync(['scan', '.', '--rules', 'SL001', '--format', 'json'], { cwd: dir });
    expect(scan.status).toBe(1);
    const left = (JSON.parse(scan.stdout) as { findings: { ruleId: string; severity: string }[] }).findings;
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => f.ruleId === 'SL001' && f.severity === 'critical')).toBe(true);
    const filled = fixed
      .replace(/<bucket-name>/g, 'ml-artifacts')
      .replace(/<log-bucket-name>/g, 'ml-audit-logs')
      .replace(/<tag-key>/g, 'team')
      .replace(/<tag-value>/g, 'platform');
    writeFileSync(path.join(dir, 'ml-platform.yaml'), filled);
    expect((await runCliAsync(['scan', '.', '--rules', 'SL001'], { cwd: dir })).status).toBe(0);
    expect((await runCliAsync(['fix', '.', '--preset', 'strict', '--dry-run'], { cwd: dir })).stderr).not.toMatch(/left to fill in/);
  });
});
