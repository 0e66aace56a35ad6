import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeLineHashes } from './line-hash.js';
import { MAX_REPORTED_FILE_BYTES, SourceFiles } from './source-files.js';

const outside = mkdtempSync(join(tmpdir(), 'sagelint-files-'));
const root = join(outside, 'root');
let files: SourceFiles;
const BOM_TEXT = '\uFEFFa: 1\r\nb: 2\r\n';

beforeAll(() => {
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(outside, 'secret.yaml'), 'password: hunter2\n');
  writeFileSync(join(root, 'bom.yaml'), BOM_TEXT);
  writeFileSync(join(root, 'big.json'), Buffer.alloc(MAX_REPORTED_FILE_BYTES + 1, 0x20));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
  symlinkSync(join(root, 'bom.yaml'), join(root, 'sub', 'inside-link.yaml'));
  files = new SourceFiles(root);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('SourceFiles', () => {
  it('splits a file into lines without BOM or CR', () => {
    expect(files.lines('bom.yaml')).toEqual(['a: 1', 'b: 2', '']);
  });

  it('hashes lines as GitHub does, BOM included', () => {
    expect(files.lineHash('bom.yaml', 1)).toBe(computeLineHashes(BOM_TEXT)[0]);
    expect(files.lineHash('bom.yaml', 1)).not.toBe(computeLineHashes(BOM_TEXT.slice(1))[0]);
    expect(files.lineHash('bom.yaml', 2)).toBe(computeLineHashes(BOM_TEXT)[1]);
  });

  it('gives the size and SHA-256 of the bytes', () => {
    expect(files.facts('bom.yaml')).toEqual({ length: Buffer.byteLength(BOM_TEXT), sha256: createHash('sha256').update(BOM_TEXT).digest('hex') });
  });

  it('follows links that stay inside the root', () => {
    expect(files.lines('sub/inside-link.yaml')).toEqual(['a: 1', 'b: 2', '']);
  });

  it.each([
    ['a path that climbs out of the root', '../secret.yaml'],
    ['a symbolic link out of the root', 'link.yaml'],
    ['an absolute path', join(outside, 'secret.yaml')],
    ['a directory', 'sub'],
    ['a missing file', 'nope.yaml'],
    ['a file over the size limit', 'big.json'],
  ])('reads nothing for %s', (_name, file) => {
    expect(files.lines(file)).toBeUndefined();
    expect(files.lineHash(file, 1)).toBeUndefined();
    expect(files.facts(file)).toBeUndefined();
  });

  it('reads nothing when the root itself is missing', () => {
    expect(new SourceFiles(join(outside, 'gone')).lines('bom.yaml')).toBeUndefined();
  });
});
