/**
 * `sagelint merge`: combine the reports of sharded audits (or of several scans)
 * into one — JSON with JSON, SARIF with SARIF (one run, as GitHub requires).
 */
import type * as sarif from 'sarif';
import type { JsonReport } from './json.js';
import { appendAll } from '../collections.js';

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
    for (const key of ['active', 'suppressed', 'unchanged', 'absent', 'errors', 'notes', 'files', 'resources'] as const) stats[key] += report.stats[key];
    for (const severity of Object.keys(stats.bySeverity) as (keyof typeof stats.bySeverity)[]) stats.bySeverity[severity] += report.stats.bySeverity[severity];
  }
  return merged;
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
  const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
  for (const log of rest) {
    const other = log.runs[0]!;
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
      run.results!.push({ ...result, ruleIndex: result.ruleId === undefined ? undefined : ruleIndex.get(result.ruleId) });
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
  run.artifacts = artifacts;
  if (run.invocations?.[0] && notifications.length) run.invocations[0].toolExecutionNotifications = notifications;
  return merged;
}
