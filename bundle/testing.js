import {
  loadCloudFormationText
} from "./chunks/chunk-GFLMZUAD.js";
import {
  applyTextEdits
} from "./chunks/chunk-HSTADTVA.js";
import "./chunks/chunk-BQVRSB7W.js";
import {
  evaluateUnit
} from "./chunks/chunk-OYYBRLIX.js";
import {
  prepareRules
} from "./chunks/chunk-M2XUS5AP.js";
import "./chunks/chunk-C6JUEGJX.js";
import "./chunks/chunk-23EWYKRM.js";
import "./chunks/chunk-ZAROGFVC.js";

// src/plugin-api/rule-tester.ts
import { beforeAll, describe, expect, it } from "vitest";
function cfn(strings, ...values) {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = raw.replace(/^\n/, "").replace(/\n[ \t]*$/, "\n").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}
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
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        expect(summarize(findingsOf(rule, c.template, c))).toEqual([]);
        if (c.notes) assertNotes(notesOf(rule, c.template, c), c.notes);
      });
    });
    table.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const findings = findingsOf(rule, c.template, c);
        expect(findings.length, `findings: ${JSON.stringify(summarize(findings), null, 1)}`).toBe(c.findings.length);
        c.findings.forEach((expected, j) => assertFinding(findings[j], expected));
        if (c.notes) assertNotes(notesOf(rule, c.template, c), c.notes);
        if (c.fixed === void 0) return;
        if (c.fixed === null) {
          expect(findings.every((f) => !f.fix)).toBe(true);
          return;
        }
        const edits = findings.flatMap((f) => f.fix?.edits ?? []);
        expect(edits.length, "the findings carry no fix").toBeGreaterThan(0);
        const fixed = applyTextEdits(c.template, edits);
        expect(fixed).toBe(c.fixed);
        expect(summarize(findingsOf(rule, fixed, c)), "the fixed template still fails the rule").toEqual([]);
      });
    });
  });
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
  notesOf,
  runRuleTests
};
