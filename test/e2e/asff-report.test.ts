/** `--format asff` from the built CLI: every finding of the JSON report, each a finding Security Hub's model accepts. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AwsSecurityFinding$, schemaProblems } from '../helpers/asff-schema.js';
import { runCli } from './cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-asff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_REGION = { AWS_REGION: '', AWS_DEFAULT_REGION: '' };

describe('ASFF report of the bundled fixtures', () => {
  it('holds one valid finding per finding of the JSON report, filed under the given account and region', () => {
    const jsonFile = path.join(dir, 'findings.json');
    const asffRun = runCli(['scan', 'fixtures/examples', '--format', 'asff', '--asff-account', '111122223333', '--asff-region', 'eu-west-1'], { env: NO_REGION });
    const jsonRun = runCli(['scan', 'fixtures/examples', '-o', jsonFile]);
    expect(asffRun.status, asffRun.stderr).toBe(1);
    const findings = JSON.parse(asffRun.stdout) as Record<string, unknown>[];
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { findings: { fingerprint: string }[] };
    expect(jsonRun.status).toBe(1);
    expect(findings.map((f) => f.Id).sort()).toEqual(report.findings.map((f) => `sagelint/${f.fingerprint}`).sort());
    for (const finding of findings) {
      expect(schemaProblems(AwsSecurityFinding$, finding), String(finding.Id)).toEqual([]);
      expect(finding).toMatchObject({ AwsAccountId: '111122223333', ProductArn: 'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default' });
    }
    expect(new Set(findings.map((f) => f.CreatedAt)).size).toBe(1);
  });

  it('is chosen by .asff.json, takes the region from AWS_REGION, and writes sagelint.asff.json into --output-dir', () => {
    const file = path.join(dir, 'findings.asff.json');
    const run = runCli(['scan', 'fixtures/examples', '-o', file, '--asff-account', '111122223333'], { env: { ...NO_REGION, AWS_REGION: 'ap-southeast-2' } });
    expect(run.status, run.stderr).toBe(1);
    const [first] = JSON.parse(readFileSync(file, 'utf8')) as { Resources: { Region: string }[] }[];
    expect(first!.Resources[0]!.Region).toBe('ap-southeast-2');
    const out = path.join(dir, 'out');
    const dirRun = runCli(['scan', 'fixtures/examples', '--output-dir', out, '--format', 'json,asff', '--asff-account', '111122223333', '--asff-region', 'us-east-1'], { env: NO_REGION });
    expect(dirRun.status, dirRun.stderr).toBe(1);
    expect(Array.isArray(JSON.parse(readFileSync(path.join(out, 'sagelint.asff.json'), 'utf8')))).toBe(true);
    expect(Array.isArray(JSON.parse(readFileSync(path.join(out, 'sagelint.json'), 'utf8')))).toBe(false);
  });

  it('refuses findings in files without an account and region, and rejects a malformed account', () => {
    const run = runCli(['scan', 'fixtures/examples', '--format', 'asff'], { env: NO_REGION });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--asff-account and --asff-region/);
    const bad = runCli(['scan', 'fixtures/examples', '--format', 'asff', '--asff-account', '12345', '--asff-region', 'us-east-1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--asff-account must be a 12-digit AWS account ID/);
  });
});
