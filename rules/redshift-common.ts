/** Reading helpers shared by the Redshift rules (RS001–RS005). */
import type { ConcreteValue, OmittedValue } from '../src/model/value.js';

/**
 * The boolean a concrete value stands for. CloudFormation accepts `true`/`false`
 * and their strings in any case; anything else (a reference, an omitted value
 * without default) is not a boolean and yields undefined, so rules never guess.
 */
export function booleanOf(value: ConcreteValue | OmittedValue): boolean | undefined {
  if (value.t !== 'scalar') return undefined;
  if (typeof value.v === 'boolean') return value.v;
  if (typeof value.v !== 'string') return undefined;
  const text = value.v.trim().toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** Predicates for `judge`: the value is known to be this boolean. */
export const isTrue = (value: ConcreteValue | OmittedValue): boolean => booleanOf(value) === true;
export const isFalse = (value: ConcreteValue | OmittedValue): boolean => booleanOf(value) === false;

/** An omitted value, or an empty string where a name or ARN belongs. */
export function isMissing(value: ConcreteValue | OmittedValue): boolean {
  return value.t === 'omitted' || (value.t === 'scalar' && (value.v === null || String(value.v).trim() === ''));
}
