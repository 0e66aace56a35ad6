/**
 * Parses YAML or JSON text into a Value tree in which every node carries its
 * exact source range. CloudFormation short-form tags (`!Ref`, `!Sub`, …) become
 * their long form (`{ Ref: … }`, `{ 'Fn::Sub': … }`) so that inner ranges survive.
 *
 * Hostile input is bounded: aliases may not expand past a node budget, nesting
 * may not pass a depth limit, duplicate keys are errors.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { LoadError } from '../core/finding.js';
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
  /** Set when the text departs from the YAML spec in a way CloudFormation accepts, and was read as CloudFormation reads it. */
  leniency?: Leniency;
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
  let parsed: ReturnType<typeof parseLeniently>;
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
    return { ok: true, doc: { value, positions, text, ...(parsed.leniency && { leniency: parsed.leniency }) } };
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
 * CloudFormation (like PyYAML, which ignores indentation inside flow context)
 * accepts text the YAML spec and the `yaml` package do not: a multi-line quoted
 * scalar or a flow collection (`{ … }`, `[ … ]`) whose continuation lines,
 * closing brace included, are no more indented than its key. When parsing
 * fails, indent those lines and parse again, mapping offsets back to the
 * original text; the reading is then reported with `leniency`.
 */
function parseLeniently(text: string): { doc: Document.Parsed; text: string; shift: OffsetShift; leniency?: Leniency } {
  const doc = parseYaml(text);
  const none = { doc, text, shift: new OffsetShift([]) };
  if (!doc.errors.some((e) => e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT')) return none;
  const repaired = indentOpenContinuations(text);
  if (!repaired) return none;
  const second = parseYaml(repaired.text);
  if (second.errors.length) return none;
  const shift = new OffsetShift(repaired.insertedAt);
  return { doc: second, text: repaired.text, shift, leniency: { offset: shift.toOriginal(repaired.insertedAt[0]!), what: repaired.what } };
}

/** Where and how a document departs from the YAML spec in a way CloudFormation accepts. */
export interface Leniency {
  /** Offset, in the original text, of the first line read leniently. */
  offset: number;
  what: string;
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

/** A block scalar header (`key: |`, `- >-`, `|2+`) at the end of a line. */
const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;

/**
 * Indents each line that continues a quoted scalar or flow collection opened on
 * an earlier line but is no more indented than the content of that line.
 */
function indentOpenContinuations(text: string): { text: string; insertedAt: number[]; what: string } | undefined {
  const lines = text.split('\n');
  const insertedAt: number[] = [];
  let state: ContinuationState = { depth: 0 };
  let openIndent = 0;
  /** Inside a block scalar (`|`, `>`): lines more indented than this are its text, not YAML. */
  let blockScalarIndent: number | undefined;
  let what: string | undefined;
  let offset = 0;
  const out: string[] = [];
  for (let line of lines) {
    const indent = line.length - line.trimStart().length;
    const blank = !line.trim();
    if (blockScalarIndent !== undefined && (blank || indent > blockScalarIndent)) {
      out.push(line);
      offset += line.length + 1;
      continue;
    }
    blockScalarIndent = undefined;
    const open = state.quote !== undefined || state.depth > 0;
    if (open && !blank && indent <= openIndent) {
      const pad = openIndent + 1 - indent;
      for (let k = 0; k < pad; k++) insertedAt.push(offset + k);
      what ??= state.quote ? 'a multi-line quoted scalar' : 'a flow collection';
      line = ' '.repeat(pad) + line;
    }
    state = scanContinuation(line, state);
    if (!open && (state.quote !== undefined || state.depth > 0)) openIndent = contentIndent(line);
    if (!open && state.quote === undefined && state.depth === 0 && BLOCK_SCALAR_HEADER.test(line)) blockScalarIndent = indent;
    out.push(line);
    offset += line.length + 1;
  }
  return insertedAt.length ? { text: out.join('\n'), insertedAt, what: `${what!} continues on lines no more indented than its key` } : undefined;
}

/** The column where a line's content starts, after its indentation and any `- ` sequence markers. */
function contentIndent(line: string): number {
  return /^[ \t]*(?:-[ \t]+)*/.exec(line)![0].length;
}

interface ContinuationState {
  /** The quote still open, if any. */
  quote?: string;
  /** How many flow collections are open. */
  depth: number;
}

/** The quote and flow depth still open at the end of a line (YAML flow scalar rules), given those open at its start. */
function scanContinuation(line: string, start: ContinuationState): ContinuationState {
  let { quote, depth } = start;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = undefined;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      break;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(line[i - 1]!)))) {
      quote = c;
    } else if ((c === '{' || c === '[') && (depth > 0 || startsBlockValue(line.slice(0, i)))) {
      depth++;
    } else if ((c === '}' || c === ']') && depth > 0) {
      depth--;
    }
  }
  return { quote, depth };
}

/** Whether a flow collection after this text starts a value (after a key, a `-`, a tag or an anchor), not the middle of a plain scalar. */
function startsBlockValue(before: string): boolean {
  const text = before.trimEnd();
  return text === '' || /(?:^|\s)(?::|-|![^\s]*|&[^\s]+)$/.test(text) || text.endsWith(':');
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
