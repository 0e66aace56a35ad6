/** Canonical fixes that several rules (and plugins, through sagelint/rules) build the same way. */
import type { Fix } from '../../src/core/rule.js';
import type { Resource } from '../../src/model/resource.js';
import { get, type Value } from '../../src/model/value.js';

export interface TagEntry {
  Key: string;
  Value: string;
}

/**
 * Inserts a `Tags` list when there is none (or an empty one), else appends
 * one entry per missing key after the last item of the existing list.
 */
export function addTags(tagsValue: Value, entries: TagEntry[], resource: Resource): Fix | undefined {
  const description = `Add the tag${entries.length > 1 ? 's' : ''} ${entries.map((e) => e.Key).join(', ')} to ${resource.id}`;
  if (tagsValue.t === 'omitted' || (tagsValue.t === 'list' && tagsValue.items.length === 0)) {
    return { description, edits: [{ target: tagsValue, value: entries }] };
  }
  if (tagsValue.t !== 'list') return undefined;
  const next = tagsValue.items.length;
  const appends = entries.map((entry, i) => ({ target: get(tagsValue, next + i), value: entry }));
  // Every append inserts at the same point, and edits at one point land in reverse listing order.
  return { description, edits: appends.reverse() };
}
