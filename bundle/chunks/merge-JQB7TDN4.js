import {
  FINGERPRINT_KEY
} from "./chunk-Z6RSBQYI.js";
import "./chunk-45XWRMVH.js";
import "./chunk-QN43GF2S.js";
import "./chunk-IDRQLRQN.js";
import {
  atOrAbove,
  summarize
} from "./chunk-53XGZ73Z.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import {
  complianceSourceOfSlug
} from "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-RBAF7ELO.js";
import "./chunk-ALV6TOFD.js";
import "./chunk-DPRLNSSC.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-BOC5ET7R.js";
import "./chunk-DEZCBU7F.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import {
  appendAll,
  plural
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

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
  const seen = new Set(merged.findings.map((f) => f.fingerprint));
  for (const report of rest) {
    for (const rule of report.rules) {
      if (ruleIds.has(rule.id)) continue;
      ruleIds.add(rule.id);
      merged.rules.push(rule);
    }
    appendAll(merged.findings, report.findings.filter((f) => !seen.has(f.fingerprint)));
    for (const finding of report.findings) seen.add(finding.fingerprint);
    appendAll(merged.errors, report.errors);
    appendAll(merged.notes, report.notes);
    if (report.incomplete) {
      merged.incomplete = true;
      merged.gaps = [...merged.gaps ?? [], ...report.gaps ?? []];
    }
    merged.stats.files += report.stats.files;
    merged.stats.resources += report.stats.resources;
    merged.stats.absent += report.stats.absent;
  }
  merged.stats = { ...merged.stats, ...summarize(jsonReportToScanResult(merged)) };
  return merged;
}
function jsonReportToScanResult(report) {
  const gaps = report.gaps ?? [];
  return {
    root: report.root,
    findings: report.findings.map(({ suppressed: _suppressed, ...finding }) => finding),
    errors: report.errors,
    notes: report.notes,
    stats: { files: report.stats.files, resources: report.stats.resources },
    ...report.baseline ? { baseline: report.baseline } : {},
    ...report.incomplete ? { incomplete: { summary: `${plural(gaps.length, "coverage gap")} in the merged reports; findings may be missing, see the coverage notes`, gaps } } : {}
  };
}
function reportedRuleMeta(rule) {
  const alsoKnownAs = {};
  for (const tag of rule.compliance) {
    const slash = tag.indexOf("/");
    const source = complianceSourceOfSlug(tag.slice(0, slash));
    if (source) (alsoKnownAs[source] ??= []).push(tag.slice(slash + 1));
  }
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    appliesTo: rule.appliesTo,
    fixable: rule.fixable,
    tags: rule.tags,
    presets: { recommended: false, reason: "A rule of a merged report." },
    docs: { summary: rule.summary, description: rule.summary, risk: "", guidance: [], remediation: {}, alsoKnownAs },
    origin: { name: rule.origin?.name ?? "an unknown plugin", ...rule.origin?.version ? { version: rule.origin.version } : {}, ...rule.helpUri ? { homepage: rule.helpUri } : {} }
  };
}
function sarifHasFailingResults(log, failOn) {
  return (log.runs[0]?.results ?? []).some((result) => {
    if (result.suppressions?.length || result.baselineState === "unchanged") return false;
    const severity = result.properties?.severity ?? severityOfLevel(result.level);
    return atOrAbove(severity, failOn);
  });
}
function severityOfLevel(level) {
  return level === "error" ? "high" : level === "note" ? "low" : "medium";
}
function sarifIsIncomplete(log) {
  return log.runs.some((run) => run.invocations?.some((invocation) => !invocation.executionSuccessful));
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
  const extensions = new ExtensionTable(run.tool.extensions ?? []);
  const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  const seen = new Set((run.results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]).filter((f) => f !== void 0));
  for (const log of rest) {
    const other = log.runs[0];
    for (const rule of other.tool.driver.rules ?? []) {
      if (ruleIndex.has(rule.id)) continue;
      ruleIndex.set(rule.id, rules.length);
      rules.push(rule);
    }
    const extensionsOfOther = (other.tool.extensions ?? []).map((extension) => extensions.add(extension));
    for (const artifact of other.artifacts ?? []) {
      if (artifactUris.has(artifact.location?.uri)) continue;
      artifactUris.add(artifact.location?.uri);
      artifacts.push(artifact);
    }
    for (const result of other.results ?? []) {
      const fingerprint = result.partialFingerprints?.[FINGERPRINT_KEY];
      if (fingerprint !== void 0 && seen.has(fingerprint)) continue;
      const component = result.rule?.toolComponent?.index;
      const plugin = component === void 0 ? void 0 : extensionsOfOther[component];
      if (plugin && result.rule) run.results.push({ ...result, rule: { ...result.rule, index: plugin.ruleIndexes[result.rule.index ?? -1], toolComponent: { ...result.rule.toolComponent, index: plugin.index } } });
      else run.results.push({ ...result, ruleIndex: result.ruleId === void 0 ? void 0 : ruleIndex.get(result.ruleId) });
    }
    for (const result of other.results ?? []) {
      const fingerprint = result.partialFingerprints?.[FINGERPRINT_KEY];
      if (fingerprint !== void 0) seen.add(fingerprint);
    }
    const invocation = other.invocations?.[0];
    appendAll(notifications, invocation?.toolExecutionNotifications ?? []);
    if (invocation && !invocation.executionSuccessful && run.invocations?.[0]) run.invocations[0].executionSuccessful = false;
  }
  for (const result of run.results ?? []) {
    for (const location of result.locations ?? []) delete location.physicalLocation?.artifactLocation?.index;
  }
  run.tool.driver.rules = rules;
  if (extensions.components.length) run.tool.extensions = extensions.components;
  run.artifacts = artifacts;
  if (run.invocations?.[0] && notifications.length) run.invocations[0].toolExecutionNotifications = notifications;
  return merged;
}
var ExtensionTable = class {
  constructor(components) {
    this.components = components;
    components.forEach((component, index) => this.indexByName.set(component.name, index));
  }
  components;
  indexByName = /* @__PURE__ */ new Map();
  /** Adds another log's component; returns where it and each of its rules now stand. */
  add(component) {
    let index = this.indexByName.get(component.name);
    if (index === void 0) {
      index = this.components.length;
      this.indexByName.set(component.name, index);
      this.components.push({ ...structuredClone(component), rules: [] });
    }
    const rules = this.components[index].rules ??= [];
    const ruleIndexes = (component.rules ?? []).map((rule) => {
      const known = rules.findIndex((r) => r.id === rule.id);
      if (known >= 0) return known;
      rules.push(structuredClone(rule));
      return rules.length - 1;
    });
    return { index, ruleIndexes };
  }
};
export {
  MergeError,
  classifyReport,
  jsonReportToScanResult,
  mergeJsonReports,
  mergeSarifLogs,
  reportedRuleMeta,
  sarifHasFailingResults,
  sarifIsIncomplete
};
