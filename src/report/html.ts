/**
 * The HTML report: one self-contained file to open in a browser or print.
 * The findings are the JSON report's (same fields, same counts), each with its
 * code frame and group, embedded once as JSON and rendered page by page by the
 * inline script (`html-client.js`), so a report of 25,000 findings opens
 * quickly. The summary, severity chart, coverage gaps, compliance controls,
 * load errors and notes are rendered here. Nothing is loaded from the network: a Content-Security-Policy
 * allows only the report's own script and style, by hash, and every text from
 * the scanned inputs is escaped (`inertHtml` here, `textContent` in the script).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Finding, ScanResult } from '../core/finding.js';
import { SEVERITIES, type RuleMeta, type Severity } from '../core/rule.js';
import type { CoverageGap } from '../core/coverage.js';
import { codeFrame } from './code-frame.js';
import { CONTROL_COLUMNS, controlRows, describeControlCounts, type ComplianceView } from './compliance-view.js';
import { jsonChunks, LazyList } from './json-stream.js';
import { jsonFinding, jsonReport, jsonRule, type JsonFinding, type JsonRule } from './json.js';
import { painter } from './ansi.js';
import { SourceFiles } from './source-files.js';
import { isAccepted, summarize } from './summary.js';
import { plural } from '../collections.js';
import { TOOL_NAME } from './tool.js';
import { inertHtml } from './untrusted-text.js';

export interface HtmlOptions {
  /** An audit's failed API calls (with the rules each left unevaluated), shown as the coverage section. */
  coverage?: readonly CoverageGap[];
  /** Lines of context above and below a code frame; default 2. */
  contextLines?: number;
  /** Defaults to the version in sagelint's package.json. */
  toolVersion?: string;
}

/** A finding as the page receives it: the JSON report's finding, its group and code frame. */
export interface HtmlFinding extends JsonFinding {
  /** The file (scan), or account, region and service (audit), it is listed under. */
  group: string;
  frame?: string[];
}

/** A rule as the page receives it: the JSON report's rule and what to do about a live resource. */
export interface HtmlRule extends JsonRule {
  remediation: { cli?: string; console?: string; recreate?: string };
}

const SEVERITY_COLOR: Record<Severity, string> = { critical: '#7b2cbf', high: '#c0392b', medium: '#d68910', low: '#2e86c1' };
const plainPaint = painter(false);

/** The page's script and style, read on first use (only HTML reports need them), and the policy that allows exactly them. */
let assets: { script: string; style: string; contentSecurityPolicy: string } | undefined;
function pageAssets(): NonNullable<typeof assets> {
  if (assets) return assets;
  const script = readFileSync(new URL('./html-client.js', import.meta.url), 'utf8');
  const style = readFileSync(new URL('./html-report.css', import.meta.url), 'utf8');
  const contentSecurityPolicy = [
    "default-src 'none'",
    `script-src '${cspHash(script)}'`,
    `style-src '${cspHash(style)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  assets = { script, style, contentSecurityPolicy };
  return assets;
}

/** The report's text in pieces: the findings' JSON is rendered one finding at a time as it is written. */
export function* htmlReportText(result: ScanResult, rules: readonly RuleMeta[], options: HtmlOptions = {}): Generator<string> {
  const active = groupedFindings(result.findings.filter((f) => !isAccepted(f)));
  const files = new SourceFiles(result.root);
  const contextLines = options.contextLines ?? 2;
  const findings = new LazyList(active, (f: Finding) => htmlFinding(f, files, contextLines), true);
  const data = { ...jsonReport(result, rules, options, findings), rules: rules.map(htmlRule) };
  const { script, style, contentSecurityPolicy } = pageAssets();
  const live = active.some((f) => f.location.kind === 'live') || options.coverage !== undefined;
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${inertHtml(contentSecurityPolicy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${inertHtml(`${TOOL_NAME} ${live ? 'audit' : 'scan'} report`)}</title>
<style>${style}</style>
</head>
<body>
`;
  yield summarySection(result, live);
  if (options.coverage) yield coverageSection(result, active, options.coverage);
  if (result.compliance) yield complianceSection(result.compliance);
  yield findingsSection(active);
  yield problemsSection(result);
  yield '<script type="application/json" id="report-data">';
  for (const chunk of jsonChunks(data)) yield escapeScriptJson(chunk);
  yield `</script>\n<script>${script}</script>\n</body>\n</html>\n`;
}

/**
 * Findings by severity (most severe first), then by group in the order groups
 * first appear, keeping the engine's order inside a group.
 */
function groupedFindings(findings: readonly Finding[]): Finding[] {
  const groupOrder = new Map<string, number>();
  for (const f of findings) if (!groupOrder.has(groupOf(f))) groupOrder.set(groupOf(f), groupOrder.size);
  return findings
    .map((finding, index) => ({ finding, index, severity: SEVERITIES.indexOf(finding.severity), group: groupOrder.get(groupOf(finding))! }))
    .sort((a, b) => a.severity - b.severity || a.group - b.group || a.index - b.index)
    .map((entry) => entry.finding);
}

/** A scan's findings are listed by file; an audit's by account, region and service (from the ARN). */
export function groupOf({ location }: Finding): string {
  if (location.kind === 'source') return location.file;
  const service = location.arn.split(':')[2] || 'unknown service';
  return `account ${location.account} · ${location.region} · ${service}`;
}

function htmlFinding(finding: Finding, files: SourceFiles, contextLines: number): HtmlFinding {
  const { location } = finding;
  const lines = location.kind === 'source' ? files.lines(location.file) : undefined;
  const frame = lines && location.kind === 'source' ? codeFrame(lines, location.start, location.end, { contextLines, paint: plainPaint }) : undefined;
  return { ...jsonFinding(finding), group: groupOf(finding), ...(frame ? { frame } : {}) };
}

function htmlRule(rule: RuleMeta): HtmlRule {
  const { cli, console, recreate } = rule.docs.remediation;
  return { ...jsonRule(rule), remediation: { ...(cli ? { cli } : {}), ...(console ? { console } : {}), ...(recreate ? { recreate } : {}) } };
}

function summarySection(result: ScanResult, live: boolean): string {
  const summary = summarize(result);
  const extras = [
    summary.suppressed ? `${summary.suppressed} suppressed` : '',
    result.baseline ? `${summary.unchanged} in the baseline, ${summary.absent} fixed since` : '',
    summary.errors ? plural(summary.errors, 'load error') : '',
    summary.notes ? plural(summary.notes, 'note') : '',
  ].filter(Boolean);
  const scope = live ? `${plural(summary.resources, 'resource')} audited` : `${plural(summary.files, 'file')} and ${plural(summary.resources, 'resource')} scanned`;
  return `<header>
<h1>${inertHtml(`${TOOL_NAME} ${live ? 'audit' : 'scan'} report`)}</h1>
<p class="meta">${inertHtml(result.root)} · ${inertHtml(scope)}</p>
</header>
<section id="summary" aria-label="Summary">
<p id="total" data-count="${summary.active}"><strong>${inertHtml(summary.active ? plural(summary.active, 'finding') : 'No findings')}</strong>${extras.length ? ` · ${inertHtml(extras.join(' · '))}` : ''}</p>
${severityChart(summary.bySeverity)}
</section>
`;
}

/** One bar per severity, as inline SVG (prints as it shows). */
function severityChart(bySeverity: Record<Severity, number>): string {
  const max = Math.max(1, ...SEVERITIES.map((s) => bySeverity[s]));
  const rowHeight = 26;
  const barWidth = 360;
  const rows = SEVERITIES.map((s, i) => {
    const y = i * rowHeight;
    const width = Math.round((bySeverity[s] / max) * barWidth);
    return `<g class="bar" data-severity="${s}" data-count="${bySeverity[s]}"><text x="0" y="${y + 17}">${s}</text><rect x="80" y="${y + 4}" width="${width}" height="18" fill="${SEVERITY_COLOR[s]}"></rect><text x="${88 + width}" y="${y + 17}">${bySeverity[s]}</text></g>`;
  });
  return `<svg id="severity-chart" role="img" aria-label="Findings by severity" width="520" height="${rowHeight * SEVERITIES.length}" viewBox="0 0 520 ${rowHeight * SEVERITIES.length}">${rows.join('')}</svg>`;
}

/** Per account, region and service: the findings, and the API calls that failed, with the rules they left unchecked. */
function coverageSection(result: ScanResult, active: readonly Finding[], gaps: readonly CoverageGap[]): string {
  const places = new Map<string, { findings: number; gaps: number }>();
  const place = (key: string) => places.get(key) ?? places.set(key, { findings: 0, gaps: 0 }).get(key)!;
  for (const f of active) place(groupOf(f)).findings++;
  for (const g of gaps) place(`account ${g.account} · ${g.region} · ${g.service}`).gaps++;
  const maxFindings = Math.max(1, ...[...places.values()].map((p) => p.findings));
  const rows = [...places]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, p]) =>
        `<tr${p.gaps ? ' class="has-gaps"' : ''}><td>${inertHtml(key)}</td><td class="num">${p.findings}</td><td><svg class="meter" width="120" height="10" aria-hidden="true"><rect width="${Math.round((p.findings / maxFindings) * 120)}" height="10"></rect></svg></td><td class="num">${p.gaps}</td></tr>`,
    );
  const notEvaluated = [...new Set(gaps.flatMap((g) => g.rulesAffected))].sort();
  const gapRows = gaps.map(
    (g) =>
      `<tr><td>${inertHtml(`${g.account} · ${g.region}`)}</td><td>${inertHtml(`${g.service}:${g.operation}`)}${g.resource ? `<br><span class="dim">${inertHtml(g.resource)}</span>` : ''}</td><td>${inertHtml(g.reason)}</td><td>${inertHtml(g.error)}</td><td>${inertHtml(g.rulesAffected.join(', '))}</td></tr>`,
  );
  return `<section id="coverage" aria-label="Coverage">
<h2>Coverage</h2>
<p>${inertHtml(gaps.length ? `${plural(gaps.length, 'API call')} failed: ${notEvaluated.length ? `not (fully) evaluated: ${notEvaluated.join(', ')}` : 'no rule was left unevaluated'}.` : `Every API call succeeded (${plural(result.stats.resources, 'resource')} audited).`)}</p>
<table class="coverage"><thead><tr><th>account · region · service</th><th>findings</th><th></th><th>gaps</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${gapRows.length ? `<h3>Gaps</h3><table class="gaps"><thead><tr><th>where</th><th>call</th><th>reason</th><th>error</th><th>rules not evaluated</th></tr></thead><tbody>${gapRows.join('')}</tbody></table>` : ''}
</section>
`;
}

/** Every control of the framework: its rules, resources checked and failed, and its status. */
function complianceSection(view: ComplianceView): string {
  const numeric = new Set<string>(['checked', 'failed']);
  const status = CONTROL_COLUMNS.indexOf('status');
  const rows = controlRows(view).map(
    (row) =>
      `<tr data-control="${inertHtml(row[0]!)}" data-status="${inertHtml(row[status]!)}">${row.map((cell, i) => `<td${numeric.has(CONTROL_COLUMNS[i]!) ? ' class="num"' : i === status ? ` class="control-status status-${inertHtml(cell)}"` : ''}>${inertHtml(cell)}</td>`).join('')}</tr>`,
  );
  return `<section id="compliance" aria-label="Compliance">
<h2>Compliance</h2>
<p>${inertHtml(describeControlCounts(view))}.</p>
<table class="compliance"><thead><tr>${CONTROL_COLUMNS.map((c) => `<th${numeric.has(c) ? ' class="num"' : ''}>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
</section>
`;
}

/** The filters and the list the script fills; without the script, a line says so. */
function findingsSection(active: readonly Finding[]): string {
  const rules = [...new Set(active.map((f) => f.ruleId))].sort();
  const groups = [...new Set(active.map(groupOf))];
  const options = (values: string[]) => values.map((v) => `<option value="${inertHtml(v)}">${inertHtml(v)}</option>`).join('');
  const severityToggles = SEVERITIES.map(
    (s) => `<label class="sev-toggle sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> ${s}</label>`,
  ).join('');
  return `<section id="findings" aria-label="Findings">
<h2>Findings</h2>
<form id="filters" class="filters" role="search">
<fieldset><legend>Severity</legend>${severityToggles}</fieldset>
<label>Rule <select id="rule-filter"><option value="">all rules</option>${options(rules)}</select></label>
<label>File or resource <select id="group-filter"><option value="">all</option>${options(groups)}</select></label>
<label>Search <input type="search" id="search" placeholder="rule, message, resource, file…" autocomplete="off"></label>
</form>
<p id="status" aria-live="polite">${inertHtml(plural(active.length, 'finding'))}</p>
<div id="finding-list"><noscript>The findings list needs JavaScript; the same findings are in the JSON report.</noscript></div>
<button type="button" id="more" hidden>Show more</button>
</section>
`;
}

function problemsSection(result: ScanResult): string {
  const parts: string[] = [];
  if (result.errors.length) {
    const items = result.errors.map((e) => `<li><code>${inertHtml([e.file, e.line, e.column].filter((p) => p !== undefined).join(':'))}</code> ${inertHtml(e.message)}</li>`);
    parts.push(`<section id="errors"><h2>Load errors</h2><ul>${items.join('')}</ul></section>`);
  }
  if (result.notes.length) {
    const items = result.notes.map((n) => `<li>${n.file ? `<code>${inertHtml([n.file, n.line].filter((p) => p !== undefined).join(':'))}</code> ` : ''}${inertHtml(n.message)}</li>`);
    parts.push(`<section id="notes"><h2>Notes</h2><ul>${items.join('')}</ul></section>`);
  }
  return parts.join('\n');
}

/**
 * JSON inside `<script type="application/json">`: no text of it can close the
 * element or open a comment (`</script`, `<!--`), and JavaScript line
 * separators are escaped too. The escapes are JSON's own, so `JSON.parse`
 * gives back the same data.
 */
export function escapeScriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
