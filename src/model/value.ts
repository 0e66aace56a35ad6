/**
 * The value of a property as sagelint knows it, whatever the input format.
 *
 * Loaders resolve what they can (parameters, conditions, variables) and keep the
 * rest honest: a value is known, one of several, unknown (with the reason), a
 * reference to another resource, or omitted (AWS then applies its default).
 */
import type { Location, Path } from './location.js';

export type Scalar = string | number | boolean | null;

interface ValueBase {
  /** Where the value stands; for an omitted value, where its nearest present ancestor stands. */
  loc: Location;
}

export interface ScalarValue extends ValueBase {
  t: 'scalar';
  v: Scalar;
}

export interface MapValue extends ValueBase {
  t: 'map';
  entries: ReadonlyMap<string, Value>;
  /** Location of each key (the value's location is in the entry itself). */
  keyLocs: ReadonlyMap<string, Location>;
}

export interface ListValue extends ValueBase {
  t: 'list';
  items: readonly Value[];
}

/** The value is one of these, depending on a choice made at deploy time. */
export interface OneOfValue extends ValueBase {
  t: 'oneOf';
  options: readonly Choice[];
}

export interface Choice {
  value: Value;
  /** What makes this option the one: "parameter Env is 'prod'", "condition IsProd is true". */
  via: string;
}

/** Not knowable from the input alone. `fallback` is what it is unless someone overrides it. */
export interface UnknownValue extends ValueBase {
  t: 'unknown';
  reason: string;
  fallback?: Choice;
  /** How the value reads inside a string assembled at deploy time, e.g. `${AWS::Region}`. */
  placeholder?: string;
}

/** A reference to another resource in scope (its id, ARN, name or an attribute). */
export interface RefValue extends ValueBase {
  t: 'ref';
  /** Logical ID, Terraform address, or physical identifier of the target. */
  target: string;
  attribute?: string;
  /** The reference as written, for messages: "!GetAtt Role.Arn", "aws_iam_role.x.arn". */
  text: string;
}

/** Absent from the input; AWS uses `fallback` (its documented default), if any. */
export interface OmittedValue extends ValueBase {
  t: 'omitted';
  /** Full document path the property would have. */
  path: Path;
  /** Nearest ancestor that is present: where a fix inserts the property. */
  anchor: Value;
  fallback?: Value;
}

export type Value = ScalarValue | MapValue | ListValue | OneOfValue | UnknownValue | RefValue | OmittedValue;
/** A value that stands for itself: no choice, no unknown. */
export type ConcreteValue = ScalarValue | MapValue | ListValue | RefValue;

export function scalar(v: Scalar, loc: Location): ScalarValue {
  return { t: 'scalar', v, loc };
}

export function pathOf(value: Value): Path {
  if (value.t === 'omitted') return value.path;
  return value.loc.path;
}

/**
 * Navigates into a value by keys (maps) and indices (lists). Missing keys give an
 * `omitted` value anchored at the nearest present ancestor; choices and unknowns
 * are carried through, so `get` never throws and never guesses. Every value it
 * returns knows the path it was asked for (`pathSought`).
 */
export function get(value: Value, ...keys: (string | number)[]): Value {
  let current = value;
  for (const key of keys) current = step(current, key);
  return current;
}

/**
 * The property a value made up by `get` stands for, where that is not where
 * the value stands: below a choice, an unknown or a reference (an `Fn::If`
 * around the whole `Properties`, a conditional around a block) the value is
 * located at that choice, yet it stands for the property asked for.
 */
const soughtPaths = new WeakMap<Value, Path>();

/**
 * The path of the property a value stands for: the one `get` (and so `prop`)
 * was asked for, else where the value stands. A fix sets exactly this property,
 * and a renderer refuses an edit whose target is not the node at this path.
 */
export function pathSought(value: Value): Path {
  return soughtPaths.get(value) ?? pathOf(value);
}

function sought<T extends Value>(value: T, path: Path): T {
  soughtPaths.set(value, path);
  return value;
}

/** A copy of `from` keeps the property it stands for. */
function copied<T extends Value>(from: Value, to: T): T {
  const path = soughtPaths.get(from);
  return path ? sought(to, path) : to;
}

function step(value: Value, key: string | number): Value {
  switch (value.t) {
    case 'map': {
      const found = typeof key === 'string' ? value.entries.get(key) : undefined;
      return found ?? omittedUnder(value, key);
    }
    case 'list': {
      const found = typeof key === 'number' ? value.items[key] : undefined;
      return found ?? omittedUnder(value, key);
    }
    case 'oneOf':
      return sought(
        {
          t: 'oneOf',
          loc: value.loc,
          options: value.options.map((o) => ({ via: o.via, value: step(o.value, key) })),
        },
        [...pathSought(value), key],
      );
    case 'unknown':
      return sought(
        {
          t: 'unknown',
          loc: value.loc,
          reason: value.reason,
          fallback: value.fallback && { via: value.fallback.via, value: step(value.fallback.value, key) },
        },
        [...pathSought(value), key],
      );
    case 'omitted':
      return { t: 'omitted', loc: value.loc, anchor: value.anchor, path: [...value.path, key] };
    case 'ref':
      return sought({ t: 'unknown', loc: value.loc, reason: `${value.text} is resolved at deploy time` }, [...pathSought(value), key]);
    case 'scalar':
      return sought({ t: 'unknown', loc: value.loc, reason: `expected an object at ${value.loc.path.join('.')}` }, [...pathSought(value), key]);
  }
}

function omittedUnder(parent: Value, key: string | number): OmittedValue {
  return { t: 'omitted', loc: parent.loc, anchor: parent, path: [...pathOf(parent), key] };
}

/** Gives an omitted value (or omitted possibility) the default AWS applies to it. */
export function withDefault(value: Value, fallback: Scalar | undefined): Value {
  if (fallback === undefined) return value;
  switch (value.t) {
    case 'omitted':
      return value.fallback ? value : { ...value, fallback: scalar(fallback, value.loc) };
    case 'oneOf':
      return copied(value, { ...value, options: value.options.map((o) => ({ ...o, value: withDefault(o.value, fallback) })) });
    case 'unknown':
      return value.fallback ? copied(value, { ...value, fallback: { ...value.fallback, value: withDefault(value.fallback.value, fallback) } }) : value;
    default:
      return value;
  }
}

/** One concrete possibility of a value, with how it arises. */
export interface Leaf {
  value: ConcreteValue | OmittedValue;
  /** The choices that lead to it (parameters, conditions, variables). */
  via: string[];
  /** Whether it holds in every deployment, or only for some choices or overrides. */
  certain: boolean;
  /** Set when the leaf is AWS's default for an omitted property. */
  defaulted: boolean;
}

/**
 * Every concrete possibility of a value. An unknown without fallback yields nothing:
 * no rule may judge what it cannot see.
 */
export function leaves(value: Value): Leaf[] {
  const out: Leaf[] = [];
  collect(value, [], true, out);
  return out;
}

function collect(value: Value, via: string[], certain: boolean, out: Leaf[]): void {
  switch (value.t) {
    case 'oneOf':
      for (const o of value.options) collect(o.value, [...via, o.via], false, out);
      return;
    case 'unknown':
      if (value.fallback) collect(value.fallback.value, [...via, value.fallback.via], false, out);
      return;
    case 'omitted':
      if (value.fallback && value.fallback.t !== 'omitted') {
        const inner: Leaf[] = [];
        collect(value.fallback, via, certain, inner);
        for (const l of inner) out.push({ ...l, defaulted: true });
      } else {
        out.push({ value, via, certain, defaulted: false });
      }
      return;
    default:
      out.push({ value, via, certain, defaulted: false });
  }
}

/** True when every possibility of the value is known (no unknown anywhere). */
export function isFullyKnown(value: Value): boolean {
  if (value.t === 'unknown') return false;
  if (value.t === 'oneOf') return value.options.every((o) => isFullyKnown(o.value));
  return true;
}

export type Certainty = 'definite' | 'possible';

/** What a rule concluded about a value: bad for sure, or bad for some choices. */
export interface Judgement {
  certainty: Certainty;
  /** The bad possibilities. */
  bad: Leaf[];
  /** Human wording of why, e.g. "is omitted and defaults to 'Enabled'". */
  because: string;
}

/**
 * Applies a predicate to every possibility of a value. Definite when every
 * possibility is bad and none depends on a choice; possible when only some
 * (or only a default that can be overridden) are bad.
 */
export function judge(value: Value, isBad: (leaf: ConcreteValue | OmittedValue) => boolean): Judgement | undefined {
  const all = leaves(value);
  const bad = all.filter((l) => isBad(l.value));
  if (bad.length === 0) return undefined;
  const certain = bad.length === all.length && isFullyKnown(value);
  return { certainty: certain ? 'definite' : 'possible', bad, because: describeLeaves(bad, certain) };
}

function describeLeaves(bad: Leaf[], certain: boolean): string {
  const first = bad[0]!;
  if (bad.length === 1 && first.via.length === 0) {
    if (first.defaulted) return `is omitted and defaults to ${displayConcrete(first.value)}`;
    return first.value.t === 'omitted' ? 'is omitted' : `is ${displayConcrete(first.value)}`;
  }
  const how = bad.map((l) => (l.via.length ? `${describeLeaf(l)} when ${l.via.join(' and ')}` : describeLeaf(l)));
  return `${certain ? 'is' : 'can be'} ${how.join(', or ')}`;
}

function describeLeaf(leaf: Leaf): string {
  const shown = displayConcrete(leaf.value);
  return leaf.defaulted ? `omitted (defaulting to ${shown})` : shown;
}

/** Short rendering of a concrete value for messages. */
export function displayConcrete(value: ConcreteValue | OmittedValue | Value): string {
  switch (value.t) {
    case 'scalar':
      return typeof value.v === 'string' ? `'${value.v}'` : String(value.v);
    case 'ref':
      return value.text;
    case 'omitted':
      return 'omitted';
    case 'list':
      return `[${value.items.map(displayConcrete).join(', ')}]`;
    case 'map':
      return '{…}';
    case 'oneOf':
      return value.options.map((o) => displayConcrete(o.value)).join(' | ');
    case 'unknown':
      return `unknown (${value.reason})`;
  }
}

/** Plain data of a fully known value; undefined when any part is not known. */
export function toPlain(value: Value): unknown {
  switch (value.t) {
    case 'scalar':
      return value.v;
    case 'list': {
      const items = value.items.map(toPlain);
      return items.some((i) => i === undefined) ? undefined : items;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of value.entries) {
        const p = toPlain(v);
        if (p === undefined) return undefined;
        out[k] = p;
      }
      return out;
    }
    default:
      return undefined;
  }
}

/** The string of a scalar value, if it is one. */
export function stringOf(value: Value): string | undefined {
  return value.t === 'scalar' && typeof value.v === 'string' ? value.v : undefined;
}
