
// src/model/plain.ts
function fromPlain(data, locate, path = []) {
  const fixed = typeof locate !== "function";
  const loc = fixed ? locate : locate(path);
  const below = (key) => fixed ? path : [...path, key];
  if (Array.isArray(data)) {
    return { t: "list", loc, items: data.map((item, i) => fromPlain(item, locate, below(i))) };
  }
  if (data !== null && typeof data === "object") {
    const entries = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(data)) {
      if (v === void 0) continue;
      const value = fromPlain(v, locate, below(k));
      entries.set(k, value);
      keyLocs.set(k, value.loc);
    }
    return { t: "map", loc, entries, keyLocs };
  }
  if (typeof data === "string" || typeof data === "number" || typeof data === "boolean" || data === null) {
    return { t: "scalar", v: data, loc };
  }
  return { t: "unknown", loc, reason: `unsupported value of type ${typeof data}` };
}

export {
  fromPlain
};
