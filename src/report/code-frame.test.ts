import { describe, expect, it } from 'vitest';
import { positionAt } from '../../test/helpers/scan-result.js';
import { painter } from './ansi.js';
import { codeFrame, markedFrame } from './code-frame.js';

const plain = { contextLines: 1, paint: painter(false) };

/** The frame of the range [from, to) of `text`, given as offsets of two needles. */
function frameOf(text: string, startNeedle: string, endNeedle: string, options = plain): string[] | undefined {
  const start = text.indexOf(startNeedle);
  const end = text.indexOf(endNeedle) + endNeedle.length;
  return codeFrame(text.split('\n'), positionAt(text, start), positionAt(text, end), options);
}

describe('codeFrame', () => {
  it('marks every line of a multi-line range from its first non-blank character', () => {
    const text = 'Tags:\n  - Key: team\n    Value: ml\nEnd: 1';
    expect(frameOf(text, 'Key', 'ml')).toEqual([
      '  1 | Tags:',
      '> 2 |   - Key: team',
      '    |     ^^^^^^^^^',
      '> 3 |     Value: ml',
      '    |     ^^^^^^^^^',
      '  4 | End: 1',
    ]);
  });

  it('shows only the first lines of a long range', () => {
    const text = Array.from({ length: 12 }, (_, i) => `line${i + 1}`).join('\n');
    expect(frameOf(text, 'line2', 'line11')).toEqual([
      '  1 | line1',
      '> 2 | line2',
      '    | ^^^^^',
      '> 3 | line3',
      '    | ^^^^^',
      '> 4 | line4',
      '    | ^^^^^',
      '> 5 | line5',
      '    | ^^^^^',
      '    | …',
    ]);
  });

  it('marks an empty range (an insertion point) with one caret', () => {
    const text = 'Properties:\n  Name: x';
    const at = positionAt(text, text.indexOf('Name'));
    expect(codeFrame(text.split('\n'), at, at, { ...plain, contextLines: 0 })).toEqual(['> 2 |   Name: x', '    |   ^']);
  });

  it('cuts a long line to a window around the range', () => {
    const text = `{"a":"${'x'.repeat(300)}","DirectInternetAccess":"Enabled","b":"${'y'.repeat(300)}"}`;
    const frame = frameOf(text, '"Enabled"', '"Enabled"')!;
    expect(frame).toHaveLength(2);
    const [line, carets] = frame as [string, string];
    expect(line.startsWith('> 1 | …')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length).toBeLessThan(140);
    expect(line.slice(carets.indexOf('^'), carets.lastIndexOf('^') + 1)).toBe('"Enabled"');
  });

  it('gives no frame for a location past the end of the file', () => {
    const text = 'one line';
    const beyond = { line: 5, column: 1, offset: 100 };
    expect(codeFrame(text.split('\n'), beyond, beyond, plain)).toBeUndefined();
  });

  it('shows control characters of the file one for one (ESC as ␛, a bidi override as U+FFFD), keeping the carets aligned', () => {
    expect(frameOf('k: \u001b[2J\u202ev', 'v', 'v', { ...plain, contextLines: 0 })).toEqual(['> 1 | k: \u241b[2J\uFFFDv', '    |         ^']);
  });


  it('colors the marker and carets when asked', () => {
    const frame = frameOf('a: b', 'b', 'b', { contextLines: 0, paint: painter(true) })!;
    expect(frame.join('\n')).toContain('\u001b[31m^\u001b[39m');
  });
});

describe('markedFrame', () => {
  const text = Array.from({ length: 20 }, (_, i) => `key${i + 1}: value${i + 1}`).join('\n');
  const lines = text.split('\n');
  const mark = (needle: string, label: string) => {
    const offset = text.indexOf(needle);
    return { start: positionAt(text, offset), end: positionAt(text, offset + needle.length), label };
  };

  it('marks several ranges in one frame, labels each, and elides the lines far from any', () => {
    expect(markedFrame(lines, [mark('value3', 'SM001'), mark('key4', 'SM002'), mark('value15', 'SM003')], plain)).toEqual([
      '   2 | key2: value2',
      '>  3 | key3: value3',
      '     |       ^^^^^^ SM001',
      '>  4 | key4: value4',
      '     | ^^^^ SM002',
      '   5 | key5: value5',
      '     | …',
      '  14 | key14: value14',
      '> 15 | key15: value15',
      '     |        ^^^^^^^ SM003',
      '  16 | key16: value16',
    ]);
  });

  it('lists the labels of ranges on the same columns under one caret line', () => {
    expect(markedFrame(lines, [mark('key2:', 'SM002'), mark('key2:', 'SM003')], { ...plain, contextLines: 0 })).toEqual(['> 2 | key2: value2', '    | ^^^^^ SM002, SM003']);
  });
});

