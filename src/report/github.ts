/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * pull request's diff (`::error file=…,line=…::message`).
 */
import type { ScanResult } from '../core/finding.js';
import type { Severity } from '../core/rule.js';
import { isAccepted, summarize } from './summary.js';
import { plural } from '../collections.js';
import { escapeUntrusted } from './untrusted-text.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

export function renderGithubAnnotations(result: ScanResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    if (isAccepted(f) || f.location.kind !== 'source') continue;
    const { file, start, end } = f.location;
    const props = [`file=${property(file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`];
    if (end.line === start.line) props.push(`endColumn=${end.column}`);
    props.push(`title=${property(`${f.ruleId} ${f.ruleName}`)}`);
    lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${data(`${f.message} [${f.resource.id}]`)}`);
  }
  for (const e of result.errors) {
    const where = [`file=${property(e.file)}`, ...(e.line ? [`line=${e.line}`] : []), ...(e.column ? [`col=${e.column}`] : [])];
    lines.push(`::error ${where.join(',')},title=sagelint could not read this file::${data(e.message)}`);
  }
  const summary = summarize(result);
  lines.push(`sagelint: ${plural(summary.active, 'finding')}, ${plural(summary.errors, 'load error')} in ${plural(summary.files, 'file')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Escaping rules of workflow commands (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts),
 * then escapeUntrusted for what they leave raw: escape sequences and `##[`.
 */
function data(text: string): string {
  return escapeUntrusted(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
