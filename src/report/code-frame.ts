/** A few lines of a file around a range, the range marked with `>` and carets. */
import type { Position } from '../model/location.js';
import { addToGroup } from '../collections.js';
import type { Paint } from './ansi.js';
import { escapeUntrusted } from './untrusted-text.js';

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

/** A range to mark, with the label written after its carets (a rule ID when a frame marks several findings). */
export interface FrameMark {
  start: Position;
  end: Position;
  label?: string;
}

/** The frame of one range, or undefined when the range does not fit the file (a stale location). */
export function codeFrame(lines: readonly string[], start: Position, end: Position, options: FrameOptions): string[] | undefined {
  return markedFrame(lines, [{ start, end }], options);
}

/**
 * One frame marking every range: lines more than twice the context apart are
 * shown as separate stretches with `…` between them. Ranges on the same
 * columns share one caret line and list their labels. Undefined when no range
 * fits the file.
 */
export function markedFrame(lines: readonly string[], marks: readonly FrameMark[], options: FrameOptions): string[] | undefined {
  const { paint, contextLines } = options;
  const spans = marks
    .filter((mark) => mark.start.line >= 1 && mark.start.line <= lines.length)
    .map((mark) => {
      const endLine = Math.min(Math.max(mark.end.line, mark.start.line), lines.length);
      const lastMarked = Math.min(endLine, mark.start.line + MAX_MARKED_LINES - 1);
      const cut = endLine > lastMarked;
      return { mark, lastMarked, cut, first: Math.max(1, mark.start.line - contextLines), last: cut ? lastMarked : Math.min(lines.length, endLine + contextLines) };
    })
    .sort((a, b) => a.first - b.first || a.last - b.last);
  if (spans.length === 0) return undefined;
  // Spans sorted by first line, gathered into stretches of overlapping or adjacent lines.
  const stretches: { spans: typeof spans; last: number }[] = [];
  for (const span of spans) {
    const current = stretches.at(-1);
    if (current && span.first <= current.last + 1) {
      current.spans.push(span);
      current.last = Math.max(current.last, span.last);
    } else {
      stretches.push({ spans: [span], last: span.last });
    }
  }
  const width = String(stretches.reduce((widest, stretch) => Math.max(widest, stretch.last), 0)).length;
  const blankGutter = paint(`  ${' '.repeat(width)} |`, 'dim');
  const ellipsis = `${blankGutter} ${paint(ELLIPSIS, 'dim')}`;

  // The spans that mark each line (a span marks at most MAX_MARKED_LINES lines).
  const marking = new Map<number, typeof spans>();
  for (const span of spans) {
    for (let n = span.mark.start.line; n <= span.lastMarked; n++) addToGroup(marking, n, span);
  }
  const frame: string[] = [];
  stretches.forEach(({ spans: stretch, last }, index) => {
    if (index > 0) frame.push(ellipsis);
    const first = stretch[0]!.first;
    const lead = stretch[0]!.mark.start;
    const shift = lead.column - 1 > MAX_WIDTH - LEAD_BEFORE_RANGE ? lead.column - 1 - LEAD_BEFORE_RANGE : 0;
    for (let n = first; n <= last; n++) {
      const line = escapeUntrusted(lines[n - 1]!);
      const covering = marking.get(n) ?? [];
      const visible = clip(line, shift);
      const gutter = `${covering.length ? paint('>', 'red', 'bold') : ' '} ${paint(`${String(n).padStart(width)} |`, 'dim')}`;
      frame.push(`${gutter} ${visible.text}`.trimEnd());
      const caretGroups = new Map<string, { from: number; to: number; labels: string[] }>();
      for (const { mark } of covering) {
        const from = n === mark.start.line ? mark.start.column : firstNonBlankColumn(line);
        const to = Math.max(n === mark.end.line ? mark.end.column : line.length + 1, from + 1);
        const group = caretGroups.get(`${from}:${to}`) ?? { from, to, labels: [] };
        if (mark.label && n === mark.start.line && !group.labels.includes(mark.label)) group.labels.push(mark.label);
        caretGroups.set(`${from}:${to}`, group);
      }
      for (const { from, to, labels } of [...caretGroups.values()].sort((a, b) => a.from - b.from || a.to - b.to)) {
        const carets = caretLine(visible, from, to);
        const label = labels.length ? ` ${paint(escapeUntrusted(labels.join(', ')), 'red')}` : '';
        if (carets) frame.push(`${blankGutter} ${carets.indent}${paint(carets.caret, 'red', 'bold')}${label}`);
      }
    }
    if (stretch.some((s) => s.cut && s.last === last)) frame.push(ellipsis);
  });
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
