/**
 * cfn-lint agrees with `sagelint fix`: every CloudFormation template the fix
 * tests use (the round-trip cases in YAML and JSON, and the bundled example)
 * is linted before and after `fix --include replaces,capacity`, with the
 * placeholders left filled in as a user would; the fix may introduce no error
 * or warning of its own (a rule ID reported more often than before).
 *
 * Where cfn-lint is missing the suite skips with a message; under CI=true that
 * is a failure instead, so CI never passes without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliAsync } from './cli.js';
import { inputText, ROUND_TRIP_CASES, yamlToJson } from './fix-roundtrip-cases.js';

const CFN_LINT = process.env.SAGELINT_CFN_LINT ?? 'cfn-lint';
const probe = spawnSync(CFN_LINT, ['--version'], { encoding: 'utf8' });
const AVAILABLE = !probe.error && probe.status === 0;
if (!AVAILABLE) {
  const need = `they need ${CFN_LINT} on the PATH (${probe.error?.message ?? probe.stderr.trim()})`;
  if (process.env.CI === 'true') throw new Error(`The cfn-lint agreement tests cannot run: ${need}. Under CI=true they may not be skipped.`);
  console.warn(`Skipping the cfn-lint agreement tests: ${need}. Install it with: pip install cfn-lint`);
}

/** What a user puts in place of each placeholder: valid values of the right shape. */
const FILLED: Record<string, string> = {
  '<kms-key-arn>': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  '<subnet-id>': 'subnet-0123456789abcdef0',
  '<security-group-id>': 'sg-0123456789abcdef0',
  '<execution-role-arn>': 'arn:aws:iam::123456789012:role/studio',
  '<route-table-id>': 'rtb-0123456789abcdef0',
  '<account-id>': '123456789012',
  '<region>': 'us-east-1',
  '<trusted-cidr>': '10.0.0.0/8',
  '<trusted-ipv6-cidr>': 'fd00::/8',
  '<allowed-cidr>': '10.0.0.0/8',
  '<log-bucket-name>': 'audit-logs',
  '<bucket-name>': 'ml-data',
  '<value>': 'ml',
  '<tag-key>': 'team',
  '<tag-value>': 'ml',
};

interface Match {
  Rule: { Id: string };
  Filename: string;
  Message: string;
}

/** Rule IDs cfn-lint reports (errors and warnings), counted per file. */
function lint(root: string, files: readonly string[]): Map<string, Map<string, number>> {
  const run = spawnSync(CFN_LINT, ['--format', 'json', '--', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || !run.stdout.trim().startsWith('[')) throw new Error(`cfn-lint failed (${run.status}): ${run.stderr}`);
  const counts = new Map<string, Map<string, number>>();
  for (const match of JSON.parse(run.stdout) as Match[]) {
    if (!/^[EW]/.test(match.Rule.Id)) continue;
    const file = path.relative(root, path.resolve(root, match.Filename));
    const perFile = counts.get(file) ?? new Map<string, number>();
    perFile.set(match.Rule.Id, (perFile.get(match.Rule.Id) ?? 0) + 1);
    counts.set(file, perFile);
  }
  return counts;
}

function templatesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return templatesUnder(root, full);
    return /\.(ya?ml|json)$/.test(name) ? [path.relative(root, full)] : [];
  });
}

describe.skipIf(!AVAILABLE)(AVAILABLE ? 'cfn-lint finds nothing new after sagelint fix' : 'cfn-lint agreement (skipped: cfn-lint not found)', () => {
  let root: string;
  let before: Map<string, Map<string, number>>;
  let after: Map<string, Map<string, number>>;
  let files: string[];

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'sagelint-cfn-lint-'));
    for (const [ruleId, roundTrip] of Object.entries(ROUND_TRIP_CASES)) {
      for (const format of ['yaml', 'json'] as const) {
        const text = inputText(roundTrip.input, format, yamlToJson);
        if (text === undefined) continue;
        mkdirSync(path.join(root, ruleId), { recursive: true });
        writeFileSync(path.join(root, ruleId, `template.${format}`), text);
      }
    }
    writeFileSync(path.join(root, 'ml-platform.yaml'), readFileSync(path.join(REPO_ROOT, 'fixtures/examples/ml-platform.yaml')));
    files = templatesUnder(root);
    before = lint(root, files);
    const fix = await runCliAsync(['fix', '.', '--preset', 'strict', '--include', 'replaces,capacity'], { cwd: root });
    if (fix.status === 2) throw new Error(`sagelint fix failed: ${fix.stderr}`);
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      writeFileSync(path.join(root, file), text.replace(/<[a-z0-9-]+>/g, (p) => FILLED[p] ?? p));
    }
    after = lint(root, files);
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lints some templates that the fixes changed', async () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no template gains an error or warning', async () => {
    const introduced: string[] = [];
    for (const file of files) {
      for (const [id, count] of after.get(file) ?? []) {
        const had = before.get(file)?.get(id) ?? 0;
        if (count > had) introduced.push(`${file}: ${id} ×${count - had}`);
      }
    }
    expect(introduced).toEqual([]);
  });
});
