import { describe, expect, it } from 'vitest';
import { Limiter, mapLimited } from './limit.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('Limiter', () => {
  it('never runs more than its concurrency at once, and runs everything', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimited([...Array(20).keys()], 3, async (i) => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      return i * 2;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([...Array(20).keys()].map((i) => i * 2));
  });

  it('frees the slot of a task that fails', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a concurrency that is not a positive integer', () => {
    expect(() => new Limiter(0)).toThrow(RangeError);
    expect(() => new Limiter(1.5)).toThrow(RangeError);
  });
});
