/**
 * Trusted mode: in a pull request, the config and baseline come from the base
 * branch, so the pull request cannot switch its own gate off; and a config
 * above the repository is never the project's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { REPO_ROOT, runCliAsync } from '../e2e/cli.js';
import { createValidator } from '../helpers/json-schema.js';
import { runMultitool, validateSarifSchema } from '../helpers/sarif.js';
import { GOOD_TEMPLATE, pullRequest, scanJson, workspace } from '../hostile/workspace.js';

const rulesFound = async (dir: string, extra: string[] = [], paths = ['.']) => {
  const { run, report } = await scanJson(dir, paths, extra);
  return { status: run.status, stderr: run.stderr, rules: [...new Set(report.findings.map((f) => f.ruleId))].sort() };
};

const SILENCE_EVERYTHING = "suppressions:\n  - rule: '*'\n    reason: looks fine\nexclude: ['**']\nfailOn: none\n";

describe('--config-from-ref', { concurrent: true, timeout: 300_000 }, () => {
  it("ignores the pull request's own config that turns everything off", async () => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE }, { '.sagelint.yml': SILENCE_EVERYTHING });
    expect(await rulesFound(dir)).toMatchObject({ status: 0, rules: [] });
    const trusted = await rulesFound(dir, ['--config-from-ref', 'main']);
    expect(trusted.status).toBe(1);
    expect(trusted.rules).toContain('SM001');
    // Reviewers are told what the pull request's config would change: SL002 findings, not warnings.
    expect(trusted.rules).toContain('SL002');
    expect(trusted.stderr).not.toMatch(/warning/);
    const gate = (await scanJson(dir, ['.'], ['--config-from-ref', 'main'])).report.findings.filter((f) => f.ruleId === 'SL002').map((f) => f.message);
    expect(gate).toEqual([
      expect.stringContaining('This config adds a suppression of every rule, which the config of "main" does not'),
      expect.stringContaining('This config excludes "**"'),
      expect.stringContaining('This config raises failOn from low to none'),
    ]);
  });

  it("applies the base branch's config even when the pull request deletes or rewrites it", async () => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'rules:\n  SM003: off\n' }, { '.sagelint.yml': 'rules:\n  SM001: off\n' });
    const trusted = await rulesFound(dir, ['--config-from-ref', 'main']);
    expect(trusted.rules).toContain('SM001');
    expect(trusted.rules).not.toContain('SM003');
  });

  it('finds the config upward from a scanned folder within the base tree, and names it by ref in errors', async () => {
    const dir = pullRequest({ 'infra/good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'rules:\n  SM003: off\n' }, {});
    expect((await rulesFound(path.join(dir, 'infra'), ['--config-from-ref', 'main'])).rules).not.toContain('SM003');
    const broken = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'rules:\n  XX999: off\n' }, {});
    const run = await runCliAsync(['scan', '.', '--config-from-ref', 'main'], { cwd: broken });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/main:\.sagelint\.yml: rules\.XX999: no such rule/);
  });

  it.each(['--output=/tmp/x', '-c core.pager=true', 'no-such-branch'])('refuses the ref %j with exit 2', async (ref) => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE }, {});
    const run = await runCliAsync(['scan', '.', `--config-from-ref=${ref}`], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--config-from-ref/);
  });
});

describe('--baseline-from-ref', { concurrent: true, timeout: 300_000 }, () => {
  it('ignores fingerprints the pull request adds to the baseline', async () => {
    const dir = pullRequest({}, { 'good.yaml': GOOD_TEMPLATE });
    expect((await runCliAsync(['baseline', '.'], { cwd: dir })).status).toBe(0);
    expect((await rulesFound(dir, ['--baseline', '.sagelint-baseline.json'])).status).toBe(0);
    const trusted = await rulesFound(dir, ['--baseline-from-ref', 'main']);
    expect(trusted.status).toBe(1);
    expect(trusted.rules).toContain('SM001');
    expect(trusted.rules).toContain('SL002');
    const accepted = (await scanJson(dir, ['.'], ['--baseline-from-ref', 'main'])).report.findings.filter((f) => f.ruleId === 'SL002');
    expect(accepted.length).toBeGreaterThan(0);
    for (const finding of accepted) expect(finding.message).toMatch(/^This baseline accepts a finding of "[A-Z]{2}\d{3}" on "Notebook", which the baseline of "main" does not/);
  });

  it("accepts what the base branch's baseline accepts", async () => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE }, {});
    expect((await runCliAsync(['baseline', '.'], { cwd: dir })).status).toBe(0);
    spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qam', 'x'], { cwd: dir });
    spawnSync('git', ['add', '.sagelint-baseline.json'], { cwd: dir });
    spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'baseline'], { cwd: dir });
    spawnSync('git', ['branch', '-f', 'main', 'HEAD'], { cwd: dir });
    expect((await rulesFound(dir, ['--baseline-from-ref', 'main'])).status).toBe(0);
  });
});

describe('config search stops at the repository', { concurrent: true, timeout: 300_000 }, () => {
  it('a .sagelint.yml above the git top level is never picked up', async () => {
    const outside = workspace({ '.sagelint.yml': SILENCE_EVERYTHING });
    const dir = pullRequest({ 'infra/good.yaml': GOOD_TEMPLATE }, {}, outside);
    expect((await rulesFound(dir)).rules).toContain('SM001');
    expect((await rulesFound(path.join(dir, 'infra'))).rules).toContain('SM001');
  });

  it('outside git, a .sagelint.yml above the scan root is never picked up', async () => {
    const dir = workspace({ '.sagelint.yml': SILENCE_EVERYTHING, 'infra/good.yaml': GOOD_TEMPLATE });
    expect((await rulesFound(path.join(dir, 'infra'))).rules).toContain('SM001');
    expect((await rulesFound(dir, [], ['infra'])).rules).toEqual([]);
  });

  it('inside git, a .sagelint.yml at the top level still governs a scan of a subfolder', async () => {
    const dir = pullRequest({ 'infra/good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'rules:\n  SM001: off\n' }, {});
    expect((await rulesFound(path.join(dir, 'infra'))).rules).not.toContain('SM001');
  });
});

describe('SL002: what the pull request does to its own gate, as findings', { concurrent: true, timeout: 300_000 }, () => {
  const PR_CONFIG = [
    '# the pull request turns its gate off',
    'rules:',
    '  SM001: low',
    'suppressions:',
    "  - rule: '*'",
    '    reason: "nothing to see\\n::error::forged"',
    "exclude: ['**', \"x\\n::add-mask::y\"]",
    '',
  ].join('\n');

  /** A base with a gate (a notebook, a config, a baseline of today's findings), and a pull request that weakens all of it. */
  async function weakeningPullRequest(): Promise<string> {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'failOn: low\n' }, {});
    expect((await runCliAsync(['baseline', '.'], { cwd: dir })).status).toBe(0);
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });
    git('add', '.sagelint-baseline.json');
    git('commit', '-qm', 'baseline');
    git('branch', '-f', 'main', 'HEAD');
    const baseline = JSON.parse(readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8')) as { findings: object[] };
    baseline.findings.push({ fingerprint: 'f'.repeat(32), ruleId: 'SM002', resource: 'Notebook\n::error::forged', file: 'good.yaml' });
    writeFileSync(path.join(dir, '.sagelint-baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
    writeFileSync(path.join(dir, '.sagelint.yml'), PR_CONFIG);
    git('commit', '-qam', 'pull request');
    return dir;
  }

  const TRUSTED = ['--config-from-ref', 'main', '--baseline-from-ref', 'main'];

  it('reports each weakening at its entry, counts it for the exit code, and writes valid JSON and SARIF', async () => {
    const dir = await weakeningPullRequest();
    const { run, report } = await scanJson(dir, ['.'], TRUSTED);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/warning/);
    expect(createValidator(JSON_REPORT_SCHEMA, { strict: true })(report)).toEqual({ valid: true, errors: [] });
    const gate = (report.findings as unknown as GateFinding[]).filter((f) => f.ruleId === 'SL002');
    const baselineLines = readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8').split('\n');
    const addedLine = baselineLines.findIndex((line) => line.includes('f'.repeat(32))) + 1;
    expect(gate.map((f) => [f.location.file, f.location.start.line, f.location.start.column, f.severity, f.baselineState, f.message.replace(/, which .*/, '')])).toEqual([
      ['.sagelint-baseline.json', addedLine - 1, 5, 'high', 'new', 'This baseline accepts a finding of "SM002" on "Notebook\\n::error::forged"'],
      ['.sagelint.yml', 3, 3, 'high', 'new', 'This config lowers SM001 from high to low'],
      ['.sagelint.yml', 5, 5, 'high', 'new', 'This config adds a suppression of every rule'],
      ['.sagelint.yml', 7, 11, 'high', 'new', 'This config excludes "**"'],
      ['.sagelint.yml', 7, 17, 'high', 'new', 'This config excludes "x\\n::add-mask::y"'],
    ]);
    // The pull request's config is not applied: its notebook's findings fail the gate, unsuppressed.
    expect(report.findings.some((f) => f.ruleId === 'SM001' && f.location.file === 'good.yaml')).toBe(true);
    expect((report.stats as unknown as { suppressed: number }).suppressed).toBe(0);
    // A second run gives the same fingerprints.
    const again = ((await scanJson(dir, ['.'], TRUSTED)).report.findings as unknown as GateFinding[]).filter((f) => f.ruleId === 'SL002');
    expect(again.map((f) => f.fingerprint)).toEqual(gate.map((f) => f.fingerprint));

    const sarifFile = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-sl002-')), 'gate.sarif');
    expect((await runCliAsync(['scan', '.', ...TRUSTED, '-o', sarifFile], { cwd: dir })).status).toBe(1);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(validateSarifSchema(log)).toEqual({ valid: true, errors: [] });
    expect(runMultitool(sarifFile)).toEqual({ errors: [], warnings: [] });
    const results = log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'SL002');
    expect(results).toHaveLength(5);
    expect(log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'SL002')).toMatchObject({ name: 'gate-weakened', properties: { tags: expect.arrayContaining(['security']) } });
    expect(results[1].locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: '.sagelint.yml' }, region: { startLine: 3, startColumn: 3 } });
  });

  it('reaches every human-readable format as one inert line per finding', async () => {
    const dir = await weakeningPullRequest();
    const formats = ['text', 'markdown', 'github'];
    const runs = await Promise.all(formats.map((format) => runCliAsync(['scan', '.', ...TRUSTED, '--format', format, '--no-color'], { cwd: dir })));
    for (const [index, run] of runs.entries()) {
      const format = formats[index];
      expect(run.status, format).toBe(1);
      expect(run.stdout, format).toMatch(/SL002|gate-weakened/);
      expect(run.stdout, format).toContain('adds a suppression of every rule');
      // Nothing from the files starts a line of the log.
      expect(run.stdout, format).not.toMatch(/^\s*::(error|add-mask)::(forged|y)/m);
    }
    const github = (await runCliAsync(['scan', '.', ...TRUSTED, '--format', 'github'], { cwd: dir })).stdout;
    expect(github).toMatch(/^::error file=\.sagelint\.yml,line=5,.*title=SL002/m);
  });

  it('a pull request that deletes the config is reported at the file it deletes', async () => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'requiredTags: [owner]\n' }, {});
    spawnSync('git', ['rm', '-q', '.sagelint.yml'], { cwd: dir });
    spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', 'delete the config'], { cwd: dir });
    const { run, report } = await scanJson(dir, ['.'], ['--config-from-ref', 'main']);
    expect(run.status).toBe(1);
    const gate = report.findings.filter((f) => f.ruleId === 'SL002');
    expect(gate.map((f) => [f.location.file, f.location.start.line, f.location.start.column])).toEqual([['.sagelint.yml', 1, 1]]);
    expect(gate[0]!.message).toMatch(/^This config no longer requires the tag "owner", which the config of "main" does not/);
  });

  it('a pull request that switches extends from strict to a preset that drops rules is reported, one finding per rule', async () => {
    const dir = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'extends: strict\n' }, { '.sagelint.yml': '# quieter\nextends: recommended\n' });
    const { run, report } = await scanJson(dir, ['.'], ['--config-from-ref', 'main']);
    expect(run.status).toBe(1);
    // The base's strict preset still judges the pull request: TG001 (strict only, no requiredTags) reports the untagged notebook.
    expect(report.findings.some((f) => f.ruleId === 'TG001' && f.location.file === 'good.yaml')).toBe(true);
    const gate = report.findings.filter((f) => f.ruleId === 'SL002');
    const strictOnly = ALL_RULES.filter((rule) => rule.presets.recommended !== true).map((rule) => rule.id);
    expect(strictOnly).toEqual(expect.arrayContaining(['SM033', 'SM066', 'TG001']));
    expect(gate.map((f) => f.message.replace(/, which .*/, '')).sort()).toEqual(strictOnly.sort().map((id) => `This config no longer runs ${id} (extends "recommended" instead of "strict")`));
    expect(new Set(gate.map((f) => `${f.location.file}:${f.location.start.line}:${f.location.start.column}`))).toEqual(new Set(['.sagelint.yml:2:1']));
    // With --preset on the command line neither file's extends applies, so the switch changes nothing.
    expect((await rulesFound(dir, ['--config-from-ref', 'main', '--preset', 'strict'])).rules).not.toContain('SL002');
  });

  it('is not reported outside trusted mode, nor when the base config turns it off', async () => {
    const dir = await weakeningPullRequest();
    expect((await rulesFound(dir, ['--fail-on', 'low'])).rules).not.toContain('SL002');
    const base = pullRequest({ 'good.yaml': GOOD_TEMPLATE, '.sagelint.yml': 'rules:\n  SL002: off\n' }, { '.sagelint.yml': PR_CONFIG });
    const trusted = await rulesFound(base, ['--config-from-ref', 'main']);
    expect(trusted.rules).not.toContain('SL002');
    expect(trusted.rules).toContain('SM001');
  });
});

interface GateFinding {
  ruleId: string;
  message: string;
  severity: string;
  fingerprint: string;
  baselineState?: string;
  location: { file: string; start: { line: number; column: number } };
}

const JSON_REPORT_SCHEMA = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/report/json-report.schema.json'), 'utf8')) as object;
