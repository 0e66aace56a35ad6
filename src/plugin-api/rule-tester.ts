/**
 * `sagelint/testing` (for plugins' rule tests, run with vitest) and sagelint's own rule tests.
 *
 * Table tests for rules, in the style of ESLint's RuleTester:
 *
 *   runRuleTests(sm001, {
 *     valid: [cfn`...template...`],
 *     invalid: [{ template: cfn`...`, findings: [{ line: 7, message: /defaults to 'Enabled'/ }], fixed: cfn`...` }],
 *   });
 *
 * A template is a whole CloudFormation template (YAML by default; set `file` to
 * `template.json` for JSON). Each invalid case lists every finding the rule must
 * report, in document order; `fixed` is the template after applying every fix
 * the findings carry, and the fixed template must then pass the rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateUnit } from '../engine/evaluate.js';
import type { Finding, Note } from '../core/finding.js';
import { prepareRules, type Rule, type Severity } from '../core/rule.js';
import { loadCloudFormationText } from '../loaders/cloudformation/index.js';
import type { LoadedUnit } from '../core/unit.js';
import type { Certainty } from '../model/value.js';
import { applyTextEdits } from '../core/apply-edits.js';

export interface ValidCase {
  name?: string;
  template: string;
  file?: string;
  requiredTags?: string[];
  /** Every note the evaluation gives, in order (the rule's notes start with its ID); unchecked when absent. */
  notes?: ExpectedNote[];
}

export interface ExpectedNote {
  line?: number;
  message: RegExp | string;
}

export interface ExpectedFinding {
  line?: number;
  column?: number;
  message?: RegExp | string;
  certainty?: Certainty;
  severity?: Severity;
  resource?: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The template after every fix is applied; `null` asserts that no fix is offered. */
  fixed?: string | null;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Tagged template that removes the common indentation, so templates can sit indented in tests. */
export function cfn(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export function loadForTest(template: string, file = 'template.yaml'): LoadedUnit {
  const unit = loadCloudFormationText(template, file);
  if (!unit) throw new Error(`${file} is not a CloudFormation template`);
  if (unit.errors.length) throw new Error(`${file} did not load: ${unit.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`);
  return unit;
}

/** The rule's findings on one template; the rule must be prepared (`runRuleTests` does that). */
export function findingsOf(rule: Rule, template: string, options: { file?: string; requiredTags?: string[] } = {}): Finding[] {
  const unit = loadForTest(template, options.file);
  return evaluateUnit(unit, { rules: [rule], requiredTags: options.requiredTags }).findings.filter((f) => !f.suppression);
}

/** The notes of evaluating the rule on one template (the rule's own and the engine's). */
export function notesOf(rule: Rule, template: string, options: { file?: string; requiredTags?: string[] } = {}): Note[] {
  return evaluateUnit(loadForTest(template, options.file), { rules: [rule], requiredTags: options.requiredTags }).notes;
}

export function runRuleTests(rule: Rule, table: RuleTable): void {
  describe(`${rule.id} ${rule.name}`, () => {
    beforeAll(() => prepareRules([rule]));
    table.valid.forEach((entry, i) => {
      const c = typeof entry === 'string' ? { template: entry } : entry;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        expect(summarize(findingsOf(rule, c.template, c))).toEqual([]);
        if (c.notes) assertNotes(notesOf(rule, c.template, c), c.notes);
      });
    });
    table.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = findingsOf(rule, c.template, c);
        expect(findings.length, `findings: ${JSON.stringify(summarize(findings), null, 1)}`).toBe(c.findings.length);
        c.findings.forEach((expected, j) => assertFinding(findings[j]!, expected));
        if (c.notes) assertNotes(notesOf(rule, c.template, c), c.notes);
        if (c.fixed === undefined) return;
        if (c.fixed === null) {
          expect(findings.every((f) => !f.fix)).toBe(true);
          return;
        }
        const edits = findings.flatMap((f) => f.fix?.edits ?? []);
        expect(edits.length, 'the findings carry no fix').toBeGreaterThan(0);
        const fixed = applyTextEdits(c.template, edits);
        expect(fixed).toBe(c.fixed);
        expect(summarize(findingsOf(rule, fixed, c)), 'the fixed template still fails the rule').toEqual([]);
      });
    });
  });
}

function assertFinding(actual: Finding, expected: ExpectedFinding): void {
  const loc = actual.location.kind === 'source' ? actual.location : undefined;
  if (expected.line !== undefined) expect(loc?.start.line, actual.message).toBe(expected.line);
  if (expected.column !== undefined) expect(loc?.start.column, actual.message).toBe(expected.column);
  if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
  else if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
  expect(actual.certainty, actual.message).toBe(expected.certainty ?? 'definite');
  if (expected.severity) expect(actual.severity, actual.message).toBe(expected.severity);
  if (expected.resource) expect(actual.resource.id).toBe(expected.resource);
}

function assertNotes(actual: Note[], expected: ExpectedNote[]): void {
  expect(actual.length, `notes: ${JSON.stringify(actual, null, 1)}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const note = actual[i]!;
    if (e.line !== undefined) expect(note.line, note.message).toBe(e.line);
    if (e.message instanceof RegExp) expect(note.message).toMatch(e.message);
    else expect(note.message).toBe(e.message);
  });
}

function summarize(findings: Finding[]): string[] {
  return findings.map((f) => `${f.location.kind === 'source' ? f.location.start.line : f.location.arn}: ${f.message}`);
}
