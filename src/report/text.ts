/**
 * The human report: findings grouped by file (live ones by account and region),
 * each with a code frame and its fix, then load errors, notes and a summary.
 * Suppressed findings are left out and only counted. Text that comes from the
 * scanned inputs passes through `safe` before it reaches the terminal.
 */
import type { Finding, LoadError, Note, ScanResult } from '../engine/finding.js';
import { SEVERITIES, type RuleMeta, type Severity } from '../engine/rule.js';
import { describeLocation } from '../model/location.js';
import { addToGroup } from '../collections.js';
import { painter, terminalSafe, type Paint, type Style } from './ansi.js';
import { codeFrame } from './code-frame.js';
import { incompleteBanner } from './incomplete.js';
import { SourceFiles } from './source-files.js';
import { atOrAbove, isAccepted, plural, summarize } from './summary.js';

export interface TextOptions {
  /** ANSI colors; default true (the caller turns them off for pipes and NO_COLOR). */
  color?: boolean;
  /** Only findings at or above `threshold`, one line each, and the summary. */
  quiet?: boolean;
  /** In quiet mode, the lowest severity shown; default `low` (everything). */
  threshold?: Severity;
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

/** Input-derived text made terminal-safe; a multi-line text continues under its first line. */
function safe(text: string, continuation = INDENT): string {
  return terminalSafe(text).replace(/\n/g, `\n${continuation}`);
}

export function renderText(result: ScanResult, rules: readonly RuleMeta[], options: TextOptions = {}): string {
  const paint = painter(options.color ?? true);
  const active = result.findings.filter((f) => !isAccepted(f));
  if (options.quiet) {
    const threshold = options.threshold ?? 'low';
    const shown = active.filter((f) => atOrAbove(f.severity, threshold));
    const hidden = active.length - shown.length;
    const lines = shown.map((f) => `${headline(f, paint)}: ${safe(f.message)}`);
    return joinBlocks([lines, [summaryLine(result, paint, hidden ? `${hidden} below ${threshold} not shown` : undefined)], incompleteBlock(result, paint)]);
  }
  const files = new SourceFiles(result.root);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const blocks: string[][] = [];
  for (const [header, findings] of groupFindings(active)) {
    blocks.push([paint(safe(header), 'bold', 'underline')]);
    for (const finding of findings) {
      blocks.push(findingBlock(finding, { files, rulesById, paint, contextLines: options.contextLines ?? 2 }));
    }
  }
  if (result.errors.length) blocks.push([paint('Load errors', 'bold', 'underline'), ...result.errors.map((e) => INDENT + errorLine(e, paint))]);
  if (result.notes.length) blocks.push([paint('Notes', 'bold', 'underline'), ...result.notes.map((n) => INDENT + noteLine(n, paint))]);
  blocks.push([summaryLine(result, paint)], incompleteBlock(result, paint));
  return joinBlocks(blocks);
}

interface BlockContext {
  files: SourceFiles;
  rulesById: Map<string, RuleMeta>;
  paint: Paint;
  contextLines: number;
}

/** Findings in engine order, gathered under the file (or live account) where each group first appears. */
function groupFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const { location } = finding;
    const header = location.kind === 'source' ? location.file : `account ${location.account}, region ${location.region}`;
    addToGroup(groups, header, finding);
  }
  return groups;
}

function findingBlock(finding: Finding, context: BlockContext): string[] {
  const { paint } = context;
  const { location } = finding;
  const sections: string[][] = [[headline(finding, paint), INDENT + safe(finding.message, INDENT.repeat(2)), INDENT + paint(`resource: ${safe(describeResource(finding))}`, 'dim')]];
  if (location.kind === 'source') {
    const source = context.files.lines(location.file);
    const frame = source && codeFrame(source, location.start, location.end, { contextLines: context.contextLines, paint });
    if (frame) sections.push(frame.map((line) => INDENT + line));
  }
  if (finding.fix) {
    const { description, placeholders } = finding.fix;
    const fill = placeholders.length ? [INDENT + `${paint('fill in:', 'green')} ${safe(placeholders.join(', '))}`] : [];
    sections.push([INDENT + `${paint('fix:', 'green', 'bold')} ${safe(description)}`, ...fill]);
  } else if (location.kind === 'live') {
    sections.push(liveRemediation(context.rulesById.get(finding.ruleId), paint));
  }
  return sections.filter((section) => section.length).flatMap((section, i) => (i ? ['', ...section] : section)).map((line) => (line ? INDENT + line : line));
}

/** A live resource has no file to edit: show the rule's CLI call (or console step) instead. */
function liveRemediation(rule: RuleMeta | undefined, paint: Paint): string[] {
  const remediation = rule?.docs.remediation;
  const steps = remediation?.cli ?? remediation?.console;
  if (!steps) return [];
  const lines = [INDENT + paint(remediation?.cli ? 'remediation (AWS CLI):' : 'remediation (console):', 'green', 'bold')];
  lines.push(...steps.replace(/\n+$/, '').split('\n').map((line) => INDENT + INDENT + line));
  if (remediation?.recreate) lines.push(INDENT + paint(`recreate: ${remediation.recreate}`, 'yellow'));
  return lines;
}

/** `HIGH SM001 notebook-direct-internet file:line:col` (or the ARN). */
function headline(finding: Finding, paint: Paint): string {
  const severity = paint(finding.severity.toUpperCase().padEnd(8), ...SEVERITY_STYLE[finding.severity]);
  const possible = finding.certainty === 'possible' ? paint(' (possible)', 'dim') : '';
  return `${severity} ${paint(safe(finding.ruleId), 'bold')} ${safe(finding.ruleName)}${possible}  ${paint(safe(describeLocation(finding.location)), 'cyan')}`;
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
  return `${paint(safe(place), 'cyan')}  ${paint('error', 'red', 'bold')} ${safe(error.message, INDENT.repeat(2))}`;
}

function noteLine(note: Note, paint: Paint): string {
  const place = [note.file, note.file === undefined ? undefined : note.line].filter((part) => part !== undefined).join(':');
  const message = safe(note.message, INDENT.repeat(2));
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

/** Last, where a CI log's tail shows it. */
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
