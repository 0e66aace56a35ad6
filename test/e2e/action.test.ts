/** The GitHub Action, run step by step as a runner runs it, from a clean copy of the repository. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli.js';
import { cleanCopyOfRepository, commitAll, readAction, runAction } from './action-step.js';
import { runMultitool } from '../helpers/sarif.js';

const action = readAction();
/** The runner machine's npm uses its cache before the registry. */
const RUNNER_ENV = { npm_config_prefer_offline: 'true' };

describe('action.yml', () => {
  it('is a composite action whose only uses: steps are setup-node on a supported Node.js and the SARIF upload', () => {
    expect(action.runs.using).toBe('composite');
    const uses = action.runs.steps.filter((s) => s.uses !== undefined);
    expect(uses.map((s) => s.uses)).toEqual(['actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']);
    expect([22, 24]).toContain(Number(uses[0]!.with!['node-version']));
    // The upload runs when asked for, even though findings were found, and only when there is SARIF to upload.
    expect(uses[1]!.if).toBe("${{ !cancelled() && inputs.upload == 'true' && steps.scan.outputs.sarif != '' }}");
    expect(uses[1]!.with).toEqual({ sarif_file: '${{ steps.scan.outputs.sarif }}' });
    expect(Object.keys(action.inputs).sort()).toEqual(['baseline', 'category', 'changed-since', 'config', 'fail-on', 'format', 'output', 'paths', 'trusted', 'upload']);
  });

  it('never expands an expression inside a run: script (inputs reach the shell as environment variables)', () => {
    const scripts = action.runs.steps.filter((s) => s.run !== undefined).map((s) => s.run!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).not.toContain('${{');
    // Nor in the raw file between a run: key and the next step.
    const raw = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    const runBlocks = raw.split(/\n\s+- /).map((step) => /\n\s+run: [\s\S]*$/.exec(`\n${step}`)?.[0] ?? '');
    expect(runBlocks.filter((block) => block.includes('${{'))).toEqual([]);
  });

  describe('run as a runner runs it', { timeout: 600_000 }, () => {
    let actionDir: string;
    let workspace: string;
    beforeAll(() => {
      actionDir = cleanCopyOfRepository();
      // The user's repository: templates with findings, a config and a baseline of its own.
      workspace = mkdtempSync(path.join(tmpdir(), 'sagelint-workspace-'));
      cpSync(path.join(REPO_ROOT, 'fixtures/examples'), path.join(workspace, 'infra'), { recursive: true });
      cpSync(path.join(REPO_ROOT, 'fixtures/cdk'), path.join(workspace, 'cdk.out'), { recursive: true });
      commitAll(workspace);
    }, 120_000);

    it('installs without a build, scans, writes SARIF that GitHub accepts, sets outputs and the summary, then fails on findings', async () => {
      const run = await runAction(actionDir, workspace, { paths: 'infra cdk.out', 'fail-on': 'high', category: 'sagelint-iac', upload: 'true' }, RUNNER_ENV);
      expect(run.skipped.map((s) => s.uses)).toEqual(['actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']);
      // Every run: step ran; all but the last succeeded, and the last fails the action on findings at or above fail-on.
      expect(run.steps.map((s) => s.name)).toEqual(action.runs.steps.filter((s) => s.run !== undefined).map((s) => s.name ?? s.run!.split('\n')[0]));
      expect(run.steps.slice(0, -1).map((s) => [s.name, s.status, s.status === 0 ? '' : s.stderr])).toEqual(run.steps.slice(0, -1).map((s) => [s.name, 0, '']));
      expect(run.steps.at(-1)!.status).toBe(1);

      const report = path.join(run.runnerTemp, 'sagelint.sarif');
      expect(run.outputs).toMatchObject({ report, sarif: report, 'exit-code': '1' });
      const log = JSON.parse(readFileSync(report, 'utf8'));
      expect(log.runs[0].automationDetails.id).toMatch(/^sagelint-iac/);
      expect(runMultitool(report)).toEqual({ errors: [], warnings: [] });

      // The counts are the report's unsuppressed results, by severity.
      const active = log.runs[0].results.filter((r: { suppressions?: unknown[] }) => !r.suppressions?.length);
      const count = (severity: string) => String(active.filter((r: { properties: { severity: string } }) => r.properties.severity === severity).length);
      expect(Number(run.outputs.findings)).toBeGreaterThan(0);
      expect(run.outputs).toMatchObject({ findings: String(active.length), critical: count('critical'), high: count('high'), medium: count('medium'), low: count('low') });
      // One scan gives the report and the job summary.
      expect(run.summary).toMatch(new RegExp(`^## sagelint\\n\\n\\*\\*${active.length} findings\\*\\*`));
      expect(run.steps.find((s) => s.name === 'Scan')!.stderr.match(/^sagelint: /gm)).toHaveLength(1);
    });

    it('passes with a baseline and a config, and writes JSON with its counts', async () => {
      // Accept today's findings (recorded with the CLI the first run installed); suppress one rule in the config.
      recordBaseline(actionDir, workspace);
      writeFileSync(path.join(workspace, 'sagelint.yml'), 'suppressions:\n  - rule: SM001\n    reason: Sandbox account\n');
      const run = await runAction(actionDir, workspace, { paths: 'infra', format: 'json', output: 'findings.json', config: 'sagelint.yml', baseline: '.sagelint-baseline.json' }, RUNNER_ENV);
      expect(run.steps.map((s) => [s.name, s.status])).toEqual(run.steps.map((s) => [s.name, 0]));
      const report = JSON.parse(readFileSync(path.join(workspace, 'findings.json'), 'utf8'));
      expect(report.stats.suppressed).toBeGreaterThan(0);
      expect(report.stats.unchanged).toBeGreaterThan(0);
      expect(run.outputs).toMatchObject({ report: 'findings.json', sarif: '', 'exit-code': '0', findings: '0', critical: '0', high: '0', medium: '0', low: '0' });
    });

    it('scans every path of a multi-line paths input (a YAML block), not only the first line', async () => {
      const run = await runAction(actionDir, workspace, { paths: 'infra\ncdk.out\n', format: 'json', output: 'lines.json', 'fail-on': 'none' }, RUNNER_ENV);
      expect(run.steps.map((s) => [s.name, s.status])).toEqual(run.steps.map((s) => [s.name, 0]));
      const findings = JSON.parse(readFileSync(path.join(workspace, 'lines.json'), 'utf8')).findings as { location: { file: string } }[];
      const folders = new Set(findings.map((f) => f.location.file.split('/')[0]));
      expect([...folders].sort()).toEqual(['cdk.out', 'infra']);
    });

    it('on a pull request, judges only what it introduces, with the config and baseline of the base commit', async () => {
      // The base branch gates SM001; the pull request adds an open notebook and, in its own config, suppresses SM001 everywhere.
      const repo = mkdtempSync(path.join(tmpdir(), 'sagelint-pr-'));
      cpSync(path.join(REPO_ROOT, 'fixtures/examples'), path.join(repo, 'infra'), { recursive: true });
      commitAll(repo, 'base');
      const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
      writeFileSync(path.join(repo, 'infra/pr-notebook.yaml'), 'Resources:\n  PrNotebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::123456789012:role/x\n');
      writeFileSync(path.join(repo, '.sagelint.yml'), "suppressions:\n  - rule: '*'\n    reason: nothing to see\n");
      commitAll(repo, 'pull request');
      const event = path.join(repo, '..', `${path.basename(repo)}-event.json`);
      writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base } } }));

      const run = await runAction(actionDir, repo, { paths: 'infra', format: 'json', output: 'findings.json' }, { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
      const report = JSON.parse(readFileSync(path.join(repo, 'findings.json'), 'utf8'));
      const files = new Set(report.findings.map((f: { location: { file: string } }) => f.location.file));
      // Every finding the report keeps is the pull request's own notebook or its own config, none is suppressed by that config, and the gate fails.
      expect(report.findings.length).toBeGreaterThan(1);
      expect([...files].sort()).toEqual(['.sagelint.yml', 'infra/pr-notebook.yaml']);
      expect(report.stats.suppressed).toBe(0);
      expect(run.outputs['exit-code']).toBe('1');
      // The config change is a finding of its own, at the suppression it adds.
      const gate = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'SL002');
      expect(gate).toMatchObject([{ location: { file: '.sagelint.yml', start: { line: 2, column: 5 } }, message: expect.stringContaining('adds a suppression of every rule') }]);
      expect(run.steps.find((s) => s.name === 'Scan')!.stderr).not.toMatch(/warning/);

      // With trusted off, the pull request's own config applies (and suppresses everything).
      const untrusted = await runAction(actionDir, repo, { paths: 'infra', format: 'json', output: 'own.json', trusted: 'false' }, { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
      expect(untrusted.outputs['exit-code']).toBe('0');
    });
  });

  describe('action/outputs.mjs', () => {
    const outputs = (format: string, report: string) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'action/outputs.mjs'), format, report], { encoding: 'utf8' }).stdout;

    it('counts a JSON report from its stats, and leaves the counts empty when the scan wrote no report (exit code 2)', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-outputs-'));
      writeFileSync(path.join(dir, 'r.json'), JSON.stringify({ stats: { active: 3, bySeverity: { critical: 0, high: 1, medium: 2, low: 0 } } }));
      expect(outputs('json', path.join(dir, 'r.json'))).toBe('sarif=\nfindings=3\ncritical=0\nhigh=1\nmedium=2\nlow=0\n');
      expect(outputs('sarif', path.join(dir, 'missing.sarif'))).toBe('sarif=\nfindings=\ncritical=\nhigh=\nmedium=\nlow=\n');
      expect(outputs('markdown', path.join(dir, 'r.json'))).toBe('sarif=\nfindings=\ncritical=\nhigh=\nmedium=\nlow=\n');
    });

    it('counts SARIF results that are neither suppressed nor already in the baseline', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-outputs-'));
      const result = (severity: string, extra: object = {}) => ({ ruleId: 'SM001', properties: { severity }, ...extra });
      const results = [result('high'), result('high', { baselineState: 'new' }), result('low'), result('high', { suppressions: [{ kind: 'external' }] }), result('critical', { baselineState: 'unchanged' })];
      writeFileSync(path.join(dir, 'r.sarif'), JSON.stringify({ runs: [{ results }] }));
      expect(outputs('sarif', path.join(dir, 'r.sarif'))).toBe(`sarif=${path.join(dir, 'r.sarif')}\nfindings=3\ncritical=0\nhigh=2\nmedium=0\nlow=1\n`);
    });
  });
});

/** `sagelint baseline infra` in the workspace, with the CLI the action installed. */
function recordBaseline(actionDir: string, workspace: string): void {
  const run = spawnSync(process.execPath, [path.join(actionDir, 'bundle/sagelint.js'), 'baseline', 'infra'], { cwd: workspace, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}
