import {
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  PROCESSING_LAYOUT,
  canonicalJob,
  monitoringScheduleJob,
  parseStructuredText,
  resourcesOfRequest
} from "./chunk-MFTJGUDJ.js";
import {
  PositionMap,
  describeFsError
} from "./chunk-HCU2I2RT.js";
import {
  readOnlyAt
} from "./chunk-DEZCBU7F.js";
import {
  get,
  stringOf
} from "./chunk-E2XCQX3P.js";
import {
  appendAll
} from "./chunk-CAGW7M4A.js";

// src/core/apply-edits.ts
function applyTextEdits(text, edits) {
  const ordered = [...edits].sort(lastFirst);
  let out = text;
  let limit = Infinity;
  for (const edit of ordered) {
    if (edit.end.offset > limit) continue;
    out = out.slice(0, edit.start.offset) + edit.text + out.slice(edit.end.offset);
    limit = edit.start.offset;
  }
  return out;
}
var lastFirst = (a, b) => b.start.offset - a.start.offset || b.end.offset - a.end.offset;
function editsAsApplied(edits) {
  const out = [];
  for (const file of new Set(edits.map((e) => e.file))) {
    const kept = [];
    let limit = Infinity;
    for (const edit of edits.filter((e) => e.file === file).sort(lastFirst)) {
      if (edit.end.offset > limit) continue;
      const last = kept.at(-1);
      if (last && last.start.offset === last.end.offset && edit.start.offset === edit.end.offset && last.start.offset === edit.start.offset) last.text = edit.text + last.text;
      else kept.push({ ...edit });
      limit = edit.start.offset;
    }
    appendAll(out, kept.reverse());
  }
  return out;
}
function joinInsertions(edits) {
  const out = [];
  for (const edit of edits) {
    const same = out.find((o) => o.file === edit.file && o.start.offset === o.end.offset && edit.start.offset === edit.end.offset && o.start.offset === edit.start.offset);
    if (same) same.text += edit.text;
    else out.push({ ...edit });
  }
  return out;
}
function compatibleFixes(candidates) {
  const accepted = [];
  const deferred = [];
  const taken = [];
  for (const candidate of candidates) {
    const edits = candidate.fix.edits;
    if (edits.some((edit) => taken.some((other) => touches(edit, other)))) {
      deferred.push(candidate);
      continue;
    }
    accepted.push(candidate);
    appendAll(taken, edits);
  }
  return { accepted, deferred };
}
function touches(a, b) {
  return a.file === b.file && a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}

// src/loaders/walk.ts
import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", ".terragrunt-cache", ".hg", ".svn", "__pycache__", ".venv"]);
var INPUT_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json", ".template", ".tf"]);
function toRelative(root, absolute) {
  return path.relative(root, absolute).split(path.sep).join("/") || path.basename(absolute);
}
function scanRootFor(paths, cwd = process.cwd()) {
  const absolute = paths.map((p) => path.resolve(cwd, p));
  if (absolute.every((p) => isInside(cwd, p))) return cwd;
  let common = absolute[0] ?? cwd;
  for (const p of absolute) while (!isInside(common, p)) common = path.dirname(common);
  return common;
}
function isInside(dir, candidate) {
  const rel = path.relative(dir, candidate);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
async function findInputFiles(root, paths, isExcluded) {
  const outcome = { files: [], errors: [], notes: [] };
  const realRoot = await realpath(root);
  const visited = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const add = (absolute, explicit) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    outcome.files.push({ absolute, relative: toRelative(root, absolute), explicit });
  };
  const walk = async (dir) => {
    let real;
    try {
      real = await realpath(dir);
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const relative = toRelative(root, absolute);
      if (isExcluded(relative)) continue;
      if (entry.isSymbolicLink()) {
        await followLink(absolute, relative);
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(absolute);
      } else if (entry.isFile() && isInputName(entry.name)) {
        add(absolute, false);
      }
    }
  };
  const followLink = async (absolute, relative) => {
    let target;
    try {
      target = await realpath(absolute);
    } catch {
      outcome.notes.push({ file: relative, message: "broken symbolic link, not followed" });
      return;
    }
    if (!isInside(realRoot, target)) {
      outcome.notes.push({ file: relative, message: "symbolic link points outside the scan root, not followed" });
      return;
    }
    const stats = await lstat(target);
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isFile() && isInputName(absolute)) add(absolute, false);
  };
  for (const p of paths) {
    const absolute = path.resolve(root, p);
    let stats;
    try {
      stats = await lstat(absolute);
    } catch (err) {
      outcome.errors.push({ file: p, message: `cannot read: ${describeFsError(err)}` });
      continue;
    }
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isSymbolicLink()) await followLink(absolute, toRelative(root, absolute));
    else add(absolute, true);
  }
  return outcome;
}
function isWalkablePath(relative, isExcluded) {
  const parts = relative.split("/");
  return parts.every((part, i) => !isExcluded(parts.slice(0, i + 1).join("/")) && (i === parts.length - 1 || !SKIPPED_DIRECTORIES.has(part)));
}
function isInputName(name) {
  return INPUT_EXTENSIONS.has(path.extname(name).toLowerCase());
}

// src/loaders/expanders/embedded-json.ts
function readEmbeddedJson(property, source) {
  switch (property.t) {
    case "map":
      return { ok: true, value: property };
    case "scalar":
      if (typeof property.v !== "string") return { ok: false, problem: `is ${String(property.v)}, not a JSON document`, loc: property.loc };
      return parseEmbedded(property.v, property.loc, source);
    case "oneOf":
      return readChoices(property.options, property.loc, source);
    case "unknown": {
      if (!property.fallback) return { ok: false, problem: `is known only at deploy time (${property.reason})`, loc: property.loc };
      const parsed = readEmbeddedJson(property.fallback.value, source);
      if (!parsed.ok) return parsed;
      return { ok: true, value: overridable(parsed.value, property.reason, property.fallback.via) };
    }
    case "ref":
      return { ok: false, problem: `is ${property.text}, known only at deploy time`, loc: property.loc };
    case "omitted":
      return { ok: false, problem: "is omitted", loc: property.loc };
    case "list":
      return { ok: false, problem: "is a list, not a JSON document", loc: property.loc };
  }
}
function readChoices(options, loc, source) {
  const parsed = [];
  for (const option of options) {
    const document = readEmbeddedJson(option.value, source);
    if (!document.ok) return { ...document, problem: `${document.problem} when ${option.via}` };
    parsed.push({ value: document.value, via: option.via });
  }
  return { ok: true, value: mergeChoices(parsed, loc) };
}
function parseEmbedded(json, loc, source) {
  const map = TextMap.build(json, loc, source);
  const outcome = parseStructuredText(json, "definition.json");
  if (!outcome.ok) {
    const { line = 1, column = 1, message } = outcome.error;
    const reason = message.replace(/^invalid JSON: /, "");
    const loc2 = map.locate(offsetOf(json, line, column), void 0, []);
    return { ok: false, problem: `is not valid JSON: ${reason} (line ${line}, column ${column} of the document)`, loc: loc2, invalid: true };
  }
  return { ok: true, value: relocate(outcome.doc.value, map) };
}
function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}
function relocate(value, map) {
  const loc = map.locateNode(value.loc);
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      const keyLocs = /* @__PURE__ */ new Map();
      let readOnly = loc.kind === "source" && loc.readOnly === true;
      for (const [key, child] of value.entries) {
        const moved = relocate(child, map);
        const keyLoc = map.locateNode(value.keyLocs.get(key));
        entries.set(key, moved);
        keyLocs.set(key, keyLoc);
        readOnly ||= isReadOnly(moved.loc) || isReadOnly(keyLoc);
      }
      return { t: "map", loc: readOnly ? readOnlyAt(loc) : loc, entries, keyLocs };
    }
    case "list":
      return { t: "list", loc, items: value.items.map((item) => relocate(item, map)) };
    default:
      return { ...value, loc };
  }
}
function isReadOnly(loc) {
  return loc.kind === "source" && loc.readOnly === true;
}
function mergeChoices(options, loc) {
  const values = options.map((o) => o.value);
  const first = values[0];
  if (values.every((v) => v.t === "map")) {
    const maps = values;
    const keys = [...new Set(maps.flatMap((m) => [...m.entries.keys()]))];
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    for (const key of keys) {
      const children = maps.map((m, i) => ({ via: options[i].via, value: m.entries.get(key) ?? absentFrom(m, key) }));
      entries.set(key, mergeChoices(children, children[0].value.loc));
      keyLocs.set(key, maps.find((m) => m.keyLocs.has(key)).keyLocs.get(key));
    }
    return { t: "map", loc: first.loc, entries, keyLocs };
  }
  if (first.t === "list" && values.every((v) => v.t === "list" && v.items.length === first.items.length)) {
    const lists = values;
    const items = first.items.map((item, i) => mergeChoices(options.map((o, j) => ({ via: o.via, value: lists[j].items[i] })), item.loc));
    return { t: "list", loc: first.loc, items };
  }
  if (values.every((v) => v.t === "scalar" && first.t === "scalar" && v.v === first.v)) return first;
  return { t: "oneOf", loc, options };
}
function absentFrom(map, key) {
  return { t: "omitted", loc: map.loc, anchor: map, path: [...map.loc.path, key] };
}
function overridable(value, reason, via) {
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const [key, child] of value.entries) entries.set(key, overridable(child, reason, via));
      return { ...value, entries };
    }
    case "list":
      return { ...value, items: value.items.map((item) => overridable(item, reason, via)) };
    case "scalar":
      return { t: "unknown", loc: value.loc, reason, fallback: { value, via } };
    default:
      return value;
  }
}
var EXACT = 1;
var EDITABLE = 2;
var TextMap = class _TextMap {
  constructor(file, positions, starts, ends, modes, whole) {
    this.file = file;
    this.positions = positions;
    this.starts = starts;
    this.ends = ends;
    this.modes = modes;
    this.whole = whole;
  }
  file;
  positions;
  starts;
  ends;
  modes;
  whole;
  /** Aligns `json` (the resolved string) with the template text of the value at `loc`. */
  static build(json, loc, source) {
    const starts = new Array(json.length).fill(0);
    const ends = new Array(json.length).fill(0);
    const modes = new Uint8Array(json.length);
    if (loc.kind !== "source" || source.text === void 0) return new _TextMap(source.file, void 0, starts, ends, modes, loc);
    const text = source.text;
    const segments = segmentsOf(text, loc.start.offset, loc.end.offset);
    let cursor = 0;
    let fallback = loc.start.offset;
    const approximate2 = (from, to) => {
      for (let i = from; i < to; i++) starts[i] = ends[i] = fallback;
    };
    const exact = (at, piece) => {
      for (let k = 0; k < piece.text.length; k++) {
        starts[at + k] = piece.starts[k];
        ends[at + k] = piece.ends[k];
        modes[at + k] = piece.editable ? EDITABLE : EXACT;
      }
    };
    for (const segment of segments) {
      if (cursor >= json.length) break;
      if ("gap" in segment) {
        fallback = segment.start;
        continue;
      }
      if (segment.text === "") continue;
      const found = segment.placeholder ? json.startsWith(segment.text, cursor) ? cursor : -1 : json.indexOf(segment.text, cursor);
      if (found === -1) {
        if (segment.placeholder) fallback = segment.starts[0];
        continue;
      }
      approximate2(cursor, found);
      exact(found, segment);
      cursor = found + segment.text.length;
      fallback = segment.ends[segment.text.length - 1];
    }
    approximate2(cursor, json.length);
    return new _TextMap(source.file, positionsOf(text), starts, ends, modes, loc);
  }
  /** The template location of a node whose location is relative to the resolved string. */
  locateNode(inner) {
    if (inner.kind !== "source") return inner;
    return this.locate(inner.start.offset, inner.end.offset, inner.path);
  }
  /** The template location of the string's characters `[from, to)` (`to` undefined: a point). */
  locate(from, to, innerPath) {
    const path2 = [...this.whole.path, ...innerPath];
    if (this.whole.kind !== "source" || !this.positions || this.starts.length === 0) return approximate(this.whole, path2);
    const first = Math.min(from, this.starts.length - 1);
    const last = to === void 0 || to <= from ? first : Math.min(to - 1, this.starts.length - 1);
    const mode = Math.min(this.modes[first], this.modes[last]);
    const start = this.starts[first];
    const end = to === void 0 || to <= from ? start : this.ends[last];
    const loc = { kind: "source", file: this.file, start: this.positions.at(start), end: this.positions.at(end), path: path2 };
    return mode === EDITABLE ? loc : readOnlyAt(loc);
  }
};
function approximate(whole, path2) {
  return readOnlyAt(whole, path2);
}
var cachedPositions;
function positionsOf(text) {
  if (cachedPositions?.text !== text) cachedPositions = { text, map: new PositionMap(text) };
  return cachedPositions.map;
}
function segmentsOf(text, start, end) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const pad = " ".repeat(start - lineStart);
  const parsed = parseStructuredText(pad + text.slice(start, end), "fragment.yaml");
  if (!parsed.ok) return [];
  const toTemplate = (offset) => start + offset - pad.length;
  return segmentsOfNode(parsed.doc.value, text, toTemplate, false);
}
function segmentsOfNode(node, text, toTemplate, substitute) {
  const at = node.loc.kind === "source" ? toTemplate(node.loc.start.offset) : 0;
  if (node.t === "scalar") {
    if (node.loc.kind !== "source") return [{ gap: true, start: at }];
    const piece = decodeScalar(text, at, toTemplate(node.loc.end.offset));
    if (!piece) return [{ gap: true, start: at }];
    return substitute ? splitPlaceholders(piece) : [piece];
  }
  if (node.t === "map" && node.entries.size === 1) {
    const sub = node.entries.get("Fn::Sub");
    if (sub) return segmentsOfNode(sub.t === "list" ? sub.items[0] ?? sub : sub, text, toTemplate, true);
    const join = node.entries.get("Fn::Join");
    if (join?.t === "list" && join.items[1]?.t === "list") {
      return join.items[1].items.flatMap((item) => item.t === "scalar" || item.t === "map" ? segmentsOfNode(item, text, toTemplate, false) : [{ gap: true, start: toTemplate(item.loc.kind === "source" ? item.loc.start.offset : 0) }]);
    }
  }
  return [{ gap: true, start: at }];
}
function splitPlaceholders(piece) {
  const out = [];
  const pattern = /\$\{[^}]*\}/g;
  let last = 0;
  const slice = (from, to) => ({
    text: piece.text.slice(from, to),
    starts: piece.starts.slice(from, to),
    ends: piece.ends.slice(from, to),
    editable: piece.editable
  });
  for (let match = pattern.exec(piece.text); match; match = pattern.exec(piece.text)) {
    if (match.index > last) out.push(slice(last, match.index));
    out.push({ ...slice(match.index, match.index + match[0].length), placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < piece.text.length) out.push(slice(last, piece.text.length));
  return out;
}
function decodeScalar(text, start, end) {
  const first = text[start];
  if (first === "|") return decodeLiteralBlock(text, start, end);
  if (first === ">") return void 0;
  const raw = text.slice(start, end);
  if (raw.includes("\n")) return void 0;
  if (first === '"') return decodeDoubleQuoted(text, start, end);
  if (first === "'") return decodeSingleQuoted(text, start, end);
  const piece = { text: "", starts: [], ends: [], editable: false };
  for (let i = start; i < end; i++) push(piece, text[i], i, i + 1);
  return trimTrailingWhitespace(piece);
}
function push(piece, chars, from, to) {
  for (const c of chars) {
    piece.text += c;
    piece.starts.push(from);
    piece.ends.push(to);
  }
}
function decodeLiteralBlock(text, start, end) {
  const headerEnd = text.indexOf("\n", start);
  if (headerEnd === -1 || headerEnd >= end) return void 0;
  const indicator = /^\|([1-9])?[-+]?([1-9])?/.exec(text.slice(start, headerEnd));
  const explicit = Number(indicator?.[1] ?? indicator?.[2] ?? 0);
  const piece = { text: "", starts: [], ends: [], editable: true };
  let indent;
  let parentIndent = 0;
  if (explicit) {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    parentIndent = /^ */.exec(text.slice(lineStart))[0].length;
  }
  for (let lineStart = headerEnd + 1; lineStart < end; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== "") {
      indent ??= explicit ? parentIndent + explicit : /^ */.exec(line)[0].length;
      for (let i = lineStart + indent; i < lineEnd; i++) push(piece, text[i], i, i + 1);
    }
    if (lineEnd < end) push(piece, "\n", lineEnd, lineEnd + 1);
    lineStart = lineEnd + 1;
  }
  return trimTrailingWhitespace(piece);
}
function trimTrailingWhitespace(piece) {
  let n = piece.text.length;
  while (n > 0 && /\s/.test(piece.text[n - 1])) n--;
  return { text: piece.text.slice(0, n), starts: piece.starts.slice(0, n), ends: piece.ends.slice(0, n), editable: piece.editable };
}
var SIMPLE_ESCAPES = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  "0": "\0",
  a: "\x07",
  v: "\v",
  e: "\x1B",
  " ": " ",
  N: "",
  _: " ",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function decodeDoubleQuoted(text, start, end) {
  const piece = { text: "", starts: [], ends: [], editable: false };
  const close = end - 1;
  if (text[close] !== '"') return void 0;
  for (let i = start + 1; i < close; ) {
    const c = text[i];
    if (c !== "\\") {
      push(piece, c, i, i + 1);
      i++;
      continue;
    }
    const kind = text[i + 1];
    const simple = SIMPLE_ESCAPES[kind];
    if (simple !== void 0) {
      push(piece, simple, i, i + 2);
      i += 2;
      continue;
    }
    const digits = HEX_ESCAPES[kind];
    if (digits === void 0) return void 0;
    const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
    if (!Number.isFinite(code)) return void 0;
    push(piece, String.fromCodePoint(code), i, i + 2 + digits);
    i += 2 + digits;
  }
  return piece;
}
function decodeSingleQuoted(text, start, end) {
  const piece = { text: "", starts: [], ends: [], editable: false };
  const close = end - 1;
  if (text[close] !== "'") return void 0;
  for (let i = start + 1; i < close; i++) {
    if (text[i] === "'" && text[i + 1] === "'") {
      push(piece, "'", i, i + 2);
      i++;
    } else {
      push(piece, text[i], i, i + 1);
    }
  }
  return piece;
}

// src/loaders/expanders/embedded-values.ts
function readDefinition(input, inline, external, what) {
  for (const path2 of inline) {
    const value = get(input.props, ...path2);
    if (value.t === "omitted") continue;
    const read = readEmbeddedJson(value, input);
    if (read.ok) return { document: read.value, notes: [], errors: [] };
    const message = `${input.logicalId}: ${path2.join(".")} ${read.problem}, so ${what} in it are not checked`;
    return read.invalid ? { notes: [], errors: [errorAt(input.file, read.loc, message)] } : { notes: [noteAt(input.file, read.loc, message)], errors: [] };
  }
  for (const path2 of external) {
    const value = get(input.props, ...path2);
    if (value.t === "omitted") continue;
    return {
      notes: [noteAt(input.file, value.loc, `${input.logicalId}: the definition is read from ${path2.join(".")} (S3 or a local file), which sagelint does not fetch, so ${what} in it are not checked`)],
      errors: []
    };
  }
  return { notes: [], errors: [] };
}
function errorAt(file, loc, message) {
  return loc.kind === "source" ? { file, line: loc.start.line, column: loc.start.column, message } : { file, message };
}
function noteAt(file, loc, message) {
  return loc.kind === "source" ? { file, line: loc.start.line, message } : { file, message };
}
function resolvePlaceholders(value, substitutions) {
  switch (value.t) {
    case "map": {
      const entries = /* @__PURE__ */ new Map();
      for (const [key, child] of value.entries) entries.set(key, resolvePlaceholders(child, substitutions));
      return { ...value, entries };
    }
    case "list":
      return { ...value, items: value.items.map((item) => resolvePlaceholders(item, substitutions)) };
    case "oneOf":
      return { ...value, options: value.options.map((o) => ({ ...o, value: resolvePlaceholders(o.value, substitutions) })) };
    case "scalar":
      return typeof value.v === "string" ? resolveString(value.v, value, substitutions) : value;
    default:
      return value;
  }
}
var WHOLE_PLACEHOLDER = /^\$\{([^}]+)\}$/;
function resolveString(text, value, substitutions) {
  const whole = WHOLE_PLACEHOLDER.exec(text);
  const substitution = whole && substitutions?.entries.get(whole[1]);
  if (substitution) return substitution;
  const replaced = substitutions ? substituteText(text, substitutions) : text;
  const reference = WHOLE_PLACEHOLDER.exec(replaced);
  if (reference && !reference[1].includes("::")) {
    const [target, ...attribute] = reference[1].split(".");
    return { t: "ref", loc: value.loc, target, attribute: attribute.length ? attribute.join(".") : void 0, text: replaced };
  }
  return replaced === text ? value : { t: "scalar", v: replaced, loc: value.loc };
}
function substituteText(text, substitutions) {
  return text.replace(/\$\{([^}]+)\}/g, (placeholder, name) => {
    const substitution = substitutions.entries.get(name);
    return substitution?.t === "scalar" && substitution.v !== null ? String(substitution.v) : placeholder;
  });
}
function computedAtRunTime(value, how) {
  return { t: "unknown", loc: value.loc, reason: `set when the workflow runs, from ${how}` };
}

// src/loaders/expanders/job-definitions.ts
function jobExpander(jobType, layout) {
  return ({ base, props, loc }) => ({
    resources: [{ ...base, kind: "Job", props: canonicalJob(props, jobType, layout, loc) }],
    notes: []
  });
}
var monitoringSchedule = ({ base, props, loc }) => {
  const job = monitoringScheduleJob(props, loc);
  return { resources: job ? [{ ...base, kind: "Job", props: job }] : [], notes: [] };
};
var JOB_DEFINITION_EXPANDERS = {
  "AWS::SageMaker::ProcessingJob": jobExpander("processing", PROCESSING_LAYOUT),
  ...Object.fromEntries(
    MONITORING_TYPES.map((type) => [`AWS::SageMaker::${type}JobDefinition`, jobExpander(MONITORING_DEFINITIONS[type].jobType, MONITORING_DEFINITIONS[type].layout)])
  ),
  "AWS::SageMaker::MonitoringSchedule": monitoringSchedule
};

// src/loaders/expanders/pipeline-definition.ts
var STEP_REQUESTS = {
  Training: "CreateTrainingJob",
  Processing: "CreateProcessingJob",
  Tuning: "CreateHyperParameterTuningJob",
  Transform: "CreateTransformJob",
  Model: "CreateModel"
};
var expandPipeline = (input) => {
  const { document, notes, errors } = readDefinition(
    input,
    [["PipelineDefinition", "PipelineDefinitionBody"]],
    [["PipelineDefinition", "PipelineDefinitionS3Location"]],
    "pipeline steps"
  );
  return { resources: document ? resourcesOfPipelineDefinition(document, input.base) : [], notes, errors };
};
function resourcesOfPipelineDefinition(document, pipeline) {
  const steps = [...requestSteps(get(document, "Steps"))];
  const stepId = (name) => `${pipeline.id}/${name}`;
  const modelSteps = new Set(steps.filter((s) => s.request === "CreateModel").map((s) => s.name));
  const expressions = new PipelineExpressions(get(document, "Parameters"), (name) => modelSteps.has(name) ? stepId(name) : void 0);
  return steps.flatMap(({ name, step, request }) => {
    const nameValue = get(step, "Name");
    return resourcesOfRequest(request, resolvePlaceholders(expressions.evaluate(get(step, "Arguments"))), {
      parent: pipeline,
      id: stepId(name),
      loc: nameValue.t === "scalar" ? nameValue.loc : step.loc,
      label: `pipeline step ${name} (${stringOf(get(step, "Type"))}) of ${pipeline.id}`
    });
  });
}
function* requestSteps(steps) {
  if (steps.t !== "list") return;
  for (const step of steps.items) {
    const type = stringOf(get(step, "Type"));
    const name = stringOf(get(step, "Name"));
    if (type === "Condition") {
      yield* requestSteps(get(step, "Arguments", "IfSteps"));
      yield* requestSteps(get(step, "Arguments", "ElseSteps"));
      continue;
    }
    const request = type ? STEP_REQUESTS[type] : void 0;
    if (request && name) yield { name, step, request };
  }
}
var PipelineExpressions = class {
  constructor(parameters, modelStepId) {
    this.modelStepId = modelStepId;
    if (parameters.t !== "list") return;
    for (const parameter of parameters.items) {
      const name = stringOf(get(parameter, "Name"));
      const fallback = get(parameter, "DefaultValue");
      if (name && fallback.t !== "omitted") this.defaults.set(name, fallback);
    }
  }
  modelStepId;
  defaults = /* @__PURE__ */ new Map();
  evaluate(value) {
    if (value.t === "list") return { ...value, items: value.items.map((item) => this.evaluate(item)) };
    if (value.t !== "map") return value;
    const [only] = value.entries.keys();
    if (value.entries.size === 1 && only === "Get") return this.get(value, stringOf(value.entries.get("Get")) ?? "");
    if (value.entries.size === 1 && only.startsWith("Std:")) return computedAtRunTime(value, only);
    const entries = /* @__PURE__ */ new Map();
    for (const [key, child] of value.entries) entries.set(key, this.evaluate(child));
    return { ...value, entries };
  }
  get(expression, path2) {
    const parameter = /^Parameters\.(.+)$/.exec(path2)?.[1];
    if (parameter !== void 0) {
      const fallback = this.defaults.get(parameter);
      const reason = `pipeline parameter ${parameter} can be set for each execution`;
      if (!fallback) return { t: "unknown", loc: expression.loc, reason: `${reason} and has no default` };
      return { t: "unknown", loc: expression.loc, reason, fallback: { value: fallback, via: `pipeline parameter ${parameter} keeps its default` } };
    }
    const modelStep = /^Steps\.([^.]+)\.(?:Properties\.)?ModelName$/.exec(path2)?.[1];
    const target = modelStep === void 0 ? void 0 : this.modelStepId(modelStep);
    if (target) return { t: "ref", loc: expression.loc, target, text: `Get ${path2}` };
    return computedAtRunTime(expression, `Get ${path2}`);
  }
};

// src/loaders/expanders/state-machine.ts
var SAGEMAKER_TASKS = {
  createTrainingJob: "CreateTrainingJob",
  createProcessingJob: "CreateProcessingJob",
  createHyperParameterTuningJob: "CreateHyperParameterTuningJob",
  createTransformJob: "CreateTransformJob",
  createModel: "CreateModel",
  createEndpointConfig: "CreateEndpointConfig",
  createEndpoint: "CreateEndpoint"
};
var TASK_RESOURCE = /^arn:(?:\$\{[^}]*\}|[^:]*):states:::sagemaker:([A-Za-z]+)(?:\.sync|\.waitForTaskToken)?$/;
var expandStateMachine = (input) => {
  const { document, notes, errors } = readDefinition(
    input,
    [["Definition"], ["DefinitionString"]],
    [["DefinitionS3Location"], ["DefinitionUri"]],
    "SageMaker tasks"
  );
  const substitutions = get(input.props, "DefinitionSubstitutions");
  return { resources: document ? resourcesOfStateMachineDefinition(document, input.base, substitutions.t === "map" ? substitutions : void 0) : [], notes, errors };
};
function resourcesOfStateMachineDefinition(document, machine, substitutions) {
  const ids = /* @__PURE__ */ new Set();
  const resources = [];
  for (const task of sageMakerTasks(get(document, "States"))) {
    let id = `${machine.id}/${task.name}`;
    for (let n = 2; ids.has(id); n++) id = `${machine.id}/${task.name}#${n}`;
    ids.add(id);
    const args = resolvePlaceholders(runTimeValues(task.args), substitutions);
    const label = `Step Functions state ${task.name} (sagemaker:${task.request}) of ${machine.id}`;
    appendAll(resources, resourcesOfRequest(task.request, args, { parent: machine, id, loc: task.loc, label }));
  }
  return resources;
}
function* sageMakerTasks(states) {
  if (states.t !== "map") return;
  for (const [name, state] of states.entries) {
    const type = stringOf(get(state, "Type"));
    if (type === "Task") {
      const api = TASK_RESOURCE.exec(stringOf(get(state, "Resource")) ?? "")?.[1];
      const request = api ? SAGEMAKER_TASKS[api] : void 0;
      if (!request) continue;
      const parameters = get(state, "Parameters");
      const args = parameters.t === "omitted" ? get(state, "Arguments") : parameters;
      yield { name, loc: states.keyLocs.get(name) ?? state.loc, request, args };
    } else if (type === "Parallel") {
      const branches = get(state, "Branches");
      if (branches.t === "list") for (const branch of branches.items) yield* sageMakerTasks(get(branch, "States"));
    } else if (type === "Map") {
      const processor = get(state, "ItemProcessor");
      yield* sageMakerTasks(get(processor.t === "omitted" ? get(state, "Iterator") : processor, "States"));
    }
  }
}
function runTimeValues(value) {
  if (value.t === "list") return { ...value, items: value.items.map(runTimeValues) };
  if (value.t === "scalar" && typeof value.v === "string" && /^\{%[\s\S]*%\}$/.test(value.v.trim())) return computedAtRunTime(value, value.v);
  if (value.t !== "map") return value;
  const entries = /* @__PURE__ */ new Map();
  const keyLocs = /* @__PURE__ */ new Map();
  for (const [key, child] of value.entries) {
    const dynamic = key.endsWith(".$");
    const name = dynamic ? key.slice(0, -2) : key;
    entries.set(name, dynamic ? computedAtRunTime(child, stringOf(child) ?? "an expression") : runTimeValues(child));
    keyLocs.set(name, value.keyLocs.get(key));
  }
  return { ...value, entries, keyLocs };
}

// src/loaders/expanders/expanders.ts
var RESOURCE_EXPANDERS = {
  ...JOB_DEFINITION_EXPANDERS,
  "AWS::SageMaker::Pipeline": expandPipeline,
  "AWS::StepFunctions::StateMachine": expandStateMachine,
  "AWS::Serverless::StateMachine": expandStateMachine
};

// src/model/resource-types.ts
var CLOUDFORMATION_KINDS = {
  "AWS::SageMaker::NotebookInstance": "NotebookInstance",
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": "NotebookLifecycleConfig",
  "AWS::SageMaker::Domain": "Domain",
  "AWS::SageMaker::UserProfile": "UserProfile",
  "AWS::SageMaker::Model": "Model",
  "AWS::SageMaker::EndpointConfig": "EndpointConfig",
  "AWS::SageMaker::Endpoint": "Endpoint",
  "AWS::SageMaker::Pipeline": "Pipeline",
  "AWS::SageMaker::FeatureGroup": "FeatureGroup",
  "AWS::SageMaker::InferenceExperiment": "InferenceExperiment",
  "AWS::SageMaker::Cluster": "HyperPodCluster",
  "AWS::SageMaker::Space": "Space",
  "AWS::SageMaker::StudioLifecycleConfig": "StudioLifecycleConfig",
  "AWS::SageMaker::Workforce": "Workforce",
  "AWS::SageMaker::AppImageConfig": "AppImageConfig",
  "AWS::SageMaker::Image": "Image",
  "AWS::SageMaker::ModelPackageGroup": "ModelPackageGroup",
  "AWS::StepFunctions::StateMachine": "StateMachine",
  "AWS::Serverless::StateMachine": "StateMachine",
  "AWS::EC2::SecurityGroup": "SecurityGroup",
  "AWS::EC2::SecurityGroupIngress": "SecurityGroupIngress",
  "AWS::EC2::VPC": "Vpc",
  "AWS::EC2::Subnet": "Subnet",
  "AWS::EC2::VPCEndpoint": "VpcEndpoint",
  "AWS::Redshift::Cluster": "RedshiftCluster",
  "AWS::Redshift::ClusterParameterGroup": "RedshiftParameterGroup",
  "AWS::Redshift::ClusterSubnetGroup": "RedshiftSubnetGroup",
  "AWS::Redshift::EventSubscription": "RedshiftEventSubscription",
  "AWS::RedshiftServerless::Namespace": "RedshiftServerlessNamespace",
  "AWS::RedshiftServerless::Workgroup": "RedshiftServerlessWorkgroup",
  "AWS::IAM::Role": "IamRole",
  "AWS::IAM::User": "IamUser",
  "AWS::IAM::Group": "IamGroup",
  "AWS::IAM::Policy": "IamPolicy",
  "AWS::IAM::ManagedPolicy": "IamPolicy",
  "AWS::IAM::RolePolicy": "IamPolicy",
  "AWS::IAM::UserPolicy": "IamPolicy",
  "AWS::IAM::GroupPolicy": "IamPolicy",
  "AWS::EC2::RouteTable": "RouteTable",
  "AWS::EC2::Route": "Route",
  "AWS::Route53::HostedZone": "HostedZone",
  "AWS::Route53::RecordSet": "RecordSet"
};
var NAME_PROPERTIES = {
  "AWS::SageMaker::NotebookInstance": "NotebookInstanceName",
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": "NotebookInstanceLifecycleConfigName",
  "AWS::SageMaker::Domain": "DomainName",
  "AWS::SageMaker::UserProfile": "UserProfileName",
  "AWS::SageMaker::Model": "ModelName",
  "AWS::SageMaker::EndpointConfig": "EndpointConfigName",
  "AWS::SageMaker::Endpoint": "EndpointName",
  "AWS::SageMaker::Pipeline": "PipelineName",
  "AWS::SageMaker::FeatureGroup": "FeatureGroupName",
  "AWS::SageMaker::InferenceExperiment": "Name",
  "AWS::SageMaker::Cluster": "ClusterName",
  "AWS::SageMaker::Space": "SpaceName",
  "AWS::SageMaker::StudioLifecycleConfig": "StudioLifecycleConfigName",
  "AWS::SageMaker::Workforce": "WorkforceName",
  "AWS::SageMaker::AppImageConfig": "AppImageConfigName",
  "AWS::SageMaker::Image": "ImageName",
  "AWS::SageMaker::ModelPackageGroup": "ModelPackageGroupName",
  "AWS::IAM::Role": "RoleName",
  "AWS::IAM::User": "UserName",
  "AWS::IAM::Group": "GroupName",
  "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
  "AWS::Redshift::Cluster": "ClusterIdentifier",
  "AWS::Redshift::ClusterParameterGroup": "ParameterGroupName",
  "AWS::RedshiftServerless::Namespace": "NamespaceName",
  "AWS::RedshiftServerless::Workgroup": "WorkgroupName"
};
var TAGGABLE_TYPES = /* @__PURE__ */ new Set([
  "Snapshot",
  "AWS::SageMaker::NotebookInstance",
  "AWS::SageMaker::Domain",
  "AWS::SageMaker::UserProfile",
  "AWS::SageMaker::Model",
  "AWS::SageMaker::EndpointConfig",
  "AWS::SageMaker::Endpoint",
  "AWS::SageMaker::Pipeline",
  "AWS::SageMaker::FeatureGroup",
  "AWS::SageMaker::InferenceExperiment",
  "AWS::SageMaker::AppImageConfig",
  "AWS::SageMaker::Image",
  "AWS::SageMaker::ProcessingJob",
  "AWS::SageMaker::DataQualityJobDefinition",
  "AWS::SageMaker::ModelQualityJobDefinition",
  "AWS::SageMaker::ModelBiasJobDefinition",
  "AWS::SageMaker::ModelExplainabilityJobDefinition",
  "AWS::SageMaker::MonitoringSchedule",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::Redshift::Cluster",
  "AWS::Redshift::ClusterParameterGroup",
  "AWS::Redshift::ClusterSubnetGroup",
  "AWS::Redshift::EventSubscription",
  "AWS::RedshiftServerless::Namespace",
  "AWS::RedshiftServerless::Workgroup",
  "AWS::IAM::Role",
  "AWS::IAM::User",
  "AWS::IAM::ManagedPolicy"
]);

// src/loaders/recent-parses.ts
var RecentParses = class {
  constructor(maxChars) {
    this.maxChars = maxChars;
  }
  maxChars;
  entries = /* @__PURE__ */ new Map();
  chars = 0;
  get(file, text) {
    const entry = this.entries.get(file);
    if (entry?.text !== text) return void 0;
    this.entries.delete(file);
    this.entries.set(file, entry);
    return entry.outcome;
  }
  /** `get`, for a parse needed once more only: it is no longer kept. */
  take(file, text) {
    const outcome = this.get(file, text);
    if (outcome !== void 0) this.delete(file);
    return outcome;
  }
  set(file, text, outcome) {
    this.delete(file);
    if (text.length > this.maxChars) return;
    this.entries.set(file, { text, outcome });
    this.chars += text.length;
    for (const oldest of this.entries.keys()) {
      if (this.chars <= this.maxChars) break;
      this.delete(oldest);
    }
  }
  delete(file) {
    const entry = this.entries.get(file);
    if (!entry) return;
    this.chars -= entry.text.length;
    this.entries.delete(file);
  }
};

export {
  applyTextEdits,
  editsAsApplied,
  joinInsertions,
  compatibleFixes,
  errorAt,
  RESOURCE_EXPANDERS,
  CLOUDFORMATION_KINDS,
  NAME_PROPERTIES,
  TAGGABLE_TYPES,
  RecentParses,
  SKIPPED_DIRECTORIES,
  toRelative,
  scanRootFor,
  findInputFiles,
  isWalkablePath,
  isInputName
};
