/** Canonical fixes that several rules (and plugins, through sagelint/rules) build the same way. */
import type { Fix } from '../../src/core/rule.js';
import type { Resource } from '../../src/model/resource.js';
import { type Value } from '../../src/model/value.js';
export interface TagEntry {
    Key: string;
    Value: string;
}
/**
 * Inserts a `Tags` list when there is none (or an empty one), else appends
 * one entry per missing key after the last item of the existing list.
 */
export declare function addTags(tagsValue: Value, entries: TagEntry[], resource: Resource): Fix | undefined;
