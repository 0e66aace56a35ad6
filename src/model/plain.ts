/**
 * Builds values from plain data (API responses, JSON documents already decoded),
 * giving every node the location `locate` returns for its path.
 */
import type { Location, Path } from './location.js';
import type { Value } from './value.js';

export function fromPlain(data: unknown, locate: (path: Path) => Location, path: Path = []): Value {
  const loc = locate(path);
  if (Array.isArray(data)) {
    return { t: 'list', loc, items: data.map((item, i) => fromPlain(item, locate, [...path, i])) };
  }
  if (data !== null && typeof data === 'object') {
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    for (const [k, v] of Object.entries(data)) {
      if (v === undefined) continue;
      const value = fromPlain(v, locate, [...path, k]);
      entries.set(k, value);
      // A key stands where its value does: one location serves both.
      keyLocs.set(k, value.loc);
    }
    return { t: 'map', loc, entries, keyLocs };
  }
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean' || data === null) {
    return { t: 'scalar', v: data, loc };
  }
  return { t: 'unknown', loc, reason: `unsupported value of type ${typeof data}` };
}
