/** The real `sagelint audit` CLI against a local AWS API, and `scan` of the snapshot it saves. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { cliEnvFor, runCliAsync } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { HOME_REGION, seedCallerAccount } from './seed.js';

interface JsonFinding {
  ruleId: string;
  fingerprint: string;
  location: { kind: string; arn?: string };
}

interface ComplianceReport {
  findings: JsonFinding[];
  gaps?: { rulesAffected: string[] }[];
  compliance: { framework: string; controls: { control: string; rules: string[]; checked: number; failed: number; status: string; reason?: string }[] };
}

describeLive('sagelint audit (CLI)', () => {
  let moto: MotoServer;
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-audit-'));
  const env = () => cliEnvFor(moto.endpoint);

  beforeAll(async () => {
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    await seedCallerAccount(moto.endpoint);
  }, 120_000);
  afterAll(() => moto?.stop());

  it('reports seeded violations by ARN, lists coverage gaps (an error with --fail-on-gaps), and its snapshot rescans to the same findings', { timeout: 120_000 }, async () => {
    const snapshot = path.join(out, 'state.json');
    const summary = path.join(out, 'summary.md');
    const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '--format', 'json', '--save-snapshot', snapshot, '--summary', summary, '--fail-on-gaps'], { env: env() });
    expect(audit.status, 'moto leaves some operations unimplemented: gaps, and --fail-on-gaps makes them an error').toBe(2);
    expect(audit.stderr).toMatch(/--fail-on-gaps/);
    const report = JSON.parse(audit.stdout) as { findings: JsonFinding[]; notes: { message: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.location.kind === 'live' && f.location.arn?.startsWith('arn:aws:'))).toBe(true);
    const rules = new Set(report.findings.map((f) => f.ruleId));
    for (const id of ['SM001', 'SM003', 'SM060', 'RS001']) expect(rules, `seeded violation of ${id}`).toContain(id);
    expect(report.notes.some((n) => /ListNotebookInstanceLifecycleConfigs/.test(n.message))).toBe(true);
    expect(JSON.parse(readFileSync(snapshot, 'utf8')).sagelintSnapshot).toBeDefined();
    // The job summary comes from the same audit as the report.
    // moto leaves operations unimplemented: the summary says first that the audit is incomplete.
    expect(readFileSync(summary, 'utf8')).toMatch(new RegExp(`^## sagelint\\n\\n> ⚠️ \\*\\*INCOMPLETE: .*\\*\\*\\n\\n\\*\\*${report.findings.length} findings\\*\\*`));

    const rescan = await runCliAsync(['scan', snapshot, '--format', 'json'], { env: env() });
    const again = JSON.parse(rescan.stdout) as { findings: JsonFinding[] };
    expect(again.findings.map((f) => f.fingerprint).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());
    expect(rescan.status).toBe(1);
  });

  it('writes an HTML report with the coverage section: findings and failed calls per account, region and service', { timeout: 120_000 }, async () => {
    const html = path.join(out, 'audit.html');
    const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '-o', html], { env: env() });
    expect(audit.status).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<title>sagelint audit report</title>');
    const coverage = /<section id="coverage"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(coverage).toMatch(new RegExp(`<td>account \\d{12} · ${HOME_REGION} · sagemaker</td><td class="num">[1-9]`));
    expect(coverage).toMatch(/<td>sagemaker:ListNotebookInstanceLifecycleConfigs<\/td>/);
  });

  it('with --output-dir, writes each format and the SARIF report\'s snapshot into the folder from one collection', { timeout: 120_000 }, async () => {
    const reports = path.join(out, 'reports');
    const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '--output-dir', reports, '--format', 'sarif,json,csv'], { env: env() });
    expect(audit.status, audit.stderr).toBe(1);
    expect(readdirSync(reports).sort()).toEqual(['sagelint.csv', 'sagelint.json', 'sagelint.sarif', 'sagelint.snapshot.json']);
    const json = JSON.parse(readFileSync(path.join(reports, 'sagelint.json'), 'utf8')) as { findings: JsonFinding[] };
    expect(json.findings.every((f) => f.location.kind === 'live')).toBe(true);
    // SARIF alone locates live findings in the snapshot, which code scanning can show.
    const log = JSON.parse(readFileSync(path.join(reports, 'sagelint.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris.size).toBe(1);
    expect([...uris][0]).toMatch(/(^|\/)reports\/sagelint\.snapshot\.json$/);
    expect(log.runs[0]!.results).toHaveLength(json.findings.length);
    const csv = readFileSync(path.join(reports, 'sagelint.csv'), 'utf8').split('\r\n');
    expect(csv[1], 'moto leaves operations unimplemented: the CSV says first that the audit is incomplete').toMatch(/^incomplete,/);
  });

  it('with --compliance security-hub, judges every Security Hub control over the live resources, failing those the seeded violations break', { timeout: 120_000 }, async () => {
    const audit = await runCliAsync(['audit', '--regions', HOME_REGION, '--compliance', 'security-hub', '--format', 'json'], { env: env() });
    expect(audit.status, audit.stderr).toBe(1);
    const report = JSON.parse(audit.stdout) as ComplianceReport;
    const mapped = ALL_RULES.filter((rule) => rule.docs.alsoKnownAs?.['Security Hub']?.length);
    const mappedIds = new Set(mapped.map((rule) => rule.id));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(mappedIds).toContain(finding.ruleId);
      expect(finding.location.kind).toBe('live');
    }
    const controls = new Map(report.compliance.controls.map((c) => [c.control, c]));
    expect([...controls.keys()].sort()).toEqual([...new Set(mapped.flatMap((rule) => rule.docs.alsoKnownAs!['Security Hub']!))].sort());
    for (const control of ['SageMaker.1', 'SageMaker.3', 'Redshift.1']) {
      expect(controls.get(control), control).toMatchObject({ status: 'FAILED' });
      expect(controls.get(control)!.failed, control).toBeGreaterThan(0);
      expect(controls.get(control)!.checked, control).toBeGreaterThanOrEqual(controls.get(control)!.failed);
    }
    // moto leaves operations unimplemented: a control whose rules a gap left unevaluated never passes.
    const gapped = new Set((report.gaps ?? []).flatMap((gap) => gap.rulesAffected));
    for (const control of report.compliance.controls) {
      if (control.status !== 'FAILED' && control.rules.some((id) => gapped.has(id))) expect(control, control.control).toMatchObject({ status: 'UNKNOWN', reason: expect.stringMatching(/coverage gaps for/) });
    }
  });
});
