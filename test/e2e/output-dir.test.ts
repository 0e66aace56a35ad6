/** `--output-dir DIR --format a,b,…`: one scan, one report per format, each as valid as when written alone. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { AwsSecurityFinding$, schemaProblems } from '../helpers/asff-schema.js';
import { createValidator } from '../helpers/json-schema.js';
import { runMultitool, validateSarifSchema } from '../helpers/sarif.js';
import { REPO_ROOT, runCliAsync } from './cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-output-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const validateJson = createValidator(JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/report/json-report.schema.json'), 'utf8')) as object, { strict: true });
const validateOcsf = createValidator(JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/helpers/ocsf-detection-finding.schema.json'), 'utf8')) as object, { strict: true });

describe('--output-dir', { timeout: 300_000 }, () => {
  it('writes sagelint.<ext> for each format from one scan, creating the folder, and exits as the scan does', async () => {
    const out = path.join(dir, 'reports', 'nested');
    const run = await runCliAsync(['scan', 'fixtures/examples', '--output-dir', out, '--format', 'sarif,html,json', '--format', 'csv', '--summary', path.join(dir, 'summary.md')]);
    expect(run.status, run.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['sagelint.csv', 'sagelint.html', 'sagelint.json', 'sagelint.sarif']);
    expect(run.stderr.match(/report written to /g)).toHaveLength(4);

    const json = JSON.parse(readFileSync(path.join(out, 'sagelint.json'), 'utf8')) as { findings: { fingerprint: string }[] };
    expect(validateJson(json)).toEqual({ valid: true, errors: [] });
    const log = JSON.parse(readFileSync(path.join(out, 'sagelint.sarif'), 'utf8')) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect(validateSarifSchema(log).errors).toEqual([]);
    expect(runMultitool(path.join(out, 'sagelint.sarif')).errors).toEqual([]);
    const rows = parseCsv(readFileSync(path.join(out, 'sagelint.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const fingerprints = json.findings.map((f) => f.fingerprint).sort();
    expect(log.runs[0]!.results.map((r) => r.partialFingerprints['sagelint/v1']).sort()).toEqual(fingerprints);
    expect(rows.filter((r) => r.record === 'finding').map((r) => r.fingerprint).sort()).toEqual(fingerprints);
    expect(readFileSync(path.join(out, 'sagelint.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    // The summary is appended once, not once per report.
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8').match(/^## sagelint/gm)).toHaveLength(1);
  });

  it('writes all six machine formats from one scan, each valid against its schema and holding the same findings', async () => {
    const out = path.join(dir, 'six');
    const run = await runCliAsync(['scan', 'fixtures/examples', '--output-dir', out, '--format', 'sarif,html,json,asff,ocsf,csv', '--asff-account', '111122223333', '--asff-region', 'eu-west-1']);
    expect(run.status, run.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['sagelint.asff.json', 'sagelint.csv', 'sagelint.html', 'sagelint.json', 'sagelint.ocsf.json', 'sagelint.sarif']);
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const json = JSON.parse(read('sagelint.json')) as { findings: { fingerprint: string }[] };
    expect(validateJson(json)).toEqual({ valid: true, errors: [] });
    const fingerprints = json.findings.map((f) => f.fingerprint).sort();
    expect(fingerprints.length).toBeGreaterThan(0);
    expect(runMultitool(path.join(out, 'sagelint.sarif')).errors).toEqual([]);
    const asff = JSON.parse(read('sagelint.asff.json')) as { ProductFields: Record<string, string> }[];
    for (const finding of asff) expect(schemaProblems(AwsSecurityFinding$, finding)).toEqual([]);
    expect(asff.map((f) => f.ProductFields['sagelint/Fingerprint']).sort()).toEqual(fingerprints);
    const ocsf = JSON.parse(read('sagelint.ocsf.json')) as { finding_info: { uid: string } }[];
    for (const event of ocsf) expect(validateOcsf(event).errors).toEqual([]);
    expect(ocsf.map((e) => e.finding_info.uid).sort()).toEqual(fingerprints);
    const rows = parseCsv(read('sagelint.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.record === 'finding').map((r) => r.fingerprint).sort()).toEqual(fingerprints);
    // The browser test (html-report.test.ts) renders this format; here it must be one self-contained page.
    expect(read('sagelint.html')).toMatch(/^<!DOCTYPE html>/i);
    expect(read('sagelint.html')).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);
  });

  it.each([
    [['--format', 'sarif,json'], 'several --format values need --output-dir'],
    [['--output-dir', 'x'], '--output-dir needs --format'],
    [['--output-dir', 'x', '--output', 'y.json', '--format', 'json'], 'mutually exclusive'],
    [['--output-dir', 'x', '--format', 'sarif,jsn'], '--format: unknown format "jsn"'],
  ])('refuses %j as a usage error, writing nothing', async (args, message) => {
    const run = await runCliAsync(['scan', 'fixtures/examples', ...args], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
  });

  it('says which folder it cannot create, and exits 2 without scanning', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--output-dir', path.join(REPO_ROOT, 'package.json', 'out'), '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*package\.json.out: ENOTDIR/);
    expect(run.stderr).not.toMatch(/report written/);
  });
});
