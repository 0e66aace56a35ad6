/** `--format csv` from the built CLI: the same findings as the JSON report, readable by a strict CSV parser. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV report of the bundled fixtures', { timeout: 300_000 }, () => {
  it('is chosen by the .csv extension and holds every finding, error and note of the JSON report', async () => {
    const csvFile = path.join(dir, 'findings.csv');
    const jsonFile = path.join(dir, 'findings.json');
    const csvRun = await runCliAsync(['scan', 'fixtures/examples', '-o', csvFile]);
    const jsonRun = await runCliAsync(['scan', 'fixtures/examples', '-o', jsonFile]);
    expect(csvRun.status, csvRun.stderr).toBe(1);
    expect(csvRun.status).toBe(jsonRun.status);
    const rows = parseCsv(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { findings: { fingerprint: string; ruleId: string }[]; errors: unknown[]; notes: unknown[] };
    const findings = rows.filter((r) => r.record === 'finding');
    expect(findings.map((r) => `${r.rule_id} ${r.fingerprint}`).sort()).toEqual(report.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort());
    expect(rows.filter((r) => r.record === 'error')).toHaveLength(report.errors.length);
    expect(rows.filter((r) => r.record === 'note')).toHaveLength(report.notes.length);
    for (const row of findings) expect(Number(row.line), `${row.rule_id} ${row.file}`).toBeGreaterThan(0);
  });
});
