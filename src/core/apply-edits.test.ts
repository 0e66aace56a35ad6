import { describe, expect, it } from 'vitest';
import { applyTextEdits, compatibleFixes, editsAsApplied, joinInsertions } from './apply-edits.js';
import type { RenderedFix, TextEdit } from './finding.js';

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
const edit = (start: number, end: number, text: string, file = 'a.yaml'): TextEdit => ({ file, start: at(start), end: at(end), text });
const fixOf = (...edits: TextEdit[]): { fix: RenderedFix } => ({ fix: { description: '', kind: 'safe', placeholders: [], edits } });

describe('compatibleFixes', () => {
  it('takes fixes in order and defers one that inserts at the same point, overlaps or touches an edit already taken', () => {
    const first = fixOf(edit(10, 10, 'A'));
    const samePoint = fixOf(edit(10, 10, 'B'));
    const overlapping = fixOf(edit(5, 12, 'C'));
    const touching = fixOf(edit(2, 10, 'D'));
    const apart = fixOf(edit(20, 22, 'E'));
    const otherFile = fixOf(edit(10, 10, 'F', 'b.yaml'));
    const { accepted, deferred } = compatibleFixes([first, samePoint, overlapping, touching, apart, otherFile]);
    expect(accepted).toEqual([first, apart, otherFile]);
    expect(deferred).toEqual([samePoint, overlapping, touching]);
  });

  it('keeps every edit of one fix together, even edits at one point', () => {
    const appends = fixOf(edit(4, 4, 'x'), edit(4, 4, 'y'));
    expect(compatibleFixes([appends]).accepted).toEqual([appends]);
    expect(applyTextEdits('abcdef', appends.fix.edits)).toBe('abcdyxef');
  });
});

describe('joinInsertions', () => {
  it('joins insertions at one point in listing order and leaves other edits alone', () => {
    const joined = joinInsertions([edit(3, 3, 'one'), edit(1, 2, 'r'), edit(3, 3, 'two'), edit(3, 3, 'x', 'b.yaml')]);
    expect(joined.map((e) => [e.file, e.start.offset, e.text])).toEqual([
      ['a.yaml', 3, 'onetwo'],
      ['a.yaml', 1, 'r'],
      ['b.yaml', 3, 'x'],
    ]);
    expect(applyTextEdits('abcdef', joined.filter((e) => e.file === 'a.yaml'))).toBe('arconetwodef');
  });
});

describe('editsAsApplied', () => {
  /** Applies edits as an editor applies a workspace edit: in list order, none overlapping, each offset of the original text. */
  const applyInListOrder = (text: string, edits: readonly TextEdit[]) => {
    let out = '';
    let at = 0;
    for (const e of edits) {
      expect(e.start.offset).toBeGreaterThanOrEqual(at);
      out += text.slice(at, e.start.offset) + e.text;
      at = e.end.offset;
    }
    return out + text.slice(at);
  };

  it('gives the text applyTextEdits gives: insertions at one point in its order, overlaps left out, in file order', () => {
    const edits = [edit(4, 4, 'x'), edit(1, 2, 'R'), edit(4, 4, 'y'), edit(5, 6, 'S'), edit(5, 5, 'i'), edit(0, 2, 'overlaps'), edit(3, 3, 'o', 'b.yaml')];
    const asApplied = editsAsApplied(edits);
    expect(applyInListOrder('abcdef', asApplied.filter((e) => e.file === 'a.yaml'))).toBe(applyTextEdits('abcdef', edits.filter((e) => e.file === 'a.yaml')));
    expect(asApplied.map((e) => [e.file, e.start.offset, e.text])).toEqual([
      ['a.yaml', 1, 'R'],
      ['a.yaml', 4, 'yx'],
      ['a.yaml', 5, 'i'],
      ['a.yaml', 5, 'S'],
      ['b.yaml', 3, 'o'],
    ]);
    expect(edits.map((e) => e.text)).toEqual(['x', 'R', 'y', 'S', 'i', 'overlaps', 'o']);
  });
});
