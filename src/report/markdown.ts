/**
 * Markdown for pull-request comments and `$GITHUB_STEP_SUMMARY`: counts by
 * severity and rule, the most severe findings with `file:line`, and every finding
 * in a collapsible section.
 */
import type { Finding, ScanResult } from '../engine/finding.js';
import { SEVERITIES, type RuleMeta } from '../engine/rule.js';
import { incompleteBanner } from './incomplete.js';
import { isAccepted, plural, summarize } from './summary.js';
import { ruleHelpUri } from './tool.js';

export interface MarkdownOptions {
  /** How many findings the top table shows (the rest are in the details). */
  top?: number;
}

const SEVERITY_ICON = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵' } as const;

export function renderMarkdown(result: ScanResult, rules: readonly RuleMeta[], options: MarkdownOptions = {}): string {
  const summary = summarize(result);
  const active = result.findings.filter((f) => !isAccepted(f));
  const names = new Map(rules.map((r) => [r.id, r.name]));
  const out: string[] = ['## sagelint', ''];
  const banner = incompleteBanner(result);
  if (banner) out.push(`> ⚠️ **${escape(banner)}**`, '');
  if (active.length === 0) {
    out.push(`✅ No findings in ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')}).`);
  } else {
    out.push(`**${plural(active.length, 'finding')}** in ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')} checked).`, '');
    out.push('| severity | findings |', '|---|---|');
    for (const s of SEVERITIES) if (summary.bySeverity[s]) out.push(`| ${SEVERITY_ICON[s]} ${s} | ${summary.bySeverity[s]} |`);
    out.push('', '| rule | findings |', '|---|---|');
    for (const [ruleId, count] of countByRule(active)) out.push(`| [${ruleId}](${ruleHelpUri(ruleId)}) ${escape(names.get(ruleId) ?? '')} | ${count} |`);
    const top = options.top ?? 10;
    out.push('', `### Top findings`, '', '| | rule | where | what |', '|---|---|---|---|');
    for (const f of active.slice(0, top)) out.push(`| ${SEVERITY_ICON[f.severity]} | ${f.ruleId} | ${escape(where(f))} | ${escape(firstSentence(f.message))} |`);
    out.push('', `<details><summary>All ${plural(active.length, 'finding')}</summary>`, '');
    for (const f of active) out.push(`- ${SEVERITY_ICON[f.severity]} **${f.ruleId}** \`${escape(where(f))}\` (${escape(f.resource.id)}): ${escape(f.message)}`);
    out.push('', '</details>');
  }
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : '',
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : '',
    summary.errors ? `⚠️ ${plural(summary.errors, 'input')} could not be read` : '',
  ].filter(Boolean);
  if (extras.length) out.push('', extras.join(' · '));
  if (result.errors.length) {
    out.push('', '<details><summary>Load errors</summary>', '');
    for (const e of result.errors) out.push(`- \`${escape([e.file, e.line, e.column].filter((p) => p !== undefined).join(':'))}\`: ${escape(e.message)}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
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

/** Text from templates must not break the table or inject markup. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
