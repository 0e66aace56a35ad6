import { PassThrough } from 'node:stream';
import fc from '../../test/helpers/property.js';
import { describe, expect, it } from 'vitest';
import { inBlocks, jsonChunks, LazyList, writeChunks } from './json-stream.js';
import { inertJson } from './untrusted-text.js';

/** Replaces some arrays of a JSON value by lazy lists whose items are rendered (here: unwrapped) when written. */
function withLazyLists(value: unknown, lazy: () => boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => withLazyLists(item, lazy));
    return lazy() ? new LazyList(items.map((item) => ({ wrapped: item })), (box) => box.wrapped) : items;
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLazyLists(v, lazy)]));
  return value;
}

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, lazy lists included, with inert escapes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), fc.infiniteStream(fc.boolean()), (value, coins) => {
        const streamed = withLazyLists(value, () => coins.next().value as boolean);
        const text = [...jsonChunks(streamed)].join('');
        expect(text).toBe(inertJson(JSON.stringify(value, null, 2)));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the items of a plain lazy list, which are not searched for lazy lists, as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ stringUnit: 'grapheme' })), (items) => {
        const text = [...jsonChunks({ items: new LazyList(items, (item) => item, true) })].join('');
        expect(text).toBe(inertJson(JSON.stringify({ items }, null, 2)));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out undefined properties and writes undefined items as null, as JSON.stringify does', () => {
    const value = { a: undefined, list: new LazyList([1, 2, 3], (n) => (n === 2 ? undefined : { n, skip: undefined })), nested: [undefined, new LazyList([], () => 0)] };
    const plain = { a: undefined, list: [{ n: 1, skip: undefined }, undefined, { n: 3, skip: undefined }], nested: [undefined, []] };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(plain, null, 2));
  });

  it('writes no raw control character and no `##[` from the data, and reads back the same', () => {
    const value = { 'k\u009b': 'a\u001b]8;;x\u0007 \u0085 \u2028 ##[add-mask]s \u202e', list: new LazyList(['##[stop-commands]t'], (s) => s) };
    const text = [...jsonChunks(value)].join('');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]|##\[/);
    expect(JSON.parse(text)).toEqual({ 'k\u009b': value['k\u009b'], list: ['##[stop-commands]t'] });
  });

  it('renders each item of a lazy list only when it is reached', () => {
    const rendered: number[] = [];
    const chunks = jsonChunks({ items: new LazyList([1, 2, 3], (n) => (rendered.push(n), n)) });
    chunks.next();
    expect(rendered).toEqual([]);
    for (const chunk of chunks) expect(typeof chunk).toBe('string');
    expect(rendered).toEqual([1, 2, 3]);
  });
});

describe('writing', () => {
  it('joins pieces into blocks of about 64 K characters and loses none', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `piece ${i} `.repeat(5));
    const blocks = [...inBlocks(pieces)];
    expect(blocks.join('')).toBe(pieces.join(''));
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.slice(0, -1).every((b) => b.length >= 1 << 16 && b.length < (1 << 16) + 100)).toBe(true);
  });

  it('writes to a stream and leaves it open', async () => {
    const stream = new PassThrough();
    let written = '';
    stream.on('data', (data: Buffer) => (written += data.toString('utf8')));
    await writeChunks(['{', '"é": 1', '}'], { stream });
    expect(written).toBe('{"é": 1}');
    expect(stream.writableEnded).toBe(false);
  });
});
