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
 * `template.json` for JSON). A case may give Terraform instead: `hcl`, the text
 * of main.tf or a `{ path: text }` map of a root module held in memory, or
 * `plan`, the planned resources of a `terraform show -json` plan (or a whole
 * plan). Each invalid case lists every finding the rule must report, in
 * document order; `fixed` is the input after applying every fix the findings
 * carry, and the fixed input must then pass the rule.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateUnit } from '../engine/evaluate.js';
import type { Finding, Note, TextEdit } from '../core/finding.js';
import { prepareRules, type Rule, type Severity } from '../core/rule.js';
import { loadCloudFormationText } from '../loaders/cloudformation/index.js';
import { loadTerraformFiles } from '../loaders/terraform/directory.js';
import { loadTerraformPlan } from '../loaders/terraform/plan.js';
import type { LoadedUnit } from '../core/unit.js';
import type { Certainty } from '../model/value.js';
import { applyTextEdits } from '../core/apply-edits.js';

/** A Terraform root module held in memory: the text of main.tf, or `{ 'main.tf': '…', 'variables.tf': '…' }`. */
export type TerraformFiles = string | Record<string, string>;

/** One resource of a plan's `planned_values.root_module`, as `terraform show -json` writes it. */
export interface PlannedResource {
  type: string;
  name: string;
  values: Record<string, unknown>;
}

/** Each case gives exactly one input: `template` (CloudFormation), `hcl` or `plan` (Terraform). */
export interface ValidCase {
  name?: string;
  template?: string;
  /** A Terraform root module; a finding's line and column are in its file. */
  hcl?: TerraformFiles;
  /** A plan JSON: its planned root-module resources, or the whole plan (object or text). */
  plan?: PlannedResource[] | Record<string, unknown> | string;
  /** The template's file name (`template.json` for JSON), or the name of `hcl` when it is one text (default `main.tf`). */
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
  /**
   * The input after every fix is applied (a template, main.tf's text, or every
   * file of an `hcl` map); `null` asserts that no fix is offered.
   */
  fixed?: TerraformFiles | null;
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

/** The same for Terraform: the text of main.tf in an `hcl` case. */
export const tf = cfn;

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
      it(`valid #${i + 1}${caseLabel(c)}`, async () => {
        const { findings, notes } = await evaluateCase(rule, inputOf(c), c.requiredTags);
        expect(summarize(findings)).toEqual([]);
        if (c.notes) assertNotes(notes, c.notes);
      });
    });
    table.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${caseLabel(c)}`, async () => {
        const input = inputOf(c);
        const { findings, notes } = await evaluateCase(rule, input, c.requiredTags);
        expect(findings.length, `findings: ${JSON.stringify(summarize(findings), null, 1)}`).toBe(c.findings.length);
        c.findings.forEach((expected, j) => assertFinding(findings[j]!, expected));
        if (c.notes) assertNotes(notes, c.notes);
        if (c.fixed === undefined) return;
        if (c.fixed === null) {
          expect(findings.every((f) => !f.fix)).toBe(true);
          return;
        }
        const edits = findings.flatMap((f) => f.fix?.edits ?? []);
        expect(edits.length, 'the findings carry no fix').toBeGreaterThan(0);
        const fixed = fixedInput(input, edits, c.fixed);
        expect(fixed.given).toEqual(c.fixed);
        expect(summarize((await evaluateCase(rule, fixed.input, c.requiredTags)).findings), 'the fixed input still fails the rule').toEqual([]);
      });
    });
  });
}

/** A case's one input, as loaded. */
type CaseInput =
  | { kind: 'template'; text: string; file: string }
  | { kind: 'hcl'; files: Record<string, string>; single?: string }
  | { kind: 'plan'; text: string };

function inputOf(c: ValidCase): CaseInput {
  const given = [c.template !== undefined && 'template', c.hcl !== undefined && 'hcl', c.plan !== undefined && 'plan'].filter(Boolean);
  if (given.length !== 1) throw new Error(`a rule test case gives exactly one of template, hcl and plan${given.length ? `, not ${given.join(' and ')}` : ''}`);
  if (c.template !== undefined) return { kind: 'template', text: c.template, file: c.file ?? 'template.yaml' };
  if (c.hcl !== undefined) {
    const single = c.file ?? 'main.tf';
    return typeof c.hcl === 'string' ? { kind: 'hcl', files: { [single]: c.hcl }, single } : { kind: 'hcl', files: c.hcl };
  }
  return { kind: 'plan', text: planText(c.plan!) };
}

function caseLabel(c: ValidCase): string {
  const kind = c.hcl !== undefined ? ' [hcl]' : c.plan !== undefined ? ' [plan]' : '';
  return `${kind}${c.name ? `: ${c.name}` : ''}`;
}

/** The text of a plan JSON whose `planned_values` hold these root-module resources (no configuration beside it). */
export function planJson(resources: PlannedResource[]): string {
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: {
      root_module: {
        resources: resources.map((r) => ({
          address: `${r.type}.${r.name}`,
          mode: 'managed',
          type: r.type,
          name: r.name,
          provider_name: 'registry.terraform.io/hashicorp/aws',
          schema_version: 0,
          values: r.values,
          sensitive_values: {},
        })),
      },
    },
  };
  return JSON.stringify(plan, null, 2);
}

function planText(plan: NonNullable<ValidCase['plan']>): string {
  if (typeof plan === 'string') return plan;
  return Array.isArray(plan) ? planJson(plan) : JSON.stringify(plan, null, 2);
}

let planRoot: string | undefined;

/** Loads a plan JSON given as text; the plan's configuration, if any, is looked for in an empty directory. */
export async function loadPlanForTest(text: string): Promise<LoadedUnit> {
  planRoot ??= mkdtempSync(path.join(tmpdir(), 'sagelint-plan-'));
  return loadedOrThrow(await loadTerraformPlan(planRoot, 'plan.json', text), 'plan.json');
}

/** Loads a Terraform root module held in memory (`{ 'main.tf': '…' }`). */
export async function loadTerraformForTest(files: Record<string, string>): Promise<LoadedUnit> {
  const what = Object.keys(files).join(', ');
  const units = await loadTerraformFiles(files);
  if (units.length !== 1) throw new Error(`${what} gave ${units.length} root modules, not one`);
  return loadedOrThrow(units[0]!, what);
}

function loadedOrThrow(unit: LoadedUnit, what: string): LoadedUnit {
  if (unit.errors.length) throw new Error(`${what} did not load: ${unit.errors.map((e) => `${e.file}:${e.line ?? ''}:${e.column ?? ''} ${e.message}`).join('; ')}`);
  return unit;
}

async function evaluateCase(rule: Rule, input: CaseInput, requiredTags: string[] | undefined): Promise<{ findings: Finding[]; notes: Note[] }> {
  const unit = input.kind === 'template' ? loadForTest(input.text, input.file) : input.kind === 'hcl' ? await loadTerraformForTest(input.files) : await loadPlanForTest(input.text);
  const result = evaluateUnit(unit, { rules: [rule], requiredTags });
  return { findings: result.findings.filter((f) => !f.suppression), notes: result.notes };
}

/** The input with the edits applied, and the same as the case states `fixed` (one text, or every file of a map). */
function fixedInput(input: CaseInput, edits: TextEdit[], expected: TerraformFiles): { input: CaseInput; given: TerraformFiles } {
  if (input.kind === 'template') {
    const text = applyTextEdits(input.text, edits);
    return { input: { ...input, text }, given: text };
  }
  if (input.kind === 'plan') throw new Error('a plan is not fixed: give `fixed` only for a template or hcl, or null');
  const outside = edits.filter((e) => !(e.file in input.files));
  expect(outside.map((e) => e.file), 'fix edits to files outside the module').toEqual([]);
  const files = Object.fromEntries(Object.entries(input.files).map(([file, text]) => [file, applyTextEdits(text, edits.filter((e) => e.file === file))]));
  const given = typeof expected === 'string' && input.single ? files[input.single]! : files;
  return { input: { ...input, files }, given };
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
