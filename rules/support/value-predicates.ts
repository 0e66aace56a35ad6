/**
 * Small judgements over the concrete leaves of a value, shared by rules.
 * CloudFormation writes booleans and numbers as strings as often as not
 * (`"true"`, `"2"`), so rules compare through these instead of `===`.
 */
import { get, leaves, type Certainty, type ConcreteValue, type Judgement, type OmittedValue, type Value } from '../../src/model/value.js';
import { maxOf } from '../../src/collections.js';

type LeafValue = ConcreteValue | OmittedValue;

/** `true` / `"true"` (any case) when `expected` is true; likewise for false. */
export function isBoolean(leaf: LeafValue, expected: boolean): boolean {
  return leaf.t === 'scalar' && leaf.v !== null && String(leaf.v).trim().toLowerCase() === String(expected);
}

/** Predicates for `judge`: the value is known to be this boolean. */
export const isTrue = (leaf: LeafValue): boolean => isBoolean(leaf, true);
export const isFalse = (leaf: LeafValue): boolean => isBoolean(leaf, false);

/** A number, also when written as a string; undefined for anything else. */
export function numberOf(leaf: LeafValue): number | undefined {
  if (leaf.t !== 'scalar' || typeof leaf.v === 'boolean' || leaf.v === null || leaf.v === '') return undefined;
  const n = Number(leaf.v);
  return Number.isFinite(n) ? n : undefined;
}

/** No value where one is needed: omitted (with no default), null, an empty string or an empty list. */
export function isAbsent(leaf: LeafValue): boolean {
  switch (leaf.t) {
    case 'omitted':
      return true;
    case 'scalar':
      return leaf.v === null || String(leaf.v).trim() === '';
    case 'list':
      return leaf.items.length === 0;
    default:
      return false;
  }
}

/** Known to be absent in every deployment (an unknown is not known to be absent). */
export function isSurelyAbsent(value: Value): boolean {
  const all = leaves(value);
  return all.length > 0 && all.every((l) => l.certain && isAbsent(l.value));
}

/**
 * The items of a list value by position, through choices: item i of a
 * parameter or `Fn::If` that yields lists carries each choice's i-th item
 * (omitted where that choice's list is shorter).
 */
export function itemsOf(value: Value): Value[] {
  const length = maxOf(leaves(value).map((l) => (l.value.t === 'list' ? l.value.items.length : 0)), 0);
  return Array.from({ length }, (_, i) => get(value, i));
}

/** Several conditions that must all hold: certain only when each of them is. */
export function jointCertainty(...verdicts: Judgement[]): Certainty {
  return verdicts.every((v) => v.certainty === 'definite') ? 'definite' : 'possible';
}
