/**
 * Building blocks for Terraform values: locations from HCL ranges, unknowns,
 * choices carried through operations, re-pathing a value to the canonical
 * property it lands in, and the side facts a value keeps for later steps
 * (where its string text sits in a file, whether it came from `jsonencode`,
 * whether its text can be replaced by a fix).
 */
import type { Location, Path, SourceLocation } from '../../model/location.js';
import type { Choice, ConcreteValue, MapValue, ScalarValue, UnknownValue, Value } from '../../model/value.js';
import type { HclExpr, Range } from './hcl-ast.js';

/** Above this many combinations, operations over choices give up and say so. */
export const MAX_OPTIONS = 32;

export function sourceLoc(file: string, range: Range, path: Path = []): SourceLocation {
  return { kind: 'source', file, start: range.start, end: range.end, path };
}

/** From the start of `first` to the end of `last` (same file), with `path`. */
export function spanLoc(first: Location, last: Location, path: Path): Location {
  if (first.kind === 'source' && last.kind === 'source' && first.file === last.file) return { ...first, end: last.end, path };
  return { ...first, path };
}

export function unknownAt(loc: Location, reason: string, fallback?: Choice): UnknownValue {
  return fallback ? { t: 'unknown', loc, reason, fallback } : { t: 'unknown', loc, reason };
}

export function scalarAt(loc: Location, v: string | number | boolean | null): ScalarValue {
  return { t: 'scalar', loc, v };
}

export function mapAt(loc: Location, entries: Map<string, Value>, keyLocs: Map<string, Location> = new Map()): MapValue {
  return { t: 'map', loc, entries, keyLocs };
}

/** An unknown caused by a mistake in the configuration (a missing key, a wrong type): `try` skips these. */
const evaluationErrors = new WeakSet<Value>();

export function evaluationError(loc: Location, reason: string): UnknownValue {
  const value = unknownAt(loc, reason);
  evaluationErrors.add(value);
  return value;
}

export function isEvaluationError(value: Value): boolean {
  return evaluationErrors.has(value);
}

/**
 * Where the characters of a string scalar stand in a file (pieces of the
 * string mapped to file offsets), and which `${…}` placeholders in it stand
 * for values known only at deploy time.
 */
export interface TextOrigin {
  file: string;
  /** Maximal runs that are the file's own text, in string order. */
  pieces: readonly { at: number; length: number; sourceOffset: number }[];
  holes?: ReadonlyMap<string, Value>;
}

const textOrigins = new WeakMap<Value, TextOrigin>();
/** Values produced by `jsonencode`: structure kept for JSON documents, text everywhere else. */
const jsonEncoded = new WeakSet<Value>();
/**
 * Locations that are exactly a value's text in a file, in HCL or JSON syntax: a
 * fix may replace that text. Kept by location, which copies of a value share
 * (`prop()` adds defaults by copying).
 */
const syntaxOf = new WeakMap<Location, 'hcl' | 'json'>();

/**
 * The HCL expression a JSON string is the `jsonencode` of, when the string
 * itself is not written anywhere (a plan holds it): its document's nodes are
 * located at the object and tuple literals that write them.
 */
export interface EncodedFrom {
  file: string;
  expr: HclExpr;
}

const encodedFrom = new WeakMap<Value, EncodedFrom>();

export function setEncodedFrom(value: Value, source: EncodedFrom): void {
  encodedFrom.set(value, source);
}

export function encodedFromOf(value: Value): EncodedFrom | undefined {
  return encodedFrom.get(value);
}

export function setTextOrigin(value: Value, origin: TextOrigin): void {
  textOrigins.set(value, origin);
}

export function textOrigin(value: Value): TextOrigin | undefined {
  return textOrigins.get(value);
}

export function markJsonEncoded<T extends Value>(value: T): T {
  jsonEncoded.add(value);
  return value;
}

export function isJsonEncoded(value: Value): boolean {
  return jsonEncoded.has(value);
}

export function markWritten<T extends Value>(value: T, syntax: 'hcl' | 'json'): T {
  syntaxOf.set(value.loc, syntax);
  return value;
}

export function writtenSyntax(value: Value): 'hcl' | 'json' | undefined {
  return syntaxOf.get(value.loc);
}

function carryFacts(from: Value, to: Value): void {
  const origin = textOrigins.get(from);
  if (origin) textOrigins.set(to, origin);
  const encoded = encodedFrom.get(from);
  if (encoded) encodedFrom.set(to, encoded);
  if (jsonEncoded.has(from)) jsonEncoded.add(to);
  const syntax = syntaxOf.get(from.loc);
  if (syntax) syntaxOf.set(to.loc, syntax);
}

function withPath(loc: Location, path: Path): Location {
  return { ...loc, path };
}

/**
 * A copy of `value` whose locations carry `path` (and the paths below it):
 * values keep the file range where they are written, but take the canonical
 * path of the property they land in.
 */
export function relocate(value: Value, path: Path): Value {
  const loc = withPath(value.loc, path);
  let out: Value;
  switch (value.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      for (const [k, v] of value.entries) {
        entries.set(k, relocate(v, [...path, k]));
        const keyLoc = value.keyLocs.get(k);
        if (keyLoc) keyLocs.set(k, withPath(keyLoc, [...path, k]));
      }
      out = { t: 'map', loc, entries, keyLocs };
      break;
    }
    case 'list':
      out = { t: 'list', loc, items: value.items.map((item, i) => relocate(item, [...path, i])) };
      break;
    case 'oneOf':
      out = { t: 'oneOf', loc, options: value.options.map((o) => ({ via: o.via, value: relocate(o.value, path) })) };
      break;
    case 'unknown':
      out = unknownAt(loc, value.reason, value.fallback && { via: value.fallback.via, value: relocate(value.fallback.value, path) });
      break;
    case 'omitted':
      out = { ...value, loc, path };
      break;
    default:
      out = { ...value, loc };
  }
  carryFacts(value, out);
  return out;
}

/** A value whose parts may hold choices: the fixed possibilities, how each arises, or why none can be known. */
type Expansion = { ok: true; combos: { parts: ConcreteValue[]; via: string[] }[]; fallback?: UnknownValue } | { ok: false; unknown: UnknownValue };

function expand(parts: readonly Value[]): Expansion {
  let combos: { parts: ConcreteValue[]; via: string[] }[] = [{ parts: [], via: [] }];
  let fallback: UnknownValue | undefined;
  for (const part of parts) {
    let options: readonly { value: Value; via?: string }[];
    if (part.t === 'oneOf') options = part.options;
    else if (part.t === 'unknown' && part.fallback) {
      // An overridable default: computed with, but its `via` is said once, on the result.
      fallback ??= part;
      options = [{ value: part.fallback.value }];
    } else if (part.t === 'unknown') return { ok: false, unknown: part };
    else options = [{ value: part }];
    // Choices may nest (a choice between choices): flatten each option first.
    const flat: { parts: ConcreteValue[]; via: string[] }[] = [];
    for (const option of options) {
      const optionVia = option.via ? [option.via] : [];
      if (option.value.t === 'oneOf' || option.value.t === 'unknown') {
        const inner = expand([option.value]);
        if (!inner.ok) return inner;
        fallback ??= inner.fallback;
        for (const c of inner.combos) flat.push({ parts: c.parts, via: [...optionVia, ...c.via] });
      } else if (option.value.t !== 'omitted') {
        flat.push({ parts: [option.value], via: optionVia });
      } else {
        return { ok: false, unknown: unknownAt(part.loc, 'a value that is omitted') };
      }
    }
    const next: typeof combos = [];
    for (const combo of combos) for (const f of flat) next.push({ parts: [...combo.parts, ...f.parts], via: [...combo.via, ...f.via] });
    if (next.length > MAX_OPTIONS) return { ok: false, unknown: unknownAt(part.loc, `more than ${MAX_OPTIONS} combinations of choices`) };
    combos = next;
  }
  return { ok: true, combos, fallback };
}

/**
 * Applies `build` to concrete parts. Choices among the parts give one result
 * per combination (a oneOf, with how each arises); a part that is unknown makes
 * the result unknown, and a default that can be overridden stays one.
 */
export function lift(parts: readonly Value[], loc: Location, build: (concrete: ConcreteValue[]) => Value): Value {
  const expanded = expand(parts);
  if (!expanded.ok) return unknownAt(loc, expanded.unknown.reason);
  const results = expanded.combos.map((c) => ({ value: build(c.parts), via: c.via.join(' and ') }));
  const combined: Value = results.length === 1 ? results[0]!.value : { t: 'oneOf', loc, options: results };
  const fallback = expanded.fallback?.fallback;
  return fallback ? unknownAt(loc, expanded.fallback!.reason, { via: fallback.via, value: combined }) : combined;
}

/** The text a scalar contributes to a string, as Terraform converts it. */
export function scalarText(value: ScalarValue): string | undefined {
  if (value.v === null) return undefined;
  return typeof value.v === 'string' ? value.v : String(value.v);
}

/** Plain data of a value, with references and unknowns rendered as `${…}` placeholders. */
export function toPlainWithPlaceholders(value: Value): unknown {
  switch (value.t) {
    case 'scalar':
      return value.v;
    case 'list':
      return value.items.map(toPlainWithPlaceholders);
    case 'map':
      return Object.fromEntries([...value.entries].filter(([, v]) => v.t !== 'omitted').map(([k, v]) => [k, toPlainWithPlaceholders(v)]));
    case 'ref':
      return `\${${value.text}}`;
    case 'omitted':
      return null;
    default:
      return '${?}';
  }
}
