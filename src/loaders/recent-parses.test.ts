import { describe, expect, it } from 'vitest';
import { RecentParses } from './recent-parses.js';

describe('RecentParses', () => {
  it('gives a parse back for the same path and text only', () => {
    const parses = new RecentParses<string>(100);
    parses.set('a.yaml', 'x: 1', 'parsed');
    expect(parses.get('a.yaml', 'x: 2')).toBeUndefined();
    expect(parses.get('b.yaml', 'x: 1')).toBeUndefined();
    expect(parses.get('a.yaml', 'x: 1')).toBe('parsed');
    expect(parses.get('a.yaml', 'x: 1')).toBe('parsed');
  });

  it('keeps no more parse than taken once', () => {
    const parses = new RecentParses<string>(100);
    parses.set('a.yaml', 'x: 1', 'parsed');
    expect(parses.take('a.yaml', 'x: 1')).toBe('parsed');
    expect(parses.take('a.yaml', 'x: 1')).toBeUndefined();
  });

  it('evicts the least recently used beyond its size in text', () => {
    const parses = new RecentParses<string>(8);
    parses.set('a', '1234', 'A');
    parses.set('b', '1234', 'B');
    parses.get('a', '1234');
    parses.set('c', '1234', 'C');
    expect([parses.get('a', '1234'), parses.get('b', '1234'), parses.get('c', '1234')]).toEqual(['A', undefined, 'C']);
    parses.set('big', '123456789', 'BIG');
    expect(parses.get('big', '123456789')).toBeUndefined();
  });
});
