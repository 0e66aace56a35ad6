import {
  isSuppressed,
  resourceKey
} from "./chunk-53XGZ73Z.js";
import {
  COMPLIANCE_FRAMEWORKS,
  CONTROL_STATUSES
} from "./chunk-IS4SSPBS.js";
import {
  addToGroup,
  plural
} from "./chunk-CAGW7M4A.js";

// src/report/compliance-view.ts
function complianceView(result, catalog, ran, framework) {
  const source = COMPLIANCE_FRAMEWORKS[framework];
  const rulesByControl = /* @__PURE__ */ new Map();
  for (const rule of catalog) for (const control of rule.docs.alsoKnownAs?.[source] ?? []) addToGroup(rulesByControl, control, rule);
  const ranIds = new Set(ran.map((rule) => rule.id));
  const notedRules = new Set(result.notes.flatMap((note) => noteRuleIds(note.message)));
  const gapRules = new Set((result.incomplete?.gaps ?? []).flatMap((gap) => gap.rulesAffected));
  const findingsByRule = /* @__PURE__ */ new Map();
  for (const finding of result.findings) if (!isSuppressed(finding)) addToGroup(findingsByRule, finding.ruleId, finding);
  const controls = [...rulesByControl].map(([control, rules]) => {
    const evaluated = rules.filter((rule) => ranIds.has(rule.id));
    const checked = checkedFor(control, evaluated, result.stats);
    const findings = evaluated.flatMap((rule) => {
      const scope = scopeOf(rule, control);
      return (findingsByRule.get(rule.id) ?? []).filter((f) => !scope || scope.has(typeKey(f.resource.type)));
    });
    const failed = new Set(findings.filter((f) => f.certainty === "definite").map(resourceKey));
    const possible = new Set(findings.filter((f) => f.certainty === "possible").map(resourceKey).filter((key) => !failed.has(key)));
    const ids = (list) => list.map((rule) => rule.id).join(", ");
    const noted = evaluated.filter((rule) => notedRules.has(rule.id));
    const gapped = evaluated.filter((rule) => gapRules.has(rule.id));
    const notRun = rules.filter((rule) => !ranIds.has(rule.id));
    const reasons = [
      possible.size ? `${possible.size} possibly failing` : "",
      noted.length ? `notes of ${ids(noted)}` : "",
      gapped.length ? `coverage gaps for ${ids(gapped)}` : "",
      notRun.length ? `${ids(notRun)} not run` : ""
    ].filter(Boolean);
    const row = { control, rules: rules.map((rule) => rule.id), checked, failed: failed.size };
    if (failed.size) return { ...row, status: "FAILED" };
    if (reasons.length) return { ...row, status: "UNKNOWN", reason: reasons.join("; ") };
    return { ...row, status: checked ? "PASSED" : "NOT_APPLICABLE" };
  });
  const natural = new Intl.Collator("en", { numeric: true }).compare;
  return { framework, title: source, controls: controls.sort((a, b) => natural(a.control, b.control)) };
}
function checkedFor(control, rules, stats) {
  const scopes = rules.map((rule) => scopeOf(rule, control));
  if (scopes.length && scopes.every((scope) => scope !== void 0)) {
    const types = new Set(scopes.flatMap((scope) => [...scope]));
    return Object.entries(stats.resourcesByType ?? {}).reduce((sum, [type, count]) => sum + (types.has(typeKey(type)) ? count : 0), 0);
  }
  const kinds = new Set(rules.flatMap((rule) => rule.appliesTo));
  return [...kinds].reduce((sum, kind) => sum + (stats.resourcesByKind?.[kind] ?? 0), 0);
}
function scopeOf(rule, control) {
  const types = rule.docs.controlScopes?.[control];
  return types && new Set(types.map(typeKey));
}
function typeKey(type) {
  return type.replace(/^AWS::\w+::/, "").replace(/^aws_[a-z0-9]+_/, "").replace(/_/g, "").toLowerCase();
}
function countControls(view) {
  const counts = Object.fromEntries(CONTROL_STATUSES.map((status) => [status, 0]));
  for (const { status } of view.controls) counts[status]++;
  return counts;
}
function describeControlCounts(view) {
  const counts = countControls(view);
  const parts = CONTROL_STATUSES.filter((status) => counts[status]).map((status) => `${counts[status]} ${status}`);
  return `${view.title}: ${plural(view.controls.length, "control")}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
function noteRuleIds(message) {
  const prefix = /^([A-Z]{2}\d{3}(?:, [A-Z]{2}\d{3})*): /.exec(message);
  return prefix ? prefix[1].split(", ") : [];
}
var CONTROL_COLUMNS = ["control", "rules", "checked", "failed", "status", "reason"];
function controlRows(view) {
  return view.controls.map((c) => [c.control, c.rules.join(", "), String(c.checked), String(c.failed), c.status, c.reason ?? ""]);
}

export {
  complianceView,
  countControls,
  describeControlCounts,
  CONTROL_COLUMNS,
  controlRows
};
