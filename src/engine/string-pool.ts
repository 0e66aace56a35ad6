/**
 * One copy of each string among the results of a scan. Findings repeat the
 * same few messages, file names, rule names and property paths tens of
 * thousands of times, and a string cut from a template's text (V8 keeps a
 * slice of it, not a copy) would keep that whole text alive for as long as the
 * finding: the pool's copies are its own.
 */

/** V8 cuts (slices) or joins (cons) strings of this length and more without copying their characters. */
const SHORTEST_SHARED_REPRESENTATION = 13;

export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pool's copy of `text`, which holds no other string alive. */
  text(text: string): string {
    const shared = this.strings.get(text);
    if (shared !== undefined) return shared;
    const own = ownCopy(text);
    this.strings.set(own, own);
    return own;
  }

  /** A copy of plain data (no cycles) whose strings are the pool's; keys whose value is undefined stay. */
  copy<T>(data: T): T {
    if (typeof data === 'string') return this.text(data) as T;
    if (typeof data !== 'object' || data === null) return data;
    if (Array.isArray(data)) {
      const items: unknown[] = [];
      for (const item of data as unknown[]) items.push(this.copy(item));
      return items as T;
    }
    if (Object.getPrototypeOf(data) !== Object.prototype) return structuredClone(data);
    const record = data as Record<string, unknown>;
    const copied: Record<string, unknown> = {};
    // A plain object inherits no enumerable key, so `in` gives its own keys, without building a list of entries.
    for (const key in record) copied[key] = this.copy(record[key]);
    return copied as T;
  }

  /**
   * Replaces, in place, the strings of plain data with the pool's copies: for
   * results received from a worker thread, which come with their own copy of
   * every string.
   */
  share<T>(data: T): T {
    const pending: unknown[] = [data];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (typeof node !== 'object' || node === null) continue;
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const value = record[key];
        if (typeof value === 'string') record[key] = this.text(value);
        else if (typeof value === 'object' && value !== null) pending.push(value);
      }
    }
    return data;
  }
}

/**
 * The characters of `text` in a string of their own. A JSON round trip gives
 * every string back exactly (lone surrogates included) as a new flat string.
 */
export function ownCopy(text: string): string {
  return text.length < SHORTEST_SHARED_REPRESENTATION ? text : (JSON.parse(JSON.stringify(text)) as string);
}
