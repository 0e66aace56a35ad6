/**
 * A scan's result as the Language Server Protocol shows it: findings and load
 * errors as diagnostics, fixes as quick fixes. Positions are the model's,
 * 1-based line and UTF-16 column, so they map onto LSP's 0-based ones as they are.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { editsAsApplied } from '../core/apply-edits.js';
import type { Finding, LoadError, Note, RenderedFix } from '../core/finding.js';
import type { Severity } from '../core/rule.js';
import type { Position } from '../model/location.js';
import { findingDocsUri } from '../report/tool.js';
import type { RuleMeta } from '../core/rule.js';
import { escapeUntrusted } from '../report/untrusted-text.js';

export const DIAGNOSTIC_SOURCE = 'sagelint';

/** Critical and high findings are errors, as they fail a scan's default gate in CI; medium warnings; low information. */
const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
};

export type FixableFinding = Finding & { fix: RenderedFix };

export function rangeBetween(start: Pick<Position, 'line' | 'column'>, end: Pick<Position, 'line' | 'column'>): Range {
  return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
}

/** A finding located in a file: its rule, severity, message and doc link, at the exact value (or key, or resource). */
export function findingDiagnostic(finding: Finding, rule?: Pick<RuleMeta, 'id' | 'origin'>): Diagnostic {
  if (finding.location.kind !== 'source') throw new Error(`finding ${finding.ruleId} on ${finding.resource.id} is not in a file`);
  return {
    range: rangeBetween(finding.location.start, finding.location.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...docsLink(findingDocsUri(finding.ruleId, rule)),
    source: DIAGNOSTIC_SOURCE,
    // Messages quote the template (IDs, values): one inert line, as every other output shows them.
    message: escapeUntrusted(finding.message),
  };
}

/** A file that could not be read, or read in part: from its position to the end of that line (the first line when it has none). */
export function loadErrorDiagnostic(error: LoadError, lines: readonly string[]): Diagnostic {
  const line = (error.line ?? 1) - 1;
  const start = error.line === undefined ? 0 : (error.column ?? 1) - 1;
  const end = Math.max(start, lines[line]?.replace(/\r$/, '').length ?? start);
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: escapeUntrusted(`not checked: ${error.message}`),
  };
}

/** Something the user should know about the file that is not a finding (a suppression without a reason, a value a rule could not judge): on its line. */
export function noteDiagnostic(note: Note & { line: number }, lines: readonly string[]): Diagnostic {
  const line = note.line - 1;
  const text = lines[line]?.replace(/\r$/, '') ?? '';
  return {
    range: { start: { line, character: text.length - text.trimStart().length }, end: { line, character: text.length } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: escapeUntrusted(note.message),
  };
}

/** What a fix costs, when it is more than an edit: said in the action's title, so nobody replaces a resource by accident. */
const COST: Readonly<Record<RenderedFix['kind'], string>> = {
  safe: '',
  replaces: ' (replaces the resource on deploy)',
  capacity: ' (changes capacity and cost)',
};

/**
 * The quick fix of a finding: the text edits `sagelint fix` writes, for every
 * file they touch (`uriOf` names each), giving the text it gives. Only safe fixes are preferred, so an
 * editor's "fix all" never replaces a resource.
 */
export function fixAction(finding: FixableFinding, diagnostic: Diagnostic, uriOf: (file: string) => string): CodeAction {
  const { fix } = finding;
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of editsAsApplied(fix.edits)) (changes[uriOf(edit.file)] ??= []).push({ range: rangeBetween(edit.start, edit.end), newText: edit.text });
  const placeholders = fix.placeholders.length ? `; fill in ${fix.placeholders.join(', ')}` : '';
  return {
    title: escapeUntrusted(`${finding.ruleId}: ${fix.description.replace(/\.$/, '')}${COST[fix.kind]}${placeholders}`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.kind === 'safe' && fix.placeholders.length === 0,
    edit: { changes },
  };
}

/** Whether two ranges share a position (touching counts: a cursor at the end of a value asks for its fixes). */
export function rangesMeet(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function docsLink(href: string | undefined): Pick<Diagnostic, 'codeDescription'> {
  return href === undefined ? {} : { codeDescription: { href } };
}
