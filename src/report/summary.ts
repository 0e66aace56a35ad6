/** Counts every reporter shows the same way: what is active, suppressed, failed, noted. */
import type { Finding, ScanResult } from '../engine/finding.js';
import { SEVERITIES, type Severity } from '../engine/rule.js';

/** True when `severity` is `threshold` or more severe. */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

export function isSuppressed(finding: Finding): boolean {
  return finding.suppression !== undefined;
}

export interface ScanSummary {
  /** Findings not suppressed, all severities. */
  active: number;
  suppressed: number;
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
  for (const finding of result.findings) {
    if (isSuppressed(finding)) suppressed++;
    else bySeverity[finding.severity]++;
  }
  return {
    active: result.findings.length - suppressed,
    suppressed,
    bySeverity,
    errors: result.errors.length,
    notes: result.notes.length,
    files: result.stats.files,
    resources: result.stats.resources,
  };
}

/** "1 finding", "2 findings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
