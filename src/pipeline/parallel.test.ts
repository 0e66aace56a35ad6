import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCloudFormationCorpus } from '../../bench/corpus.mjs';
import { runCliAsync } from '../../test/e2e/cli.js';
import { MIN_SOURCES_FOR_WORKERS, workersPayOff } from './parallel.js';

/** The built CLI's report for `dir`, in `format`, with `jobs` threads. */
async function report(dir: string, jobs: number, format: 'json' | 'sarif', extra: string[] = []): Promise<string> {
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-jobs-out-')), `report.${format}`);
  // Workers from the start: on its own the scan would judge this corpus too small for them.
  const run = await runCliAsync(['scan', 'corpus', '--format', format, '-o', output, '--jobs', String(jobs), '--quiet', ...extra], { cwd: dir, env: { SAGELINT_WORKERS_EAGER: '1' } });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return readFileSync(output, 'utf8');
}

// The runs stay one after another: each is bound by CPU, and side by side on two cores they only share them.
describe('scanning with worker threads', { timeout: 420_000 }, () => {
  it('gives the same report whatever the number of jobs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-jobs-'));
    // Enough templates (YAML and JSON, with pipelines, lifecycle scripts and findings) that workers take part.
    const corpus = writeCloudFormationCorpus(path.join(dir, 'corpus'), 4 * MIN_SOURCES_FOR_WORKERS, 42);
    expect(corpus.files).toBeGreaterThan(MIN_SOURCES_FOR_WORKERS);
    // Configuration that workers must apply as this thread does.
    writeFileSync(
      path.join(dir, '.sagelint.yml'),
      'rules:\n  SM001: critical\n  SM033: off\nrequiredTags: [owner]\nsuppressions:\n  - { rule: SM004, path: "corpus/service-000/**", reason: accepted for the sandbox }\n',
    );
    const single = await report(dir, 1, 'json');
    const findings: { ruleId: string; severity: string; certainty: string; suppressed: boolean }[] = JSON.parse(single).findings;
    expect(findings.length).toBeGreaterThan(20);
    const sm001 = findings.filter((f) => f.ruleId === 'SM001');
    expect(sm001.length).toBeGreaterThan(0);
    expect(sm001.every((f) => f.severity === (f.certainty === 'definite' ? 'critical' : 'high'))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'SM033')).toBe(false);
    expect(findings.some((f) => f.ruleId === 'SM004' && f.suppressed)).toBe(true);
    for (const jobs of [2, 3, 5]) expect(await report(dir, jobs, 'json')).toBe(single);
    const sarif = await report(dir, 1, 'sarif');
    expect(await report(dir, 2, 'sarif')).toBe(sarif);
  });

  it('counts the resources each compliance control checked on whichever thread evaluated them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-jobs-'));
    writeCloudFormationCorpus(path.join(dir, 'corpus'), 2 * MIN_SOURCES_FOR_WORKERS, 7);
    const single = await report(dir, 1, 'json', ['--compliance', 'security-hub']);
    expect((JSON.parse(single) as { compliance: { controls: { checked: number }[] } }).compliance.controls.some((c) => c.checked > 0)).toBe(true);
    expect(await report(dir, 2, 'json', ['--compliance', 'security-hub'])).toBe(single);
  });

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    // Refused before any file is read: these runs are start-up alone, and go side by side.
    const runs = await Promise.all(['0', '-2', '1.5', 'many'].map((jobs) => runCliAsync(['scan', 'fixtures/examples', '--jobs', jobs])));
    for (const run of runs) {
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--jobs must be a whole number of at least 1/);
    }
  });
});

describe('whether workers pay off', () => {
  // A probe of 0.5 s that kept 1.5 cores busy (garbage collection and compilation on helper threads) and scanned 150 sources.
  const probe = (total: number) => ({ elapsed: 0.5, cpuSeconds: 0.75, done: 150, total });

  it('not when the rest is short: two cores would save less than a worker costs to warm up', () => {
    expect(workersPayOff(probe(1000), 2)).toBe(false);
  });

  it('when the rest is long, or many cores are idle', () => {
    expect(workersPayOff(probe(3000), 2)).toBe(true);
    expect(workersPayOff(probe(1000), 8)).toBe(true);
  });

  it('never without a core to spare, or without a pace to go by', () => {
    expect(workersPayOff(probe(100_000), 1)).toBe(false);
    expect(workersPayOff({ elapsed: 0.5, cpuSeconds: 1, done: 150, total: 100_000 }, 2)).toBe(false);
    expect(workersPayOff({ elapsed: 0, cpuSeconds: 0, done: 0, total: 100_000 }, 2)).toBe(false);
  });
});
