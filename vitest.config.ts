import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default, one worker per core less one, is a single worker on a
    // 2-core machine; and many files mostly wait on the processes they start
    // (the CLI, moto, git), so a worker per core keeps the cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
