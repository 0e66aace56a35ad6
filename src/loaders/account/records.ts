/** Turning SDK outputs into snapshot records: plain JSON, in a stable order. */
import type { ApiRecord } from './snapshot.js';

/** Drops `$metadata` and turns dates into ISO strings, exactly as the record will read back from JSON. */
export function toRecord<T extends object>(output: T): ApiRecord<T> {
  const { $metadata: _ignored, ...rest } = output as T & { $metadata?: unknown };
  return JSON.parse(JSON.stringify(rest)) as ApiRecord<T>;
}

/** Sorts records by an identifier (records without one go last), so snapshots diff cleanly. */
export function sortBy<T>(items: T[], key: (item: T) => string | undefined): T[] {
  return items.sort((a, b) => compareText(key(a) ?? '\uffff', key(b) ?? '\uffff'));
}

/** Code-unit order: the same on every machine, unlike locale collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct defined strings, in first-seen order. */
export function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}
