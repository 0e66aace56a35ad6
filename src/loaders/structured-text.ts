/**
 * Parses YAML or JSON text into a Value tree in which every node carries its
 * exact source range. CloudFormation short-form tags (`!Ref`, `!Sub`, …) become
 * their long form (`{ Ref: … }`, `{ 'Fn::Sub': … }`) so that inner ranges survive.
 *
 * Hostile input is bounded: aliases may not expand past a node budget, nesting
 * may not pass a depth limit, duplicate keys are errors.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { LoadError } from '../engine/finding.js';
import type { Location, Path } from '../model/location.js';
import type { Value } from '../model/value.js';
import { longFormOf, readStructuredTextFast } from './fast-structured-text.js';
import { PositionMap } from './source-text.js';

export const MAX_NESTING_DEPTH = 500;
export const MAX_EXPANDED_NODES = 1_000_000;

export interface StructuredDocument {
  value: Value;
  positions: PositionMap;
  text: string;
}

export type ParseOutcome = { ok: true; doc: StructuredDocument } | { ok: false; error: LoadError };

export interface ParseOptions {
  /**
   * Try the fast reader first (default true); it builds the same tree, and
   * leaves anything it does not cover to the `yaml` package. Off only to
   * compare the two.
   */
  fastPath?: boolean;
}

export function parseStructuredText(text: string, file: string, options: ParseOptions = {}): ParseOutcome {
  const positions = new PositionMap(text);
  const fail = (message: string, offset?: number): ParseOutcome => {
    const pos = offset === undefined ? undefined : positions.at(offset);
    return { ok: false, error: { file, line: pos?.line, column: pos?.column, message } };
  };
  if (file.toLowerCase().endsWith('.json')) {
    const jsonError = strictJsonError(text);
    if (jsonError) return fail(jsonError.message, jsonError.offset);
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) return fail(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, tooDeep);
  const fast = options.fastPath === false ? undefined : readStructuredTextFast(text, file, positions);
  if (fast) return { ok: true, doc: { value: fast, positions, text } };
  let parsed: { doc: Document.Parsed; text: string; shift: OffsetShift };
  try {
    parsed = parseLeniently(text);
  } catch (err) {
    if (err instanceof RangeError) return fail(`nesting is too deep to parse`);
    throw err;
  }
  const { doc } = parsed;
  const firstError = doc.errors[0];
  if (firstError) return fail(cleanYamlMessage(firstError.message), firstError.pos[0]);
  const converter = new Converter(parsed.text, file, positions, parsed.shift);
  try {
    const value = converter.convert(doc.contents, [], 0);
    return { ok: true, doc: { value, positions, text } };
  } catch (err) {
    if (err instanceof StructureLimitError) return fail(err.message, err.offset);
    if (err instanceof RangeError) return fail('nesting is too deep to parse');
    throw err;
  }
}

function parseYaml(text: string): Document.Parsed {
  return parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
}

/**
 * CloudFormation (like PyYAML) accepts a multi-line quoted scalar whose closing
 * lines are no more indented than its key; the YAML spec and the `yaml` package
 * do not. When that is why parsing failed, indent those lines and parse again,
 * mapping offsets back to the original text.
 */
function parseLeniently(text: string): { doc: Document.Parsed; text: string; shift: OffsetShift } {
  const doc = parseYaml(text);
  const none = { doc, text, shift: new OffsetShift([]) };
  if (!doc.errors.some((e) => e.code === 'MISSING_CHAR')) return none;
  const repaired = indentQuotedContinuations(text);
  if (!repaired) return none;
  const second = parseYaml(repaired.text);
  return second.errors.length ? none : { doc: second, text: repaired.text, shift: new OffsetShift(repaired.insertedAt) };
}

/** Maps offsets of a text with inserted characters back to the original text. */
class OffsetShift {
  /** Offsets, in the repaired text, of each inserted character, ascending. */
  constructor(private readonly insertedAt: readonly number[]) {}

  toOriginal(offset: number): number {
    let low = 0;
    let high = this.insertedAt.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.insertedAt[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  }
}

function indentQuotedContinuations(text: string): { text: string; insertedAt: number[] } | undefined {
  const lines = text.split('\n');
  const insertedAt: number[] = [];
  let quote: string | undefined;
  let openIndent = 0;
  let offset = 0;
  const out: string[] = [];
  for (let line of lines) {
    const indent = line.length - line.trimStart().length;
    if (quote && line.trim() && indent <= openIndent) {
      const pad = openIndent + 1 - indent;
      for (let k = 0; k < pad; k++) insertedAt.push(offset + k);
      line = ' '.repeat(pad) + line;
    }
    const wasOpen = quote !== undefined;
    quote = scanQuotes(line, quote);
    if (!wasOpen && quote) openIndent = indent;
    out.push(line);
    offset += line.length + 1;
  }
  return insertedAt.length ? { text: out.join('\n'), insertedAt } : undefined;
}

/** The quote still open at the end of a line (YAML flow scalar rules), given the one open at its start. */
function scanQuotes(line: string, open: string | undefined): string | undefined {
  let quote = open;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      return undefined;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(line[i - 1]!)))) {
      quote = c;
    }
  }
  return quote;
}

/** YAML accepts more than JSON (`{"a": }`, single quotes): a .json file must be strict JSON. */
function strictJsonError(text: string): { message: string; offset?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : firstJsonSyntaxError(text);
    return { message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '')}`, offset };
  }
}

/**
 * Where JSON text first goes wrong. Node 20's JSON.parse often names the token but
 * not its position; this scan (iterative, so any depth is fine) finds it.
 */
export function firstJsonSyntaxError(text: string): number | undefined {
  // eslint-disable-next-line no-control-regex -- JSON forbids raw control characters inside strings
  const literal = /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;
  const stack: string[] = [];
  let i = 0;
  // What may come next: a value, a key (or the end of an object), a separator, or nothing.
  let expect: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'separator' | 'done' = 'value';
  const skip = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  for (skip(); i < text.length; skip()) {
    const c = text[i]!;
    if (expect === 'done') return i;
    if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (expect === 'separator') {
      const open = stack.at(-1);
      if (c === ',' && open) {
        i++;
        expect = open === '{' ? 'key' : 'value';
      } else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        stack.pop();
        i++;
        expect = stack.length ? 'separator' : 'done';
      } else return i;
    } else if (c === '}' && expect === 'keyOrEnd') {
      stack.pop();
      i++;
      expect = stack.length ? 'separator' : 'done';
    } else if (c === ']' && expect === 'valueOrEnd') {
      stack.pop();
      i++;
      expect = stack.length ? 'separator' : 'done';
    } else if (expect === 'key' || expect === 'keyOrEnd') {
      const key = c === '"' ? literal.exec(text.slice(i, i + 100_000)) : null;
      if (!key) return i;
      i += key[0].length;
      expect = 'colon';
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else {
      const value = literal.exec(text.slice(i, i + 100_000));
      if (!value) return i;
      i += value[0].length;
      expect = stack.length ? 'separator' : 'done';
    }
  }
  return expect === 'done' ? undefined : text.length;
}

/**
 * A cheap pass before the real parser: its cost grows badly with nesting, so
 * bracket depth and indentation are bounded first. Returns the offending offset.
 */
export function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  /** The open quote's character code, or 0. */
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      if (c === SPACE || c === DASH || c === TAB) {
        indent++;
        if (indent > MAX_NESTING_DEPTH * 4) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === NEWLINE) {
      lineStart = true;
      indent = 0;
      if (quote === SINGLE_QUOTE) quote = 0;
      continue;
    }
    if (quote) {
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === DOUBLE_QUOTE || (c === SINGLE_QUOTE && (i === 0 || opensQuote(text, i - 1)))) quote = c;
    else if (c === HASH && (i === 0 || isSpace(text, i - 1))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol - 1;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return undefined;
}

const SPACE = 0x20;
const DASH = 0x2d;
const TAB = 0x09;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const HASH = 0x23;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** `/\s/` on one character, without a regular expression for the common ones. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === SPACE || (code >= TAB && code <= CARRIAGE_RETURN)) return true;
  return code > 127 && /\s/.test(text[at]!);
}

/** Whether a `'` after this character opens a quoted scalar: after whitespace or a flow indicator. */
function opensQuote(text: string, before: number): boolean {
  const code = text.charCodeAt(before);
  return code === OPEN_BRACKET || code === OPEN_BRACE || code === COMMA || code === COLON || isSpace(text, before);
}

function cleanYamlMessage(message: string): string {
  // yaml appends " at line L, column C" and a code frame; we report the position separately.
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, '').trim();
}

class StructureLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Converter {
  private expanded = 0;
  private readonly aliasTargets = new Map<Node, { value: Value; size: number }>();
  /** Anchors seen so far, in document order (`Alias.resolve` rescans the document on every call). */
  private readonly anchors = new Map<string, Node>();

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly positions: PositionMap,
    private readonly shift: OffsetShift,
  ) {}

  convert(node: unknown, path: Path, depth: number): Value {
    return this.convertSized(node, path, depth).value;
  }

  private convertSized(node: unknown, path: Path, depth: number): { value: Value; size: number } {
    if (depth > MAX_NESTING_DEPTH) {
      throw new StructureLimitError(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, rangeOf(node)?.[0] ?? 0);
    }
    if (isAlias(node)) return this.convertAlias(node, path, depth);
    const converted = this.convertNode(node, path, depth);
    this.expanded += 1;
    return converted;
  }

  private convertAlias(alias: Alias, path: Path, depth: number): { value: Value; size: number } {
    const target = this.anchors.get(alias.source);
    if (!target) throw new StructureLimitError(`unknown alias *${alias.source}`, alias.range?.[0] ?? 0);
    let memo = this.aliasTargets.get(target);
    if (!memo) {
      memo = this.convertNode(target, path, depth);
      this.aliasTargets.set(target, memo);
    }
    this.expanded += memo.size;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new StructureLimitError(`aliases expand to more than ${MAX_EXPANDED_NODES} nodes`, alias.range?.[0] ?? 0);
    }
    return memo;
  }

  private convertNode(node: unknown, path: Path, depth: number): { value: Value; size: number } {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) this.anchors.set(anchor, node as Node);
    const range = rangeOf(node) ?? [0, 0];
    const [valueStart = 0, valueEnd = 0] = range;
    const tag = (node as { tag?: string } | null)?.tag;
    const start = tag && tag.startsWith('!') ? this.tagStart(valueStart, tag) : valueStart;
    const loc = this.location(start, valueEnd, path);
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const key = longFormOf(tag);
      const inner = this.convertUntagged(node, [...path, key], depth + 1, range);
      return {
        value: { t: 'map', loc, entries: new Map([[key, inner.value]]), keyLocs: new Map([[key, loc]]) },
        size: inner.size + 1,
      };
    }
    return this.convertUntagged(node, path, depth, range);
  }

  private convertUntagged(node: unknown, path: Path, depth: number, range: readonly number[]): { value: Value; size: number } {
    const loc = this.location(range[0]!, range[1]!, path);
    if (isMap(node)) {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      let size = 1;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyRange = rangeOf(keyNode) ?? range;
        const child = pair.value == null ? { value: this.nullAt(keyRange[1]!, [...path, key]), size: 1 } : this.convertSized(pair.value, [...path, key], depth + 1);
        entries.set(key, child.value);
        keyLocs.set(key, this.location(keyRange[0]!, keyRange[1]!, [...path, key]));
        size += child.size;
      }
      return { value: { t: 'map', loc, entries, keyLocs }, size };
    }
    if (isSeq(node)) {
      const items: Value[] = [];
      let size = 1;
      node.items.forEach((item, i) => {
        const child = this.convertSized(item, [...path, i], depth + 1);
        items.push(child.value);
        size += child.size;
      });
      return { value: { t: 'list', loc, items }, size };
    }
    if (isScalar(node)) {
      const v = node.value;
      const scalarValue = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
      return { value: { t: 'scalar', loc, v: scalarValue }, size: 1 };
    }
    return { value: { t: 'scalar', loc, v: null }, size: 1 };
  }

  private nullAt(offset: number, path: Path): Value {
    return { t: 'scalar', v: null, loc: this.location(offset, offset, path) };
  }

  /** Tagged nodes' ranges start after the tag; a fix must replace the tag too. */
  private tagStart(valueStart: number, tag: string): number {
    let i = valueStart - 1;
    while (i >= 0 && /\s/.test(this.text[i]!)) i--;
    const candidate = i - tag.length + 1;
    return candidate >= 0 && this.text.slice(candidate, i + 1) === tag ? candidate : valueStart;
  }

  private location(start: number, end: number, path: Path): Location {
    // Block collections' ranges run past their last line; a location ends at its last character.
    while (end > start && /\s/.test(this.text[end - 1]!)) end--;
    const at = (offset: number) => this.positions.at(this.shift.toOriginal(offset));
    return { kind: 'source', file: this.file, start: at(start), end: at(end), path };
  }
}

function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as { range?: readonly number[] } | null)?.range ?? undefined;
}
