/** Compliance views from the built CLI: `rules` in every catalog format, and `scan --compliance` over the bundled fixtures. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

interface CatalogRule {
  id: string;
  appliesTo: string[];
  docs: { alsoKnownAs?: Record<string, string[]> };
}

const catalog = async (): Promise<CatalogRule[]> => JSON.parse((await runCliAsync(['rules', '--format', 'json'])).stdout) as CatalogRule[];

describe('sagelint rules --format', { timeout: 300_000 }, () => {
  it('csv: one row per rule with its kinds and its IDs in each framework the metadata names', async () => {
    const run = await runCliAsync(['rules', '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Record<string, string>[];
    const rules = await catalog();
    expect(rows.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    for (const [i, rule] of rules.entries()) {
      const known = rule.docs.alsoKnownAs ?? {};
      expect(rows[i]!.applies_to).toBe(rule.appliesTo.join(' '));
      expect(rows[i]!.security_hub, rule.id).toBe((known['Security Hub'] ?? []).join(' '));
      expect(rows[i]!.aws_config, rule.id).toBe((known['AWS Config'] ?? []).join(' '));
      expect(rows[i]!.checkov, rule.id).toBe((known.checkov ?? []).join(' '));
    }
  });

  it('markdown: a table; text stays the default, and `table` still names it', async () => {
    expect((await runCliAsync(['rules', '--format', 'markdown'])).stdout).toMatch(/^\| ID \| name \| severity \| applies to \| fix \| Security Hub \| AWS Config \|/);
    expect((await runCliAsync(['rules', '--format', 'table'])).stdout).toBe((await runCliAsync(['rules'])).stdout);
    expect((await runCliAsync(['rules', '--format', 'yaml'])).status).toBe(2);
  });
});

describe('sagelint scan --compliance', { timeout: 300_000 }, () => {
  it('security-hub --format markdown: only the mapped rules run, and every Security Hub control sagelint covers is a row', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--compliance', 'security-hub', '--format', 'markdown']);
    expect(run.status, run.stderr).toBe(1);
    const rules = await catalog();
    const mapped = new Set(rules.filter((r) => r.docs.alsoKnownAs?.['Security Hub']?.length).map((r) => r.id));
    const ruleRows = [...run.stdout.matchAll(/^\| \[(\w+)\]\(/gm)].map((m) => m[1]!);
    expect(ruleRows.length).toBeGreaterThan(0);
    for (const id of ruleRows) expect(mapped, id).toContain(id);
    const controls = new Set(rules.flatMap((r) => r.docs.alsoKnownAs?.['Security Hub'] ?? []));
    const controlRows = new Map([...run.stdout.matchAll(/^\| ([\w.]+) \| ([\w, ]+) \| (\d+) \| (\d+) \| \S+ (\w+) \|/gm)].map((m) => [m[1]!, m.slice(2)]));
    expect([...controlRows.keys()].sort()).toEqual([...controls].sort());
    // The notebook outside a VPC, the public Redshift cluster; SageMaker.1 turns on a parameter (a possible finding).
    expect(controlRows.get('SageMaker.2')).toEqual(['SM002', '2', '1', 'FAILED']);
    expect(controlRows.get('Redshift.1')).toEqual(['RS001', '1', '1', 'FAILED']);
    expect(controlRows.get('SageMaker.1')).toEqual(['SM001', '2', '0', 'UNKNOWN']);
    expect(controlRows.get('SageMaker.8')).toEqual(['SM008', '2', '0', 'PASSED']);
    expect(controlRows.get('SageMaker.9')).toEqual(['SM022', '0', '0', 'NOT_APPLICABLE']);
  });

  it('aws-config --format json: the compliance object, and findings of mapped rules only', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--compliance', 'aws-config', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[]; compliance: { framework: string; controls: { control: string; status: string }[] } };
    const mapped = new Set((await catalog()).filter((r) => r.docs.alsoKnownAs?.['AWS Config']?.length).map((r) => r.id));
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) expect(mapped).toContain(finding.ruleId);
    expect(report.compliance.framework).toBe('aws-config');
    expect(report.compliance.controls.find((c) => c.control === 'sagemaker-notebook-instance-inside-vpc')?.status).toBe('FAILED');
  });

  it('an unknown framework is a usage error naming the valid ones', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--compliance', 'nist-800-53']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--compliance: unknown framework "nist-800-53"; choose from security-hub, aws-config');
    expect((await runCliAsync(['audit', '--compliance', 'cis'])).status).toBe(2);
  });
});
