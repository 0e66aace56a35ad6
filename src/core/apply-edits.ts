/**
 * Applying text edits: to one text (last edit first, so earlier offsets stay
 * valid), and choosing which fixes can apply together in one pass.
 */
import type { RenderedFix, TextEdit } from './finding.js';
import { appendAll } from '../collections.js';

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort(lastFirst);
  let out = text;
  let limit = Infinity;
  for (const edit of ordered) {
    // Overlapping edits cannot both apply: the one later in the file wins.
    if (edit.end.offset > limit) continue;
    out = out.slice(0, edit.start.offset) + edit.text + out.slice(edit.end.offset);
    limit = edit.start.offset;
  }
  return out;
}

const lastFirst = (a: TextEdit, b: TextEdit) => b.start.offset - a.start.offset || b.end.offset - a.end.offset;

/**
 * The edits `applyTextEdits` makes, for a consumer that applies a list of
 * edits that do not overlap, insertions at one point in list order (an
 * editor's workspace edit): overlapping edits are left out as it leaves them
 * out, insertions at one point joined in the order it writes them, so both
 * give the same text. In file order, per file.
 */
export function editsAsApplied(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const file of new Set(edits.map((e) => e.file))) {
    const kept: TextEdit[] = [];
    let limit = Infinity;
    for (const edit of edits.filter((e) => e.file === file).sort(lastFirst)) {
      if (edit.end.offset > limit) continue;
      const last = kept.at(-1);
      // applyTextEdits writes a later insertion at the same point before the earlier one.
      if (last && last.start.offset === last.end.offset && edit.start.offset === edit.end.offset && last.start.offset === edit.start.offset) last.text = edit.text + last.text;
      else kept.push({ ...edit });
      limit = edit.start.offset;
    }
    appendAll(out, kept.reverse());
  }
  return out;
}

/**
 * Joins insertions at the same point of a file into one edit, texts in listing
 * order, so that the order does not depend on how a consumer applies edits
 * that share a point.
 */
export function joinInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const same = out.find((o) => o.file === edit.file && o.start.offset === o.end.offset && edit.start.offset === edit.end.offset && o.start.offset === edit.start.offset);
    if (same) same.text += edit.text;
    else out.push({ ...edit });
  }
  return out;
}

/**
 * The fixes that can apply together, ESLint-style: in order, a fix is taken
 * unless one of its edits overlaps, touches or inserts at the same point as an
 * edit of a fix already taken; the others wait for the next pass, when the
 * file is scanned again and their findings are re-rendered against the new text.
 */
export function compatibleFixes<T extends { fix: RenderedFix }>(candidates: readonly T[]): { accepted: T[]; deferred: T[] } {
  const accepted: T[] = [];
  const deferred: T[] = [];
  const taken: TextEdit[] = [];
  for (const candidate of candidates) {
    const edits = candidate.fix.edits;
    if (edits.some((edit) => taken.some((other) => touches(edit, other)))) {
      deferred.push(candidate);
      continue;
    }
    accepted.push(candidate);
    appendAll(taken, edits);
  }
  return { accepted, deferred };
}

function touches(a: TextEdit, b: TextEdit): boolean {
  return a.file === b.file && a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}
