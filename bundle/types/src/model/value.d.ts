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
export declare function scalar(v: Scalar, loc: Location): ScalarValue;
export declare function pathOf(value: Value): Path;
/**
 * Navigates into a value by keys (maps) and indices (lists). Missing keys give an
 * `omitted` value anchored at the nearest present ancestor; choices and unknowns
 * are carried through, so `get` never throws and never guesses. Every value it
 * returns knows the path it was asked for (`pathSought`).
 */
export declare function get(value: Value, ...keys: (string | number)[]): Value;
/**
 * The path of the property a value stands for: the one `get` (and so `prop`)
 * was asked for, else where the value stands. A fix sets exactly this property,
 * and a renderer refuses an edit whose target is not the node at this path.
 */
export declare function pathSought(value: Value): Path;
/** Gives an omitted value (or omitted possibility) the default AWS applies to it. */
export declare function withDefault(value: Value, fallback: Scalar | undefined): Value;
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
export declare function leaves(value: Value): Leaf[];
/** True when every possibility of the value is known (no unknown anywhere). */
export declare function isFullyKnown(value: Value): boolean;
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
export declare function judge(value: Value, isBad: (leaf: ConcreteValue | OmittedValue) => boolean): Judgement | undefined;
/** Short rendering of a concrete value for messages. */
export declare function displayConcrete(value: ConcreteValue | OmittedValue | Value): string;
/** Plain data of a fully known value; undefined when any part is not known. */
export declare function toPlain(value: Value): unknown;
/** The string of a scalar value, if it is one. */
export declare function stringOf(value: Value): string | undefined;
export {};
