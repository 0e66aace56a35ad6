/**
 * The reports of the bundled fixtures, kept as snapshots beside this test
 * (cfn-lint style: a change in behaviour is a visible diff in review), and the
 * SARIF checked by the official schema and by the SARIF Multitool with GitHub's rules.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMultitool, validateSarifSchema } from '../helpers/sarif.js';
import { runCliAsync } from './cli.js';

interface RuleMetadata {
  id: string;
  defaultConfiguration?: unknown;
  properties?: Record<string, unknown>;
}

const out = mkdtempSync(path.join(tmpdir(), 'sagelint-sarif-'));

// Every rule (--preset strict), so the snapshots cover each rule's report, not only the default preset's.
describe('reports of the bundled fixtures', { timeout: 300_000 }, () => {
  it('SARIF passes the schema and the Multitool with GitHub rules, and matches the snapshot', async () => {
    const file = path.join(out, 'examples.sarif');
    const run = await runCliAsync(['scan', 'fixtures/examples', 'fixtures/cdk', '--preset', 'strict', '--format', 'sarif', '--output', file]);
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(validateSarifSchema(log)).toEqual({ valid: true, errors: [] });
    expect(runMultitool(file)).toEqual({ errors: [], warnings: [] });
    // The scan root is where the repository is checked out: not part of the behaviour under test.
    log.runs[0].originalUriBaseIds['%SRCROOT%'].uri = 'file:///checkout/';
    // Rule metadata is the catalog's (its help text has its own tests in src/report/sarif.test.ts and the docs drift test):
    // the snapshot keeps each rule's ID, severity and level, so rewording a rule's docs rewrites no snapshot.
    const driver = log.runs[0].tool.driver as { rules: unknown[] };
    driver.rules = (driver.rules as RuleMetadata[]).map((rule) => ({ id: rule.id, defaultConfiguration: rule.defaultConfiguration, securitySeverity: rule.properties?.['security-severity'] }));
    await expect(JSON.stringify(log, null, 2)).toMatchFileSnapshot('__snapshots__/examples.sarif.json');
  });

  it('SARIF of a mixed CloudFormation and Terraform repository (a local module, tfvars, a plan) passes the Multitool with GitHub rules', async () => {
    const file = path.join(out, 'mixed.sarif');
    const run = await runCliAsync(['scan', 'fixtures/equivalence', '--format', 'sarif', '--output', file]);
    expect(run.status).toBe(1);
    const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(validateSarifSchema(log)).toEqual({ valid: true, errors: [] });
    expect(runMultitool(file)).toEqual({ errors: [], warnings: [] });
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual([
      'fixtures/equivalence/cloudformation/ml-platform.yaml',
      // The plan sits beside its configuration's folder, not in it: its findings stay in the plan.
      'fixtures/equivalence/plan.json',
      'fixtures/equivalence/terraform/main.tf',
      'fixtures/equivalence/terraform/modules/network/main.tf',
    ]);
  });

  it('text output matches the snapshot', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples', '--preset', 'strict', '--no-color']);
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/examples.txt');
  });

  it("text output opens with the summary, then the example's critical finding", async () => {
    const lines = (await runCliAsync(['scan', 'fixtures/examples', '--preset', 'strict', '--no-color'])).stdout.split('\n');
    expect(lines[0]).toMatch(/^Summary: \d+ findings \(1 critical, /);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^CRITICAL RS001 redshift-public {2}fixtures\/examples\/ml-platform\.yaml:\d+:\d+$/);
  });

  it('--compact writes one line per finding, most severe first; --quiet keeps only those at or above --fail-on, with their resources', async () => {
    const compact = (await runCliAsync(['scan', 'fixtures/examples', '--preset', 'strict', '--compact'])).stdout.split('\n');
    expect(compact[0]).toMatch(/^fixtures\/examples\/ml-platform\.yaml:\d+:\d+ critical RS001 FeatureWarehouse PubliclyAccessible is true/);
    const severities = compact.filter((line) => line.startsWith('fixtures/')).map((line) => line.split(' ')[1]);
    expect(severities).toEqual([...severities].sort((a, b) => ['critical', 'high', 'medium', 'low'].indexOf(a!) - ['critical', 'high', 'medium', 'low'].indexOf(b!)));
    expect(severities).toHaveLength(26);
    const quiet = await runCliAsync(['scan', 'fixtures/examples', '--preset', 'strict', '--quiet', '--fail-on', 'high']);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toMatch(/; 21 below high not shown;/);
    expect(quiet.stdout).not.toMatch(/^(MEDIUM|LOW) /m);
    expect(quiet.stdout).toContain('  resource: FeatureWarehouse (AWS::Redshift::Cluster)\n');
  });
});
