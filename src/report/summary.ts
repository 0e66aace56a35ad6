/** Counts every reporter shows the same way: what is active, suppressed, failed, noted. */
import type { Finding, ScanResult } from '../core/finding.js';
import { SEVERITIES, type Severity } from '../core/rule.js';
import { sortFindings } from '../pipeline/scan.js';
import { addToGroup } from '../collections.js';

/** True when `severity` is `threshold` or more severe. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Most severe first, then in the engine's order (file, line, column). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return sortFindings([...findings]).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/**
 * Each resource's findings together (a resource in its file, or a live one in
 * its account and region), the resources in the order of their first finding:
 * after bySeverity, their most severe.
 */
export function byResource(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) addToGroup(groups, resourceKey(finding), finding);
  return [...groups.values()];
}

/** The resource a finding is about: in its file, or a live one in its account and region. */
export function resourceKey({ location, resource }: Finding): string {
  const where = location.kind === 'source' ? location.file : `${location.account}/${location.region}/${location.arn}`;
  return JSON.stringify([where, resource.type, resource.id]);
}

export function isSuppressed(finding: Finding): boolean {
  return finding.suppression !== undefined;
}

/** Accepted findings (suppressed, or already in the baseline) neither show nor fail the run. */
export function isAccepted(finding: Finding): boolean {
  return isSuppressed(finding) || finding.baselineState === 'unchanged';
}

export interface ScanSummary {
  /** Findings neither suppressed nor in the baseline, all severities. */
  active: number;
  suppressed: number;
  /** With a baseline: findings already in it, and baseline findings no longer present. */
  unchanged: number;
  absent: number;
  /** Active findings by severity. */
  bySeverity: Record<Severity, number>;
  errors: number;
  notes: number;
  files: number;
  resources: number;
}

export function summarize(result: ScanResult): ScanSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let suppressed = 0;
  let unchanged = 0;
  for (const finding of result.findings) {
    if (isSuppressed(finding)) suppressed++;
    else if (finding.baselineState === 'unchanged') unchanged++;
    else bySeverity[finding.severity]++;
  }
  return {
    active: result.findings.length - suppressed - unchanged,
    suppressed,
    unchanged,
    absent: result.baseline?.absent.length ?? 0,
    bySeverity,
    errors: result.errors.length,
    notes: result.notes.length,
    files: result.stats.files,
    resources: result.stats.resources,
  };
}

