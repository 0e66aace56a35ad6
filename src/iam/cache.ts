/**
 * What the IAM analyses remember between calls, in one place.
 *
 * The analyses ask the same questions over and over (each rule, for each
 * identity, for each of hundreds of actions), so answers that depend on text
 * alone are kept for the process: a pattern's glob, the actions an Action
 * element names, whether a resource pattern reaches every resource of a type.
 * Text comes from the scanned files, so these caches are bounded: each is a
 * `BoundedCache`, which forgets the least recently used entries when full. A
 * scan of any size then holds at most `limit` entries per cache, and a cache
 * that is too small costs time, never a different answer.
 *
 * Answers about an object (a `Value`, a statement, a scope, a catalog, a
 * graph) are kept in `WeakMap`s keyed by that object instead: the entry goes
 * when the object does, so they need no bound. They are: the patterns of a
 * value and the conditions of a statement (policy.ts), the compiled Action
 * element of a value's patterns and the Denies of a scope (access.ts), the
 * S3 and taggable SageMaker actions of a catalog (s3-access.ts,
 * tag-access.ts), the trust policy of a role (identity.ts), and the scope and
 * execution-role evidence of an identity per graph (rule-support.ts).
 */

/** Every process-wide cache, so that tests can start from none. */
const processCaches = new Set<BoundedCache<unknown>>();

/**
 * A map from text to answers that holds at most `limit` entries, forgetting
 * the least recently used first. It keeps two halves: entries go into the
 * newer one, an entry read from the older one is moved into the newer one,
 * and when the newer half is full the older half is dropped and the newer one
 * takes its place. So a hit costs one lookup (no reordering on every read, as
 * a strict LRU list does; the analyses read far more than they add), and what
 * is forgotten is what was not used during the last `limit / 2` additions.
 */
export class BoundedCache<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();
  private readonly half: number;

  constructor(readonly limit: number) {
    if (!(limit >= 2)) throw new RangeError(`a cache needs room for at least two entries, not ${limit}`);
    this.half = Math.floor(limit / 2);
  }

  /** Entries held, at most `limit` (an entry moved out of the older half counts in both until that half goes). */
  get size(): number {
    return this.newer.size + this.older.size;
  }

  get(key: string): V | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.add(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.has(key)) this.newer.set(key, value);
    else this.add(key, value);
  }

  /** The answer for `key`, computed (and kept) on a miss. `compute` must not return undefined. */
  getOrCompute(key: string, compute: () => V): V {
    let value = this.get(key);
    if (value === undefined) this.add(key, (value = compute()));
    return value;
  }

  clear(): void {
    this.newer.clear();
    this.older.clear();
  }

  private add(key: string, value: V): void {
    if (this.newer.size >= this.half) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}

/** A cache that lives as long as the process (a module's), cleared by `clearIamCaches`. */
export function processCache<V>(limit: number): BoundedCache<V> {
  const cache = new BoundedCache<V>(limit);
  processCaches.add(cache as BoundedCache<unknown>);
  return cache;
}

/** Forgets every process-wide answer: for tests that measure what a fresh process computes. */
export function clearIamCaches(): void {
  for (const cache of processCaches) cache.clear();
}
