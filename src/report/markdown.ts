/**
 * Markdown for pull-request comments and `$GITHUB_STEP_SUMMARY`: a one-line
 * count by severity, counts by rule with the compliance controls each matches,
 * the most severe findings with `file:line`, and every finding, most severe
 * first and grouped by resource, in a collapsible section; with `--compliance`,
 * every control of the framework and its status. Text from the
 * scanned inputs is escaped so that it can neither break the layout, nor
 * mention people, nor link anywhere.
 */
import type { Finding, ScanResult } from '../core/finding.js';
import { SEVERITIES, type RuleMeta } from '../core/rule.js';
import { describeComplianceIds } from './compliance.js';
import { CONTROL_COLUMNS, controlRows, describeControlCounts, type ComplianceView, type ControlStatus } from './compliance-view.js';
import { incompleteBanner } from './incomplete.js';
import { byResource, bySeverity, isAccepted, summarize } from './summary.js';
import { plural } from '../collections.js';
import { findingDocsUri } from './tool.js';
import { escapeUntrusted } from './untrusted-text.js';

export interface MarkdownOptions {
  /** How many findings the top table shows (the rest are in the details). */
  top?: number;
}

const SEVERITY_ICON = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵' } as const;

export function renderMarkdown(result: ScanResult, rules: readonly RuleMeta[], options: MarkdownOptions = {}): string {
  const summary = summarize(result);
  const active = bySeverity(result.findings.filter((f) => !isAccepted(f)));
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const out: string[] = ['## sagelint', ''];
  const banner = incompleteBanner(result);
  if (banner) out.push(`> ⚠️ **${escape(banner)}**`, '');
  if (active.length === 0) {
    out.push(`✅ No findings in ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')}).`);
  } else {
    const counts = SEVERITIES.filter((s) => summary.bySeverity[s]).map((s) => `${SEVERITY_ICON[s]} ${summary.bySeverity[s]} ${s}`);
    out.push(`**${plural(active.length, 'finding')}** in ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')} checked): ${counts.join(' · ')}.`);
    out.push('', '| rule | findings | controls |', '|---|---|---|');
    for (const [ruleId, count] of countByRule(active)) {
      const rule = rulesById.get(ruleId);
      const docs = findingDocsUri(ruleId, rule);
      out.push(`| ${docs ? `[${escape(ruleId)}](${docs})` : escape(ruleId)} ${escape(rule?.name ?? '')} | ${count} | ${escape(describeComplianceIds(rule))} |`);
    }
    const top = options.top ?? 10;
    out.push('', `### Top findings`, '', '| | rule | where | what |', '|---|---|---|---|');
    for (const f of active.slice(0, top)) out.push(`| ${SEVERITY_ICON[f.severity]} | ${escape(f.ruleId)} | ${escape(where(f))} | ${escape(firstSentence(f.message))} |`);
    out.push('', `<details><summary>All ${plural(active.length, 'finding')}</summary>`, '');
    for (const findings of byResource(active)) {
      const { resource } = findings[0]!;
      out.push(`- **${escape(resource.id)}** (${escape(resource.type)})`);
      for (const f of findings) out.push(`  - ${SEVERITY_ICON[f.severity]} **${escape(f.ruleId)}** ${codeSpan(where(f))}: ${escape(f.message)}`);
    }
    out.push('', '</details>');
  }
  if (result.compliance) out.push('', ...complianceTable(result.compliance));
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : '',
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : '',
    summary.errors ? `⚠️ ${plural(summary.errors, 'input')} could not be read` : '',
  ].filter(Boolean);
  if (extras.length) out.push('', extras.join(' · '));
  if (result.errors.length) {
    out.push('', '<details><summary>Load errors</summary>', '');
    for (const e of result.errors) out.push(`- ${codeSpan([e.file, e.line, e.column].filter((p) => p !== undefined).join(':'))}: ${escape(e.message)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

const CONTROL_ICON: Record<ControlStatus, string> = { FAILED: '❌', UNKNOWN: '❔', PASSED: '✅', NOT_APPLICABLE: '➖' };

/** Every control of the framework, each with its rules, resources checked and failed, and status. */
function complianceTable(view: ComplianceView): string[] {
  const status = CONTROL_COLUMNS.indexOf('status');
  const rows = controlRows(view).map((row) => row.map((cell, i) => (i === status ? `${CONTROL_ICON[cell as ControlStatus]} ${cell}` : escape(cell))));
  return [`### ${escape(describeControlCounts(view))}`, '', `| ${CONTROL_COLUMNS.join(' | ')} |`, `|${CONTROL_COLUMNS.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function countByRule(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function where(f: Finding): string {
  return f.location.kind === 'source' ? `${f.location.file}:${f.location.start.line}` : f.location.arn;
}

function firstSentence(message: string): string {
  const end = message.search(/[.:](\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}

/**
 * Inline text from the inputs: one inert line (escapeUntrusted), Markdown and
 * HTML syntax escaped (so it cannot break a table or inject markup), `@`
 * mentions and bare URLs broken by a zero-width space (GitHub would notify the
 * people or teams named, or link the address).
 */
function escape(text: string): string {
  return escapeUntrusted(text)
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_~[\]<>|#!]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#8203;.`);
}

/**
 * Text from the inputs as a code span: inside it Markdown is not parsed and
 * nothing is linked or mentioned, so only the fence must be longer than any
 * run of backticks in the text (and spaced when the text starts or ends with one).
 */
function codeSpan(text: string): string {
  const inert = escapeUntrusted(text);
  const fence = '`'.repeat(Math.max(0, ...(inert.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[`\s]|[`\s]$/.test(inert) ? ' ' : '';
  return `${fence}${pad}${inert}${pad}${fence}`;
}
