import {
  PositionMap,
  require_dist
} from "./chunk-HCU2I2RT.js";
import {
  get,
  pathOf,
  scalar,
  stringOf
} from "./chunk-E2XCQX3P.js";
import {
  __toESM
} from "./chunk-RM4BNA5F.js";

// src/loaders/structured-text.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/loaders/fast-structured-text.ts
var import_yaml = __toESM(require_dist(), 1);
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
function giveUp() {
  throw GIVE_UP;
}
var UNSUPPORTED_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;
var TAG_KEYS = { "!Ref": "Ref", "!Condition": "Condition" };
var CORE = (() => {
  const doc = (0, import_yaml.parseDocument)("", { uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
  const tags = doc.schema.tags.filter((tag) => tag.default === true && tag.test !== void 0 && !tag.collection).map((tag) => ({ test: tag.test, resolve: tag.resolve }));
  return { tags, options: doc.options };
})();
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
var INDICATORS = /* @__PURE__ */ new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
var FLOW_INDICATORS = /* @__PURE__ */ new Set([...",[]{}"]);
var MAX_DEPTH = 400;
var MAX_INDENT = 1600;
function readStructuredTextFast(text, file, positions) {
  if (UNSUPPORTED_CHARACTERS.test(text)) return void 0;
  try {
    return new FastReader(text, file, positions).document();
  } catch (err) {
    if (err === GIVE_UP || err instanceof RangeError) return void 0;
    throw err;
  }
}
var FastReader = class {
  constructor(text, file, positions) {
    this.text = text;
    this.file = file;
    this.positions = positions;
    this.length = text.length;
  }
  text;
  file;
  positions;
  length;
  newlineCache = { from: 1, at: 0 };
  lineStartCache = { from: 1, to: 0, start: 0 };
  document() {
    const gap = this.gapFrom(0);
    const first = gap.next;
    if (!first) return void 0;
    const c = this.text[first.content];
    let root;
    if (c === "[" || c === "{") {
      const flow = this.flow(first.content, [], 0, -1);
      const rest = this.restOfLine(flow.end);
      if (this.gapFrom(rest.next).next) giveUp();
      return flow.value;
    }
    if (c === "!") root = this.valueAt(first.content, first.content, -1, "map", [], 0);
    else if (this.isSeqItem(first.content)) root = this.blockSeq(first.indent, first.content, [], 0);
    else root = this.blockMap(first.indent, first.content, [], 0);
    if (root.gap.next) giveUp();
    return root.value;
  }
  // ── Block collections ──
  blockMap(indent, firstKey, path, depth) {
    if (depth > MAX_DEPTH) giveUp();
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    let at = firstKey;
    for (; ; ) {
      const key = this.key(at);
      if (entries.has(key.text)) giveUp();
      const childPath = [...path, key.text];
      const item = this.value(key.after, indent, "map", childPath, depth + 1);
      entries.set(key.text, item.value);
      keyLocs.set(key.text, this.loc(key.start, key.end, childPath));
      const next = item.gap.next;
      if (next && next.indent === indent && !this.isSeqItem(next.content)) {
        at = next.content;
        continue;
      }
      if (next && next.indent > indent) giveUp();
      return this.closeBlock({ t: "map", loc: this.loc(firstKey, item.trail, path), entries, keyLocs }, indent, item);
    }
  }
  blockSeq(indent, firstDash, path, depth) {
    if (depth > MAX_DEPTH) giveUp();
    const items = [];
    let at = firstDash;
    for (; ; ) {
      const item = this.value(at + 1, indent, "seq", [...path, items.length], depth + 1);
      items.push(item.value);
      const next = item.gap.next;
      if (next && next.indent === indent && this.isSeqItem(next.content)) {
        at = next.content;
        continue;
      }
      if (next && next.indent > indent) giveUp();
      return this.closeBlock({ t: "list", loc: this.loc(firstDash, item.trail, path), items }, indent, item);
    }
  }
  /**
   * A block collection ends with its last entry; comment lines after that
   * entry stay with it (and extend its trail) when one of them is indented at
   * least as deep as the collection; otherwise they pass to the parent.
   */
  closeBlock(value, indent, last) {
    const comments = last.gap.comments;
    const stays = comments.length > 0 && indent !== 0 && comments.some((c) => c.indent >= indent);
    if (stays) return { value, end: last.trail, trail: comments[comments.length - 1].end, gap: { comments: [], next: last.gap.next } };
    return { value, end: last.trail, trail: last.trail, gap: last.gap };
  }
  /**
   * The value after a `key:` or `-` indicator at `from`, in a collection
   * indented `parentIndent`: on the same line, on the lines below, or empty.
   */
  value(from, parentIndent, context, path, depth) {
    let pos = from;
    if (pos < this.length && !this.isLineEnd(pos)) {
      if (this.text[pos] !== " ") giveUp();
      while (this.text[pos] === " ") pos++;
    }
    return this.valueAt(pos, from, parentIndent, context, path, depth);
  }
  /** The value starting at `pos` (`indicatorEnd` is where its indicator ended, or `pos` at the top level). */
  valueAt(pos, indicatorEnd, parentIndent, context, path, depth) {
    const text = this.text;
    let tag;
    if (text[pos] === "!") {
      tag = this.tag(pos);
      pos += tag.name.length;
      while (text[pos] === " ") pos++;
      if (text[pos] === "#") giveUp();
    }
    const innerPath = tag ? [...path, longFormOf(tag.name)] : path;
    const innerDepth = tag ? depth + 1 : depth;
    if (depth > MAX_DEPTH) giveUp();
    if (pos >= this.length || this.isLineEnd(pos) || text[pos] === "#") {
      return this.valueBelow(pos, indicatorEnd, parentIndent, context, path, tag, innerPath, innerDepth);
    }
    if (context === "seq" && !tag && this.startsKey(pos)) {
      return this.blockMap(pos - this.lineStartOf(pos), pos, path, depth);
    }
    const inline = this.inlineValue(pos, innerPath, innerDepth, parentIndent, tag !== void 0);
    const value = tag ? this.tagged(tag, inline.value, inline.end, path) : inline.value;
    return this.attachComments({ ...inline, value }, parentIndent);
  }
  /** A value that starts on the lines below its indicator: a nested block collection, or nothing. */
  valueBelow(pos, indicatorEnd, parentIndent, context, path, tag, innerPath, innerDepth) {
    const sameLineComment = this.text[pos] === "#";
    const gap = this.gapFrom(this.nextLineStart(pos));
    const next = gap.next;
    if (tag && gap.comments.length) giveUp();
    let block;
    if (next && next.indent > parentIndent) {
      block = this.isSeqItem(next.content) ? this.blockSeq(next.indent, next.content, innerPath, innerDepth) : this.blockMap(next.indent, next.content, innerPath, innerDepth);
    } else if (context === "map" && next && next.indent === parentIndent && this.isSeqItem(next.content)) {
      block = this.blockSeq(next.indent, next.content, innerPath, innerDepth);
    }
    if (block) {
      if (!tag) return block;
      return { ...block, value: this.tagged(tag, block.value, block.end, path) };
    }
    if (tag || sameLineComment || gap.comments.length || context === "seq") giveUp();
    let at = indicatorEnd;
    while (this.text[at] === " ") at++;
    return { value: { t: "scalar", loc: this.loc(at, at, path), v: null }, end: at, trail: at, gap };
  }
  /** Comment lines right below a scalar or flow collection, more indented than its collection, belong to it. */
  attachComments(inline, parentIndent) {
    const gap = this.gapFrom(inline.next);
    let trail = inline.trail;
    if (inline.absorbs) {
      let absorbed = 0;
      while (absorbed < gap.comments.length && gap.comments[absorbed].indent > parentIndent) trail = gap.comments[absorbed++].end;
      if (absorbed) gap.comments = gap.comments.slice(absorbed);
    }
    return { value: inline.value, end: inline.end, trail, gap };
  }
  /**
   * A value that starts on the indicator's line: a flow collection, a quoted,
   * plain or block scalar. Under a short-form tag a plain scalar stays a string
   * (the tag is not one the schema resolves).
   */
  inlineValue(pos, path, depth, parentIndent, tagged) {
    const text = this.text;
    const c = text[pos];
    if (c === "|" || c === ">") return this.blockScalar(pos, path, parentIndent);
    let value;
    let end;
    if (c === "[" || c === "{") {
      ({ value, end } = this.flow(pos, path, depth, parentIndent));
    } else if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      value = { t: "scalar", loc: this.loc(pos, quoted.end, path), v: quoted.value };
      end = quoted.end;
    } else {
      const plain = this.blockPlain(pos);
      value = { t: "scalar", loc: this.loc(pos, plain.end, path), v: tagged ? plain.text : resolvePlain(plain.text) };
      end = plain.end;
    }
    const rest = this.restOfLine(end);
    return { value, end, trail: rest.trail, next: rest.next, absorbs: true };
  }
  tagged(tag, inner, end, path) {
    const key = longFormOf(tag.name);
    const loc = this.loc(tag.start, end, path);
    return { t: "map", loc, entries: /* @__PURE__ */ new Map([[key, inner]]), keyLocs: /* @__PURE__ */ new Map([[key, loc]]) };
  }
  tag(pos) {
    let end = pos + 1;
    while (end < this.length && isAlphanumeric(this.text.charCodeAt(end))) end++;
    if (end === pos + 1 || !isLetter(this.text.charCodeAt(pos + 1))) giveUp();
    if (end < this.length && this.text[end] !== " " && !this.isLineEnd(end)) giveUp();
    return { name: this.text.slice(pos, end), start: pos };
  }
  // ── Keys and scalars ──
  /** Whether a block map key (plain or quoted, then `:` and a space or line end) starts at `pos`. */
  startsKey(pos) {
    const c = this.text[pos];
    if (c === '"' || c === "'") {
      const end = this.quotedEnd(pos);
      return end !== void 0 && this.text[end] === ":" && this.isSeparator(end + 1);
    }
    if (!this.canStartPlain(pos, false)) return false;
    return this.plainKeyColon(pos) !== void 0;
  }
  /** The `: ` of a plain key starting at `pos`, if the line has one before any comment. */
  plainKeyColon(pos) {
    const text = this.text;
    const eol = this.lineEnd(pos);
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 && this.isSeparator(i + 1)) return i;
      if (c === 35 && text.charCodeAt(i - 1) === 32) return void 0;
    }
    return void 0;
  }
  key(pos) {
    const c = this.text[pos];
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      if (this.text[quoted.end] !== ":" || !this.isSeparator(quoted.end + 1)) giveUp();
      return { text: quoted.value, start: pos, end: quoted.end, after: quoted.end + 1 };
    }
    if (!this.canStartPlain(pos, false)) giveUp();
    const colon = this.plainKeyColon(pos);
    if (colon === void 0 || colon - pos > 1e3) giveUp();
    let end = colon;
    while (this.text[end - 1] === " ") end--;
    const text = this.text.slice(pos, end);
    if (resolvePlain(text) !== text) giveUp();
    return { text, start: pos, end, after: colon + 1 };
  }
  /** A plain scalar on one line, in block context: it ends before ` #` or the line end. */
  blockPlain(pos) {
    if (!this.canStartPlain(pos, false)) giveUp();
    const text = this.text;
    const eol = this.lineEnd(pos);
    let end = eol;
    for (let i = pos; i < eol; i++) {
      const c = text.charCodeAt(i);
      if (c === 35 && text.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      if (c === 58 && this.isSeparator(i + 1)) giveUp();
    }
    while (end > pos && text.charCodeAt(end - 1) === 32) end--;
    return { text: text.slice(pos, end), end };
  }
  canStartPlain(pos, flow) {
    const c = this.text[pos];
    if (c === void 0) return false;
    if (!INDICATORS.has(c)) return true;
    if (c !== "-") return false;
    const after = this.text[pos + 1];
    return after !== void 0 && after !== " " && !this.isLineEnd(pos + 1) && !(flow && FLOW_INDICATORS.has(after));
  }
  /** A quoted scalar on one line. */
  quoted(pos) {
    return this.text[pos] === '"' ? this.doubleQuoted(pos) : this.singleQuoted(pos);
  }
  quotedEnd(pos) {
    try {
      return this.quoted(pos).end;
    } catch (err) {
      if (err === GIVE_UP) return void 0;
      throw err;
    }
  }
  singleQuoted(pos) {
    const text = this.text;
    let out = "";
    let i = pos + 1;
    for (; ; ) {
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
  doubleQuoted(pos) {
    const text = this.text;
    const eol = this.lineEnd(pos);
    let out = "";
    let runStart = pos + 1;
    for (let i = pos + 1; i < eol; i++) {
      const c = text[i];
      if (c === '"') return { value: out + text.slice(runStart, i), end: i + 1 };
      if (c !== "\\") continue;
      out += text.slice(runStart, i);
      const code = text[i + 1];
      if (code === void 0 || i + 1 >= eol) giveUp();
      const fixed = ESCAPES[code];
      if (fixed !== void 0) {
        out += fixed;
        i += 1;
      } else {
        const digits = code === "x" ? 2 : code === "u" ? 4 : code === "U" ? 8 : giveUp();
        const hex = text.slice(i + 2, i + 2 + digits);
        if (hex.length !== digits || !HEX.test(hex)) giveUp();
        const point = parseInt(hex, 16);
        if (point > 1114111) giveUp();
        out += String.fromCodePoint(point);
        i += 1 + digits;
      }
      runStart = i + 1;
    }
    return giveUp();
  }
  /** `|` and `>` scalars with optional chomping; indentation indicators and keep chomping go to the general path. */
  blockScalar(pos, path, parentIndent) {
    const text = this.text;
    const folded = text[pos] === ">";
    let at = pos + 1;
    let chomp = "clip";
    if (text[at] === "-") {
      chomp = "strip";
      at++;
    }
    if (!(at >= this.length || text[at] === " " || this.isLineEnd(at))) giveUp();
    const header = this.restOfLine(at);
    const lines = [];
    let contentIndent2 = -1;
    let lastContentEnd = -1;
    let lineStart = header.next;
    let trailingBlank = 0;
    while (lineStart < this.length) {
      let i = lineStart;
      while (text[i] === " ") i++;
      const eol = this.lineEnd(lineStart);
      if (i >= eol) {
        if (i - lineStart > (contentIndent2 === -1 ? 0 : contentIndent2)) giveUp();
        lines.push("");
        trailingBlank++;
        lineStart = this.nextLineStart(eol);
        continue;
      }
      const indent = i - lineStart;
      if (contentIndent2 === -1) {
        if (indent <= parentIndent) break;
        contentIndent2 = indent;
      }
      if (indent < contentIndent2) break;
      if (folded && indent > contentIndent2) giveUp();
      if (eol >= this.length) giveUp();
      lines.push(text.slice(lineStart + contentIndent2, eol));
      trailingBlank = 0;
      lastContentEnd = eol;
      lineStart = this.nextLineStart(eol);
    }
    if (contentIndent2 === -1) giveUp();
    lines.length -= trailingBlank;
    let body = folded ? foldLines(lines) : lines.join("\n");
    if (chomp === "clip") body += "\n";
    const value = { t: "scalar", loc: this.loc(pos, lastContentEnd, path), v: body };
    return { value, end: lastContentEnd, trail: lastContentEnd, next: this.nextLineStart(lastContentEnd), absorbs: false };
  }
  // ── Flow collections (and JSON) ──
  /** `[…]` or `{…}` at `pos`; lines inside must be indented deeper than `blockIndent` (-1 at the top level). */
  flow(pos, path, depth, blockIndent) {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    const open = text[pos];
    let at = this.flowSpace(pos + 1, blockIndent);
    if (open === "[") {
      const items = [];
      while (text[at] !== "]") {
        const item = this.flowNode(at, [...path, items.length], depth + 1, blockIndent);
        items.push(item.value);
        at = this.flowSpace(item.end, blockIndent);
        if (text[at] === ",") {
          at = this.flowSpace(at + 1, blockIndent);
          if (text[at] === "]") giveUp();
        } else if (text[at] !== "]") giveUp();
      }
      return { value: { t: "list", loc: this.loc(pos, at + 1, path), items }, end: at + 1 };
    }
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    while (text[at] !== "}") {
      const key = this.flowKey(at);
      if (entries.has(key.text)) giveUp();
      let valueAt = key.end;
      while (text[valueAt] === " ") valueAt++;
      if (text[valueAt] !== ":") giveUp();
      valueAt = this.flowSpace(valueAt + 1, blockIndent);
      if (text[valueAt] === "," || text[valueAt] === "}") giveUp();
      const childPath = [...path, key.text];
      const item = this.flowNode(valueAt, childPath, depth + 1, blockIndent);
      entries.set(key.text, item.value);
      keyLocs.set(key.text, this.loc(key.start, key.end, childPath));
      at = this.flowSpace(item.end, blockIndent);
      if (text[at] === ",") {
        at = this.flowSpace(at + 1, blockIndent);
        if (text[at] === "}") giveUp();
      } else if (text[at] !== "}") giveUp();
    }
    return { value: { t: "map", loc: this.loc(pos, at + 1, path), entries, keyLocs }, end: at + 1 };
  }
  flowKey(pos) {
    const c = this.text[pos];
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      return { text: quoted.value, start: pos, end: quoted.end };
    }
    const plain = this.flowPlain(pos);
    if (this.text[plain.end] !== ":" || !this.isSeparator(plain.end + 1)) giveUp();
    if (resolvePlain(plain.text) !== plain.text) giveUp();
    return { text: plain.text, start: pos, end: plain.end };
  }
  flowNode(pos, path, depth, blockIndent, tagged = false) {
    const text = this.text;
    const c = text[pos];
    if (c === "!") {
      const tag = this.tag(pos);
      const key = longFormOf(tag.name);
      let at = pos + tag.name.length;
      while (text[at] === " ") at++;
      if (this.isLineEnd(at) || text[at] === "," || text[at] === "]" || text[at] === "}" || text[at] === "#" || text[at] === "!") giveUp();
      const inner = this.flowNode(at, [...path, key], depth + 1, blockIndent, true);
      return { value: this.tagged(tag, inner.value, inner.end, path), end: inner.end };
    }
    if (c === "[" || c === "{") return this.flow(pos, path, depth, blockIndent);
    let value;
    let end;
    if (c === '"' || c === "'") {
      const quoted = this.quoted(pos);
      value = { t: "scalar", loc: this.loc(pos, quoted.end, path), v: quoted.value };
      end = quoted.end;
    } else {
      const plain = this.flowPlain(pos);
      value = { t: "scalar", loc: this.loc(pos, plain.end, path), v: tagged ? plain.text : resolvePlain(plain.text) };
      end = plain.end;
    }
    let after = end;
    while (text[after] === " ") after++;
    if (text[after] === ":") giveUp();
    return { value, end };
  }
  /** A plain scalar inside a flow collection: it ends at a flow indicator, `: `, ` #` or the line end. */
  flowPlain(pos) {
    if (!this.canStartPlain(pos, true)) giveUp();
    const text = this.text;
    let i = pos;
    for (; i < this.length; i++) {
      const c = text[i];
      if (c === "," || c === "[" || c === "]" || c === "{" || c === "}" || c === "\n" || c === "\r") break;
      if (c === "#" && text[i - 1] === " ") break;
      if (c === ":") {
        const after = text[i + 1];
        if (after === void 0 || after === " " || after === "\n" || after === "\r" || FLOW_INDICATORS.has(after)) break;
      }
    }
    let end = i;
    while (end > pos && text[end - 1] === " ") end--;
    if (text[i] === "\n" || text[i] === "\r" || text[i] === "#") {
      const next = this.flowSpace(i, -1);
      const c = text[next];
      if (c !== "," && c !== "]" && c !== "}" && c !== ":") giveUp();
    }
    return { text: text.slice(pos, end), end };
  }
  /** Skips spaces, line breaks and comments inside a flow collection, checking the indentation of each new line. */
  flowSpace(pos, blockIndent) {
    const text = this.text;
    let i = pos;
    for (; ; ) {
      const c = text[i];
      if (c === " ") i++;
      else if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "\n")) i = this.lineEnd(i);
      else if (c === "\n" || c === "\r") {
        i = this.nextLineStart(i);
        let indent = 0;
        while (text[i + indent] === " ") indent++;
        if (indent > MAX_INDENT) giveUp();
        const first = text[i + indent];
        const blank = first === void 0 || first === "\n" || first === "\r";
        if (!blank && indent <= blockIndent) giveUp();
        i += indent;
      } else if (c === void 0) giveUp();
      else return i;
    }
  }
  // ── Lines ──
  /** Skips blank and comment lines from `pos` (a line start), collecting the comments. */
  gapFrom(pos) {
    const text = this.text;
    const comments = [];
    let lineStart = pos;
    while (lineStart < this.length) {
      let i = lineStart;
      while (text.charCodeAt(i) === 32) i++;
      const indent = i - lineStart;
      if (indent > MAX_INDENT) giveUp();
      if (i >= this.length) break;
      const c = text[i];
      if (c === "\n" || c === "\r") {
        lineStart = this.nextLineStart(i);
      } else if (c === "#") {
        const eol = this.lineEnd(i);
        comments.push({ indent, end: eol });
        lineStart = this.nextLineStart(eol);
      } else {
        if (c === "-" && text.startsWith("---", i) && indent === 0) giveUp();
        if (c === "." && text.startsWith("...", i) && indent === 0) giveUp();
        return { comments, next: { start: lineStart, indent, content: i } };
      }
    }
    return { comments, next: void 0 };
  }
  /** After a value on its line: spaces, an optional comment, the line end. */
  restOfLine(pos) {
    const text = this.text;
    let i = pos;
    while (text[i] === " ") i++;
    let trail = pos;
    if (text[i] === "#") {
      if (i === pos) giveUp();
      i = this.lineEnd(i);
      trail = i;
    }
    if (i < this.length && !this.isLineEnd(i)) giveUp();
    return { trail, next: this.nextLineStart(i) };
  }
  isSeqItem(pos) {
    return this.text[pos] === "-" && this.isSeparator(pos + 1);
  }
  /** A space or a line end (or the end of the text). */
  isSeparator(pos) {
    return pos >= this.length || this.text[pos] === " " || this.isLineEnd(pos);
  }
  isLineEnd(pos) {
    const c = this.text[pos];
    return c === "\n" || c === "\r" && this.text[pos + 1] === "\n";
  }
  /** Offset of the line break (or text end) of the line holding `pos`. */
  lineEnd(pos) {
    const nl = this.newlineFrom(pos);
    if (nl === this.length) return this.length;
    return this.text[nl - 1] === "\r" && nl - 1 >= pos ? nl - 1 : nl;
  }
  /** Start of the line after the one holding `pos`. */
  nextLineStart(pos) {
    const nl = this.newlineFrom(pos);
    return nl === this.length ? this.length : nl + 1;
  }
  lineStartOf(pos) {
    if (pos >= this.lineStartCache.from && pos <= this.lineStartCache.to) return this.lineStartCache.start;
    const start = this.text.lastIndexOf("\n", pos - 1) + 1;
    this.lineStartCache = { from: start, to: this.newlineFrom(start), start };
    return start;
  }
  /**
   * The first `\n` at or after `pos` (the text length when there is none). Every
   * position of a line has the same answer, so it is kept for the line: a long
   * line (one-line JSON) is searched once, not once per scalar on it.
   */
  newlineFrom(pos) {
    if (pos >= this.newlineCache.from && pos <= this.newlineCache.at) return this.newlineCache.at;
    const found = this.text.indexOf("\n", pos);
    const at = found === -1 ? this.length : found;
    this.newlineCache = { from: pos, at };
    return at;
  }
  /** As the general path's locations: the end moves back over whitespace to the last character. */
  loc(start, end, path) {
    while (end > start && isWhitespace(this.text, end - 1)) end--;
    return { kind: "source", file: this.file, start: this.positions.at(start), end: this.positions.at(end), path };
  }
};
var WHITESPACE = /\s/;
function isWhitespace(text, at) {
  const code = text.charCodeAt(at);
  if (code === 32 || code === 10 || code === 13) return true;
  return code > 127 || code < 32 ? WHITESPACE.test(text[at]) : false;
}
var HEX = /^[0-9a-fA-F]+$/;
function longFormOf(tag) {
  return TAG_KEYS[tag] ?? `Fn::${tag.slice(1)}`;
}
var MAYBE_NOT_STRING = /^(?:$|[-+.~0-9nNtTfF])/;
function resolvePlain(source) {
  if (!MAYBE_NOT_STRING.test(source)) return source;
  for (const tag of CORE.tags) {
    if (tag.test.test(source)) {
      const resolved = tag.resolve(source, giveUp, CORE.options);
      const value = (0, import_yaml.isScalar)(resolved) ? resolved.value : resolved;
      if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
      return giveUp();
    }
  }
  return source;
}
function foldLines(lines) {
  let out = "";
  let pendingBreaks = 0;
  let started = false;
  for (const line of lines) {
    if (line === "") {
      pendingBreaks++;
      continue;
    }
    if (started) out += pendingBreaks ? "\n".repeat(pendingBreaks) : " ";
    else if (pendingBreaks) out += "\n".repeat(pendingBreaks);
    out += line;
    pendingBreaks = 0;
    started = true;
  }
  return out;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isAlphanumeric(code) {
  return isLetter(code) || code >= 48 && code <= 57;
}

// src/loaders/structured-text.ts
var MAX_NESTING_DEPTH = 500;
var MAX_EXPANDED_NODES = 1e6;
function parseStructuredText(text, file, options = {}) {
  const positions = new PositionMap(text);
  const fail = (message, offset) => {
    const pos = offset === void 0 ? void 0 : positions.at(offset);
    return { ok: false, error: { file, line: pos?.line, column: pos?.column, message } };
  };
  if (file.toLowerCase().endsWith(".json")) {
    const jsonError = strictJsonError(text);
    if (jsonError) return fail(jsonError.message, jsonError.offset);
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== void 0) return fail(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, tooDeep);
  const fast = options.fastPath === false ? void 0 : readStructuredTextFast(text, file, positions);
  if (fast) return { ok: true, doc: { value: fast, positions, text } };
  let parsed;
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
    return { ok: true, doc: { value, positions, text, ...parsed.leniency && { leniency: parsed.leniency } } };
  } catch (err) {
    if (err instanceof StructureLimitError) return fail(err.message, err.offset);
    if (err instanceof RangeError) return fail("nesting is too deep to parse");
    throw err;
  }
}
function parseYaml(text) {
  return (0, import_yaml2.parseDocument)(text, { uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
}
function parseLeniently(text) {
  const doc = parseYaml(text);
  const none = { doc, text, shift: new OffsetShift([]) };
  if (!doc.errors.some((e) => e.code === "MISSING_CHAR" || e.code === "BAD_INDENT")) return none;
  const repaired = indentOpenContinuations(text);
  if (!repaired) return none;
  const second = parseYaml(repaired.text);
  if (second.errors.length) return none;
  const shift = new OffsetShift(repaired.insertedAt);
  return { doc: second, text: repaired.text, shift, leniency: { offset: shift.toOriginal(repaired.insertedAt[0]), what: repaired.what } };
}
var OffsetShift = class {
  /** Offsets, in the repaired text, of each inserted character, ascending. */
  constructor(insertedAt) {
    this.insertedAt = insertedAt;
  }
  insertedAt;
  toOriginal(offset) {
    let low = 0;
    let high = this.insertedAt.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (this.insertedAt[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  }
};
var BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;
function indentOpenContinuations(text) {
  const lines = text.split("\n");
  const insertedAt = [];
  let state = { depth: 0 };
  let openIndent = 0;
  let blockScalarIndent;
  let what;
  let offset = 0;
  const out = [];
  for (let line of lines) {
    const indent = line.length - line.trimStart().length;
    const blank = !line.trim();
    if (blockScalarIndent !== void 0 && (blank || indent > blockScalarIndent)) {
      out.push(line);
      offset += line.length + 1;
      continue;
    }
    blockScalarIndent = void 0;
    const open = state.quote !== void 0 || state.depth > 0;
    if (open && !blank && indent <= openIndent) {
      const pad = openIndent + 1 - indent;
      for (let k = 0; k < pad; k++) insertedAt.push(offset + k);
      what ??= state.quote ? "a multi-line quoted scalar" : "a flow collection";
      line = " ".repeat(pad) + line;
    }
    state = scanContinuation(line, state);
    if (!open && (state.quote !== void 0 || state.depth > 0)) openIndent = contentIndent(line);
    if (!open && state.quote === void 0 && state.depth === 0 && BLOCK_SCALAR_HEADER.test(line)) blockScalarIndent = indent;
    out.push(line);
    offset += line.length + 1;
  }
  return insertedAt.length ? { text: out.join("\n"), insertedAt, what: `${what} continues on lines no more indented than its key` } : void 0;
}
function contentIndent(line) {
  return /^[ \t]*(?:-[ \t]+)*/.exec(line)[0].length;
}
function scanContinuation(line, start) {
  let { quote, depth } = start;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = void 0;
    } else if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = void 0;
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]))) {
      break;
    } else if (c === '"' || c === "'" && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) {
      quote = c;
    } else if ((c === "{" || c === "[") && (depth > 0 || startsBlockValue(line.slice(0, i)))) {
      depth++;
    } else if ((c === "}" || c === "]") && depth > 0) {
      depth--;
    }
  }
  return { quote, depth };
}
function startsBlockValue(before) {
  const text = before.trimEnd();
  return text === "" || /(?:^|\s)(?::|-|![^\s]*|&[^\s]+)$/.test(text) || text.endsWith(":");
}
function strictJsonError(text) {
  try {
    JSON.parse(text);
    return void 0;
  } catch (err) {
    const message = err.message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : firstJsonSyntaxError(text);
    return { message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "")}`, offset };
  }
}
function firstJsonSyntaxError(text) {
  const literal = /^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;
  const stack = [];
  let i = 0;
  let expect = "value";
  const skip = () => {
    while (i < text.length && " 	\r\n".includes(text[i])) i++;
  };
  for (skip(); i < text.length; skip()) {
    const c = text[i];
    if (expect === "done") return i;
    if (expect === "colon") {
      if (c !== ":") return i;
      i++;
      expect = "value";
    } else if (expect === "separator") {
      const open = stack.at(-1);
      if (c === "," && open) {
        i++;
        expect = open === "{" ? "key" : "value";
      } else if (c === "}" && open === "{" || c === "]" && open === "[") {
        stack.pop();
        i++;
        expect = stack.length ? "separator" : "done";
      } else return i;
    } else if (c === "}" && expect === "keyOrEnd") {
      stack.pop();
      i++;
      expect = stack.length ? "separator" : "done";
    } else if (c === "]" && expect === "valueOrEnd") {
      stack.pop();
      i++;
      expect = stack.length ? "separator" : "done";
    } else if (expect === "key" || expect === "keyOrEnd") {
      const key = c === '"' ? literal.exec(text.slice(i, i + 1e5)) : null;
      if (!key) return i;
      i += key[0].length;
      expect = "colon";
    } else if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      expect = c === "{" ? "keyOrEnd" : "valueOrEnd";
    } else {
      const value = literal.exec(text.slice(i, i + 1e5));
      if (!value) return i;
      i += value[0].length;
      expect = stack.length ? "separator" : "done";
    }
  }
  return expect === "done" ? void 0 : text.length;
}
function findExcessiveNesting(text) {
  let depth = 0;
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
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE && (i === 0 || opensQuote(text, i - 1))) quote = c;
    else if (c === HASH && (i === 0 || isSpace(text, i - 1))) {
      const eol = text.indexOf("\n", i);
      i = eol === -1 ? text.length : eol - 1;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > MAX_NESTING_DEPTH) return i;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return void 0;
}
var SPACE = 32;
var DASH = 45;
var TAB = 9;
var NEWLINE = 10;
var CARRIAGE_RETURN = 13;
var BACKSLASH = 92;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var HASH = 35;
var OPEN_BRACKET = 91;
var OPEN_BRACE = 123;
var CLOSE_BRACKET = 93;
var CLOSE_BRACE = 125;
var COMMA = 44;
var COLON = 58;
function isSpace(text, at) {
  const code = text.charCodeAt(at);
  if (code === SPACE || code >= TAB && code <= CARRIAGE_RETURN) return true;
  return code > 127 && /\s/.test(text[at]);
}
function opensQuote(text, before) {
  const code = text.charCodeAt(before);
  return code === OPEN_BRACKET || code === OPEN_BRACE || code === COMMA || code === COLON || isSpace(text, before);
}
function cleanYamlMessage(message) {
  return message.replace(/ at line \d+, column \d+[\s\S]*$/, "").trim();
}
var StructureLimitError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var Converter = class {
  constructor(text, file, positions, shift) {
    this.text = text;
    this.file = file;
    this.positions = positions;
    this.shift = shift;
  }
  text;
  file;
  positions;
  shift;
  expanded = 0;
  aliasTargets = /* @__PURE__ */ new Map();
  /** Anchors seen so far, in document order (`Alias.resolve` rescans the document on every call). */
  anchors = /* @__PURE__ */ new Map();
  convert(node, path, depth) {
    return this.convertSized(node, path, depth).value;
  }
  convertSized(node, path, depth) {
    if (depth > MAX_NESTING_DEPTH) {
      throw new StructureLimitError(`nesting deeper than ${MAX_NESTING_DEPTH} levels`, rangeOf(node)?.[0] ?? 0);
    }
    if ((0, import_yaml2.isAlias)(node)) return this.convertAlias(node, path, depth);
    const converted = this.convertNode(node, path, depth);
    this.expanded += 1;
    return converted;
  }
  convertAlias(alias, path, depth) {
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
  convertNode(node, path, depth) {
    const anchor = node?.anchor;
    if (anchor) this.anchors.set(anchor, node);
    const range = rangeOf(node) ?? [0, 0];
    const [valueStart = 0, valueEnd = 0] = range;
    const tag = node?.tag;
    const start = tag && tag.startsWith("!") ? this.tagStart(valueStart, tag) : valueStart;
    const loc = this.location(start, valueEnd, path);
    if (tag && tag.startsWith("!") && !tag.startsWith("!!")) {
      const key = longFormOf(tag);
      const inner = this.convertUntagged(node, [...path, key], depth + 1, range);
      return {
        value: { t: "map", loc, entries: /* @__PURE__ */ new Map([[key, inner.value]]), keyLocs: /* @__PURE__ */ new Map([[key, loc]]) },
        size: inner.size + 1
      };
    }
    return this.convertUntagged(node, path, depth, range);
  }
  convertUntagged(node, path, depth, range) {
    const loc = this.location(range[0], range[1], path);
    if ((0, import_yaml2.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      let size = 1;
      for (const pair of node.items) {
        if (!(0, import_yaml2.isPair)(pair)) continue;
        const keyNode = pair.key;
        const key = (0, import_yaml2.isScalar)(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyRange = rangeOf(keyNode) ?? range;
        const child = pair.value == null ? { value: this.nullAt(keyRange[1], [...path, key]), size: 1 } : this.convertSized(pair.value, [...path, key], depth + 1);
        entries.set(key, child.value);
        keyLocs.set(key, this.location(keyRange[0], keyRange[1], [...path, key]));
        size += child.size;
      }
      return { value: { t: "map", loc, entries, keyLocs }, size };
    }
    if ((0, import_yaml2.isSeq)(node)) {
      const items = [];
      let size = 1;
      node.items.forEach((item, i) => {
        const child = this.convertSized(item, [...path, i], depth + 1);
        items.push(child.value);
        size += child.size;
      });
      return { value: { t: "list", loc, items }, size };
    }
    if ((0, import_yaml2.isScalar)(node)) {
      const v = node.value;
      const scalarValue = typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : String(v);
      return { value: { t: "scalar", loc, v: scalarValue }, size: 1 };
    }
    return { value: { t: "scalar", loc, v: null }, size: 1 };
  }
  nullAt(offset, path) {
    return { t: "scalar", v: null, loc: this.location(offset, offset, path) };
  }
  /** Tagged nodes' ranges start after the tag; a fix must replace the tag too. */
  tagStart(valueStart, tag) {
    let i = valueStart - 1;
    while (i >= 0 && /\s/.test(this.text[i])) i--;
    const candidate = i - tag.length + 1;
    return candidate >= 0 && this.text.slice(candidate, i + 1) === tag ? candidate : valueStart;
  }
  location(start, end, path) {
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    const at = (offset) => this.positions.at(this.shift.toOriginal(offset));
    return { kind: "source", file: this.file, start: at(start), end: at(end), path };
  }
};
function rangeOf(node) {
  return node?.range ?? void 0;
}

// src/model/job-shapes.ts
var TRAINING_LAYOUT = {
  RoleArn: ["RoleArn"],
  VpcConfig: ["VpcConfig"],
  EnableNetworkIsolation: ["EnableNetworkIsolation"],
  EnableInterContainerTrafficEncryption: ["EnableInterContainerTrafficEncryption"],
  ResourceConfig: ["ResourceConfig"],
  OutputDataConfig: ["OutputDataConfig"]
};
function clusterLayout(clusterConfig, outputConfig, root = []) {
  return {
    RoleArn: [...root, "RoleArn"],
    VpcConfig: [...root, "NetworkConfig", "VpcConfig"],
    EnableNetworkIsolation: [...root, "NetworkConfig", "EnableNetworkIsolation"],
    EnableInterContainerTrafficEncryption: [...root, "NetworkConfig", "EnableInterContainerTrafficEncryption"],
    ResourceConfig: [...root, ...clusterConfig, "ClusterConfig"],
    OutputDataConfig: [...root, outputConfig]
  };
}
var PROCESSING_LAYOUT = clusterLayout(["ProcessingResources"], "ProcessingOutputConfig");
function monitoringDefinitionLayout(outputConfig) {
  return clusterLayout(["JobResources"], outputConfig);
}
var MONITORING_SCHEDULE_LAYOUT = clusterLayout(["MonitoringResources"], "MonitoringOutputConfig", ["MonitoringScheduleConfig", "MonitoringJobDefinition"]);
function canonicalJob(native, jobType, layout, typeLoc) {
  const path = pathOf(native);
  const loc = { ...native.loc, path };
  const entries = new Map(native.t === "map" ? native.entries : []);
  const keyLocs = new Map(native.t === "map" ? native.keyLocs : []);
  entries.set("JobType", scalar(jobType, typeLoc));
  for (const [canonical, nativePath] of Object.entries(layout)) {
    entries.set(canonical, get(native, ...nativePath));
    if (nativePath.length !== 1 || nativePath[0] !== canonical) keyLocs.delete(canonical);
  }
  return { t: "map", loc, entries, keyLocs };
}
var MONITORING_DEFINITIONS = {
  DataQuality: { jobType: "data-quality", layout: monitoringDefinitionLayout("DataQualityJobOutputConfig") },
  ModelQuality: { jobType: "model-quality", layout: monitoringDefinitionLayout("ModelQualityJobOutputConfig") },
  ModelBias: { jobType: "model-bias", layout: monitoringDefinitionLayout("ModelBiasJobOutputConfig") },
  ModelExplainability: { jobType: "model-explainability", layout: monitoringDefinitionLayout("ModelExplainabilityJobOutputConfig") }
};
var MONITORING_TYPES = Object.keys(MONITORING_DEFINITIONS);
function isMonitoringType(value) {
  return value !== void 0 && Object.hasOwn(MONITORING_DEFINITIONS, value);
}
function monitoringScheduleJob(schedule, typeLoc) {
  if (get(schedule, "MonitoringScheduleConfig", "MonitoringJobDefinition").t === "omitted") return void 0;
  const monitoringType = stringOf(get(schedule, "MonitoringScheduleConfig", "MonitoringType"));
  const { jobType } = MONITORING_DEFINITIONS[isMonitoringType(monitoringType) ? monitoringType : "DataQuality"];
  return canonicalJob(schedule, jobType, MONITORING_SCHEDULE_LAYOUT, typeLoc);
}
function resourcesOfRequest(request, args, site) {
  const make = (kind, id, props, aliases = []) => ({
    ...site.parent,
    kind,
    id,
    type: request,
    loc: site.loc,
    props,
    // Tags of embedded requests are not read: TG001 judges the declaring resource.
    tags: void 0,
    aliases,
    label: site.parent.label ? `${site.label} (${site.parent.label})` : site.label
  });
  switch (request) {
    case "CreateTrainingJob":
      return [make("Job", site.id, canonicalJob(args, "training", TRAINING_LAYOUT, site.loc))];
    case "CreateProcessingJob":
      return [make("Job", site.id, canonicalJob(args, "processing", PROCESSING_LAYOUT, site.loc))];
    case "CreateHyperParameterTuningJob":
      return trainingDefinitions(args).map(
        ({ definition, suffix }) => make("Job", suffix ? `${site.id}/${suffix}` : site.id, canonicalJob(definition, "tuning", TRAINING_LAYOUT, site.loc))
      );
    case "CreateTransformJob":
      return [make("TransformJob", site.id, args)];
    case "CreateModel": {
      const name = stringOf(get(args, "ModelName"));
      return [make("Model", site.id, args, name ? [name] : [])];
    }
    case "CreateEndpointConfig": {
      const name = stringOf(get(args, "EndpointConfigName"));
      return [make("EndpointConfig", site.id, args, name ? [name] : [])];
    }
    case "CreateEndpoint": {
      const name = stringOf(get(args, "EndpointName"));
      return [make("Endpoint", site.id, args, name ? [name] : [])];
    }
  }
}
function trainingDefinitions(args) {
  const list = get(args, "TrainingJobDefinitions");
  if (list.t === "list" && list.items.length > 0) {
    return list.items.map((definition, i) => ({ definition, suffix: stringOf(get(definition, "DefinitionName")) ?? `#${i + 1}` }));
  }
  return [{ definition: get(args, "TrainingJobDefinition") }];
}

export {
  parseStructuredText,
  firstJsonSyntaxError,
  TRAINING_LAYOUT,
  PROCESSING_LAYOUT,
  canonicalJob,
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  isMonitoringType,
  monitoringScheduleJob,
  resourcesOfRequest,
  trainingDefinitions
};
