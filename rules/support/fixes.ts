/** Building canonical fixes that stay safe whatever the shape of the input. */
import type { Fix, FixKind } from '../../src/engine/rule.js';
import type { Value } from '../../src/model/value.js';
import { standsAt } from './value-predicates.js';

/**
 * A fix that sets `property` to `value` where it stands (replacing it, or
 * inserting it when omitted), of the given `kind` (default: derived from
 * what the property's update replaces). None when a choice higher up decides it: the
 * value then stands at the enclosing block, and replacing that would drop it.
 */
export function setInPlace(target: Value, property: string | number, value: unknown, description: string, kind?: FixKind): Fix | undefined {
  return standsAt(target, property) ? { description, ...(kind ? { kind } : {}), edits: [{ target, value }] } : undefined;
}
