import {
  appendAll
} from "./chunk-MMQDSGRT.js";

// src/report/merge.ts
var MergeError = class extends Error {
};
function classifyReport(file, data) {
  const record = data;
  if (record && typeof record === "object" && typeof record.schemaVersion === "string" && Array.isArray(record.findings)) {
    return { kind: "json", report: record };
  }
  if (record && record.version === "2.1.0" && Array.isArray(record.runs)) {
    if (record.runs.length !== 1) throw new MergeError(`${file}: expected one SARIF run, found ${record.runs.length}`);
    return { kind: "sarif", log: record };
  }
  throw new MergeError(`${file}: not a sagelint JSON or SARIF report`);
}
function mergeJsonReports(reports) {
  const [first, ...rest] = reports;
  if (!first) throw new MergeError("nothing to merge");
  const merged = structuredClone(first);
  const ruleIds = new Set(merged.rules.map((r) => r.id));
  for (const report of rest) {
    for (const rule of report.rules) {
      if (ruleIds.has(rule.id)) continue;
      ruleIds.add(rule.id);
      merged.rules.push(rule);
    }
    appendAll(merged.findings, report.findings);
    appendAll(merged.errors, report.errors);
    appendAll(merged.notes, report.notes);
    const stats = merged.stats;
    for (const key of ["active", "suppressed", "unchanged", "absent", "errors", "notes", "files", "resources"]) stats[key] += report.stats[key];
    for (const severity of Object.keys(stats.bySeverity)) stats.bySeverity[severity] += report.stats.bySeverity[severity];
  }
  return merged;
}
function mergeSarifLogs(logs) {
  const [first, ...rest] = logs;
  if (!first) throw new MergeError("nothing to merge");
  const merged = structuredClone(first);
  const run = merged.runs[0];
  const rules = run.tool.driver.rules ?? [];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = run.artifacts ?? [];
  const artifactUris = new Set(artifacts.map((a) => a.location?.uri));
  const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  for (const log of rest) {
    const other = log.runs[0];
    for (const rule of other.tool.driver.rules ?? []) {
      if (ruleIndex.has(rule.id)) continue;
      ruleIndex.set(rule.id, rules.length);
      rules.push(rule);
    }
    for (const artifact of other.artifacts ?? []) {
      if (artifactUris.has(artifact.location?.uri)) continue;
      artifactUris.add(artifact.location?.uri);
      artifacts.push(artifact);
    }
    for (const result of other.results ?? []) {
      run.results.push({ ...result, ruleIndex: result.ruleId === void 0 ? void 0 : ruleIndex.get(result.ruleId) });
    }
    const invocation = other.invocations?.[0];
    appendAll(notifications, invocation?.toolExecutionNotifications ?? []);
    if (invocation && !invocation.executionSuccessful && run.invocations?.[0]) run.invocations[0].executionSuccessful = false;
  }
  for (const result of run.results ?? []) {
    for (const location of result.locations ?? []) delete location.physicalLocation?.artifactLocation?.index;
  }
  run.tool.driver.rules = rules;
  run.artifacts = artifacts;
  if (run.invocations?.[0] && notifications.length) run.invocations[0].toolExecutionNotifications = notifications;
  return merged;
}
export {
  MergeError,
  classifyReport,
  mergeJsonReports,
  mergeSarifLogs
};
