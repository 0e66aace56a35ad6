import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The example plugin imports the plugin API by its package name; here that is the sources.
  resolve: {
    alias: {
      'sagelint/rules': fileURLToPath(new URL('./src/plugin-api/rules.ts', import.meta.url)),
      'sagelint/testing': fileURLToPath(new URL('./src/plugin-api/rule-tester.ts', import.meta.url)),
    },
  },
  test: {
    include: ['rules/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts', 'examples/*/test/**/*.test.js'],
    testTimeout: 30_000,
    // One moto server for the live files that only read what they seed, started by the first of them.
    globalSetup: ['test/live/shared-moto-setup.ts'],
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default, one worker per core less one, is a single worker on a
    // 2-core machine; and many files mostly wait on the processes they start
    // (the CLI, moto, git), so a worker per core keeps the cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
