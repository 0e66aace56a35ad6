/** The build compiles what the package runs, and no test code (test files, or helpers named `testing.ts`). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');

describe('tsconfig.build.json', () => {
  it('compiles the CLI and rules but no test-only module', () => {
    const listed = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
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
