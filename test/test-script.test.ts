/**
 * `npm test` (scripts/test.mjs) counts what CI reads: run on a tiny project of
 * one passing test, once as is and once with a rejection nobody awaits.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnAsync } from './e2e/action-step.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** scripts/test.mjs --skip-static in a project whose only test file is `testFile`; its build does nothing. */
async function runTestScript(testFile: string) {
  const project = mkdtempSync(path.join(tmpdir(), 'sagelint-test-script-'));
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'tiny', private: true, type: 'module', scripts: { build: 'node -e 0' } }));
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(project, 'node_modules'));
  writeFileSync(path.join(project, 'vitest.config.mjs'), "export default { test: { include: ['tiny.test.mjs'] } };\n");
  writeFileSync(path.join(project, 'tiny.test.mjs'), testFile);
  const run = await spawnAsync(process.execPath, [path.join(REPO_ROOT, 'scripts/test.mjs'), '--skip-static'], { cwd: project, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, output: run.stdout + run.stderr, summary: run.stdout.trim().split('\n').at(-1) };
}

const PASSING = "import { expect, it } from 'vitest';\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n";

describe('scripts/test.mjs', { timeout: 120_000, concurrent: true }, () => {
  it('passes a run whose tests all pass', async () => {
    const run = await runTestScript(PASSING);
    expect(run.summary, run.output).toBe('1 passed, 0 failed');
    expect(run.status).toBe(0);
  });

  it('counts an unhandled rejection as a failure, though every test passed', async () => {
    const run = await runTestScript(PASSING.replace('expect(1 + 1)', "Promise.reject(new Error('nobody awaits this'));\n  expect(1 + 1)"));
    expect(run.output).toMatch(/Unhandled Rejection/);
    expect(run.summary, run.output).toBe('1 passed, 1 failed');
    expect(run.status).toBe(1);
  });
});
