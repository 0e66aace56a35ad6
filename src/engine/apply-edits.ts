/** Applies text edits to a file's text, last edit first so earlier offsets stay valid. */
import type { TextEdit } from './finding.js';

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start.offset - a.start.offset || b.end.offset - a.end.offset);
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
