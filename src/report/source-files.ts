/**
 * Read-only access to the scanned files for reporters (code frames, line hashes).
 * A file that cannot be read, lies outside the scan root or is too large simply
 * has no text: reports degrade (no frame, no hash) and never fail.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { computeLineHashes } from './line-hash.js';

/** Larger files get no code frame or line hash. */
export const MAX_REPORTED_FILE_BYTES = 5 * 1024 * 1024;

const BYTE_ORDER_MARK = '\uFEFF';

/** What a report can say about a file without embedding it. */
export interface FileFacts {
  /** Size in bytes. */
  length: number;
  sha256: string;
}

export class SourceFiles {
  private readonly contents = new Map<string, Buffer | undefined>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly splitLines = new Map<string, string[] | undefined>();
  private readonly hashes = new Map<string, string[] | undefined>();
  private readonly root: string | undefined;

  constructor(root: string) {
    this.root = realPath(root);
  }

  /** The file's lines without line terminators (BOM removed), or undefined when unreadable. */
  lines(file: string): string[] | undefined {
    return remember(this.splitLines, file, () => {
      const text = this.rawText(file);
      const withoutBom = text?.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
      return withoutBom?.split('\n').map((line) => line.replace(/\r$/, ''));
    });
  }

  /** GitHub's `primaryLocationLineHash` for a 1-based line, when the file is readable. */
  lineHash(file: string, line: number): string | undefined {
    const hashes = remember(this.hashes, file, () => {
      const text = this.rawText(file);
      return text === undefined ? undefined : computeLineHashes(text);
    });
    return hashes?.[line - 1];
  }

  facts(file: string): FileFacts | undefined {
    const bytes = this.bytes(file);
    return bytes && { length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /** The text exactly as GitHub reads it (a BOM, if any, is kept: it takes part in the hash). */
  private rawText(file: string): string | undefined {
    return remember(this.texts, file, () => this.bytes(file)?.toString('utf8'));
  }

  private bytes(file: string): Buffer | undefined {
    return remember(this.contents, file, () => this.read(file));
  }

  private read(file: string): Buffer | undefined {
    if (this.root === undefined || isAbsolute(file)) return undefined;
    const path = realPath(resolve(this.root, file));
    if (path === undefined || !isInside(this.root, path)) return undefined;
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > MAX_REPORTED_FILE_BYTES) return undefined;
      return readFileSync(path);
    } catch {
      return undefined;
    }
  }
}

/**
 * Files whose contents (and what is derived from them) stay cached. Reports
 * visit findings file by file, so a few suffice, and a report over 10,000
 * files does not hold them all.
 */
const CACHED_FILES = 16;

/** `cache`'s entry for `key`, computed once while cached (an undefined result is remembered too). */
function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  if (cache.size > CACHED_FILES) cache.delete(cache.keys().next().value as string);
  return value;
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
