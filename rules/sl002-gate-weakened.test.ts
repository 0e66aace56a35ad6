/**
 * SL002 as a table: the trusted (base) config and the working tree's config
 * and baseline in, findings (line, column, message) out. No Terraform cases:
 * the rule judges sagelint's own config and baseline, whatever the inputs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineFile } from '../src/config/baseline.js';
import { parseConfig } from '../src/config/config.js';
import { evaluateUnit } from '../src/engine/evaluate.js';
import type { Finding } from '../src/core/finding.js';
import { evaluationOptions } from '../src/pipeline/scan.js';
import { workingTreeGateChanges } from '../src/cli/from-ref.js';
import { ALL_RULES } from './index.js';
import rule from './sl002-gate-weakened.js';

interface Case {
  name: string;
  /** The trusted config (from the base ref); absent: none. */
  base?: string;
  /** The working tree's `.sagelint.yml`. */
  head: string;
  findings?: { line: number; column: number; endLine?: number; message: string | RegExp }[];
}

/** The findings SL002 gives on a working tree holding `files`, judged by the trusted config `base`. */
async function gateFindings(base: string, files: Record<string, string>, baseline?: { base: object; args: { 'baseline-from-ref': string } }): Promise<Finding[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'sagelint-sl002-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  const trusted = parseConfig(base, 'main:.sagelint.yml', ALL_RULES);
  const hasConfig = files['.sagelint.yml'] !== undefined;
  const args = {
    config: hasConfig ? path.join(root, '.sagelint.yml') : undefined,
    'config-from-ref': hasConfig ? 'main' : undefined,
    baseline: baseline ? path.join(root, '.sagelint-baseline.json') : undefined,
    'baseline-from-ref': baseline?.args['baseline-from-ref'],
  };
  const gate = await workingTreeGateChanges(root, args, { config: trusted, baseline: baseline?.base as BaselineFile | undefined }, ALL_RULES);
  expect(gate.warnings).toEqual([]);
  const rules = ALL_RULES.filter((r) => !trusted.disabledRules.has(r.id));
  const findings = evaluateUnit(gate.unit, evaluationOptions({ rules, catalog: ALL_RULES, config: trusted })).findings;
  const place = (f: Finding) => (f.location.kind === 'source' ? f.location.start.offset : 0);
  return findings.sort((a, b) => place(a) - place(b) || a.message.localeCompare(b.message));
}

const valid: Case[] = [
  { name: 'the same config as the base', base: "exclude: ['vendor/**']\nrules:\n  SM003: low\n", head: "exclude: ['vendor/**']\nrules:\n  SM003: low\n" },
  {
    name: 'changes that tighten the gate',
    base: "rules:\n  SM001: off\n  SM003: low\nexclude: ['vendor/**']\nfailOn: high\n",
    head: "rules:\n  SM003: critical\nfailOn: low\nrequiredTags: [owner]\ninlineSuppressions: false\n",
  },
  { name: 'a suppression the base already has, moved', base: "suppressions:\n  - {rule: SM001, reason: aaa}\n  - {rule: SM002, reason: bbb}\n", head: "suppressions:\n  - {rule: SM002, reason: bbb}\n  - {rule: SM001, reason: aaa}\n" },
  { name: 'comments and formatting only', head: '# nothing set\n{}\n' },
];

const invalid: Case[] = [
  {
    name: 'a suppression of every rule, at the suppression item',
    head: "# the pull request's config\nsuppressions:\n  - rule: '*'\n    reason: nothing to see\n",
    findings: [{ line: 3, column: 5, endLine: 4, message: 'This config adds a suppression of every rule, which the config of "main" does not: not applied to this scan, but once merged it weakens the gate for every later change.' }],
  },
  {
    name: 'a scoped suppression names its scope',
    head: "suppressions:\n  - rule: SM001\n    path: 'infra/**'\n    resource: Nb\n    reason: reviewed\n",
    findings: [{ line: 2, column: 5, message: /adds a suppression of "SM001" \(path "infra\/\*\*", resource "Nb"\)/ }],
  },
  {
    name: 'each new exclude pattern, at the pattern (flow and block lists)',
    base: "exclude: ['vendor/**']\n",
    head: "exclude: ['vendor/**', '**']\n",
    findings: [{ line: 1, column: 24, message: /^This config excludes "\*\*",/ }],
  },
  {
    name: 'a pattern with a line break is quoted on one line',
    head: 'exclude:\n  - "a\\n::error::forged"\n',
    findings: [{ line: 2, column: 5, message: /^This config excludes "a\\n::error::forged",/ }],
  },
  {
    name: 'a rule turned off and a severity lowered, at the rule setting',
    base: 'rules:\n  SM003: medium\n',
    head: 'rules:\n  SM001: off\n  SM003: {severity: low}\n',
    findings: [
      { line: 2, column: 3, message: /^This config turns off SM001,/ },
      { line: 3, column: 3, message: /^This config lowers SM003 from medium to low,/ },
    ],
  },
  {
    name: 'turning SL002 itself off in the working tree is one more change, and does not silence the others',
    head: "rules:\n  SL002: off\nexclude: ['**']\n",
    findings: [
      { line: 2, column: 3, message: /^This config turns off SL002,/ },
      { line: 3, column: 11, message: /^This config excludes "\*\*",/ },
    ],
  },
  { name: 'a higher failOn, at failOn', base: 'failOn: medium\n', head: 'rules: {}\nfailOn: none\n', findings: [{ line: 2, column: 1, message: /raises failOn from medium to none/ }] },
  {
    name: 'an entry the working tree drops is located at the start of its document',
    base: 'inlineSuppressions: false\nrequiredTags: [owner, team]\n',
    head: '# dropped\nrequiredTags: [team]\n',
    findings: [
      { line: 2, column: 1, message: /^This config no longer requires the tag "owner",/ },
      { line: 2, column: 1, message: /^This config turns inline suppressions on,/ },
    ],
  },
];

describe('SL002 gate-weakened', () => {
  it.each(valid)('valid: $name', async ({ base, head }) => {
    expect(await gateFindings(base ?? '', { '.sagelint.yml': head })).toEqual([]);
  });

  it.each(invalid)('invalid: $name', async ({ base, head, findings }) => {
    const found = await gateFindings(base ?? '', { '.sagelint.yml': head });
    expect(found.map((f) => f.ruleId)).toEqual(findings!.map(() => 'SL002'));
    found.forEach((finding, i) => {
      const expected = findings![i]!;
      expect(finding.location).toMatchObject({ kind: 'source', file: '.sagelint.yml', start: { line: expected.line, column: expected.column } });
      if (expected.endLine) expect(finding.location.kind === 'source' && finding.location.end.line).toBe(expected.endLine);
      if (typeof expected.message === 'string') expect(finding.message).toBe(expected.message);
      else expect(finding.message).toMatch(expected.message);
      expect(finding).toMatchObject({ severity: 'high', resource: { id: '.sagelint.yml', kind: 'SagelintConfig', type: 'sagelint config', source: 'sagelint' } });
    });
  });

  it('reports each entry the working tree adds to its baseline, at the entry', async () => {
    const entry = (fingerprint: string, resource: string) => ({ fingerprint, ruleId: 'SM001', resource, file: 'a.yaml' });
    const base = { version: 1, findings: [entry('aaa', 'Nb')] };
    const head = JSON.stringify({ version: 1, findings: [entry('aaa', 'Nb'), entry('bbb', 'Other\n::error::x')] }, null, 2);
    const found = await gateFindings('', { '.sagelint-baseline.json': `${head}\n` }, { base, args: { 'baseline-from-ref': 'main' } });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('This baseline accepts a finding of "SM001" on "Other\\n::error::x", which the baseline of "main" does not: not applied to this scan, but once merged that finding no longer fails the gate.');
    expect(found[0]!.location).toMatchObject({ file: '.sagelint-baseline.json', start: { line: 10, column: 5 }, end: { line: 15, column: 6 } });
    expect(found[0]!.resource).toMatchObject({ kind: 'SagelintBaseline', id: '.sagelint-baseline.json' });
  });

  it('fingerprints name the change, not its place: reordering entries keeps them', async () => {
    const before = await gateFindings('', { '.sagelint.yml': "exclude: ['a/**', 'b/**']\nsuppressions:\n  - {rule: SM001, reason: reviewed}\n" });
    const after = await gateFindings('', { '.sagelint.yml': "# moved\nsuppressions:\n  - {rule: SM001, reason: reviewed}\nexclude: ['b/**', 'x', 'a/**']\n" });
    const byMessage = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.message, f.fingerprint]));
    expect(byMessage(after)).toMatchObject(byMessage(before));
    expect(new Set(after.map((f) => f.fingerprint)).size).toBe(4);
  });

  it('the trusted config may lower, suppress or turn off SL002; then nothing of the working tree changes that', async () => {
    const head = { '.sagelint.yml': "exclude: ['**']\n" };
    expect((await gateFindings('rules:\n  SL002: low\n', head)).map((f) => f.severity)).toEqual(['low']);
    expect((await gateFindings('suppressions:\n  - {rule: SL002, reason: config changes are reviewed by CODEOWNERS}\n', head)).map((f) => f.suppression?.kind)).toEqual(['external']);
    expect(await gateFindings('rules:\n  SL002: off\n', head)).toEqual([]);
  });

  it('only applies to the gate kinds', () => {
    expect(rule.appliesTo).toEqual(['SagelintConfig', 'SagelintBaseline']);
  });
});
