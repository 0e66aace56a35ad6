/**
 * Node.js 22.1 and later keep the code they compile on disk when asked
 * (`module.enableCompileCache`), so a run after the first skips compiling the
 * bundle: most of what a one-file scan costs beyond Node.js's own start-up.
 * The cache is an optimisation only: where it cannot be turned on (an older
 * Node.js, an unwritable directory, `NODE_DISABLE_COMPILE_CACHE=1`), sagelint
 * runs as before and says nothing.
 */
import nodeModule from 'node:module';

/** The part of `node:module` this needs; absent before Node.js 22.1 (and from @types/node 20). */
export interface CompileCacheApi {
  enableCompileCache?: () => unknown;
}

/**
 * Turns the compile cache on for this process, in Node.js's default directory
 * (`NODE_COMPILE_CACHE`, else `node-compile-cache` under the OS temporary directory).
 */
export function enableCompileCacheQuietly(api: CompileCacheApi = nodeModule as CompileCacheApi): void {
  try {
    // Node.js reports a failure in the returned status rather than throwing; nothing to tell the user either way.
    api.enableCompileCache?.();
  } catch {
    // A Node.js that throws after all: run without the cache.
  }
}
