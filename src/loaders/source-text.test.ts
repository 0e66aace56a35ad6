import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, PositionMap, readSourceText } from './source-text.js';

describe('decodeSource', () => {
  it('accepts UTF-8 with and without a BOM', () => {
    expect(decodeSource(Buffer.from('\uFEFFa: é\n'))).toEqual({ ok: true, text: 'a: é\n' });
    expect(decodeSource(Buffer.from('a: 1\n'))).toEqual({ ok: true, text: 'a: 1\n' });
  });

  it('refuses UTF-16 with a BOM', () => {
    expect(decodeSource(Buffer.from('\uFEFFa: 1', 'utf16le'))).toMatchObject({ ok: false, message: /UTF-16/ });
  });

  it('refuses NUL bytes, naming where', () => {
    expect(decodeSource(Buffer.from('a: 1\nb: \0\n'))).toMatchObject({ ok: false, message: /NUL/, line: 2, column: 4 });
  });

  it('refuses invalid UTF-8, naming where', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nbb: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(decodeSource(bytes)).toMatchObject({ ok: false, message: /not valid UTF-8/, line: 2, column: 6 });
  });
});

describe('readSourceText', () => {
  it('refuses a file over the limit before reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-src-'));
    const file = path.join(dir, 'big.yaml');
    writeFileSync(file, 'x'.repeat(2048));
    expect(await readSourceText(file, 1024)).toMatchObject({ ok: false, message: /over the 1 KB limit/ });
    expect(await readSourceText(path.join(dir, 'missing.yaml'))).toMatchObject({ ok: false, message: /no such file/ });
  });
});

describe('PositionMap', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const map = new PositionMap('ab\ncd\r\nef');
    expect(map.at(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(map.at(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(map.at(7)).toEqual({ line: 3, column: 1, offset: 7 });
  });
});
