/** The build compiles what the package runs, and no test code (test files, or helpers named `testing.ts`). */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

describe('tsconfig.build.json', () => {
  // tsc takes half a minute on a busy machine; run asynchronously, the worker keeps answering vitest meanwhile.
  it('compiles the CLI and rules but no test-only module', { timeout: 180_000 }, async () => {
    const listed = await promisify(execFile)(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const own = listed.stdout
      .split('\n')
      .map((file) => path.relative(REPO_ROOT, file.trim()))
      .filter((file) => file && !file.startsWith('node_modules') && !file.startsWith('..'));
    expect(own).toContain('src/cli/main.ts');
    expect(own).toContain('rules/index.ts');
    expect(own).toContain('src/loaders/terraform/directory.ts');
    expect(own.filter((file) => /\.test\.ts$|(^|\/)testing\.ts$|^test\//.test(file))).toEqual([]);
  });
});
