/**
 * The `sagelint` command turns Node.js's compile cache on before the CLI's
 * modules load (src/cli/start.ts, the bundle's entry), in Node.js's default
 * directory under the OS temporary directory; and runs as before where it
 * cannot (an older Node.js, or a directory it cannot write).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnAsync } from './action-step.js';
import { REPO_ROOT } from './cli.js';

const START = path.join(REPO_ROOT, 'dist/src/cli/start.js');
const HAS_COMPILE_CACHE = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** `sagelint --version` by the command's entry, with `tmp` as the OS temporary directory and no compile cache set by the environment. */
async function versionWithTemporaryDirectory(tmp: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, NO_COLOR: '1' };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  return spawnAsync(process.execPath, [START, '--version'], { cwd: REPO_ROOT, env });
}

/** Every file under `dir`, or none when it does not exist. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe('the compile cache', { timeout: 120_000 }, () => {
  it('runs the CLI on every Node.js the package supports', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'sagelint-compile-cache-'));
    const run = await versionWithTemporaryDirectory(tmp);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.runIf(HAS_COMPILE_CACHE)("keeps the CLI's compiled modules under the OS temporary directory (Node.js 22.1 and later)", async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'sagelint-compile-cache-'));
    expect((await versionWithTemporaryDirectory(tmp)).status).toBe(0);
    // One entry per module compiled after the cache was on: the CLI's, not only the entry's own.
    expect(filesUnder(path.join(tmp, 'node-compile-cache')).length).toBeGreaterThan(10);
  });

  it.runIf(HAS_COMPILE_CACHE)('runs without it, silently, where the directory cannot be written', async () => {
    const notADirectory = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-compile-cache-')), 'file');
    writeFileSync(notADirectory, '');
    const run = await versionWithTemporaryDirectory(notADirectory);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
