import {
  LazyList,
  jsonChunks
} from "./chunk-IDRQLRQN.js";
import {
  countControls
} from "./chunk-OXUOKFFV.js";
import {
  summarize
} from "./chunk-53XGZ73Z.js";
import {
  INFORMATION_URI,
  TOOL_NAME,
  ruleDocsUri,
  toolVersion
} from "./chunk-BHUSQXRU.js";
import {
  complianceIds
} from "./chunk-IS4SSPBS.js";

// src/report/json.ts
var JSON_SCHEMA_VERSION = "1.3";
function* jsonReportText(result, rules, options = {}) {
  yield* jsonChunks(jsonReport(result, rules, options, new LazyList(result.findings, jsonFinding, true)));
  yield "\n";
}
function jsonReport(result, rules, options, findings) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion ?? toolVersion(), informationUri: INFORMATION_URI },
    root: result.root,
    stats: summarize(result),
    rules: rules.map(jsonRule),
    findings,
    errors: result.errors.map((e) => withoutUndefined({ file: e.file, line: e.line, column: e.column, message: e.message })),
    notes: result.notes.map((n) => withoutUndefined({ file: n.file, line: n.line, message: n.message })),
    ...result.baseline ? { baseline: { file: result.baseline.file, absent: result.baseline.absent.map((e) => ({ ...e })) } } : {},
    ...result.incomplete ? { incomplete: true, gaps: result.incomplete.gaps.map(jsonGap) } : {},
    ...result.compliance ? { compliance: jsonCompliance(result.compliance) } : {}
  };
}
function jsonCompliance(view) {
  return {
    framework: view.framework,
    title: view.title,
    summary: countControls(view),
    controls: view.controls.map(
      (c) => withoutUndefined({ control: c.control, rules: [...c.rules], checked: c.checked, failed: c.failed, status: c.status, reason: c.reason })
    )
  };
}
function jsonGap(gap) {
  return withoutUndefined({
    account: gap.account,
    region: gap.region,
    service: gap.service,
    operation: gap.operation,
    error: gap.error,
    reason: gap.reason,
    resource: gap.resource,
    rulesAffected: [...gap.rulesAffected]
  });
}
function jsonRule(rule) {
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    fixable: rule.fixable,
    tags: [...rule.tags],
    compliance: complianceIds(rule).map((c) => c.tag),
    appliesTo: [...rule.appliesTo],
    summary: rule.docs.summary,
    // A plugin rule's page is the plugin's home, when it names one.
    ...helpUriOf(rule),
    ...rule.origin ? { origin: withoutUndefined({ name: rule.origin.name, version: rule.origin.version }) } : {}
  };
}
function jsonFinding(finding) {
  const { resource, fix, suppression } = finding;
  return withoutUndefined({
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    severity: finding.severity,
    certainty: finding.certainty,
    message: finding.message,
    resource: withoutUndefined({ id: resource.id, type: resource.type, kind: resource.kind, source: resource.source, label: resource.label }),
    location: jsonLocation(finding.location),
    propertyPath: [...finding.propertyPath],
    fix: fix && {
      description: fix.description,
      kind: fix.kind,
      placeholders: [...fix.placeholders],
      edits: fix.edits.map((e) => ({ file: e.file, start: jsonPosition(e.start), end: jsonPosition(e.end), text: e.text }))
    },
    suppressed: suppression !== void 0,
    suppression: suppression && { kind: suppression.kind, justification: suppression.justification, source: suppression.source },
    fingerprint: finding.fingerprint,
    baselineState: finding.baselineState
  });
}
function jsonLocation(location) {
  return location.kind === "source" ? { kind: "source", file: location.file, start: jsonPosition(location.start), end: jsonPosition(location.end), path: [...location.path] } : { kind: "live", arn: location.arn, partition: location.partition, account: location.account, region: location.region, path: [...location.path] };
}
function jsonPosition(position) {
  return { line: position.line, column: position.column, offset: position.offset };
}
function withoutUndefined(object) {
  const defined = {};
  for (const [key, value] of Object.entries(object)) if (value !== void 0) defined[key] = value;
  return defined;
}
function helpUriOf(rule) {
  const helpUri = ruleDocsUri(rule);
  return helpUri === void 0 ? {} : { helpUri };
}

export {
  JSON_SCHEMA_VERSION,
  jsonReportText,
  jsonReport,
  jsonRule,
  jsonFinding
};
