/** `--format ocsf` from the built CLI: every finding of the JSON report, each a Detection Finding valid against the OCSF schema. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator } from '../helpers/json-schema.js';
import { REPO_ROOT, runCliAsync } from './cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-ocsf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const validate = createValidator(JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/helpers/ocsf-detection-finding.schema.json'), 'utf8')) as object, { strict: true });

describe('OCSF report of the bundled fixtures', { timeout: 300_000 }, () => {
  it('holds one valid Detection Finding per finding of the JSON report, chosen by --format or .ocsf.json, and is sagelint.ocsf.json in --output-dir', async () => {
    const out = path.join(dir, 'out');
    const dirRun = await runCliAsync(['scan', 'fixtures/examples', '--output-dir', out, '--format', 'json,ocsf']);
    expect(dirRun.status, dirRun.stderr).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['sagelint.json', 'sagelint.ocsf.json']);
    const report = JSON.parse(readFileSync(path.join(out, 'sagelint.json'), 'utf8')) as { findings: { fingerprint: string }[] };
    const events = JSON.parse(readFileSync(path.join(out, 'sagelint.ocsf.json'), 'utf8')) as { finding_info: { uid: string }; time: number }[];
    expect(events.map((e) => e.finding_info.uid).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    for (const event of events) expect(validate(event).errors, event.finding_info.uid).toEqual([]);
    expect(new Set(events.map((e) => e.time)).size).toBe(1);

    const file = path.join(dir, 'findings.ocsf.json');
    const byExtension = await runCliAsync(['scan', 'fixtures/examples', '-o', file]);
    expect(byExtension.status, byExtension.stderr).toBe(1);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { class_uid: number }[]).every((e) => e.class_uid === 2004)).toBe(true);
  });
});
