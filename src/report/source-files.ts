/**
 * Read-only access to the scanned files for reporters (code frames, line hashes).
 * A file that cannot be read, lies outside the scan root or is too large simply
 * has no text: reports degrade (no frame, no hash) and never fail.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { computeLineHashes } from './line-hash.js';

/** Larger files get no code frame or line hash. */
export const MAX_REPORTED_FILE_BYTES = 5 * 1024 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';

export class SourceFiles {
  private readonly texts = new Map<string, string | undefined>();
  private readonly hashes = new Map<string, string[] | undefined>();
  private readonly root: string | undefined;

  constructor(root: string) {
    this.root = realPath(root);
  }

  /** The file's lines without line terminators (BOM removed), or undefined when unreadable. */
  lines(file: string): string[] | undefined {
    const text = this.rawText(file);
    if (text === undefined) return undefined;
    return (text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text).split('\n').map((line) => line.replace(/\r$/, ''));
  }

  /** GitHub's `primaryLocationLineHash` for a 1-based line, when the file is readable. */
  lineHash(file: string, line: number): string | undefined {
    if (!this.hashes.has(file)) {
      const text = this.rawText(file);
      this.hashes.set(file, text === undefined ? undefined : computeLineHashes(text));
    }
    return this.hashes.get(file)?.[line - 1];
  }

  /** The text exactly as GitHub reads it (a BOM, if any, is kept: it takes part in the hash). */
  private rawText(file: string): string | undefined {
    if (!this.texts.has(file)) this.texts.set(file, this.read(file));
    return this.texts.get(file);
  }

  private read(file: string): string | undefined {
    if (this.root === undefined || isAbsolute(file)) return undefined;
    const path = realPath(resolve(this.root, file));
    if (path === undefined || !isInside(this.root, path)) return undefined;
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > MAX_REPORTED_FILE_BYTES) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
