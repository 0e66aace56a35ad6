/**
 * Builds values from plain data (API responses, JSON documents already decoded),
 * giving every node the location `locate` returns for its path (or `locate` itself).
 */
import type { Location, Path } from './location.js';
import type { Value } from './value.js';

export function fromPlain(data: unknown, locate: ((path: Path) => Location) | Location, path: Path = []): Value {
  // One location for every node (an AWS managed policy stands where its ARN is written) needs no path per node.
  const fixed = typeof locate !== 'function';
  const loc = fixed ? locate : locate(path);
  const below = (key: string | number): Path => (fixed ? path : [...path, key]);
  if (Array.isArray(data)) {
    return { t: 'list', loc, items: data.map((item, i) => fromPlain(item, locate, below(i))) };
  }
  if (data !== null && typeof data === 'object') {
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    for (const [k, v] of Object.entries(data)) {
      if (v === undefined) continue;
      const value = fromPlain(v, locate, below(k));
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
