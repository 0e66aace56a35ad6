/**
 * The human report: a one-line summary, then the findings most severe first
 * (then by file and line), each resource's findings together under one code
 * frame marking them all, with their fixes and the compliance controls they
 * match; then load errors, notes and the summary again. `compact` gives one
 * line per finding instead. Suppressed findings are left out and only counted.
 * Text that comes from the scanned inputs passes through `escapeUntrusted`
 * before it reaches the terminal.
 */
import type { Finding, LoadError, Note, ScanResult } from '../core/finding.js';
import { SEVERITIES, type RuleMeta, type Severity } from '../core/rule.js';
import { describeLocation } from '../model/location.js';
import { appendAll, plural } from '../collections.js';
import { painter, type Paint, type Style } from './ansi.js';
import { markedFrame } from './code-frame.js';
import { describeComplianceIds } from './compliance.js';
import { CONTROL_COLUMNS, controlRows, describeControlCounts, type ComplianceView, type ControlStatus } from './compliance-view.js';
import { incompleteBanner } from './incomplete.js';
import { SourceFiles } from './source-files.js';
import { atOrAbove, byResource, bySeverity, isAccepted, summarize } from './summary.js';
import { escapeUntrusted } from './untrusted-text.js';

export interface TextOptions {
  /** ANSI colors; default true (the caller turns them off for pipes and NO_COLOR). */
  color?: boolean;
  /** Leave out the findings below `threshold` (they are counted in the summary). */
  quiet?: boolean;
  /** In quiet mode, the lowest severity shown; default `low` (everything). */
  threshold?: Severity;
  /** One line per finding (`file:line:col severity rule resource message`), for logs and editors. */
  compact?: boolean;
  /** Lines of context above and below a code frame; default 2. */
  contextLines?: number;
}

const SEVERITY_STYLE: Record<Severity, Style[]> = {
  critical: ['magenta', 'bold'],
  high: ['red', 'bold'],
  medium: ['yellow'],
  low: ['blue'],
};

const INDENT = '  ';

/** Input-derived text as one inert line. */
const safe = escapeUntrusted;

export function renderText(result: ScanResult, rules: readonly RuleMeta[], options: TextOptions = {}): string {
  const paint = painter(options.color ?? true);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const active = result.findings.filter((f) => !isAccepted(f));
  const threshold = options.quiet ? (options.threshold ?? 'low') : 'low';
  const shown = bySeverity(active.filter((f) => atOrAbove(f.severity, threshold)));
  const hidden = active.length - shown.length;
  const summary = summaryLine(result, paint, hidden ? `${hidden} below ${threshold} not shown` : undefined);
  if (options.compact) {
    return joinBlocks([[...shown.map((f) => compactLine(f, paint)), ...result.errors.map((e) => compactErrorLine(e, paint))], [summary], incompleteBlock(result, paint)]);
  }
  const context: BlockContext = { files: new SourceFiles(result.root), rulesById, paint, contextLines: options.contextLines ?? 2 };
  const blocks: string[][] = [];
  // The summary opens the report (the first thing read) and closes it (the last thing a log shows); so does an incomplete audit's banner.
  if (shown.length) blocks.push([summary]);
  blocks.push(incompleteBlock(result, paint));
  for (const findings of byResource(shown)) blocks.push(resourceBlock(findings, context));
  if (result.errors.length) blocks.push([paint('Load errors', 'bold', 'underline'), ...result.errors.map((e) => INDENT + errorLine(e, paint))]);
  if (result.notes.length) blocks.push([paint('Notes', 'bold', 'underline'), ...result.notes.map((n) => INDENT + noteLine(n, paint))]);
  if (result.compliance) blocks.push(complianceBlock(result.compliance, paint));
  blocks.push([summary], incompleteBlock(result, paint));
  return joinBlocks(blocks);
}

interface BlockContext {
  files: SourceFiles;
  rulesById: Map<string, RuleMeta>;
  paint: Paint;
  contextLines: number;
}

/** Each finding of one resource with its message, fix and controls; then the resource and one frame marking them all. */
function resourceBlock(findings: readonly Finding[], context: BlockContext): string[] {
  const { paint } = context;
  const lines: string[] = [];
  findings.forEach((finding, i) => {
    if (i > 0) lines.push('');
    lines.push(headline(finding, paint), ...findingDetails(finding, context).map((line) => (line ? INDENT + line : line)));
  });
  const first = findings[0]!;
  lines.push('', INDENT + paint(`resource: ${safe(describeResource(first))}`, 'dim'));
  if (first.location.kind === 'source') {
    const source = context.files.lines(first.location.file);
    const labelled = findings.length > 1;
    const marks = findings.flatMap(({ location, ruleId }) => (location.kind === 'source' ? [{ start: location.start, end: location.end, label: labelled ? ruleId : undefined }] : []));
    const frame = source && markedFrame(source, marks, { contextLines: context.contextLines, paint });
    if (frame) lines.push(...frame.map((line) => INDENT.repeat(2) + line));
  }
  return lines;
}

/** The message, the fix (or a live resource's remediation) and the compliance controls of one finding. */
function findingDetails(finding: Finding, context: BlockContext): string[] {
  const { paint } = context;
  const rule = context.rulesById.get(finding.ruleId);
  const lines = [safe(finding.message)];
  if (finding.fix) {
    const { description, placeholders } = finding.fix;
    lines.push(`${paint('fix:', 'green', 'bold')} ${safe(description)}`);
    if (placeholders.length) lines.push(`${paint('fill in:', 'green')} ${safe(placeholders.join(', '))}`);
  } else if (finding.location.kind === 'live') {
    lines.push(...liveRemediation(rule, paint));
  }
  const controls = describeComplianceIds(rule);
  if (controls) lines.push(paint(`controls: ${controls}`, 'dim'));
  return lines;
}

/** A live resource has no file to edit: show the rule's CLI call (or console step) instead. */
function liveRemediation(rule: RuleMeta | undefined, paint: Paint): string[] {
  const remediation = rule?.docs.remediation;
  const steps = remediation?.cli ?? remediation?.console;
  if (!steps) return [];
  const lines = [paint(remediation?.cli ? 'remediation (AWS CLI):' : 'remediation (console):', 'green', 'bold')];
  appendAll(lines, steps.replace(/\n+$/, '').split('\n').map((line) => INDENT + line));
  if (remediation?.recreate) lines.push(paint(`recreate: ${remediation.recreate}`, 'yellow'));
  return lines;
}

/** `HIGH SM001 notebook-direct-internet file:line:col` (or the ARN). */
function headline(finding: Finding, paint: Paint): string {
  const severity = paint(finding.severity.toUpperCase().padEnd(8), ...SEVERITY_STYLE[finding.severity]);
  const possible = finding.certainty === 'possible' ? paint(' (possible)', 'dim') : '';
  return `${severity} ${paint(safe(finding.ruleId), 'bold')} ${safe(finding.ruleName)}${possible}  ${paint(safe(describeLocation(finding.location)), 'cyan')}`;
}

/** `templates/a.yaml:8:29 high SM001 Notebook message` (a live finding by its ARN). */
function compactLine(finding: Finding, paint: Paint): string {
  const possible = finding.certainty === 'possible' ? ' (possible)' : '';
  const parts = [paint(safe(describeLocation(finding.location)), 'cyan'), paint(finding.severity, ...SEVERITY_STYLE[finding.severity]), safe(finding.ruleId), safe(finding.resource.id)];
  return `${parts.join(' ')} ${safe(finding.message)}${possible}`;
}

/** A load error in the compact form: `file:line:col error load-error - message`. */
function compactErrorLine(error: LoadError, paint: Paint): string {
  const place = [error.file, error.line ?? 1, error.column ?? 1].join(':');
  return `${paint(safe(place), 'cyan')} ${paint('error', 'red', 'bold')} load-error - ${safe(error.message)}`;
}

/** `Notebook (AWS::SageMaker::NotebookInstance, MlStack/Notebook)`; a live one by account and region (its ARN is in the headline). */
function describeResource({ resource, location }: Finding): string {
  if (location.kind === 'live') {
    const alias = resource.id === location.arn ? '' : ` ${resource.id}`;
    return `${resource.type}${alias} in account ${location.account}, region ${location.region}`;
  }
  return `${resource.id} (${[resource.type, resource.label].filter(Boolean).join(', ')})`;
}

function errorLine(error: LoadError, paint: Paint): string {
  const place = [error.file, error.line, error.line === undefined ? undefined : error.column].filter((part) => part !== undefined).join(':');
  return `${paint(safe(place), 'cyan')}  ${paint('error', 'red', 'bold')} ${safe(error.message)}`;
}

function noteLine(note: Note, paint: Paint): string {
  const place = [note.file, note.file === undefined ? undefined : note.line].filter((part) => part !== undefined).join(':');
  const message = safe(note.message);
  return place ? `${paint(safe(place), 'cyan')}  ${message}` : message;
}

function summaryLine(result: ScanResult, paint: Paint, hiddenNote?: string): string {
  const summary = summarize(result);
  const bySeverity = SEVERITIES.map((s) => paint(`${summary.bySeverity[s]} ${s}`, ...(summary.bySeverity[s] ? SEVERITY_STYLE[s] : ['dim' as const])));
  const parts = [
    summary.active ? `${plural(summary.active, 'finding')} (${bySeverity.join(', ')})` : 'no findings',
    ...(summary.suppressed ? [`${summary.suppressed} suppressed`] : []),
    ...(result.baseline ? [`${summary.unchanged} in the baseline, ${summary.absent} fixed since`] : []),
    ...(hiddenNote ? [hiddenNote] : []),
    ...(summary.errors ? [paint(plural(summary.errors, 'load error'), 'red')] : []),
    ...(summary.notes ? [plural(summary.notes, 'note')] : []),
    `${plural(summary.files, 'file')} and ${plural(summary.resources, 'resource')} scanned`,
  ];
  return `${paint('Summary:', 'bold')} ${parts.join('; ')}.`;
}

const CONTROL_STYLE: Record<ControlStatus, Style[]> = { FAILED: ['red', 'bold'], UNKNOWN: ['yellow'], PASSED: ['green'], NOT_APPLICABLE: ['dim'] };

/** Every control of the framework in one aligned table, its status colored. */
function complianceBlock(view: ComplianceView, paint: Paint): string[] {
  const rows = [CONTROL_COLUMNS.map((c) => c.toUpperCase()), ...controlRows(view)];
  const widths = CONTROL_COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const status = CONTROL_COLUMNS.indexOf('status');
  const line = (row: string[], i: number) =>
    INDENT +
    row
      .map((cell, column) => {
        const padded = column === row.length - 1 ? cell : cell.padEnd(widths[column]!);
        return i > 0 && column === status ? paint(padded, ...CONTROL_STYLE[cell as ControlStatus]) : padded;
      })
      .join('  ')
      .trimEnd();
  return [paint(`Compliance: ${describeControlCounts(view)}`, 'bold', 'underline'), ...rows.map(line)];
}

/** First and last, where a reader and a CI log's tail see it. */
function incompleteBlock(result: ScanResult, paint: Paint): string[] {
  const banner = incompleteBanner(result);
  return banner ? [paint(safe(banner), 'red', 'bold')] : [];
}

function joinBlocks(blocks: string[][]): string {
  return `${blocks
    .filter((block) => block.length)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}
