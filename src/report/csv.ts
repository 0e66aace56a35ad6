/**
 * CSV (RFC 4180): one row per finding, load error, note and coverage gap, for
 * spreadsheets and data tools. The `record` column says which a row is, so an
 * incomplete audit or a file that could not be read is in the file too, and
 * a sheet filtered to findings cannot be mistaken for the whole result. Every
 * row is one line.
 */
import type { Finding, ScanResult } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import { complianceIds } from './compliance.js';
import { incompleteBanner } from './incomplete.js';
import { findingDocsUri } from './tool.js';
import { escapeUntrusted } from './untrusted-text.js';

export const CSV_COLUMNS = [
  'record',
  'severity',
  'certainty',
  'rule_id',
  'rule_name',
  'state',
  'resource_type',
  'resource_id',
  'file',
  'line',
  'column',
  'account',
  'region',
  'arn',
  'message',
  'compliance',
  'fingerprint',
  'help_uri',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/** The report's text, a header and then one line per row, each rendered when it is written. */
export function* csvReportText(result: ScanResult, rules: readonly RuleMeta[]): Generator<string> {
  const compliance = new Map(rules.map((rule) => [rule.id, complianceIds(rule).map((c) => c.tag).join(' ')]));
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  yield csvLine(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])));
  const banner = incompleteBanner(result);
  if (banner) yield csvLine({ record: 'incomplete', message: banner });
  for (const finding of result.findings) yield csvLine(findingRow(finding, compliance.get(finding.ruleId) ?? '', findingDocsUri(finding.ruleId, byId.get(finding.ruleId)) ?? ''));
  for (const error of result.errors) yield csvLine({ record: 'error', file: error.file, line: error.line, column: error.column, message: error.message });
  for (const note of result.notes) yield csvLine({ record: 'note', file: note.file, line: note.line, message: note.message });
  for (const gap of result.incomplete?.gaps ?? []) {
    const operation = `${gap.service}:${gap.operation}`;
    const message = `${operation}: ${gap.reason} (${gap.error}); rules affected: ${gap.rulesAffected.join(' ')}`;
    yield csvLine({ record: 'gap', account: gap.account, region: gap.region, resource_id: gap.resource, message });
  }
}

function findingRow(finding: Finding, compliance: string, helpUri: string): Row {
  const { location, resource } = finding;
  const state = finding.suppression ? 'suppressed' : finding.baselineState === 'unchanged' ? 'baseline' : 'active';
  const where: Row =
    location.kind === 'source'
      ? { file: location.file, line: location.start.line, column: location.start.column }
      : { account: location.account, region: location.region, arn: location.arn };
  return {
    record: 'finding',
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
    help_uri: helpUri,
  };
}

function csvLine(row: Row): string {
  return `${CSV_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/**
 * One field, quoted when it holds a comma or quote. Names and messages come
 * from the scanned files: each is one inert line (`escapeUntrusted`), so a CSV
 * printed in a CI log starts no line an attacker wrote, and text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab first) gets a
 * leading `'`.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const line = escapeUntrusted(value);
  const inert = /^[=+\-@\t]/.test(line) ? `'${line}` : line;
  return /[",]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
