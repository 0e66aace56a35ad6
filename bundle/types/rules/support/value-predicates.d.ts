/**
 * Small judgements over the concrete leaves of a value, shared by rules.
 * CloudFormation writes booleans and numbers as strings as often as not
 * (`"true"`, `"2"`), so rules compare through these instead of `===`.
 */
import { type Certainty, type ConcreteValue, type Judgement, type OmittedValue, type Value } from '../../src/model/value.js';
type LeafValue = ConcreteValue | OmittedValue;
/** `true` / `"true"` (any case) when `expected` is true; likewise for false. */
export declare function isBoolean(leaf: LeafValue, expected: boolean): boolean;
/** Predicates for `judge`: the value is known to be this boolean. */
export declare const isTrue: (leaf: LeafValue) => boolean;
export declare const isFalse: (leaf: LeafValue) => boolean;
/** A number, also when written as a string; undefined for anything else. */
export declare function numberOf(leaf: LeafValue): number | undefined;
/** No value where one is needed: omitted (with no default), null, an empty string or an empty list. */
export declare function isAbsent(leaf: LeafValue): boolean;
/** Known to be absent in every deployment (an unknown is not known to be absent). */
export declare function isSurelyAbsent(value: Value): boolean;
/**
 * The items of a list value by position, through choices: item i of a
 * parameter or `Fn::If` that yields lists carries each choice's i-th item
 * (omitted where that choice's list is shorter).
 */
export declare function itemsOf(value: Value): Value[];
/** Several conditions that must all hold: certain only when each of them is. */
export declare function jointCertainty(...verdicts: Judgement[]): Certainty;
export {};
