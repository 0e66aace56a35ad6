/**
 * `sagelint merge`: combine the reports of sharded audits (or of several scans)
 * into one — JSON with JSON, SARIF with SARIF (one run, as GitHub requires).
 */
import type * as sarif from 'sarif';
import type { ScanResult } from '../core/finding.js';
import type { RuleMeta, Severity } from '../core/rule.js';
import type { JsonReport, JsonRule } from './json.js';
import { appendAll, plural } from '../collections.js';
import { complianceSourceOfSlug } from './compliance.js';
import { FINGERPRINT_KEY } from './sarif.js';
import { atOrAbove, summarize } from './summary.js';

export type MergeInput = { kind: 'json'; report: JsonReport } | { kind: 'sarif'; log: sarif.Log };

export class MergeError extends Error {}

export function classifyReport(file: string, data: unknown): MergeInput {
  const record = data as Record<string, unknown> | null;
  if (record && typeof record === 'object' && typeof record.schemaVersion === 'string' && Array.isArray(record.findings)) {
    return { kind: 'json', report: record as unknown as JsonReport };
  }
  if (record && record.version === '2.1.0' && Array.isArray(record.runs)) {
    if (record.runs.length !== 1) throw new MergeError(`${file}: expected one SARIF run, found ${record.runs.length}`);
    return { kind: 'sarif', log: record as unknown as sarif.Log };
  }
  throw new MergeError(`${file}: not a sagelint JSON or SARIF report`);
}

export function mergeJsonReports(reports: readonly JsonReport[]): JsonReport {
  const [first, ...rest] = reports;
  if (!first) throw new MergeError('nothing to merge');
  const merged: JsonReport = structuredClone(first);
  const ruleIds = new Set(merged.rules.map((r) => r.id));
  const seen = new Set(merged.findings.map((f) => f.fingerprint));
  for (const report of rest) {
    for (const rule of report.rules) {
      if (ruleIds.has(rule.id)) continue;
      ruleIds.add(rule.id);
      merged.rules.push(rule);
    }
    // The same finding from two reports (overlapping shards, a report merged twice) is kept once.
    appendAll(merged.findings, report.findings.filter((f) => !seen.has(f.fingerprint)));
    for (const finding of report.findings) seen.add(finding.fingerprint);
    appendAll(merged.errors, report.errors);
    appendAll(merged.notes, report.notes);
    if (report.incomplete) {
      merged.incomplete = true;
      merged.gaps = [...(merged.gaps ?? []), ...(report.gaps ?? [])];
    }
    merged.stats.files += report.stats.files;
    merged.stats.resources += report.stats.resources;
    merged.stats.absent += report.stats.absent;
  }
  merged.stats = { ...merged.stats, ...summarize(jsonReportToScanResult(merged)) };
  return merged;
}

/**
 * A JSON report as the scan result it was written from, for the reporters
 * (text and Markdown of a merged report) and the exit code.
 */
export function jsonReportToScanResult(report: JsonReport): ScanResult {
  const gaps = report.gaps ?? [];
  return {
    root: report.root,
    findings: report.findings.map(({ suppressed: _suppressed, ...finding }) => finding),
    errors: report.errors,
    notes: report.notes,
    stats: { files: report.stats.files, resources: report.stats.resources },
    ...(report.baseline ? { baseline: report.baseline } : {}),
    ...(report.incomplete ? { incomplete: { summary: `${plural(gaps.length, 'coverage gap')} in the merged reports; findings may be missing, see the coverage notes`, gaps } } : {}),
  };
}

/**
 * A merged report's rule that sagelint does not ship (a plugin's, a rules
 * file's), as the text and Markdown renderers read rules: its name, controls
 * and documentation page come from the report, as the plugin may not be
 * installed where the reports are merged.
 */
export function reportedRuleMeta(rule: JsonRule): RuleMeta {
  const alsoKnownAs: Record<string, string[]> = {};
  for (const tag of rule.compliance) {
    const slash = tag.indexOf('/');
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
    presets: { recommended: false, reason: 'A rule of a merged report.' },
    docs: { summary: rule.summary, description: rule.summary, risk: '', guidance: [], remediation: {}, alsoKnownAs },
    origin: { name: rule.origin?.name ?? 'an unknown plugin', ...(rule.origin?.version ? { version: rule.origin.version } : {}), ...(rule.helpUri ? { homepage: rule.helpUri } : {}) },
  };
}

/** Whether a merged SARIF log has results at or above `failOn` that are neither suppressed nor already in a baseline. */
export function sarifHasFailingResults(log: sarif.Log, failOn: Severity): boolean {
  return (log.runs[0]?.results ?? []).some((result) => {
    if (result.suppressions?.length || result.baselineState === 'unchanged') return false;
    const severity = (result.properties as { severity?: Severity } | undefined)?.severity ?? severityOfLevel(result.level);
    return atOrAbove(severity, failOn);
  });
}

function severityOfLevel(level: sarif.Result.level | undefined): Severity {
  return level === 'error' ? 'high' : level === 'note' ? 'low' : 'medium';
}

/** Whether a SARIF log says its analysis was incomplete (an audit that could not read everything). */
export function sarifIsIncomplete(log: sarif.Log): boolean {
  return log.runs.some((run) => run.invocations?.some((invocation) => !invocation.executionSuccessful));
}

export function mergeSarifLogs(logs: readonly sarif.Log[]): sarif.Log {
  const [first, ...rest] = logs;
  if (!first) throw new MergeError('nothing to merge');
  const merged = structuredClone(first);
  const run = merged.runs[0]!;
  const rules = run.tool.driver.rules ?? [];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = run.artifacts ?? [];
  const artifactUris = new Set(artifacts.map((a) => a.location?.uri));
  const extensions = new ExtensionTable(run.tool.extensions ?? []);
  const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  const seen = new Set((run.results ?? []).map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]).filter((f) => f !== undefined));
  for (const log of rest) {
    const other = log.runs[0]!;
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
      if (fingerprint !== undefined && seen.has(fingerprint)) continue;
      // A plugin's rule is named by its component and its place there, which differ between logs.
      const component = result.rule?.toolComponent?.index;
      const plugin = component === undefined ? undefined : extensionsOfOther[component];
      if (plugin && result.rule) run.results!.push({ ...result, rule: { ...result.rule, index: plugin.ruleIndexes[result.rule.index ?? -1], toolComponent: { ...result.rule.toolComponent, index: plugin.index } } });
      else run.results!.push({ ...result, ruleIndex: result.ruleId === undefined ? undefined : ruleIndex.get(result.ruleId) });
    }
    for (const result of other.results ?? []) {
      const fingerprint = result.partialFingerprints?.[FINGERPRINT_KEY];
      if (fingerprint !== undefined) seen.add(fingerprint);
    }
    const invocation = other.invocations?.[0];
    appendAll(notifications, invocation?.toolExecutionNotifications ?? []);
    if (invocation && !invocation.executionSuccessful && run.invocations?.[0]) run.invocations[0].executionSuccessful = false;
  }
  // Artifact indexes differ between logs: results locate files by URI alone.
  for (const result of run.results ?? []) {
    for (const location of result.locations ?? []) delete location.physicalLocation?.artifactLocation?.index;
  }
  run.tool.driver.rules = rules;
  if (extensions.components.length) run.tool.extensions = extensions.components;
  run.artifacts = artifacts;
  if (run.invocations?.[0] && notifications.length) run.invocations[0].toolExecutionNotifications = notifications;
  return merged;
}

/**
 * The plugins' tool components of a merged log: one per plugin name (the first
 * log's version kept), each with the rules every log listed for it.
 */
class ExtensionTable {
  private readonly indexByName = new Map<string, number>();

  constructor(readonly components: sarif.ToolComponent[]) {
    components.forEach((component, index) => this.indexByName.set(component.name, index));
  }

  /** Adds another log's component; returns where it and each of its rules now stand. */
  add(component: sarif.ToolComponent): { index: number; ruleIndexes: (number | undefined)[] } {
    let index = this.indexByName.get(component.name);
    if (index === undefined) {
      index = this.components.length;
      this.indexByName.set(component.name, index);
      this.components.push({ ...structuredClone(component), rules: [] });
    }
    const rules = (this.components[index]!.rules ??= []);
    const ruleIndexes = (component.rules ?? []).map((rule) => {
      const known = rules.findIndex((r) => r.id === rule.id);
      if (known >= 0) return known;
      rules.push(structuredClone(rule));
      return rules.length - 1;
    });
    return { index, ruleIndexes };
  }
}
