/**
 * The fix round trip, for every fixable rule in YAML, JSON and HCL: scan the
 * case's input, `sagelint fix --rules <ID>`, scan again. The fixed file must
 * still load, the rule's finding must be gone, every other finding must stay
 * (same rule, resource and fingerprint) unless the case names it as resolved
 * or revealed by the fix, and the file must be the input with exactly the
 * fix's edits applied, so comments, key order and indentation outside them
 * are kept byte for byte.
 *
 * Fixing with `--rules <ID>` leaves the other rules' findings in the file: they
 * are the witnesses that the fix disturbs nothing (fixing them too would leave
 * nothing to compare).
 *
 * Every case sits in its own folder of one scan root, so two scans (before and
 * after) cover all of them; each case needs one `fix` run of its own. The first
 * case of each format runs the built CLI; the others run the same `fix` command
 * in this process, which spares a CLI start-up (module loading, IAM data) per case.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { applyTextEdits } from '../../src/core/apply-edits.js';
import type { Finding, LoadError } from '../../src/core/finding.js';
import { runCliAsync, runCommandInProcess, type CliRun } from './cli.js';
import { fixCommand } from '../../src/cli/fix-command.js';
import { rulesWriting } from '../../rules/sl001-fix-placeholder.js';
import { FORMATS, inputText, yamlToJson, ROUND_TRIP_CASES, UNFIXABLE_IN, type Format, type SideEffect } from './fix-roundtrip-cases.js';

const FIXABLE = ALL_RULES.filter((rule) => rule.fixable).map((rule) => rule.id);
const FILE_NAMES: Record<Format, string> = { yaml: 'template.yaml', json: 'template.json', hcl: 'main.tf' };


interface Case {
  ruleId: string;
  format: Format;
  /** Relative to the scan root. */
  file: string;
  input: string;
  /** Listed in UNFIXABLE_IN: the input shows the finding without a fix, and is not fixed. */
  unfixable: boolean;
}

interface ScanReport {
  findings: Finding[];
  errors: LoadError[];
}

function casesOf(ruleId: string): Case[] {
  const roundTrip = ROUND_TRIP_CASES[ruleId];
  if (!roundTrip) return [];
  return FORMATS.flatMap((format) => {
    const input = inputText(roundTrip.input, format, yamlToJson);
    if (input === undefined) return [];
    return [{ ruleId, format, file: `${format}/${ruleId}/${FILE_NAMES[format]}`, input, unfixable: UNFIXABLE_IN[ruleId]?.[format] !== undefined }];
  });
}

const CASES = FIXABLE.flatMap(casesOf);

async function scanReport(root: string): Promise<ScanReport> {
  // Every rule: the cases cover rules outside the default preset (TG001, SM033, the IAM guardrails).
  const run = await runCliAsync(['scan', '.', '--preset', 'strict', '--format', 'json', '--fail-on', 'none'], { cwd: root });
  if (!run.stdout.startsWith('{')) throw new Error(`scan failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ScanReport;
}

/** What identifies a finding across the fix: rule, resource and fingerprint. */
function identity(finding: Finding): string {
  return `${finding.ruleId} ${finding.resource.id} ${finding.fingerprint}`;
}

function appliesTo(effect: SideEffect, format: Format): boolean {
  return !effect.formats || effect.formats.includes(format);
}

describe('every fixable rule has a round trip in every format', () => {
  it('a case, or a reason in UNFIXABLE_IN, for each rule and format', () => {
    const missing = FIXABLE.flatMap((ruleId) =>
      FORMATS.filter((format) => !UNFIXABLE_IN[ruleId]?.[format] && !CASES.some((c) => c.ruleId === ruleId && c.format === format)).map((format) => `${ruleId} ${format}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists only fixable rules', () => {
    const listed = [...Object.keys(ROUND_TRIP_CASES), ...Object.keys(UNFIXABLE_IN)];
    expect(listed.filter((id) => !FIXABLE.includes(id))).toEqual([]);
  });
});

describe('sagelint fix round trip', () => {
  let before: ScanReport;
  let after: ScanReport;
  const fixRuns = new Map<Case, CliRun>();
  const fixedTexts = new Map<Case, string>();
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'sagelint-roundtrip-'));
    for (const c of CASES) {
      mkdirSync(path.join(root, path.dirname(c.file)), { recursive: true });
      writeFileSync(path.join(root, c.file), c.input);
    }
    before = await scanReport(root);
    const fixArgs = (c: Case) => ['fix', path.dirname(c.file), '--rules', c.ruleId, '--include', 'replaces,capacity'];
    const fixable = CASES.filter((c) => !c.unfixable);
    const throughCli = FORMATS.flatMap((format) => fixable.find((c) => c.format === format) ?? []);
    // Each case fixes a folder of its own: the CLI runs go on beside the in-process ones.
    const cliRuns = Promise.all(throughCli.map(async (c) => fixRuns.set(c, await runCliAsync(fixArgs(c), { cwd: root }))));
    for (const c of fixable.filter((c) => !throughCli.includes(c))) fixRuns.set(c, await runCommandInProcess(fixCommand, fixArgs(c), { cwd: root }));
    await cliRuns;
    after = await scanReport(root);
    for (const c of CASES) fixedTexts.set(c, readFileSync(path.join(root, c.file), 'utf8'));
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const inFile = (report: ScanReport, c: Case) => report.findings.filter((f) => f.location.kind === 'source' && f.location.file === c.file);

  for (const c of CASES.filter((c) => !c.unfixable)) {
    const roundTrip = ROUND_TRIP_CASES[c.ruleId]!;
    it(`${c.ruleId} in ${c.format}: the finding is gone and nothing else changed`, () => {
      const own = inFile(before, c).filter((f) => f.ruleId === c.ruleId);
      expect(own.length, `no ${c.ruleId} finding in the input`).toBeGreaterThan(0);
      for (const finding of own) expect(finding.fix?.edits.length, `${c.ruleId} finding without an edit: ${finding.message}`).toBeGreaterThan(0);
      const edits = own.flatMap((f) => f.fix!.edits);
      expect(new Set(edits.map((e) => e.file))).toEqual(new Set([c.file]));

      const run = fixRuns.get(c)!;
      // Placeholders left to fill in keep the exit code at 1, and each is an SL001 finding of the fixed file.
      const left = own.flatMap((f) => f.fix!.placeholders);
      expect(run.status, run.stderr).toBe(left.length ? 1 : 0);
      const placeholderFindings = inFile(after, c).filter((f) => f.ruleId === 'SL001');
      expect(placeholderFindings.length > 0, 'SL001 reports the placeholders left').toBe(left.length > 0);
      for (const placeholder of left) expect(run.stderr).toContain(placeholder);
      expect(after.errors.filter((e) => e.file === c.file)).toEqual([]);
      expect(inFile(after, c).filter((f) => f.ruleId === c.ruleId).map((f) => f.message)).toEqual([]);

      const resolves = (roundTrip.resolves ?? []).filter((e) => appliesTo(e, c.format)).map((e) => e.ruleId);
      const reveals = (roundTrip.reveals ?? []).filter((e) => appliesTo(e, c.format)).map((e) => e.ruleId);
      const others = inFile(before, c).filter((f) => f.ruleId !== c.ruleId).map(identity);
      // Without other findings, a fixed file that no longer loads as a template would pass unnoticed.
      expect(others.length, 'the input has findings of other rules as witnesses').toBeGreaterThan(0);
      const remaining = inFile(after, c).filter((f) => f.ruleId !== 'SL001').map(identity);
      const gone = others.filter((id) => !remaining.includes(id));
      const appeared = remaining.filter((id) => !others.includes(id));
      // Every change is one the case explains, and every explained change happens.
      expect(gone.filter((id) => !resolves.includes(id.split(' ')[0]!))).toEqual([]);
      expect(appeared.filter((id) => !reveals.includes(id.split(' ')[0]!))).toEqual([]);
      for (const ruleId of resolves) expect(gone.some((id) => id.startsWith(`${ruleId} `)), `${ruleId} is listed as resolved`).toBe(true);
      for (const ruleId of reveals) expect(appeared.some((id) => id.startsWith(`${ruleId} `)), `${ruleId} is listed as revealed`).toBe(true);

      // Exactly the rendered edits, so every byte outside them (comments, order, indentation) is kept.
      expect(fixedTexts.get(c)).toBe(applyTextEdits(c.input, edits));
    });
  }

  for (const c of CASES.filter((c) => c.unfixable)) {
    it(`${c.ruleId} in ${c.format}: found, with no edit (${UNFIXABLE_IN[c.ruleId]![c.format]})`, () => {
      const own = inFile(before, c).filter((f) => f.ruleId === c.ruleId);
      expect(own.length, `no ${c.ruleId} finding in the input`).toBeGreaterThan(0);
      expect(own.filter((f) => f.fix).map((f) => f.fix!.description)).toEqual([]);
    });
  }

  it('SL001 knows every placeholder a fix offers, and the rule that writes it', () => {
    const unknown = before.findings.flatMap((f) => (f.fix?.placeholders ?? []).filter((p) => !rulesWriting(p, f.resource.kind).includes(f.ruleId)).map((p) => `${f.ruleId} ${p}`));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it('no finding of a rule listed as unfixable in a format carries an edit there', () => {
    const formatOf = (file: string) => file.split('/')[0] as Format;
    const dishonest = before.findings.filter((f) => f.fix && f.location.kind === 'source' && UNFIXABLE_IN[f.ruleId]?.[formatOf(f.location.file)]);
    expect(dishonest.map((f) => `${f.ruleId} ${f.location.kind === 'source' ? f.location.file : ''}`)).toEqual([]);
  });
});
