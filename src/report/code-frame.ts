/** A few lines of a file around a range, the range marked with `>` and carets. */
import type { Position } from '../model/location.js';
import { terminalSafe, type Paint } from './ansi.js';

/** A range spanning more lines shows only its first lines. */
const MAX_MARKED_LINES = 4;
/** Long lines (minified JSON templates) are cut to a window around the range. */
const MAX_WIDTH = 120;
const LEAD_BEFORE_RANGE = 20;
const ELLIPSIS = '…';

export interface FrameOptions {
  contextLines: number;
  paint: Paint;
}

/** The frame's lines, or undefined when the range does not fit the file (a stale location). */
export function codeFrame(lines: readonly string[], start: Position, end: Position, options: FrameOptions): string[] | undefined {
  if (start.line < 1 || start.line > lines.length) return undefined;
  const { paint, contextLines } = options;
  const endLine = Math.min(Math.max(end.line, start.line), lines.length);
  const lastMarked = Math.min(endLine, start.line + MAX_MARKED_LINES - 1);
  const cut = endLine > lastMarked;
  const first = Math.max(1, start.line - contextLines);
  const last = cut ? lastMarked : Math.min(lines.length, endLine + contextLines);
  const width = String(last).length;
  const shift = start.column - 1 > MAX_WIDTH - LEAD_BEFORE_RANGE ? start.column - 1 - LEAD_BEFORE_RANGE : 0;
  const blankGutter = paint(`  ${' '.repeat(width)} |`, 'dim');

  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = terminalSafe(lines[n - 1]!);
    const marked = n >= start.line && n <= lastMarked;
    const visible = clip(line, shift);
    const gutter = `${marked ? paint('>', 'red', 'bold') : ' '} ${paint(`${String(n).padStart(width)} |`, 'dim')}`;
    frame.push(`${gutter} ${visible.text}`.trimEnd());
    if (!marked) continue;
    const from = n === start.line ? start.column : firstNonBlankColumn(line);
    const to = n === end.line ? end.column : line.length + 1;
    const carets = caretLine(visible, from, Math.max(to, from + 1));
    if (carets) frame.push(`${blankGutter} ${carets.indent}${paint(carets.caret, 'red', 'bold')}`);
  }
  if (cut) frame.push(`${blankGutter} ${paint(ELLIPSIS, 'dim')}`);
  return frame;
}

interface VisibleText {
  text: string;
  /** 0-based index in the line of the first character shown. */
  shift: number;
  /** Characters shown before the line's own text (an ellipsis). */
  lead: number;
}

function clip(line: string, shift: number): VisibleText {
  const body = line.slice(shift, shift + MAX_WIDTH);
  const lead = shift > 0 ? ELLIPSIS : '';
  const tail = line.length > shift + MAX_WIDTH ? ELLIPSIS : '';
  return { text: `${lead}${body}${tail}`, shift, lead: lead.length };
}

/** Carets under columns [from, to) (1-based, end exclusive), aligned through tabs. */
function caretLine(visible: VisibleText, from: number, to: number): { indent: string; caret: string } | undefined {
  const start = Math.max(from - 1 - visible.shift, 0) + visible.lead;
  const end = Math.min(to - 1 - visible.shift + visible.lead, visible.text.length + 1);
  if (end <= start) return undefined;
  const indent = visible.text.slice(0, start).replace(/[^\t]/g, ' ');
  return { indent, caret: '^'.repeat(end - start) };
}

function firstNonBlankColumn(line: string): number {
  const index = line.search(/\S/);
  return index === -1 ? 1 : index + 1;
}
