import { mkdtempSync, readFileSync } from 'node:fs';
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

  it('refuses to mix formats or merge what is not a report', () => {
    expect(runCli(['merge', report(['fixtures/cdk'], 'json', 'c.json'), report(['fixtures/cdk'], 'sarif', 'c.sarif')]).status).toBe(2);
    expect(runCli(['merge', 'package.json']).stderr).toMatch(/not a sagelint JSON or SARIF report/);
  });
});
