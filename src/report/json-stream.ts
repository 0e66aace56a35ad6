/**
 * JSON reports written piece by piece. A report of 25,000 findings rendered
 * whole is a tree of objects, one string of tens of megabytes (two bytes per
 * character once a message holds a non-Latin-1 character) and a buffer to
 * write it: more memory than the scan itself. Here the long lists are rendered
 * one item at a time, and the text comes out exactly as
 * `JSON.stringify(value, null, 2)` would write it, but for the characters
 * `inertJson` writes as escapes.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inertJson } from './untrusted-text.js';

/** A list whose items are rendered only as they are written. */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly render: (item: T) => unknown,
    /** Set when `render` gives plain JSON data, with no lazy list inside: its items are then not searched for one. */
    readonly plain = false,
  ) {}
}

/** What a streamed JSON value may hold: plain JSON data, and lazy lists anywhere in it. */
export type StreamedJson = unknown;

const INDENT = '  ';

/** The text of `JSON.stringify(value, null, 2)`, in pieces, with lazy lists rendered as they come. */
export function* jsonChunks(value: StreamedJson, indent = ''): Generator<string> {
  if (value instanceof LazyList) {
    yield* listChunks(value.items, value.render, indent, value.plain ? plainChunk : jsonChunks);
  } else if (Array.isArray(value) && holdsLazyList(value)) {
    yield* listChunks(value, (item) => item, indent, jsonChunks);
  } else if (isPlainObject(value) && holdsLazyList(value)) {
    yield* objectChunks(value, indent);
  } else {
    yield* plainChunk(value, indent);
  }
}

/** Plain JSON data (no lazy list below), stringified whole. */
function* plainChunk(value: unknown, indent: string): Generator<string> {
  // Strings in JSON text hold no raw line break, so every line break is indentation.
  const json = JSON.stringify(value, null, 2) as string | undefined;
  const text = json === undefined ? undefined : inertJson(json);
  yield indent && text ? text.replaceAll('\n', `\n${indent}`) : (text ?? 'null');
}

function* listChunks<T>(items: readonly T[], render: (item: T) => unknown, indent: string, chunks: (value: unknown, indent: string) => Generator<string>): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = indent + INDENT;
  let separator = '[\n';
  for (const item of items) {
    yield separator + inner;
    // As JSON.stringify does, an item that has no JSON form is written as null.
    yield* chunks(jsonItem(render(item)), inner);
    separator = ',\n';
  }
  yield `\n${indent}]`;
}

function* objectChunks(object: Record<string, unknown>, indent: string): Generator<string> {
  const entries = Object.entries(object).filter(([, value]) => hasJsonForm(value));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const inner = indent + INDENT;
  let separator = '{\n';
  for (const [key, value] of entries) {
    yield `${separator}${inner}${inertJson(JSON.stringify(key))}: `;
    yield* jsonChunks(value, inner);
    separator = ',\n';
  }
  yield `\n${indent}}`;
}

function hasJsonForm(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function jsonItem(value: unknown): unknown {
  return hasJsonForm(value) ? value : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof LazyList) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether a lazy list sits anywhere below: only then is the value walked rather than stringified whole. */
function holdsLazyList(value: unknown): boolean {
  if (value instanceof LazyList) return true;
  if (Array.isArray(value)) return value.some(holdsLazyList);
  if (isPlainObject(value)) return Object.values(value).some(holdsLazyList);
  return false;
}

/** Pieces are gathered up to this many characters before each write. */
const WRITE_BLOCK = 1 << 16;

/** Text pieces joined into blocks of about 64 K characters: few writes, little memory. */
export function* inBlocks(chunks: Iterable<string>): Generator<string> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_BLOCK) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/** Writes text pieces to a file (replacing it) or to a stream that stays open (stdout), with backpressure. */
export async function writeChunks(chunks: Iterable<string>, to: { file: string } | { stream: NodeJS.WritableStream }): Promise<void> {
  const source = Readable.from(inBlocks(chunks), { objectMode: false });
  if ('file' in to) await pipeline(source, createWriteStream(to.file));
  else await pipeline(source, to.stream, { end: false });
}
