import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StringPool } from './string-pool.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const TEXT_BYTES = 32 * 2 ** 20;

/** The heap a 40-character piece of a 32 MB text keeps once the text itself is dropped. */
function heapKeptBy(keep: (piece: string) => string): { kept: string; bytes: number } {
  const before = heapUsed();
  // The text is reachable only during this call.
  const kept = ((text: string) => keep(text.slice(TEXT_BYTES - 39)))(Buffer.alloc(TEXT_BYTES, 'a').toString('latin1') + 'b');
  return { kept, bytes: heapUsed() - before };
}

describe('StringPool', () => {
  it('keeps no text that a pooled string was cut from', () => {
    // The control: a piece cut from a text keeps the whole text alive, so the measure can fail.
    expect(heapKeptBy((piece) => piece).bytes).toBeGreaterThan(TEXT_BYTES / 2);
    const pool = new StringPool();
    const pooled = heapKeptBy((piece) => pool.text(piece));
    expect(pooled.kept).toBe(`${'a'.repeat(39)}b`);
    expect(pooled.bytes).toBeLessThan(2 ** 20);
  });

  it('gives strings and plain data back exactly as given', () => {
    const pool = new StringPool();
    const odd = 'lone \uD800 surrogate and "quotes"\n';
    expect(pool.text(odd)).toBe(odd);
    const a = pool.copy({ message: `${'m'.repeat(100)}!`, path: ['Properties', 0], none: undefined });
    const b = pool.copy({ message: `${'m'.repeat(100)}!`, path: ['Properties', 0], none: undefined });
    expect(a).toEqual(b);
    expect(Object.keys(a)).toEqual(['message', 'path', 'none']);
    expect(a.path).not.toBe(b.path);
    expect(pool.share({ text: `${'m'.repeat(100)}!` }).text).toBe(a.message);
  });
});
