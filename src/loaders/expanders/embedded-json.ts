/**
 * JSON documents held in template strings: Step Functions `DefinitionString`,
 * SageMaker `PipelineDefinitionBody`. They are parsed into Values whose every
 * node stands where its text stands in the template, so findings point inside
 * the embedded document.
 *
 * The resolved string is matched against the template's own text: the literal
 * pieces of the scalar (a YAML block `|`, a quoted string, the literals of
 * `Fn::Sub` and `Fn::Join`) map character by character; what the resolver put
 * in between (a substituted value) maps to where it was written. Only text
 * inside a YAML literal block reads as written, so only there may fixes edit;
 * every other node is marked `readOnly`.
 */
import { readOnlyAt, type Location, type Path } from '../../model/location.js';
import type { Choice, ListValue, MapValue, OmittedValue, Value } from '../../model/value.js';
import { parseStructuredText } from '../structured-text.js';
import { PositionMap } from '../source-text.js';

/** The template a property comes from: its file and, when known, its text. */
export interface TemplateSource {
  file: string;
  text?: string;
}

/**
 * A document, or why there is none. `invalid` marks text that is not JSON (an
 * error in the template) as opposed to a document sagelint cannot see (a note).
 */
export type EmbeddedDocument = { ok: true; value: Value } | { ok: false; problem: string; loc: Location; invalid?: true };

/**
 * Reads the JSON document a property holds. A map (the object form of a
 * definition) is taken as is; a string is parsed; strings chosen at deploy time
 * become one document whose differing values are choices.
 */
export function readEmbeddedJson(property: Value, source: TemplateSource): EmbeddedDocument {
  switch (property.t) {
    case 'map':
      return { ok: true, value: property };
    case 'scalar':
      if (typeof property.v !== 'string') return { ok: false, problem: `is ${String(property.v)}, not a JSON document`, loc: property.loc };
      return parseEmbedded(property.v, property.loc, source);
    case 'oneOf':
      return readChoices(property.options, property.loc, source);
    case 'unknown': {
      if (!property.fallback) return { ok: false, problem: `is known only at deploy time (${property.reason})`, loc: property.loc };
      const parsed = readEmbeddedJson(property.fallback.value, source);
      if (!parsed.ok) return parsed;
      return { ok: true, value: overridable(parsed.value, property.reason, property.fallback.via) };
    }
    case 'ref':
      return { ok: false, problem: `is ${property.text}, known only at deploy time`, loc: property.loc };
    case 'omitted':
      return { ok: false, problem: 'is omitted', loc: property.loc };
    case 'list':
      return { ok: false, problem: 'is a list, not a JSON document', loc: property.loc };
  }
}

function readChoices(options: readonly Choice[], loc: Location, source: TemplateSource): EmbeddedDocument {
  const parsed: Choice[] = [];
  for (const option of options) {
    const document = readEmbeddedJson(option.value, source);
    if (!document.ok) return { ...document, problem: `${document.problem} when ${option.via}` };
    parsed.push({ value: document.value, via: option.via });
  }
  return { ok: true, value: mergeChoices(parsed, loc) };
}

function parseEmbedded(json: string, loc: Location, source: TemplateSource): EmbeddedDocument {
  const map = TextMap.build(json, loc, source);
  const outcome = parseStructuredText(json, 'definition.json');
  if (!outcome.ok) {
    const { line = 1, column = 1, message } = outcome.error;
    const reason = message.replace(/^invalid JSON: /, '');
    const loc = map.locate(offsetOf(json, line, column), undefined, []);
    return { ok: false, problem: `is not valid JSON: ${reason} (line ${line}, column ${column} of the document)`, loc, invalid: true };
  }
  return { ok: true, value: relocate(outcome.doc.value, map) };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/** Gives every node of a parsed document its place in the template. */
function relocate(value: Value, map: TextMap): Value {
  const loc = map.locateNode(value.loc);
  switch (value.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      let readOnly = loc.kind === 'source' && loc.readOnly === true;
      for (const [key, child] of value.entries) {
        const moved = relocate(child, map);
        const keyLoc = map.locateNode(value.keyLocs.get(key)!);
        entries.set(key, moved);
        keyLocs.set(key, keyLoc);
        // Insertions into a map are placed after its entries: inexact entries make it read-only.
        readOnly ||= isReadOnly(moved.loc) || isReadOnly(keyLoc);
      }
      return { t: 'map', loc: readOnly ? readOnlyAt(loc) : loc, entries, keyLocs };
    }
    case 'list':
      return { t: 'list', loc, items: value.items.map((item) => relocate(item, map)) };
    default:
      return { ...value, loc } as Value;
  }
}

function isReadOnly(loc: Location): boolean {
  return loc.kind === 'source' && loc.readOnly === true;
}

/**
 * Documents chosen at deploy time, merged: equal parts stay plain, and each
 * part that differs becomes a choice between the documents' versions of it.
 */
export function mergeChoices(options: readonly Choice[], loc: Location): Value {
  const values = options.map((o) => o.value);
  const first = values[0]!;
  if (values.every((v) => v.t === 'map')) {
    const maps = values as MapValue[];
    const keys = [...new Set(maps.flatMap((m) => [...m.entries.keys()]))];
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    for (const key of keys) {
      const children = maps.map((m, i) => ({ via: options[i]!.via, value: m.entries.get(key) ?? absentFrom(m, key) }));
      entries.set(key, mergeChoices(children, children[0]!.value.loc));
      keyLocs.set(key, maps.find((m) => m.keyLocs.has(key))!.keyLocs.get(key)!);
    }
    return { t: 'map', loc: first.loc, entries, keyLocs };
  }
  if (first.t === 'list' && values.every((v) => v.t === 'list' && v.items.length === first.items.length)) {
    const lists = values as ListValue[];
    const items = first.items.map((item, i) => mergeChoices(options.map((o, j) => ({ via: o.via, value: lists[j]!.items[i]! })), item.loc));
    return { t: 'list', loc: first.loc, items };
  }
  if (values.every((v) => v.t === 'scalar' && first.t === 'scalar' && v.v === first.v)) return first;
  return { t: 'oneOf', loc, options };
}

function absentFrom(map: MapValue, key: string): OmittedValue {
  return { t: 'omitted', loc: map.loc, anchor: map, path: [...map.loc.path, key] };
}

/**
 * A document read with a deploy-time value at its default: every value in it
 * may be overridden, so each scalar becomes unknown with its text as fallback.
 */
function overridable(value: Value, reason: string, via: string): Value {
  switch (value.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      for (const [key, child] of value.entries) entries.set(key, overridable(child, reason, via));
      return { ...value, entries };
    }
    case 'list':
      return { ...value, items: value.items.map((item) => overridable(item, reason, via)) };
    case 'scalar':
      return { t: 'unknown', loc: value.loc, reason, fallback: { value, via } };
    default:
      return value;
  }
}

// ── Mapping offsets of the resolved string to the template ───────────────────

/** A run of the resolved string whose template text is known character by character. */
interface Piece {
  text: string;
  /** Template offsets where each character's source starts and ends. */
  starts: number[];
  ends: number[];
  /** The template text is the document text itself (a YAML literal block): fixes may edit it. */
  editable: boolean;
  /** An `Fn::Sub` placeholder: the resolver keeps it as written, or replaces it with a value. */
  placeholder?: boolean;
}

/** A part the resolver computed from something other than text (an `Fn::Join` item such as `!Ref`). */
interface Gap {
  gap: true;
  start: number;
}

type Segment = Piece | Gap;

/** How a character of the resolved string maps to the template; 0, where nothing was matched, is approximate. */
const EXACT = 1;
const EDITABLE = 2;

class TextMap {
  private constructor(
    private readonly file: string,
    private readonly positions: PositionMap | undefined,
    private readonly starts: number[],
    private readonly ends: number[],
    private readonly modes: Uint8Array,
    private readonly whole: Location,
  ) {}

  /** Aligns `json` (the resolved string) with the template text of the value at `loc`. */
  static build(json: string, loc: Location, source: TemplateSource): TextMap {
    const starts = new Array<number>(json.length).fill(0);
    const ends = new Array<number>(json.length).fill(0);
    const modes = new Uint8Array(json.length);
    if (loc.kind !== 'source' || source.text === undefined) return new TextMap(source.file, undefined, starts, ends, modes, loc);
    const text = source.text;
    const segments = segmentsOf(text, loc.start.offset, loc.end.offset);
    let cursor = 0;
    let fallback = loc.start.offset;
    const approximate = (from: number, to: number) => {
      for (let i = from; i < to; i++) starts[i] = ends[i] = fallback;
    };
    const exact = (at: number, piece: Piece) => {
      for (let k = 0; k < piece.text.length; k++) {
        starts[at + k] = piece.starts[k]!;
        ends[at + k] = piece.ends[k]!;
        modes[at + k] = piece.editable ? EDITABLE : EXACT;
      }
    };
    for (const segment of segments) {
      if (cursor >= json.length) break;
      if ('gap' in segment) {
        fallback = segment.start;
        continue;
      }
      if (segment.text === '') continue;
      // A placeholder maps only where the resolver left it as written; literal text is searched for.
      const found = segment.placeholder ? (json.startsWith(segment.text, cursor) ? cursor : -1) : json.indexOf(segment.text, cursor);
      if (found === -1) {
        if (segment.placeholder) fallback = segment.starts[0]!;
        continue;
      }
      approximate(cursor, found);
      exact(found, segment);
      cursor = found + segment.text.length;
      fallback = segment.ends[segment.text.length - 1]!;
    }
    approximate(cursor, json.length);
    return new TextMap(source.file, positionsOf(text), starts, ends, modes, loc);
  }

  /** The template location of a node whose location is relative to the resolved string. */
  locateNode(inner: Location): Location {
    if (inner.kind !== 'source') return inner;
    return this.locate(inner.start.offset, inner.end.offset, inner.path);
  }

  /** The template location of the string's characters `[from, to)` (`to` undefined: a point). */
  locate(from: number, to: number | undefined, innerPath: Path): Location {
    const path = [...this.whole.path, ...innerPath];
    if (this.whole.kind !== 'source' || !this.positions || this.starts.length === 0) return approximate(this.whole, path);
    const first = Math.min(from, this.starts.length - 1);
    const last = to === undefined || to <= from ? first : Math.min(to - 1, this.starts.length - 1);
    const mode = Math.min(this.modes[first]!, this.modes[last]!);
    const start = this.starts[first]!;
    const end = to === undefined || to <= from ? start : this.ends[last]!;
    const loc: Location = { kind: 'source', file: this.file, start: this.positions.at(start), end: this.positions.at(end), path };
    return mode === EDITABLE ? loc : readOnlyAt(loc);
  }
}

function approximate(whole: Location, path: Path): Location {
  return readOnlyAt(whole, path);
}

let cachedPositions: { text: string; map: PositionMap } | undefined;

function positionsOf(text: string): PositionMap {
  if (cachedPositions?.text !== text) cachedPositions = { text, map: new PositionMap(text) };
  return cachedPositions.map;
}

/**
 * The literal pieces and computed gaps of the template text `[start, end)`,
 * which holds a string, an `Fn::Sub` or an `Fn::Join` (short or long form).
 */
function segmentsOf(text: string, start: number, end: number): Segment[] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Keep the fragment's first line at its column, so its indentation still parses.
  const pad = ' '.repeat(start - lineStart);
  const parsed = parseStructuredText(pad + text.slice(start, end), 'fragment.yaml');
  if (!parsed.ok) return [];
  const toTemplate = (offset: number) => start + offset - pad.length;
  return segmentsOfNode(parsed.doc.value, text, toTemplate, false);
}

function segmentsOfNode(node: Value, text: string, toTemplate: (offset: number) => number, substitute: boolean): Segment[] {
  const at = node.loc.kind === 'source' ? toTemplate(node.loc.start.offset) : 0;
  if (node.t === 'scalar') {
    if (node.loc.kind !== 'source') return [{ gap: true, start: at }];
    const piece = decodeScalar(text, at, toTemplate(node.loc.end.offset));
    if (!piece) return [{ gap: true, start: at }];
    return substitute ? splitPlaceholders(piece) : [piece];
  }
  if (node.t === 'map' && node.entries.size === 1) {
    const sub = node.entries.get('Fn::Sub');
    if (sub) return segmentsOfNode(sub.t === 'list' ? sub.items[0] ?? sub : sub, text, toTemplate, true);
    const join = node.entries.get('Fn::Join');
    if (join?.t === 'list' && join.items[1]?.t === 'list') {
      return join.items[1].items.flatMap((item) => (item.t === 'scalar' || item.t === 'map' ? segmentsOfNode(item, text, toTemplate, false) : [{ gap: true as const, start: toTemplate(item.loc.kind === 'source' ? item.loc.start.offset : 0) }]));
    }
  }
  return [{ gap: true, start: at }];
}

/** Splits an `Fn::Sub` template at its `${…}` placeholders, which the resolver replaces. */
function splitPlaceholders(piece: Piece): Segment[] {
  const out: Segment[] = [];
  const pattern = /\$\{[^}]*\}/g;
  let last = 0;
  const slice = (from: number, to: number): Piece => ({
    text: piece.text.slice(from, to),
    starts: piece.starts.slice(from, to),
    ends: piece.ends.slice(from, to),
    editable: piece.editable,
  });
  for (let match = pattern.exec(piece.text); match; match = pattern.exec(piece.text)) {
    if (match.index > last) out.push(slice(last, match.index));
    out.push({ ...slice(match.index, match.index + match[0].length), placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < piece.text.length) out.push(slice(last, piece.text.length));
  return out;
}

/**
 * The characters of a YAML or JSON scalar with the template offset of each:
 * literal blocks, double- and single-quoted strings and plain one-line text.
 * Folded and multi-line quoted scalars are not decoded (undefined).
 */
function decodeScalar(text: string, start: number, end: number): Piece | undefined {
  const first = text[start];
  if (first === '|') return decodeLiteralBlock(text, start, end);
  if (first === '>') return undefined;
  const raw = text.slice(start, end);
  if (raw.includes('\n')) return undefined;
  if (first === '"') return decodeDoubleQuoted(text, start, end);
  if (first === "'") return decodeSingleQuoted(text, start, end);
  const piece: Piece = { text: '', starts: [], ends: [], editable: false };
  for (let i = start; i < end; i++) push(piece, text[i]!, i, i + 1);
  return trimTrailingWhitespace(piece);
}

function push(piece: Piece, chars: string, from: number, to: number): void {
  for (const c of chars) {
    piece.text += c;
    piece.starts.push(from);
    piece.ends.push(to);
  }
}

function decodeLiteralBlock(text: string, start: number, end: number): Piece | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return undefined;
  const indicator = /^\|([1-9])?[-+]?([1-9])?/.exec(text.slice(start, headerEnd));
  const explicit = Number(indicator?.[1] ?? indicator?.[2] ?? 0);
  const piece: Piece = { text: '', starts: [], ends: [], editable: true };
  let indent: number | undefined;
  let parentIndent = 0;
  if (explicit) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    parentIndent = /^ */.exec(text.slice(lineStart))![0].length;
  }
  for (let lineStart = headerEnd + 1; lineStart < end; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      indent ??= explicit ? parentIndent + explicit : /^ */.exec(line)![0].length;
      for (let i = lineStart + indent; i < lineEnd; i++) push(piece, text[i]!, i, i + 1);
    }
    if (lineEnd < end) push(piece, '\n', lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return trimTrailingWhitespace(piece);
}

/** Trailing newlines depend on chomping; a JSON document does not care, so they are not matched. */
function trimTrailingWhitespace(piece: Piece): Piece {
  let n = piece.text.length;
  while (n > 0 && /\s/.test(piece.text[n - 1]!)) n--;
  return { text: piece.text.slice(0, n), starts: piece.starts.slice(0, n), ends: piece.ends.slice(0, n), editable: piece.editable };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  '0': '\0',
  a: '\x07',
  v: '\v',
  e: '\x1b',
  ' ': ' ',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

function decodeDoubleQuoted(text: string, start: number, end: number): Piece | undefined {
  const piece: Piece = { text: '', starts: [], ends: [], editable: false };
  const close = end - 1;
  if (text[close] !== '"') return undefined;
  for (let i = start + 1; i < close; ) {
    const c = text[i]!;
    if (c !== '\\') {
      push(piece, c, i, i + 1);
      i++;
      continue;
    }
    const kind = text[i + 1]!;
    const simple = SIMPLE_ESCAPES[kind];
    if (simple !== undefined) {
      push(piece, simple, i, i + 2);
      i += 2;
      continue;
    }
    const digits = HEX_ESCAPES[kind];
    if (digits === undefined) return undefined;
    const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
    if (!Number.isFinite(code)) return undefined;
    push(piece, String.fromCodePoint(code), i, i + 2 + digits);
    i += 2 + digits;
  }
  return piece;
}

function decodeSingleQuoted(text: string, start: number, end: number): Piece | undefined {
  const piece: Piece = { text: '', starts: [], ends: [], editable: false };
  const close = end - 1;
  if (text[close] !== "'") return undefined;
  for (let i = start + 1; i < close; i++) {
    if (text[i] === "'" && text[i + 1] === "'") {
      push(piece, "'", i, i + 2);
      i++;
    } else {
      push(piece, text[i]!, i, i + 1);
    }
  }
  return piece;
}
