/** Packing a package as npm publishes it, and running commands in the projects that install it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { spawnAsync, type ProcessRun } from './action-step.js';

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessRun> {
  return spawnAsync(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
}

/** `npm pack` of the package in `dir`: the tarball's path and the files it holds, sorted. */
export async function npmPack(dir: string): Promise<{ tarball: string; files: string[] }> {
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-pack-'));
  const pack = await sh('npm', ['pack', '--pack-destination', out, '--json'], dir);
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(out, info!.filename), files: info!.files.map((f) => f.path).sort() };
}
