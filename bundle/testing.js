import {
  loadTerraformFiles,
  loadTerraformPlan
} from "./chunks/chunk-SESRCLAY.js";
import "./chunks/chunk-N5JTSYX7.js";
import {
  evaluateUnit,
  loadCloudFormationText
} from "./chunks/chunk-ALV6TOFD.js";
import {
  applyTextEdits
} from "./chunks/chunk-DPRLNSSC.js";
import "./chunks/chunk-MFTJGUDJ.js";
import "./chunks/chunk-HCU2I2RT.js";
import "./chunks/chunk-BOC5ET7R.js";
import "./chunks/chunk-DEZCBU7F.js";
import {
  prepareRules
} from "./chunks/chunk-2I7KX7CV.js";
import "./chunks/chunk-OA4DYJ3R.js";
import "./chunks/chunk-5QBVJ72F.js";
import "./chunks/chunk-E2XCQX3P.js";
import "./chunks/chunk-CAGW7M4A.js";
import "./chunks/chunk-RM4BNA5F.js";

// src/plugin-api/rule-tester.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
function cfn(strings, ...values) {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = raw.replace(/^\n/, "").replace(/\n[ \t]*$/, "\n").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}
var tf = cfn;
function loadForTest(template, file = "template.yaml") {
  const unit = loadCloudFormationText(template, file);
  if (!unit) throw new Error(`${file} is not a CloudFormation template`);
  if (unit.errors.length) throw new Error(`${file} did not load: ${unit.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("; ")}`);
  return unit;
}
function findingsOf(rule, template, options = {}) {
  const unit = loadForTest(template, options.file);
  return evaluateUnit(unit, { rules: [rule], requiredTags: options.requiredTags }).findings.filter((f) => !f.suppression);
}
function notesOf(rule, template, options = {}) {
  return evaluateUnit(loadForTest(template, options.file), { rules: [rule], requiredTags: options.requiredTags }).notes;
}
function runRuleTests(rule, table) {
  describe(`${rule.id} ${rule.name}`, () => {
    beforeAll(() => prepareRules([rule]));
    table.valid.forEach((entry, i) => {
      const c = typeof entry === "string" ? { template: entry } : entry;
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
        c.findings.forEach((expected, j) => assertFinding(findings[j], expected));
        if (c.notes) assertNotes(notes, c.notes);
        if (c.fixed === void 0) return;
        if (c.fixed === null) {
          expect(findings.every((f) => !f.fix)).toBe(true);
          return;
        }
        const edits = findings.flatMap((f) => f.fix?.edits ?? []);
        expect(edits.length, "the findings carry no fix").toBeGreaterThan(0);
        const fixed = fixedInput(input, edits, c.fixed);
        expect(fixed.given).toEqual(c.fixed);
        expect(summarize((await evaluateCase(rule, fixed.input, c.requiredTags)).findings), "the fixed input still fails the rule").toEqual([]);
      });
    });
  });
}
function inputOf(c) {
  const given = [c.template !== void 0 && "template", c.hcl !== void 0 && "hcl", c.plan !== void 0 && "plan"].filter(Boolean);
  if (given.length !== 1) throw new Error(`a rule test case gives exactly one of template, hcl and plan${given.length ? `, not ${given.join(" and ")}` : ""}`);
  if (c.template !== void 0) return { kind: "template", text: c.template, file: c.file ?? "template.yaml" };
  if (c.hcl !== void 0) {
    const single = c.file ?? "main.tf";
    return typeof c.hcl === "string" ? { kind: "hcl", files: { [single]: c.hcl }, single } : { kind: "hcl", files: c.hcl };
  }
  return { kind: "plan", text: planText(c.plan) };
}
function caseLabel(c) {
  const kind = c.hcl !== void 0 ? " [hcl]" : c.plan !== void 0 ? " [plan]" : "";
  return `${kind}${c.name ? `: ${c.name}` : ""}`;
}
function planJson(resources) {
  const plan = {
    format_version: "1.2",
    terraform_version: "1.9.5",
    planned_values: {
      root_module: {
        resources: resources.map((r) => ({
          address: `${r.type}.${r.name}`,
          mode: "managed",
          type: r.type,
          name: r.name,
          provider_name: "registry.terraform.io/hashicorp/aws",
          schema_version: 0,
          values: r.values,
          sensitive_values: {}
        }))
      }
    }
  };
  return JSON.stringify(plan, null, 2);
}
function planText(plan) {
  if (typeof plan === "string") return plan;
  return Array.isArray(plan) ? planJson(plan) : JSON.stringify(plan, null, 2);
}
var planRoot;
async function loadPlanForTest(text) {
  planRoot ??= mkdtempSync(path.join(tmpdir(), "sagelint-plan-"));
  return loadedOrThrow(await loadTerraformPlan(planRoot, "plan.json", text), "plan.json");
}
async function loadTerraformForTest(files) {
  const what = Object.keys(files).join(", ");
  const units = await loadTerraformFiles(files);
  if (units.length !== 1) throw new Error(`${what} gave ${units.length} root modules, not one`);
  return loadedOrThrow(units[0], what);
}
function loadedOrThrow(unit, what) {
  if (unit.errors.length) throw new Error(`${what} did not load: ${unit.errors.map((e) => `${e.file}:${e.line ?? ""}:${e.column ?? ""} ${e.message}`).join("; ")}`);
  return unit;
}
async function evaluateCase(rule, input, requiredTags) {
  const unit = input.kind === "template" ? loadForTest(input.text, input.file) : input.kind === "hcl" ? await loadTerraformForTest(input.files) : await loadPlanForTest(input.text);
  const result = evaluateUnit(unit, { rules: [rule], requiredTags });
  return { findings: result.findings.filter((f) => !f.suppression), notes: result.notes };
}
function fixedInput(input, edits, expected) {
  if (input.kind === "template") {
    const text = applyTextEdits(input.text, edits);
    return { input: { ...input, text }, given: text };
  }
  if (input.kind === "plan") throw new Error("a plan is not fixed: give `fixed` only for a template or hcl, or null");
  const outside = edits.filter((e) => !(e.file in input.files));
  expect(outside.map((e) => e.file), "fix edits to files outside the module").toEqual([]);
  const files = Object.fromEntries(Object.entries(input.files).map(([file, text]) => [file, applyTextEdits(text, edits.filter((e) => e.file === file))]));
  const given = typeof expected === "string" && input.single ? files[input.single] : files;
  return { input: { ...input, files }, given };
}
function assertFinding(actual, expected) {
  const loc = actual.location.kind === "source" ? actual.location : void 0;
  if (expected.line !== void 0) expect(loc?.start.line, actual.message).toBe(expected.line);
  if (expected.column !== void 0) expect(loc?.start.column, actual.message).toBe(expected.column);
  if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
  else if (expected.message !== void 0) expect(actual.message).toBe(expected.message);
  expect(actual.certainty, actual.message).toBe(expected.certainty ?? "definite");
  if (expected.severity) expect(actual.severity, actual.message).toBe(expected.severity);
  if (expected.resource) expect(actual.resource.id).toBe(expected.resource);
}
function assertNotes(actual, expected) {
  expect(actual.length, `notes: ${JSON.stringify(actual, null, 1)}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const note = actual[i];
    if (e.line !== void 0) expect(note.line, note.message).toBe(e.line);
    if (e.message instanceof RegExp) expect(note.message).toMatch(e.message);
    else expect(note.message).toBe(e.message);
  });
}
function summarize(findings) {
  return findings.map((f) => `${f.location.kind === "source" ? f.location.start.line : f.location.arn}: ${f.message}`);
}
export {
  cfn,
  findingsOf,
  loadForTest,
  loadPlanForTest,
  loadTerraformForTest,
  notesOf,
  planJson,
  runRuleTests,
  tf
};
