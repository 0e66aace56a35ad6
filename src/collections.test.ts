import fc from '../test/helpers/property.js';
import { describe, expect, it } from 'vitest';
import { countBefore } from './collections.js';

describe('countBefore', () => {
  it('counts the items of a sorted list less than the value', () => {
    expect(countBefore([], 'a')).toBe(0);
    expect(countBefore(['a', 'b', 'b', 'c'], 'b')).toBe(1);
    expect(countBefore(['a', 'b', 'b', 'c'], 'bb')).toBe(3);
    expect(countBefore(['a', 'b'], 'z')).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: -1, max: 21 }), (items, value) => {
        const sorted = [...items].sort((a, b) => a - b);
        expect(countBefore(sorted, value)).toBe(sorted.filter((n) => n < value).length);
      }),
    );
  });
});
