/**
 * Turns file bytes into text a parser can trust, or a clear reason why not.
 * Templates come from pull requests anyone can open: refuse what is too large,
 * binary or mis-encoded before any parser sees it.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Position } from '../model/location.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

/** Non-blocking, so that opening a named pipe returns at once (and is then refused) instead of waiting for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Reads a file, refusing it by size (or kind) before reading it whole. */
export async function readSourceText(absPath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<SourceText> {
  let handle;
  try {
    handle = await open(absPath, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    return refusal(await handle.stat(), maxBytes) ?? decodeSource(await handle.readFile());
  } catch (err) {
    return cannotRead(err);
  } finally {
    await handle.close();
  }
}

/** `readSourceText` without the event loop: cheaper when many small files are read one after another. */
export function readSourceTextSync(absPath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): SourceText {
  let fd: number;
  try {
    fd = openSync(absPath, OPEN_FLAGS);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    return refusal(fstatSync(fd), maxBytes) ?? decodeSource(readFileSync(fd));
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
}

/** Pipes and devices never end (or block); a file over the limit is not read at all. */
function refusal(stats: Stats, maxBytes: number): SourceText | undefined {
  if (stats.isDirectory()) return { ok: false, message: 'cannot read file: is a directory' };
  if (!stats.isFile()) return { ok: false, message: `cannot read file: not a regular file (${describeKind(stats)})` };
  return stats.size > maxBytes ? overLimit(stats.size, maxBytes) : undefined;
}

function overLimit(size: number, maxBytes: number): SourceText {
  return { ok: false, message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-file-size)` };
}

/** Text an editor holds, not yet saved: held to the limits and checks of a file read from disk. */
export function unsavedSourceText(text: string, maxBytes = DEFAULT_MAX_FILE_BYTES): SourceText {
  const size = Buffer.byteLength(text, 'utf8');
  return size > maxBytes ? overLimit(size, maxBytes) : decodeSource(Buffer.from(text, 'utf8'));
}

function describeKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function cannotRead(err: unknown): SourceText {
  return { ok: false, message: `cannot read file: ${describeFsError(err)}` };
}

/** Decodes UTF-8 (with or without BOM); anything else is reported, never guessed. */
export function decodeSource(bytes: Uint8Array): SourceText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: 'file is UTF-16 encoded; save it as UTF-8', line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, message: 'file contains NUL bytes (binary data?)', ...positionOfByte(bytes, nul) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: 'file is not valid UTF-8', ...positionOfByte(bytes, firstInvalidUtf8(bytes)) };
  }
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/** Maps offsets of one text to 1-based line/column positions. */
export class PositionMap {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  at(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1, offset };
  }
}
