import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMultitool } from '../helpers/sarif.js';
import { runCli } from './cli.js';

describe('sagelint merge', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-merge-'));
  const report = (paths: string[], format: 'json' | 'sarif', name: string) => {
    const file = path.join(out, name);
    runCli(['scan', ...paths, '--format', format, '--output', file]);
    return file;
  };

  it('combines JSON reports: findings, rules and counts', () => {
    const examples = report(['fixtures/examples'], 'json', 'a.json');
    const cdk = report(['fixtures/cdk'], 'json', 'b.json');
    const run = runCli(['merge', examples, cdk]);
    expect(run.status).toBe(0);
    const merged = JSON.parse(run.stdout);
    const parts = [examples, cdk].map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(merged.findings).toHaveLength(parts[0].findings.length + parts[1].findings.length);
    expect(merged.stats.files).toBe(parts[0].stats.files + parts[1].stats.files);
  });

  it('combines SARIF logs into one run that GitHub accepts', () => {
    const file = path.join(out, 'merged.sarif');
    const run = runCli(['merge', report(['fixtures/examples'], 'sarif', 'a.sarif'), report(['fixtures/cdk'], 'sarif', 'b.sarif'), '-o', file]);
    expect(run.status).toBe(0);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(log.runs).toHaveLength(1);
    for (const result of log.runs[0].results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(runMultitool(file)).toEqual({ errors: [], warnings: [] });
  });

  it('keeps a finding found in several reports once, fails on --fail-on, and writes text and markdown', { timeout: 240_000 }, () => {
    const examples = report(['fixtures/examples'], 'json', 'd.json');
    const single = JSON.parse(readFileSync(examples, 'utf8'));
    const twice = runCli(['merge', examples, examples]);
    expect(twice.status).toBe(0);
    const merged = JSON.parse(twice.stdout);
    expect(merged.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(single.findings.map((f: { fingerprint: string }) => f.fingerprint));
    expect(merged.stats.active).toBe(single.stats.active);
    expect(runCli(['merge', examples, '--fail-on', 'low']).status).toBe(1);
    const text = runCli(['merge', examples, examples, '--format', 'text']);
    expect(text.stdout).toMatch(new RegExp(`Summary: ${single.stats.active} findings`));
    const markdown = runCli(['merge', examples, '--format', 'markdown']);
    expect(markdown.stdout).toMatch(new RegExp(`^## sagelint\n\n\\*\\*${single.stats.active} findings\\*\\*`));
    const sarif = report(['fixtures/examples'], 'sarif', 'd.sarif');
    const sarifTwice = JSON.parse(runCli(['merge', sarif, sarif]).stdout);
    expect(sarifTwice.runs[0].results).toHaveLength(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results.length);
    expect(runCli(['merge', sarif, '--fail-on', 'low']).status).toBe(1);
  });

  it('exits 2 on an incomplete audit among the inputs, unless --allow-gaps', { timeout: 120_000 }, () => {
    const file = path.join(out, 'incomplete.json');
    const base = JSON.parse(readFileSync(report(['fixtures/cdk'], 'json', 'e.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...base, incomplete: true, gaps: [] }));
    const run = runCli(['merge', file, '--format', 'text']);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^INCOMPLETE: /m);
    expect(runCli(['merge', file, '--allow-gaps']).status).toBe(0);
  });

  it('refuses to mix formats or merge what is not a report', () => {
    expect(runCli(['merge', report(['fixtures/cdk'], 'json', 'c.json'), report(['fixtures/cdk'], 'sarif', 'c.sarif')]).status).toBe(2);
    expect(runCli(['merge', 'package.json']).stderr).toMatch(/not a sagelint JSON or SARIF report/);
  });
});
