import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMultitool } from '../helpers/sarif.js';
import { workspace } from '../hostile/workspace.js';
import { runCliAsync } from './cli.js';

/** A plugin package whose one rule reports every notebook. */
function plugin(name: string, ruleId: string): Record<string, string> {
  const rule = `{ id: '${ruleId}', name: '${ruleId.toLowerCase()}-notebook', severity: 'medium', appliesTo: ['NotebookInstance'], fixable: false, tags: [], alsoKnownAs: {}, presets: { recommended: true, reason: 'Tested.' }, docs: { summary: '${ruleId} summary', description: 'Reports every notebook.', risk: 'None.', guidance: [], remediation: {}, alsoKnownAs: { checkov: ['CKV_${ruleId}'] } }, check(notebook, { report }) { report({ at: notebook, message: '${ruleId} reports the notebook.' }); } }`;
  return {
    [`${name}/package.json`]: JSON.stringify({ name: `sagelint-plugin-${name}`, version: '2.0.0', type: 'module', main: 'index.js', homepage: `https://example.com/${name}` }),
    [`${name}/index.js`]: `export const apiVersion = '^1.0.0';\nexport const rules = [${rule}];\n`,
  };
}

describe('sagelint merge', { timeout: 300_000 }, () => {
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-merge-'));
  const report = async (paths: string[], format: 'json' | 'sarif', name: string) => {
    const file = path.join(out, name);
    await runCliAsync(['scan', ...paths, '--format', format, '--output', file]);
    return file;
  };

  it('combines JSON reports: findings, rules and counts', async () => {
    const examples = await report(['fixtures/examples'], 'json', 'a.json');
    const cdk = await report(['fixtures/cdk'], 'json', 'b.json');
    const run = await runCliAsync(['merge', examples, cdk]);
    expect(run.status).toBe(0);
    const merged = JSON.parse(run.stdout);
    const parts = [examples, cdk].map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(merged.findings).toHaveLength(parts[0].findings.length + parts[1].findings.length);
    expect(merged.stats.files).toBe(parts[0].stats.files + parts[1].stats.files);
  });

  it('combines SARIF logs into one run that GitHub accepts', async () => {
    const file = path.join(out, 'merged.sarif');
    const run = await runCliAsync(['merge', (await report(['fixtures/examples'], 'sarif', 'a.sarif')), (await report(['fixtures/cdk'], 'sarif', 'b.sarif')), '-o', file]);
    expect(run.status).toBe(0);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(log.runs).toHaveLength(1);
    for (const result of log.runs[0].results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(runMultitool(file)).toEqual({ errors: [], warnings: [] });
  });

  it('keeps a finding found in several reports once, fails on --fail-on, and writes text and markdown', { timeout: 240_000 }, async () => {
    const examples = await report(['fixtures/examples'], 'json', 'd.json');
    const single = JSON.parse(readFileSync(examples, 'utf8'));
    const twice = await runCliAsync(['merge', examples, examples]);
    expect(twice.status).toBe(0);
    const merged = JSON.parse(twice.stdout);
    expect(merged.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(single.findings.map((f: { fingerprint: string }) => f.fingerprint));
    expect(merged.stats.active).toBe(single.stats.active);
    expect((await runCliAsync(['merge', examples, '--fail-on', 'low'])).status).toBe(1);
    const text = await runCliAsync(['merge', examples, examples, '--format', 'text']);
    expect(text.stdout).toMatch(new RegExp(`Summary: ${single.stats.active} findings`));
    const markdown = await runCliAsync(['merge', examples, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(new RegExp(`^## sagelint\n\n\\*\\*${single.stats.active} findings\\*\\*`));
    const sarif = await report(['fixtures/examples'], 'sarif', 'd.sarif');
    const sarifTwice = JSON.parse((await runCliAsync(['merge', sarif, sarif])).stdout);
    expect(sarifTwice.runs[0].results).toHaveLength(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.length);
    expect((await runCliAsync(['merge', sarif, '--fail-on', 'low'])).status).toBe(1);
  });

  it('exits 2 on an incomplete audit among the inputs, unless --allow-gaps', { timeout: 120_000 }, async () => {
    const file = path.join(out, 'incomplete.json');
    const base = JSON.parse(readFileSync((await report(['fixtures/cdk'], 'json', 'e.json')), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...base, incomplete: true, gaps: [] }));
    const run = await runCliAsync(['merge', file, '--format', 'text']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^INCOMPLETE: /m);
    expect((await runCliAsync(['merge', file, '--allow-gaps'])).status).toBe(0);
  });

  it('refuses to mix formats or merge what is not a report', async () => {
    expect((await runCliAsync(['merge', (await report(['fixtures/cdk'], 'json', 'c.json')), (await report(['fixtures/cdk'], 'sarif', 'c.sarif'))])).status).toBe(2);
    expect((await runCliAsync(['merge', 'package.json'])).stderr).toMatch(/not a sagelint JSON or SARIF report/);
  });

  it("keeps each plugin's rules and documentation when the reports of differently configured projects are merged", { timeout: 120_000 }, async () => {
    const notebook = 'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n';
    // Beta is the first plugin of one project and the second of the other: its component's index differs between the logs.
    const first = workspace({ 'nb.yaml': notebook, '.sagelint.yml': 'plugins: [./beta]\n', ...plugin('beta', 'BETA001') });
    const second = workspace({ 'nb.yaml': notebook.replace('Notebook:', 'OtherNotebook:'), '.sagelint.yml': 'plugins: [./alpha, ./beta]\n', ...plugin('alpha', 'ALPHA001'), ...plugin('beta', 'BETA001') });
    const scan = async (dir: string, format: 'json' | 'sarif') => {
      const file = path.join(out, `plugins-${path.basename(dir)}.${format}`);
      expect((await runCliAsync(['scan', '.', '--format', format, '-o', file], { cwd: dir })).status).toBe(1);
      return file;
    };
    const file = path.join(out, 'plugins-merged.sarif');
    expect((await runCliAsync(['merge', await scan(first, 'sarif'), await scan(second, 'sarif'), '-o', file])).status).toBe(0);
    const run = JSON.parse(readFileSync(file, 'utf8')).runs[0];
    expect(run.tool.extensions.map((e: { name: string; rules: { id: string }[] }) => [e.name, e.rules.map((r) => r.id)])).toEqual([
      ['sagelint-plugin-beta', ['BETA001']],
      ['sagelint-plugin-alpha', ['ALPHA001']],
    ]);
    const pluginResults = run.results.filter((r: { rule?: unknown }) => r.rule);
    expect(pluginResults.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['ALPHA001', 'BETA001', 'BETA001']);
    for (const result of pluginResults) expect(run.tool.extensions[result.rule.toolComponent.index].rules[result.rule.index].id).toBe(result.ruleId);
    // Multitool's one remark, on each plugin result: it names its rule both by `rule` and by `ruleId`, which code scanning keys alerts on (as CodeQL's own logs do).
    const { errors, warnings } = runMultitool(file);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.ruleId)).toEqual(pluginResults.map(() => 'SARIF2004'));

    const merged = await Promise.all([scan(first, 'json'), scan(second, 'json')]);
    const json = JSON.parse((await runCliAsync(['merge', ...merged])).stdout);
    expect(json.rules.filter((r: { origin?: unknown }) => r.origin)).toEqual([
      expect.objectContaining({ id: 'BETA001', helpUri: 'https://example.com/beta', origin: { name: 'sagelint-plugin-beta', version: '2.0.0' } }),
      expect.objectContaining({ id: 'ALPHA001', helpUri: 'https://example.com/alpha', origin: { name: 'sagelint-plugin-alpha', version: '2.0.0' } }),
    ]);
    // Text and Markdown name a plugin's rule and link its own page, not one of sagelint's.
    const markdown = (await runCliAsync(['merge', ...merged, '--format', 'markdown'])).stdout;
    expect(markdown).toContain('| [BETA001](https://example.com/beta) beta001-notebook | 2 | checkov CKV\\_BETA001 |');
    expect(markdown).not.toMatch(/docs\/rules\/(ALPHA|BETA)001/);
    expect((await runCliAsync(['merge', ...merged, '--format', 'text'])).stdout).toMatch(/BETA001 beta001-notebook .*\n.*\n.*controls: checkov CKV_BETA001/);
  });
});
