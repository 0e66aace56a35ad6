import {
  inertJson
} from "./chunk-EMSR244R.js";

// src/report/json-stream.ts
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var LazyList = class {
  constructor(items, render, plain = false) {
    this.items = items;
    this.render = render;
    this.plain = plain;
  }
  items;
  render;
  plain;
};
var INDENT = "  ";
function* jsonChunks(value, indent = "") {
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
function* plainChunk(value, indent) {
  const json = JSON.stringify(value, null, 2);
  const text = json === void 0 ? void 0 : inertJson(json);
  yield indent && text ? text.replaceAll("\n", `
${indent}`) : text ?? "null";
}
function* listChunks(items, render, indent, chunks) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const inner = indent + INDENT;
  let separator = "[\n";
  for (const item of items) {
    yield separator + inner;
    yield* chunks(jsonItem(render(item)), inner);
    separator = ",\n";
  }
  yield `
${indent}]`;
}
function* objectChunks(object, indent) {
  const entries = Object.entries(object).filter(([, value]) => hasJsonForm(value));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  const inner = indent + INDENT;
  let separator = "{\n";
  for (const [key, value] of entries) {
    yield `${separator}${inner}${inertJson(JSON.stringify(key))}: `;
    yield* jsonChunks(value, inner);
    separator = ",\n";
  }
  yield `
${indent}}`;
}
function hasJsonForm(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function jsonItem(value) {
  return hasJsonForm(value) ? value : null;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof LazyList) && typeof value.toJSON !== "function";
}
function holdsLazyList(value) {
  if (value instanceof LazyList) return true;
  if (Array.isArray(value)) return value.some(holdsLazyList);
  if (isPlainObject(value)) return Object.values(value).some(holdsLazyList);
  return false;
}
var WRITE_BLOCK = 1 << 16;
function* inBlocks(chunks) {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_BLOCK) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}
async function writeChunks(chunks, to) {
  const source = Readable.from(inBlocks(chunks), { objectMode: false });
  if ("file" in to) await pipeline(source, createWriteStream(to.file));
  else await pipeline(source, to.stream, { end: false });
}

export {
  LazyList,
  jsonChunks,
  writeChunks
};
