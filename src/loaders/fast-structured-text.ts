/**
 * The fast path of `parseStructuredText`: one pass over the YAML that templates
 * are written in — block and flow collections, plain, quoted and block
 * scalars, short-form tags, comments — and over JSON, building the very Value
 * tree, positions included, that the general path builds from the `yaml`
 * package's document. It is several times faster because it builds nothing else.
 *
 * Whatever falls outside that subset gives up, and the general path decides:
 * anchors and aliases, multi-line plain or quoted scalars, explicit keys,
 * directives and document markers, tabs, non-string keys, duplicate keys, and
 * every error. Where a range depends on how the `yaml` parser attaches comments
 * (a collection's end may include comment lines after its last entry), the
 * rules below follow its parser; the differential tests hold the two paths equal.
 */
import { isScalar, parseDocument } from 'yaml';
import type { Location, Path } from '../model/location.js';
import type { Value } from '../model/value.js';
import type { PositionMap } from './source-text.js';

/** Thrown (never escapes) to abandon the fast path. */
const GIVE_UP = Symbol('give up');

function giveUp(): never {
  throw GIVE_UP;
}

/** Characters the fast path never reads: tabs, lone CRs, control and Unicode line-break characters, BOMs. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;

/** Tags whose long form is not `Fn::<Name>`. */
const TAG_KEYS: Record<string, string> = { '!Ref': 'Ref', '!Condition': 'Condition' };

/** YAML 1.2 core schema resolution of plain scalars, taken from the `yaml` package so both paths agree. */
const CORE = (() => {
  const doc = parseDocument('', { uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
  const tags = doc.schema.tags
    .filter((tag) => tag.default === true && tag.test !== undefined && !tag.collection)
    .map((tag) => ({ test: tag.test!, resolve: tag.resolve as (source: string, onError: (message: string) => void, options: unknown) => unknown }));
  return { tags, options: doc.options };
})();

/** Double-quoted escapes with a fixed meaning (`\x`, `\u`, `\U` are read apart). */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** Characters that cannot start a plain scalar. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
const FLOW_INDICATORS = new Set([...',[]{}']);

/** The fast path's nesting limit; deeper documents go to the general path, which reports them. */
const MAX_DEPTH = 400;
const MAX_INDENT = 1600;

/**
 * Reads `text` as the general path would, or returns undefined when the text
 * is outside the fast path's subset (or is not valid).
 */
export function readStructuredTextFast(text: string, file: string, positions: PositionMap): Value | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  try {
    return new FastReader(text, file, positions).document();
  } catch (err) {
    // A stack overflow too: the general path has the limits and the error messages.
    if (err === GIVE_UP || err instanceof RangeError) return undefined;
    throw err;
  }
}

/** A content line: where it starts and how far it is indented. */
interface Line {
  start: number;
  indent: number;
  /** Offset of its first non-space character. */
  content: number;
}

interface CommentLine {
  indent: number;
  end: number;
}

/** What follows a node: comment lines not attached to it, and the next content line (none at the end). */
interface Gap {
  comments: CommentLine[];
  next: Line | undefined;
}

/**
 * A parsed node. `end` is where it ends (the `yaml` range's second offset);
 * `trail` is where a collection that ends with it ends (the third offset:
 * comments on its line and comment lines attached after it).
 */
interface Parsed {
  value: Value;
  end: number;
  trail: number;
  gap: Gap;
}

/** A value parsed on its own line(s), before the comments after it are attributed. */
interface Inline {
  value: Value;
  end: number;
  /** End of the comment on the same line, if any. */
  trail: number;
  /** Start of the next line. */
  next: number;
  /** Whether comment lines below it can attach to it (scalars and flow collections; not block scalars). */
  absorbs: boolean;
}

class FastReader {
  private readonly length: number;
  private newlineCache = { from: 1, at: 0 };
  private lineStartCache = { from: 1, to: 0, start: 0 };

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly positions: PositionMap,
  ) {
    this.length = text.length;
  }

  document(): Value | undefined {
    const gap = this.gapFrom(0);
    const first = gap.next;
    if (!first) return undefined;
    const c = this.text[first.content];
    let root: Parsed;
    if (c === '[' || c === '{') {
      const flow = this.flow(first.content, [], 0, -1);
      const rest = this.restOfLine(flow.end);
      if (this.gapFrom(rest.next).next) giveUp();
      return flow.value;
    }
    if (c === '!') root = this.valueAt(first.content, first.content, -1, 'map', [], 0);
    else if (this.isSeqItem(first.content)) root = this.blockSeq(first.indent, first.content, [], 0);
    else root = this.blockMap(first.indent, first.content, [], 0);
    if (root.gap.next) giveUp();
    return root.value;
  }

  // ── Block collections ──

  private blockMap(indent: number, firstKey: number, path: Path, depth: number): Parsed {
    if (depth > MAX_DEPTH) giveUp();
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    let at = firstKey;
    for (;;) {
      const key = this.key(at);
      if (entries.has(key.text)) giveUp();
      const childPath = [...path, key.text];
      const item = this.value(key.after, indent, 'map', childPath, depth + 1);
      entries.set(key.text, item.value);
      keyLocs.set(key.text, this.loc(key.start, key.end, childPath));
      const next = item.gap.next;
      if (next && next.indent === indent && !this.isSeqItem(next.content)) {
        at = next.content;
        continue;
      }
      if (next && next.indent > indent) giveUp();
      return this.closeBlock({ t: 'map', loc: this.loc(firstKey, item.trail, path), entries, keyLocs }, indent, item);
    }
  }

  private blockSeq(indent: number, firstDash: number, path: Path, depth: number): Parsed {
    if (depth > MAX_DEPTH) giveUp();
    const items: Value[] = [];
    let at = firstDash;
    for (;;) {
      const item = this.value(at + 1, indent, 'seq', [...path, items.length], depth + 1);
      items.push(item.value);
      const next = item.gap.next;
      if (next && next.indent === indent && this.isSeqItem(next.content)) {
        at = next.content;
        continue;
      }
      if (next && next.indent > indent) giveUp();
      return this.closeBlock({ t: 'list', loc: this.loc(firstDash, item.trail, path), items }, indent, item);
    }
  }

  /**
   * A block collection ends with its last entry; comment lines after that
   * entry stay with it (and extend its trail) when one of them is indented at
   * least as deep as the collection; otherwise they pass to the parent.
   */
  private closeBlock(value: Value, indent: number, last: Parsed): Parsed {
    const comments = last.gap.comments;
    const stays = comments.length > 0 && indent !== 0 && comments.some((c) => c.indent >= indent);
    if (stays) return { value, end: last.trail, trail: comments[comments.length - 1]!.end, gap: { comments: [], next: last.gap.next } };
    return { value, end: last.trail, trail: last.trail, gap: last.gap };
  }

  /**
   * The value after a `key:` or `-` indicator at `from`, in a collection
   * indented `parentIndent`: on the same line, on the lines below, or empty.
   */
  private value(from: number, parentIndent: number, context: 'map' | 'seq', path: Path, depth: number): Parsed {
    let pos = from;
    if (pos < this.length && !this.isLineEnd(pos)) {
      if (this.text[pos] !== ' ') giveUp();
      while (this.text[pos] === ' ') pos++;
    }
    return this.valueAt(pos, from, parentIndent, context, path, depth);
  }

  /** The value starting at `pos` (`indicatorEnd` is where its indicator ended, or `pos` at the top level). */
  private valueAt(pos: number, indicatorEnd: number, parentIndent: number, context: 'map' | 'seq', path: Path, depth: number): Parsed {
    const text = this.text;
    let tag: { name: string; start: number } | undefined;
    if (text[pos] === '!') {
      tag = this.tag(pos);
      pos += tag.name.length;
      while (text[pos] === ' ') pos++;
      if (text[pos] === '#') giveUp();
    }
    const innerPath = tag ? [...path, longFormOf(tag.name)] : path;
    const innerDepth = tag ? depth + 1 : depth;
    if (depth > MAX_DEPTH) giveUp();

    if (pos >= this.length || this.isLineEnd(pos) || text[pos] === '#') {
      return this.valueBelow(pos, indicatorEnd, parentIndent, context, path, tag, innerPath, innerDepth);
    }
    if (context === 'seq' && !tag && this.startsKey(pos)) {
      return this.blockMap(pos - this.lineStartOf(pos), pos, path, depth);
    }
    const inline = this.inlineValue(pos, innerPath, innerDepth, parentIndent, tag !== undefined);
    const value = tag ? this.tagged(tag, inline.value, inline.end, path) : inline.value;
    return this.attachComments({ ...inline, value }, parentIndent);
  }

  /** A value that starts on the lines below its indicator: a nested block collection, or nothing. */
  private valueBelow(
    pos: number,
    indicatorEnd: number,
    parentIndent: number,
    context: 'map' | 'seq',
    path: Path,
    tag: { name: string; start: number } | undefined,
    innerPath: Path,
    innerDepth: number,
  ): Parsed {
    const sameLineComment = this.text[pos] === '#';
    const gap = this.gapFrom(this.nextLineStart(pos));
    const next = gap.next;
    // A comment between a tag and its collection moves where the general path says the node starts.
    if (tag && gap.comments.length) giveUp();
    let block: Parsed | undefined;
    if (next && next.indent > parentIndent) {
      block = this.isSeqItem(next.content) ? this.blockSeq(next.indent, next.content, innerPath, innerDepth) : this.blockMap(next.indent, next.content, innerPath, innerDepth);
    } else if (context === 'map' && next && next.indent === parentIndent && this.isSeqItem(next.content)) {
      block = this.blockSeq(next.indent, next.content, innerPath, innerDepth);
    }
    if (block) {
      if (!tag) return block;
      return { ...block, value: this.tagged(tag, block.value, block.end, path) };
    }
    // Empty: a null where the value would start. Comments around it change its range; leave those to the general path.
    if (tag || sameLineComment || gap.comments.length || context === 'seq') giveUp();
    let at = indicatorEnd;
    while (this.text[at] === ' ') at++;
    return { value: { t: 'scalar', loc: this.loc(at, at, path), v: null }, end: at, trail: at, gap };
  }

  /** Comment lines right below a scalar or flow collection, more indented than its collection, belong to it. */
  private attachComments(inline: Inline, parentIndent: number): Parsed {
    const gap = this.gapFrom(inline.next);
    let trail = inline.trail;
    if (inline.absorbs) {
      let absorbed = 0;
      while (absorbed < gap.comments.length && gap.comments[absorbed]!.indent > parentIndent) trail = gap.comments[absorbed++]!.end;
      if (absorbed) gap.comments = gap.comments.slice(absorbed);
    }
    return { value: inline.value, end: inline.end, trail, gap };
  }

  /**
   * A value that starts on the indicator's line: a flow collection, a quoted,
   * plain or block scalar. Under a short-form tag a plain scalar stays a string
   * (the tag is not one the schema resolves).
   */
  private inlineValue(pos: number, path: Path, depth: number, parentIndent: number, tagged: boolean): Inline {
    const text = this.text;
    const c = text[pos]!;
    if (c === '|' || c === '>') return this.blockScalar(pos, path, parentIndent);
    let value: Value;
    let end: number;
    if (c === '[' || c === '{') {
      ({ value, end } = this.flow(pos, path, depth, parentIndent));
    } else if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      value = { t: 'scalar', loc: this.loc(pos, quoted.end, path), v: quoted.value };
      end = quoted.end;
    } else {
      const plain = this.blockPlain(pos);
      value = { t: 'scalar', loc: this.loc(pos, plain.end, path), v: tagged ? plain.text : resolvePlain(plain.text) };
      end = plain.end;
    }
    const rest = this.restOfLine(end);
    return { value, end, trail: rest.trail, next: rest.next, absorbs: true };
  }

  private tagged(tag: { name: string; start: number }, inner: Value, end: number, path: Path): Value {
    const key = longFormOf(tag.name);
    const loc = this.loc(tag.start, end, path);
    return { t: 'map', loc, entries: new Map([[key, inner]]), keyLocs: new Map([[key, loc]]) };
  }

  private tag(pos: number): { name: string; start: number } {
    let end = pos + 1;
    while (end < this.length && isAlphanumeric(this.text.charCodeAt(end))) end++;
    if (end === pos + 1 || !isLetter(this.text.charCodeAt(pos + 1))) giveUp();
    if (end < this.length && this.text[end] !== ' ' && !this.isLineEnd(end)) giveUp();
    return { name: this.text.slice(pos, end), start: pos };
  }

  // ── Keys and scalars ──

  /** Whether a block map key (plain or quoted, then `:` and a space or line end) starts at `pos`. */
  private startsKey(pos: number): boolean {
    const c = this.text[pos]!;
    if (c === '"' || c === "'") {
      const end = this.quotedEnd(pos);
      return end !== undefined && this.text[end] === ':' && this.isSeparator(end + 1);
    }
    if (!this.canStartPlain(pos, false)) return false;
    return this.plainKeyColon(pos) !== undefined;
  }

  /** The `: ` of a plain key starting at `pos`, if the line has one before any comment. */
  private plainKeyColon(pos: number): number | undefined {
    const text = this.text;
    const eol = this.lineEnd(pos);
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */ && this.isSeparator(i + 1)) return i;
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) return undefined;
    }
    return undefined;
  }

  private key(pos: number): { text: string; start: number; end: number; after: number } {
    const c = this.text[pos]!;
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      if (this.text[quoted.end] !== ':' || !this.isSeparator(quoted.end + 1)) giveUp();
      return { text: quoted.value, start: pos, end: quoted.end, after: quoted.end + 1 };
    }
    if (!this.canStartPlain(pos, false)) giveUp();
    const colon = this.plainKeyColon(pos);
    if (colon === undefined || colon - pos > 1000) giveUp();
    let end = colon;
    while (this.text[end - 1] === ' ') end--;
    const text = this.text.slice(pos, end);
    if (resolvePlain(text) !== text) giveUp();
    return { text, start: pos, end, after: colon + 1 };
  }

  /** A plain scalar on one line, in block context: it ends before ` #` or the line end. */
  private blockPlain(pos: number): { text: string; end: number } {
    if (!this.canStartPlain(pos, false)) giveUp();
    const text = this.text;
    const eol = this.lineEnd(pos);
    let end = eol;
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      // `a: b: c` is an error, `a: b:` a key: either way, not for this path.
      if (c === 58 /* : */ && this.isSeparator(i + 1)) giveUp();
    }
    while (end > pos && text.charCodeAt(end - 1) === 32) end--;
    return { text: text.slice(pos, end), end };
  }

  private canStartPlain(pos: number, flow: boolean): boolean {
    const c = this.text[pos];
    if (c === undefined) return false;
    if (!INDICATORS.has(c)) return true;
    if (c !== '-') return false;
    // `-1`, `-foo`: a dash followed by a character that is neither space nor (in flow) an indicator.
    const after = this.text[pos + 1];
    return after !== undefined && after !== ' ' && !this.isLineEnd(pos + 1) && !(flow && FLOW_INDICATORS.has(after));
  }

  /** A quoted scalar on one line. */
  private quoted(pos: number): { value: string; end: number } {
    return this.text[pos] === '"' ? this.doubleQuoted(pos) : this.singleQuoted(pos);
  }

  private quotedEnd(pos: number): number | undefined {
    try {
      return this.quoted(pos).end;
    } catch (err) {
      if (err === GIVE_UP) return undefined;
      throw err;
    }
  }

  private singleQuoted(pos: number): { value: string; end: number } {
    const text = this.text;
    let out = '';
    let i = pos + 1;
    for (;;) {
      const close = text.indexOf("'", i);
      const eol = this.lineEnd(i);
      if (close === -1 || close > eol) giveUp();
      out += text.slice(i, close);
      if (text[close + 1] === "'") {
        out += "'";
        i = close + 2;
        continue;
      }
      return { value: out, end: close + 1 };
    }
  }

  private doubleQuoted(pos: number): { value: string; end: number } {
    const text = this.text;
    const eol = this.lineEnd(pos);
    let out = '';
    let runStart = pos + 1;
    for (let i = pos + 1; i < eol; i++) {
      const c = text[i];
      if (c === '"') return { value: out + text.slice(runStart, i), end: i + 1 };
      if (c !== '\\') continue;
      out += text.slice(runStart, i);
      const code = text[i + 1];
      if (code === undefined || i + 1 >= eol) giveUp();
      const fixed = ESCAPES[code];
      if (fixed !== undefined) {
        out += fixed;
        i += 1;
      } else {
        const digits = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : giveUp();
        const hex = text.slice(i + 2, i + 2 + digits);
        if (hex.length !== digits || !HEX.test(hex)) giveUp();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) giveUp();
        out += String.fromCodePoint(point);
        i += 1 + digits;
      }
      runStart = i + 1;
    }
    return giveUp();
  }

  /** `|` and `>` scalars with optional chomping; indentation indicators and keep chomping go to the general path. */
  private blockScalar(pos: number, path: Path, parentIndent: number): Inline {
    const text = this.text;
    const folded = text[pos] === '>';
    let at = pos + 1;
    let chomp: 'clip' | 'strip' = 'clip';
    if (text[at] === '-') {
      chomp = 'strip';
      at++;
    }
    if (!(at >= this.length || text[at] === ' ' || this.isLineEnd(at))) giveUp();
    const header = this.restOfLine(at);
    const lines: string[] = [];
    let contentIndent = -1;
    let lastContentEnd = -1;
    let lineStart = header.next;
    let trailingBlank = 0;
    while (lineStart < this.length) {
      let i = lineStart;
      while (text[i] === ' ') i++;
      const eol = this.lineEnd(lineStart);
      if (i >= eol) {
        // A blank line; one holding more spaces than the content's indentation (or any, before it) is left to the general path.
        if (i - lineStart > (contentIndent === -1 ? 0 : contentIndent)) giveUp();
        lines.push('');
        trailingBlank++;
        lineStart = this.nextLineStart(eol);
        continue;
      }
      const indent = i - lineStart;
      if (contentIndent === -1) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) break;
      if (folded && indent > contentIndent) giveUp();
      if (eol >= this.length) giveUp();
      lines.push(text.slice(lineStart + contentIndent, eol));
      trailingBlank = 0;
      lastContentEnd = eol;
      lineStart = this.nextLineStart(eol);
    }
    if (contentIndent === -1) giveUp();
    lines.length -= trailingBlank;
    let body = folded ? foldLines(lines) : lines.join('\n');
    if (chomp === 'clip') body += '\n';
    const value: Value = { t: 'scalar', loc: this.loc(pos, lastContentEnd, path), v: body };
    // The blank lines that ended it are gone through; what follows starts at the next non-blank line.
    return { value, end: lastContentEnd, trail: lastContentEnd, next: this.nextLineStart(lastContentEnd), absorbs: false };
  }

  // ── Flow collections (and JSON) ──

  /** `[…]` or `{…}` at `pos`; lines inside must be indented deeper than `blockIndent` (-1 at the top level). */
  private flow(pos: number, path: Path, depth: number, blockIndent: number): { value: Value; end: number } {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const open = text[pos];
    let at = this.flowSpace(pos + 1, blockIndent);
    if (open === '[') {
      const items: Value[] = [];
      while (text[at] !== ']') {
        const item = this.flowNode(at, [...path, items.length], depth + 1, blockIndent);
        items.push(item.value);
        at = this.flowSpace(item.end, blockIndent);
        if (text[at] === ',') {
          at = this.flowSpace(at + 1, blockIndent);
          if (text[at] === ']') giveUp();
        } else if (text[at] !== ']') giveUp();
      }
      return { value: { t: 'list', loc: this.loc(pos, at + 1, path), items }, end: at + 1 };
    }
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    while (text[at] !== '}') {
      const key = this.flowKey(at);
      if (entries.has(key.text)) giveUp();
      let valueAt = key.end;
      while (text[valueAt] === ' ') valueAt++;
      if (text[valueAt] !== ':') giveUp();
      valueAt = this.flowSpace(valueAt + 1, blockIndent);
      if (text[valueAt] === ',' || text[valueAt] === '}') giveUp();
      const childPath = [...path, key.text];
      const item = this.flowNode(valueAt, childPath, depth + 1, blockIndent);
      entries.set(key.text, item.value);
      keyLocs.set(key.text, this.loc(key.start, key.end, childPath));
      at = this.flowSpace(item.end, blockIndent);
      if (text[at] === ',') {
        at = this.flowSpace(at + 1, blockIndent);
        if (text[at] === '}') giveUp();
      } else if (text[at] !== '}') giveUp();
    }
    return { value: { t: 'map', loc: this.loc(pos, at + 1, path), entries, keyLocs }, end: at + 1 };
  }

  private flowKey(pos: number): { text: string; start: number; end: number } {
    const c = this.text[pos]!;
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      return { text: quoted.value, start: pos, end: quoted.end };
    }
    const plain = this.flowPlain(pos);
    // A plain key needs `: `; `a:b` would be one scalar.
    if (this.text[plain.end] !== ':' || !this.isSeparator(plain.end + 1)) giveUp();
    if (resolvePlain(plain.text) !== plain.text) giveUp();
    return { text: plain.text, start: pos, end: plain.end };
  }

  private flowNode(pos: number, path: Path, depth: number, blockIndent: number, tagged = false): { value: Value; end: number } {
    const text = this.text;
    const c = text[pos]!;
    if (c === '!') {
      const tag = this.tag(pos);
      const key = longFormOf(tag.name);
      let at = pos + tag.name.length;
      while (text[at] === ' ') at++;
      if (this.isLineEnd(at) || text[at] === ',' || text[at] === ']' || text[at] === '}' || text[at] === '#' || text[at] === '!') giveUp();
      const inner = this.flowNode(at, [...path, key], depth + 1, blockIndent, true);
      return { value: this.tagged(tag, inner.value, inner.end, path), end: inner.end };
    }
    if (c === '[' || c === '{') return this.flow(pos, path, depth, blockIndent);
    let value: Value;
    let end: number;
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      value = { t: 'scalar', loc: this.loc(pos, quoted.end, path), v: quoted.value };
      end = quoted.end;
    } else {
      const plain = this.flowPlain(pos);
      value = { t: 'scalar', loc: this.loc(pos, plain.end, path), v: tagged ? plain.text : resolvePlain(plain.text) };
      end = plain.end;
    }
    // `[a: b]` (a single-pair map) is not for this path.
    let after = end;
    while (text[after] === ' ') after++;
    if (text[after] === ':') giveUp();
    return { value, end };
  }

  /** A plain scalar inside a flow collection: it ends at a flow indicator, `: `, ` #` or the line end. */
  private flowPlain(pos: number): { text: string; end: number } {
    if (!this.canStartPlain(pos, true)) giveUp();
    const text = this.text;
    let i = pos;
    for (; i < this.length; i++) {
      const c = text[i]!;
      if (c === ',' || c === '[' || c === ']' || c === '{' || c === '}' || c === '\n' || c === '\r') break;
      if (c === '#' && text[i - 1] === ' ') break;
      if (c === ':') {
        const after = text[i + 1];
        if (after === undefined || after === ' ' || after === '\n' || after === '\r' || FLOW_INDICATORS.has(after)) break;
      }
    }
    let end = i;
    while (end > pos && text[end - 1] === ' ') end--;
    // A plain scalar continued on the next line is folded: not for this path.
    if (text[i] === '\n' || text[i] === '\r' || text[i] === '#') {
      const next = this.flowSpace(i, -1);
      const c = text[next];
      if (c !== ',' && c !== ']' && c !== '}' && c !== ':') giveUp();
    }
    return { text: text.slice(pos, end), end };
  }

  /** Skips spaces, line breaks and comments inside a flow collection, checking the indentation of each new line. */
  private flowSpace(pos: number, blockIndent: number): number {
    const text = this.text;
    let i = pos;
    for (;;) {
      const c = text[i];
      if (c === ' ') i++;
      else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) i = this.lineEnd(i);
      else if (c === '\n' || c === '\r') {
        i = this.nextLineStart(i);
        let indent = 0;
        while (text[i + indent] === ' ') indent++;
        if (indent > MAX_INDENT) giveUp();
        const first = text[i + indent];
        const blank = first === undefined || first === '\n' || first === '\r';
        if (!blank && indent <= blockIndent) giveUp();
        i += indent;
      } else if (c === undefined) giveUp();
      else return i;
    }
  }

  // ── Lines ──

  /** Skips blank and comment lines from `pos` (a line start), collecting the comments. */
  private gapFrom(pos: number): Gap {
    const text = this.text;
    const comments: CommentLine[] = [];
    let lineStart = pos;
    while (lineStart < this.length) {
      let i = lineStart;
      while (text.charCodeAt(i) === 32) i++;
      const indent = i - lineStart;
      if (indent > MAX_INDENT) giveUp();
      if (i >= this.length) break;
      const c = text[i];
      if (c === '\n' || c === '\r') {
        lineStart = this.nextLineStart(i);
      } else if (c === '#') {
        const eol = this.lineEnd(i);
        comments.push({ indent, end: eol });
        lineStart = this.nextLineStart(eol);
      } else {
        if (c === '-' && text.startsWith('---', i) && indent === 0) giveUp();
        if (c === '.' && text.startsWith('...', i) && indent === 0) giveUp();
        return { comments, next: { start: lineStart, indent, content: i } };
      }
    }
    return { comments, next: undefined };
  }

  /** After a value on its line: spaces, an optional comment, the line end. */
  private restOfLine(pos: number): { trail: number; next: number } {
    const text = this.text;
    let i = pos;
    while (text[i] === ' ') i++;
    let trail = pos;
    if (text[i] === '#') {
      if (i === pos) giveUp();
      i = this.lineEnd(i);
      trail = i;
    }
    if (i < this.length && !this.isLineEnd(i)) giveUp();
    return { trail, next: this.nextLineStart(i) };
  }

  private isSeqItem(pos: number): boolean {
    return this.text[pos] === '-' && this.isSeparator(pos + 1);
  }

  /** A space or a line end (or the end of the text). */
  private isSeparator(pos: number): boolean {
    return pos >= this.length || this.text[pos] === ' ' || this.isLineEnd(pos);
  }

  private isLineEnd(pos: number): boolean {
    const c = this.text[pos];
    return c === '\n' || (c === '\r' && this.text[pos + 1] === '\n');
  }

  /** Offset of the line break (or text end) of the line holding `pos`. */
  private lineEnd(pos: number): number {
    const nl = this.newlineFrom(pos);
    if (nl === this.length) return this.length;
    return this.text[nl - 1] === '\r' && nl - 1 >= pos ? nl - 1 : nl;
  }

  /** Start of the line after the one holding `pos`. */
  private nextLineStart(pos: number): number {
    const nl = this.newlineFrom(pos);
    return nl === this.length ? this.length : nl + 1;
  }

  private lineStartOf(pos: number): number {
    if (pos >= this.lineStartCache.from && pos <= this.lineStartCache.to) return this.lineStartCache.start;
    const start = this.text.lastIndexOf('\n', pos - 1) + 1;
    this.lineStartCache = { from: start, to: this.newlineFrom(start), start };
    return start;
  }

  /**
   * The first `\n` at or after `pos` (the text length when there is none). Every
   * position of a line has the same answer, so it is kept for the line: a long
   * line (one-line JSON) is searched once, not once per scalar on it.
   */
  private newlineFrom(pos: number): number {
    if (pos >= this.newlineCache.from && pos <= this.newlineCache.at) return this.newlineCache.at;
    const found = this.text.indexOf('\n', pos);
    const at = found === -1 ? this.length : found;
    this.newlineCache = { from: pos, at };
    return at;
  }

  /** As the general path's locations: the end moves back over whitespace to the last character. */
  private loc(start: number, end: number, path: Path): Location {
    while (end > start && isWhitespace(this.text, end - 1)) end--;
    return { kind: 'source', file: this.file, start: this.positions.at(start), end: this.positions.at(end), path };
  }
}

const WHITESPACE = /\s/;

/** `/\s/`, with a shortcut for the common characters. */
function isWhitespace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 32 || code === 10 || code === 13) return true;
  return code > 127 || code < 32 ? WHITESPACE.test(text[at]!) : false;
}
const HEX = /^[0-9a-fA-F]+$/;

/** The long form of a short-form tag: `!Ref` → `Ref`, `!Sub` → `Fn::Sub`. */
export function longFormOf(tag: string): string {
  return TAG_KEYS[tag] ?? `Fn::${tag.slice(1)}`;
}

/** First characters of plain scalars that the core schema may read as something other than a string. */
const MAYBE_NOT_STRING = /^(?:$|[-+.~0-9nNtTfF])/;

function resolvePlain(source: string): string | number | boolean | null {
  if (!MAYBE_NOT_STRING.test(source)) return source;
  for (const tag of CORE.tags) {
    if (tag.test.test(source)) {
      const resolved = tag.resolve(source, giveUp, CORE.options);
      const value = isScalar(resolved) ? resolved.value : resolved;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      return giveUp();
    }
  }
  return source;
}

/** Folded block scalar lines (none more indented): a line break becomes a space, blank lines stay breaks. */
function foldLines(lines: string[]): string {
  let out = '';
  let pendingBreaks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      pendingBreaks++;
      continue;
    }
    if (started) out += pendingBreaks ? '\n'.repeat(pendingBreaks) : ' ';
    else if (pendingBreaks) out += '\n'.repeat(pendingBreaks);
    out += line;
    pendingBreaks = 0;
    started = true;
  }
  return out;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}
