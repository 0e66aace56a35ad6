/**
 * Terraform's built-in functions, as far as a configuration alone decides them.
 * Functions that move values around (`merge`, `lookup`, `concat`, `jsonencode`,
 * `try`) keep each value with its location and references; functions over plain
 * data compute when every argument is known; the rest are unknown, saying so.
 */
import { fromPlain } from '../../model/plain.js';
import { readOnlyAt, type Location } from '../../model/location.js';
import { toPlain, type ConcreteValue, type Value } from '../../model/value.js';
import type { CallExpr, HclExpr } from './hcl-ast.js';
import { evaluate, type EvalContext } from './evaluator.js';
import { evaluationError, isEvaluationError, lift, mapAt, markJsonEncoded, scalarAt, unknownAt } from './values.js';
import { renderTemplateFile } from './template-file.js';
import { EvaluationLimitExceeded, tooLarge } from './budget.js';
import { maxOf, minOf } from '../../collections.js';

type Eager = (args: ConcreteValue[], loc: Location, ctx: EvalContext) => Value;
type Lazy = (args: readonly HclExpr[], ctx: EvalContext, loc: Location) => Value;

/** Arguments are passed on the call stack: a list expanded with `...` is refused beyond this. */
const MAX_EXPANDED_ARGUMENTS = 10_000;

/** Thrown by a function over plain data whose result would be larger than a value may be; the caller adds the location. */
class ResultTooLarge extends Error {}

/** Refuses a result of `chars` characters (or elements) before building it. */
function limitResult(size: number, what: 'characters' | 'elements' = 'characters'): void {
  const refused = tooLarge(size, what);
  if (refused) throw new ResultTooLarge(refused);
}

export function callFunction(call: CallExpr, ctx: EvalContext, loc: Location): Value {
  const name = call.name.replace(/^core::/, '');
  const lazy = LAZY[name];
  if (lazy) return lazy(call.args, ctx, loc);
  const eager = VALUE_FUNCTIONS[name] ?? plainFunction(PLAIN_FUNCTIONS[name]);
  if (!eager) {
    return unknownAt(loc, name.includes('::') ? `provider function ${name} is not evaluated` : `${name}() is not evaluated by sagelint`);
  }
  let args = call.args.map((a) => evaluate(a, ctx));
  if (call.expandLast && args.length) {
    const last = args[args.length - 1]!;
    if (last.t !== 'list') return unknownAt(loc, `the expanded argument ${call.args[call.args.length - 1]!.text} is not known`);
    if (last.items.length > MAX_EXPANDED_ARGUMENTS) return unknownAt(loc, `${name}() of more than ${MAX_EXPANDED_ARGUMENTS} expanded arguments is not evaluated`);
    args = [...args.slice(0, -1), ...last.items];
  }
  // A function may read its arguments whole (a conversion to plain data, a merge): work in their size.
  ctx.scope.budget.walk(args, loc);
  return lift(args, loc, (concrete) => eager(concrete, loc, ctx));
}

/** Wraps a function over plain data: every argument must be fully known. */
function plainFunction(fn: ((...args: unknown[]) => unknown) | undefined): Eager | undefined {
  if (!fn) return undefined;
  return (args, loc) => {
    const plain = args.map(toPlain);
    if (plain.some((p) => p === undefined)) return unknownAt(loc, 'its arguments are known only at deploy time');
    let result: unknown;
    try {
      result = fn(...plain);
    } catch (err) {
      if (err instanceof ResultTooLarge) throw new EvaluationLimitExceeded(loc, err.message);
      return evaluationError(loc, err instanceof Error ? err.message : String(err));
    }
    // Parts of a computed value are not written anywhere: only the whole call is.
    return result === undefined ? unknownAt(loc, 'not evaluated for these arguments') : fromPlain(result, (path) => (path.length ? readOnlyAt(loc) : loc));
  };
}

const LAZY: Record<string, Lazy> = {
  try: (args, ctx, loc) => {
    for (const arg of args) {
      const value = evaluate(arg, ctx);
      if (!isEvaluationError(value)) return value;
    }
    return evaluationError(loc, 'no argument of try() could be evaluated');
  },
  can: (args, ctx, loc) => {
    const value = args[0] ? evaluate(args[0], ctx) : evaluationError(loc, 'can() needs an argument');
    if (isEvaluationError(value)) return scalarAt(loc, false);
    return value.t === 'unknown' ? unknownAt(loc, value.reason) : scalarAt(loc, true);
  },
};


function asString(v: ConcreteValue): string | undefined {
  return v.t === 'scalar' && v.v !== null ? String(v.v) : undefined;
}

function isNullish(v: Value): boolean {
  return v.t === 'scalar' && v.v === null;
}

const VALUE_FUNCTIONS: Record<string, Eager> = {
  jsonencode: ([v], loc) => (v ? markJsonEncoded({ ...v }) : evaluationError(loc, 'jsonencode() needs an argument')),
  tolist: ([v]) => v!,
  toset: ([v]) => v!,
  tomap: ([v]) => v!,
  sensitive: ([v]) => v!,
  nonsensitive: ([v]) => v!,
  concat: (lists, loc) => {
    if (lists.some((l) => l.t !== 'list')) return unknownAt(loc, 'concat() of values that are not known lists');
    return { t: 'list', loc, items: lists.flatMap((l) => (l.t === 'list' ? l.items : [])) };
  },
  merge: (maps, loc) => {
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    for (const m of maps) {
      if (isNullish(m)) continue;
      if (m.t !== 'map') return unknownAt(loc, 'merge() of values that are not known maps');
      for (const [k, v] of m.entries) {
        entries.set(k, v);
        keyLocs.set(k, m.keyLocs.get(k) ?? v.loc);
      }
    }
    return mapAt(loc, entries, keyLocs);
  },
  lookup: ([map, key, fallback], loc) => {
    const name = key && asString(key);
    if (map?.t !== 'map' || name === undefined) return unknownAt(loc, 'lookup() in a map that is not known');
    return map.entries.get(name) ?? fallback ?? evaluationError(loc, `lookup() found no key "${name}"`);
  },
  element: ([list, index], loc) => {
    const i = index?.t === 'scalar' ? Number(index.v) : NaN;
    if (list?.t !== 'list' || Number.isNaN(i) || list.items.length === 0) return unknownAt(loc, 'element() of a list that is not known');
    return list.items[((i % list.items.length) + list.items.length) % list.items.length]!;
  },
  length: ([v], loc) => {
    if (v?.t === 'list') return scalarAt(loc, v.items.length);
    if (v?.t === 'map') return scalarAt(loc, v.entries.size);
    if (v?.t === 'scalar' && typeof v.v === 'string') return scalarAt(loc, [...v.v].length);
    return unknownAt(loc, 'length() of a value known only at deploy time');
  },
  one: ([list], loc) => {
    if (list?.t !== 'list') return unknownAt(loc, 'one() of a list that is not known');
    if (list.items.length > 1) return evaluationError(loc, 'one() of a list with more than one element');
    return list.items[0] ?? scalarAt(loc, null);
  },
  coalesce: (args, loc) => args.find((a) => !isNullish(a) && !(a.t === 'scalar' && a.v === '')) ?? evaluationError(loc, 'coalesce() found no non-empty value'),
  file: ([path], loc, ctx) => {
    const name = path && asString(path);
    return name === undefined ? unknownAt(loc, 'file() of a path that is not known') : ctx.scope.readFile(name, loc);
  },
  filebase64: ([path], loc, ctx) => {
    const name = path && asString(path);
    if (name === undefined) return unknownAt(loc, 'filebase64() of a path that is not known');
    const content = ctx.scope.readFile(name, loc);
    return content.t === 'scalar' && typeof content.v === 'string' ? scalarAt(loc, Buffer.from(content.v, 'utf8').toString('base64')) : content;
  },
  templatefile: ([path, vars], loc, ctx) => {
    const name = path && asString(path);
    if (name === undefined) return unknownAt(loc, 'templatefile() of a path that is not known');
    const content = ctx.scope.readFile(name, loc);
    if (content.t !== 'scalar' || typeof content.v !== 'string') return content;
    return renderTemplateFile(content, vars?.t === 'map' ? vars : mapAt(loc, new Map()));
  },
};

const PLAIN_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  lower: (s) => String(s).toLowerCase(),
  upper: (s) => String(s).toUpperCase(),
  title: (s) => String(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: (s) => String(s).trim(),
  chomp: (s) => String(s).replace(/[\r\n]+$/, ''),
  trim: (s, chars) => {
    const set = new Set(String(chars));
    let text = String(s);
    while (text && set.has(text[0]!)) text = text.slice(1);
    while (text && set.has(text[text.length - 1]!)) text = text.slice(0, -1);
    return text;
  },
  trimprefix: (s, p) => (String(s).startsWith(String(p)) ? String(s).slice(String(p).length) : s),
  trimsuffix: (s, p) => (String(s).endsWith(String(p)) && String(p) ? String(s).slice(0, -String(p).length) : s),
  replace: (s, search, replacement) => {
    const pattern = String(search);
    if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) return undefined;
    const text = String(s);
    const by = String(replacement);
    limitResult(text.length + occurrences(text, pattern) * Math.max(0, by.length - pattern.length));
    return text.split(pattern).join(by);
  },
  split: (sep, s) => {
    limitResult(occurrences(String(s), String(sep)) + 1, 'elements');
    return String(s).split(String(sep));
  },
  join: (sep, list) => {
    if (!Array.isArray(list)) return undefined;
    const parts = list.map(String);
    limitResult(parts.reduce((sum, p) => sum + p.length, 0) + Math.max(0, parts.length - 1) * String(sep).length);
    return parts.join(String(sep));
  },
  format: (fmt, ...args) => formatString(String(fmt), args),
  substr: (s, offset, length) => {
    const text = [...String(s)];
    const start = Number(offset) < 0 ? text.length + Number(offset) : Number(offset);
    return text.slice(start, Number(length) < 0 ? undefined : start + Number(length)).join('');
  },
  startswith: (s, p) => String(s).startsWith(String(p)),
  endswith: (s, p) => String(s).endsWith(String(p)),
  strcontains: (s, p) => String(s).includes(String(p)),
  strrev: (s) => [...String(s)].reverse().join(''),
  keys: (m) => (m && typeof m === 'object' ? Object.keys(m).sort() : undefined),
  values: (m) => (m && typeof m === 'object' ? Object.keys(m).sort().map((k) => (m as Record<string, unknown>)[k]) : undefined),
  contains: (list, v) => (Array.isArray(list) ? list.some((x) => JSON.stringify(x) === JSON.stringify(v)) : undefined),
  distinct: (list) => {
    if (!Array.isArray(list)) return undefined;
    const seen = new Set<string>();
    return list.filter((x) => !seen.has(JSON.stringify(x)) && Boolean(seen.add(JSON.stringify(x))));
  },
  compact: (list) => (Array.isArray(list) ? list.filter((x) => x !== null && x !== '') : undefined),
  flatten: (list) => (Array.isArray(list) ? (list as unknown[]).flat(Infinity) : undefined),
  sort: (list) => (Array.isArray(list) ? [...list].map(String).sort() : undefined),
  reverse: (list) => (Array.isArray(list) ? [...list].reverse() : undefined),
  slice: (list, from, to) => (Array.isArray(list) ? list.slice(Number(from), Number(to)) : undefined),
  range: (...args) => {
    const [start, limit, step] = args.length === 1 ? [0, Number(args[0]), 1] : [Number(args[0]), Number(args[1]), Number(args[2] ?? 1)];
    const out: number[] = [];
    for (let i = start; step > 0 ? i < limit : i > limit; i += step) if (out.push(i) > 1024) return undefined;
    return out;
  },
  zipmap: (keys, values) => (Array.isArray(keys) && Array.isArray(values) ? Object.fromEntries(keys.map((k, i) => [String(k), values[i]])) : undefined),
  coalescelist: (...lists) => lists.find((l) => Array.isArray(l) && l.length > 0),
  setunion: (...sets) => [...new Set(sets.flat().map((x) => JSON.stringify(x)))].map((x) => JSON.parse(x) as unknown),
  index: (list, v) => (Array.isArray(list) ? list.findIndex((x) => JSON.stringify(x) === JSON.stringify(v)) : undefined),
  alltrue: (list) => (Array.isArray(list) ? list.every((x) => x === true || x === 'true') : undefined),
  anytrue: (list) => (Array.isArray(list) ? list.some((x) => x === true || x === 'true') : undefined),
  sum: (list) => (Array.isArray(list) ? list.reduce((a: number, b) => a + Number(b), 0) : undefined),
  abs: (n) => Math.abs(Number(n)),
  ceil: (n) => Math.ceil(Number(n)),
  floor: (n) => Math.floor(Number(n)),
  max: (...ns) => maxOf(ns.map(Number)),
  min: (...ns) => minOf(ns.map(Number)),
  pow: (a, b) => Number(a) ** Number(b),
  signum: (n) => Math.sign(Number(n)),
  parseint: (s, base) => parseInt(String(s), Number(base)),
  tostring: (v) => (v === null ? null : typeof v === 'object' ? undefined : String(v)),
  tonumber: (v) => (v === null ? null : Number(v)),
  tobool: (v) => (v === null ? null : v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined),
  jsondecode: (s) => JSON.parse(String(s)) as unknown,
  base64encode: (s) => Buffer.from(String(s), 'utf8').toString('base64'),
  base64decode: (s) => Buffer.from(String(s), 'base64').toString('utf8'),
  urlencode: (s) => encodeURIComponent(String(s)),
  cidrsubnet: (prefix, newbits, netnum) => ipv4Subnet(String(prefix), Number(newbits), Number(netnum)),
  basename: (p) => String(p).split('/').pop(),
  dirname: (p) => String(p).split('/').slice(0, -1).join('/') || '.',
};

/** How many times `search` occurs in `text` (Terraform's `split` and `replace` with "" split between characters). */
function occurrences(text: string, search: string): number {
  if (search === '') return text.length;
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + search.length)) count++;
  return count;
}

/** `format` for the verbs configurations use in names and ARNs: %s %v %q %d %f %t, with flags and width. */
function formatString(fmt: string, args: unknown[]): string | undefined {
  let i = 0;
  let failed = false;
  let length = fmt.length;
  const out = fmt.replace(/%(%|([-+ 0#]*)(\d*)(?:\.(\d+))?([sdvqtf]))/g, (_m, whole: string, flags: string, width: string, precision: string | undefined, verb: string) => {
    if (whole === '%') return '%';
    const arg = args[i++];
    if (arg !== null && typeof arg === 'object') failed = true;
    let text: string;
    if (verb === 'q') text = JSON.stringify(String(arg));
    else if (verb === 'd') text = String(Math.trunc(Number(arg)));
    else if (verb === 'f') text = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
    else text = String(arg);
    const size = Number(width || 0);
    length += Math.max(size, text.length);
    limitResult(length);
    if (text.length >= size) return text;
    if (flags.includes('-')) return text.padEnd(size);
    return flags.includes('0') && (verb === 'd' || verb === 'f') ? text.replace(/^(-?)/, (sign) => sign + '0'.repeat(size - text.length)) : text.padStart(size);
  });
  return failed ? undefined : out;
}

/** `cidrsubnet` for IPv4 prefixes (IPv6 ones are left unknown). */
function ipv4Subnet(prefix: string, newbits: number, netnum: number): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix.trim());
  if (!m) return undefined;
  const baseLength = Number(m[5]);
  const length = baseLength + newbits;
  if (length > 32 || !Number.isInteger(netnum) || netnum < 0 || netnum >= 2 ** newbits) {
    throw new Error(`cidrsubnet: ${netnum} does not fit in ${newbits} more bits of ${prefix}`);
  }
  const address = m.slice(1, 5).reduce((acc, octet) => acc * 256 + Number(octet), 0);
  const network = address - (address % 2 ** (32 - baseLength));
  const subnet = network + netnum * 2 ** (32 - length);
  return `${[24, 16, 8, 0].map((shift) => Math.floor(subnet / 2 ** shift) % 256).join('.')}/${length}`;
}
