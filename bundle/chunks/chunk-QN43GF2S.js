
// src/report/source-files.ts
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/report/line-hash.ts
var WINDOW = 100;
var BASE = 37n;
var END_OF_FILE = 65535;
var SPACE = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var LEAVING_WEIGHT = BigInt.asUintN(64, BASE ** BigInt(WINDOW));
function computeLineHashes(text) {
  const { units, lineStarts } = normalize(text);
  const hashes = [];
  const seen = /* @__PURE__ */ new Map();
  let hash = 0n;
  let nextLine = 0;
  for (let i = 0; i < units.length + WINDOW && nextLine < lineStarts.length; i++) {
    const entering = i < units.length ? units[i] : 0;
    const leaving = i >= WINDOW && i - WINDOW < units.length ? units[i - WINDOW] : 0;
    hash = BigInt.asUintN(64, hash * BASE + BigInt(entering) - LEAVING_WEIGHT * BigInt(leaving));
    if (i - (WINDOW - 1) === lineStarts[nextLine]) {
      const hex = hash.toString(16);
      const count = (seen.get(hex) ?? 0) + 1;
      seen.set(hex, count);
      hashes.push(`${hex}:${count}`);
      nextLine++;
    }
  }
  return hashes;
}
function normalize(text) {
  const units = new Uint16Array(text.length + 1);
  const lineStarts = [];
  let length = 0;
  let atLineStart = true;
  let afterCR = false;
  const push = (unit) => {
    if (atLineStart) lineStarts.push(length);
    atLineStart = unit === LF;
    units[length++] = unit;
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const wasAfterCR = afterCR;
    afterCR = unit === CR;
    if (unit === SPACE || unit === TAB || wasAfterCR && unit === LF) continue;
    push(unit === CR ? LF : unit);
  }
  push(END_OF_FILE);
  return { units: units.subarray(0, length), lineStarts };
}

// src/report/source-files.ts
var MAX_REPORTED_FILE_BYTES = 5 * 1024 * 1024;
var BYTE_ORDER_MARK = "\uFEFF";
var SourceFiles = class {
  contents = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  splitLines = /* @__PURE__ */ new Map();
  hashes = /* @__PURE__ */ new Map();
  root;
  constructor(root) {
    this.root = realPath(root);
  }
  /** The file's lines without line terminators (BOM removed), or undefined when unreadable. */
  lines(file) {
    return remember(this.splitLines, file, () => {
      const text = this.rawText(file);
      const withoutBom = text?.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
      return withoutBom?.split("\n").map((line) => line.replace(/\r$/, ""));
    });
  }
  /** GitHub's `primaryLocationLineHash` for a 1-based line, when the file is readable. */
  lineHash(file, line) {
    const hashes = remember(this.hashes, file, () => {
      const text = this.rawText(file);
      return text === void 0 ? void 0 : computeLineHashes(text);
    });
    return hashes?.[line - 1];
  }
  facts(file) {
    const bytes = this.bytes(file);
    return bytes && { length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
  }
  /** The text exactly as GitHub reads it (a BOM, if any, is kept: it takes part in the hash). */
  rawText(file) {
    return remember(this.texts, file, () => this.bytes(file)?.toString("utf8"));
  }
  bytes(file) {
    return remember(this.contents, file, () => this.read(file));
  }
  read(file) {
    if (this.root === void 0 || isAbsolute(file)) return void 0;
    const path = realPath(resolve(this.root, file));
    if (path === void 0 || !isInside(this.root, path)) return void 0;
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size > MAX_REPORTED_FILE_BYTES) return void 0;
      return readFileSync(path);
    } catch {
      return void 0;
    }
  }
};
var CACHED_FILES = 16;
function remember(cache, key, compute) {
  if (cache.has(key)) return cache.get(key);
  const value = compute();
  cache.set(key, value);
  if (cache.size > CACHED_FILES) cache.delete(cache.keys().next().value);
  return value;
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  SourceFiles
};
