import { describe, expect, it } from 'vitest';
import { BoundedCache, clearIamCaches, processCache } from './cache.js';

describe('BoundedCache', () => {
  it('never holds more than its limit, however many keys it is given', () => {
    const cache = new BoundedCache<number>(100);
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      cache.set(`pattern-${i}`, i);
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBe(100);
    // The most recent half of the limit stays at least; the rest were evicted.
    expect(cache.get('pattern-9999')).toBe(9999);
    expect(cache.get('pattern-9950')).toBe(9950);
    expect(cache.get('pattern-9899')).toBeUndefined();
    expect(cache.get('pattern-0')).toBeUndefined();
  });

  it('evicts the least recently used entries first: reading an entry keeps it', () => {
    const cache = new BoundedCache<string>(4);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    expect(cache.get('a')).toBe('A');
    cache.set('d', 'D');
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C', 'D']);
    // Setting a key it holds replaces the value.
    cache.set('c', 'C2');
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C2', 'D']);
    expect(cache.size).toBeLessThanOrEqual(4);
  });

  it('keeps the entries in use while a stream of new keys passes through', () => {
    const cache = new BoundedCache<number>(64);
    cache.set('hot', 1);
    for (let i = 0; i < 5_000; i++) {
      cache.set(`once-${i}`, i);
      expect(cache.getOrCompute('hot', () => -1), `after ${i} keys`).toBe(1);
    }
    expect(cache.size).toBeLessThanOrEqual(64);
  });

  it('computes an answer once while it is held, and again after eviction', () => {
    const cache = new BoundedCache<boolean>(2);
    let computed = 0;
    const verdict = (key: string) =>
      cache.getOrCompute(key, () => {
        computed++;
        return key.length > 1;
      });
    expect([verdict('x'), verdict('x'), verdict('yy'), verdict('x')]).toEqual([false, false, true, false]);
    expect(computed).toBe(2);
    verdict('zzz');
    verdict('wwww');
    verdict('yy');
    expect(computed).toBe(5);
  });

  it('refuses a limit that holds less than two entries', () => {
    expect(() => new BoundedCache(1)).toThrow(RangeError);
  });
});

describe('clearIamCaches', () => {
  it('empties every process-wide cache, and only those', () => {
    const shared = processCache<number>(10);
    const own = new BoundedCache<number>(10);
    shared.set('k', 1);
    own.set('k', 1);
    clearIamCaches();
    expect(shared.size).toBe(0);
    expect(own.size).toBe(1);
  });
});
