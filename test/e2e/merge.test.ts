import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMultitool } from '../helpers/sarif.js';
import { runCliAsync } from './cli.js';

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
});
