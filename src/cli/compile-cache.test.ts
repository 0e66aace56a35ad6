import { describe, expect, it, vi } from 'vitest';
import { enableCompileCacheQuietly } from './compile-cache.js';

describe('enableCompileCacheQuietly', () => {
  it("asks Node.js for its default directory (NODE_COMPILE_CACHE, else the OS temporary directory's)", () => {
    const enableCompileCache = vi.fn(() => ({ status: 1 }));
    enableCompileCacheQuietly({ enableCompileCache });
    expect(enableCompileCache).toHaveBeenCalledTimes(1);
    expect(enableCompileCache).toHaveBeenCalledWith();
  });

  it('does nothing on a Node.js without the cache', () => {
    expect(() => enableCompileCacheQuietly({})).not.toThrow();
  });

  it('says nothing when the cache cannot be turned on', () => {
    const enableCompileCache = vi.fn(() => {
      throw new Error('EACCES: permission denied');
    });
    expect(() => enableCompileCacheQuietly({ enableCompileCache })).not.toThrow();
    expect(enableCompileCache).toHaveBeenCalledTimes(1);
  });
});
