import {
  incompleteBanner
} from "./chunk-IFGQ4GK5.js";
import {
  findingDocsUri
} from "./chunk-BHUSQXRU.js";
import {
  complianceIds
} from "./chunk-IS4SSPBS.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";

// src/report/csv.ts
var CSV_COLUMNS = [
  "record",
  "severity",
  "certainty",
  "rule_id",
  "rule_name",
  "state",
  "resource_type",
  "resource_id",
  "file",
  "line",
  "column",
  "account",
  "region",
  "arn",
  "message",
  "compliance",
  "fingerprint",
  "help_uri"
];
function* csvReportText(result, rules) {
  const compliance = new Map(rules.map((rule) => [rule.id, complianceIds(rule).map((c) => c.tag).join(" ")]));
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  yield csvLine(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])));
  const banner = incompleteBanner(result);
  if (banner) yield csvLine({ record: "incomplete", message: banner });
  for (const finding of result.findings) yield csvLine(findingRow(finding, compliance.get(finding.ruleId) ?? "", findingDocsUri(finding.ruleId, byId.get(finding.ruleId)) ?? ""));
  for (const error of result.errors) yield csvLine({ record: "error", file: error.file, line: error.line, column: error.column, message: error.message });
  for (const note of result.notes) yield csvLine({ record: "note", file: note.file, line: note.line, message: note.message });
  for (const gap of result.incomplete?.gaps ?? []) {
    const operation = `${gap.service}:${gap.operation}`;
    const message = `${operation}: ${gap.reason} (${gap.error}); rules affected: ${gap.rulesAffected.join(" ")}`;
    yield csvLine({ record: "gap", account: gap.account, region: gap.region, resource_id: gap.resource, message });
  }
}
function findingRow(finding, compliance, helpUri) {
  const { location, resource } = finding;
  const state = finding.suppression ? "suppressed" : finding.baselineState === "unchanged" ? "baseline" : "active";
  const where = location.kind === "source" ? { file: location.file, line: location.start.line, column: location.start.column } : { account: location.account, region: location.region, arn: location.arn };
  return {
    record: "finding",
    severity: finding.severity,
    certainty: finding.certainty,
    rule_id: finding.ruleId,
    rule_name: finding.ruleName,
    state,
    resource_type: resource.type,
    resource_id: resource.id,
    ...where,
    message: finding.message,
    compliance,
    fingerprint: finding.fingerprint,
    help_uri: helpUri
  };
}
function csvLine(row) {
  return `${CSV_COLUMNS.map((column) => csvField(row[column])).join(",")}\r
`;
}
function csvField(value) {
  if (value === void 0) return "";
  if (typeof value === "number") return String(value);
  const line = escapeUntrusted(value);
  const inert = /^[=+\-@\t]/.test(line) ? `'${line}` : line;
  return /[",]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export {
  CSV_COLUMNS,
  csvReportText,
  csvField
};
