/** `--format asff` from the built CLI: every finding of the JSON report, each a finding Security Hub's model accepts. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AwsSecurityFinding$, schemaProblems } from '../helpers/asff-schema.js';
import { REPO_ROOT, runCliAsync } from './cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-asff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NO_REGION = { AWS_REGION: '', AWS_DEFAULT_REGION: '' };

describe('ASFF report of the bundled fixtures', { timeout: 300_000 }, () => {
  it('holds one valid finding per finding of the JSON report, filed under the given account and region', async () => {
    const jsonFile = path.join(dir, 'findings.json');
    const asffRun = await runCliAsync(['scan', 'fixtures/examples', '--format', 'asff', '--asff-account', '111122223333', '--asff-region', 'eu-west-1'], { env: NO_REGION });
    const jsonRun = await runCliAsync(['scan', 'fixtures/examples', '-o', jsonFile]);
    expect(asffRun.status, asffRun.stderr).toBe(1);
    const findings = JSON.parse(asffRun.stdout) as Record<string, unknown>[];
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { findings: { fingerprint: string }[] };
    expect(jsonRun.status).toBe(1);
    expect(findings.map((f) => (f.ProductFields as Record<string, string>)['sagelint/Fingerprint']).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    for (const finding of findings) expect(finding.Id).toBe(`sagelint/${(finding.ProductFields as Record<string, string>)['sagelint/Repository']}/${(finding.ProductFields as Record<string, string>)['sagelint/Fingerprint']}`);
    for (const finding of findings) {
      expect(schemaProblems(AwsSecurityFinding$, finding), String(finding.Id)).toEqual([]);
      expect(finding).toMatchObject({ AwsAccountId: '111122223333', ProductArn: 'arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default' });
    }
    expect(new Set(findings.map((f) => f.CreatedAt)).size).toBe(1);
  });

  it('is chosen by .asff.json, takes the region from AWS_REGION, and writes sagelint.asff.json into --output-dir', async () => {
    const file = path.join(dir, 'findings.asff.json');
    const run = await runCliAsync(['scan', 'fixtures/examples', '-o', file, '--asff-account', '111122223333'], { env: { ...NO_REGION, AWS_REGION: 'ap-southeast-2' } });
    expect(run.status, run.stderr).toBe(1);
    const [first] = JSON.parse(readFileSync(file, 'utf8')) as { Resources: { Region: string }[] }[];
    expect(first!.Resources[0]!.Region).toBe('ap-southeast-2');
    const out = path.join(dir, 'out');
    const dirRun = await runCliAsync(['scan', 'fixtures/examples', '--output-dir', out, '--format', 'json,asff', '--asff-account', '111122223333', '--asff-region', 'us-east-1'], { env: NO_REGION });
    expect(dirRun.status, dirRun.stderr).toBe(1);
    expect(Array.isArray(JSON.parse(readFileSync(path.join(out, 'sagelint.asff.json'), 'utf8')))).toBe(true);
    expect(Array.isArray(JSON.parse(readFileSync(path.join(out, 'sagelint.json'), 'utf8')))).toBe(false);
  });

  it('refuses findings in files without an account and region, and rejects a malformed account', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--format', 'asff'], { env: NO_REGION });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--asff-account and --asff-region/);
    const bad = await runCliAsync(['scan', 'fixtures/examples', '--format', 'asff', '--asff-account', '12345', '--asff-region', 'us-east-1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--asff-account must be a 12-digit AWS account ID/);
  });

  it('keeps apart the findings of two repositories with the same file and resource, by the repository in their Id', async () => {
    /** A repository named by its origin remote, holding the same template as every other. */
    const repository = (name: string, remote: string) => {
      const root = path.join(dir, name);
      mkdirSync(path.join(root, 'infra'), { recursive: true });
      copyFileSync(path.join(REPO_ROOT, 'fixtures/examples/ml-platform.yaml'), path.join(root, 'infra/ml-platform.yaml'));
      for (const args of [['init', '-q'], ['remote', 'add', 'origin', remote]]) expect(spawnSync('git', args, { cwd: root }).status).toBe(0);
      return root;
    };
    const scan = async (root: string, env: Record<string, string> = {}, extra: string[] = []) => {
      const run = await runCliAsync(['scan', 'infra', '--format', 'asff', '--asff-account', '111122223333', '--asff-region', 'eu-west-1', ...extra], { cwd: root, env: { GITHUB_REPOSITORY: '', ...env } });
      expect(run.status, run.stderr).toBe(1);
      return JSON.parse(run.stdout) as { Id: string; Resources: { Id: string }[]; ProductFields: Record<string, string> }[];
    };
    const infra = await scan(repository('infra', 'https://x-access-token:ghs_secret@github.com/acme/ml-infra.git'));
    const sandbox = await scan(repository('sandbox', 'git@github.com:acme/ml-sandbox.git'));
    expect(infra.length).toBeGreaterThan(0);
    expect(infra.length).toBe(sandbox.length);
    expect(infra.map((f) => f.Id.replace('acme/ml-infra', 'acme/ml-sandbox'))).toEqual(sandbox.map((f) => f.Id));
    expect(infra.every((f) => f.Id.startsWith('sagelint/github.com/acme/ml-infra/') && f.Resources[0]!.Id.startsWith('github.com/acme/ml-infra/infra/'))).toBe(true);
    expect(JSON.stringify(infra)).not.toContain('ghs_secret');
    const inActions = await scan(path.join(dir, 'infra'), { GITHUB_REPOSITORY: 'acme/ml-platform', GITHUB_SERVER_URL: 'https://github.example.com' });
    expect(inActions[0]!.ProductFields['sagelint/Repository']).toBe('github.example.com/acme/ml-platform');
    const named = await scan(path.join(dir, 'infra'), {}, ['--asff-scope', 'ml-infra-prod']);
    expect(named[0]!.Id).toMatch(/^sagelint\/ml-infra-prod\/[0-9a-f]+$/);
  });
});
