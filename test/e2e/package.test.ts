/** What npm publishes: pack the package, install the tarball into an empty project, and run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli.js';
import { runActionScanStep } from './action-step.js';

function sh(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm package', () => {
  it('contains the CLI, rules and schemas but no tests; once installed, scans, baselines, lets suppressions expire and runs the Action', { timeout: 300_000 }, () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sagelint-pack-'));
    const pack = sh('npm', ['pack', '--pack-destination', out, '--json'], REPO_ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    expect(files).toContain('dist/src/cli/main.js');
    expect(files).toEqual(expect.arrayContaining(['dist/src/report/html-client.js', 'dist/src/report/html-report.css']));
    expect(files).toContain('schema/sagelint-config.schema.json');
    expect(files.some((f) => f.startsWith('dist/rules/sm001'))).toBe(true);
    expect(files.filter((f) => /\.test\.|\/testing\.js|^test\/|^fixtures\//.test(f))).toEqual([]);

    const project = mkdtempSync(path.join(tmpdir(), 'sagelint-user-'));
    writeFileSync(path.join(project, 'package.json'), '{"name": "user-project", "private": true}');
    const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(out, info!.filename)], project);
    expect(install.status, install.stderr).toBe(0);
    const bin = path.join(project, 'node_modules/.bin/sagelint');
    expect(sh(bin, ['--version'], project).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    writeFileSync(path.join(project, 'nb.yaml'), 'Resources:\n  Nb:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {}\n');
    const scan = sh(bin, ['scan', 'nb.yaml', '--format', 'json'], project);
    expect(scan.status).toBe(1);
    expect(JSON.parse(scan.stdout).findings.length).toBeGreaterThan(0);
    expect(sh(bin, ['explain', 'SM001'], project).stdout).toMatch(/# SM001/);

    // A baseline accepts today's findings: the same scan against it passes.
    expect(sh(bin, ['baseline', 'nb.yaml'], project).status).toBe(0);
    expect(sh(bin, ['scan', 'nb.yaml', '--baseline', '.sagelint-baseline.json'], project).status).toBe(0);

    // A config suppression holds until its expiry date, then the finding is back and the report says why.
    const suppress = (expires: string) =>
      writeFileSync(path.join(project, '.sagelint.yml'), `suppressions:\n  - rule: '*'\n    path: nb.yaml\n    reason: Sandbox\n    expires: ${expires}\n`);
    suppress('2999-01-01');
    expect(sh(bin, ['scan', 'nb.yaml'], project).status).toBe(0);
    suppress('2000-01-01');
    const expired = sh(bin, ['scan', 'nb.yaml', '--format', 'json'], project);
    expect(expired.status).toBe(1);
    expect(JSON.stringify(JSON.parse(expired.stdout).notes)).toMatch(/expired/);

    // The Action's scan step with the installed CLI, with a baseline and the config.
    const installed = path.join(project, 'node_modules/sagelint/dist/src/cli/main.js');
    const report = path.join(project, 'sagelint.sarif');
    const action = runActionScanStep(installed, project, { paths: 'nb.yaml', format: 'sarif', output: report, failOn: 'low', config: '.sagelint.yml', baseline: '.sagelint-baseline.json' });
    expect(action.status, action.stderr).toBe(0);
    expect(action.outputs).toContain('exit-code=0');
    const results = (JSON.parse(readFileSync(report, 'utf8')) as { runs: { results: { baselineState?: string }[] }[] }).runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.baselineState === 'unchanged')).toBe(true);
  });
});
