/**
 * Runs hostile input in a child process with a memory cap and a wall-clock
 * limit, so a regression (a hang, an out-of-memory crash) fails its test
 * instead of stalling or killing the test runner.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, REPO_ROOT } from '../e2e/cli.js';

/** The memory every hostile input must fit in. */
export const MEMORY_MB = 512;
/** Far above the 10 seconds each input is allowed on an idle machine (tests share busy CI machines), far below a hang. */
export const WALL_MS = 40_000;

export interface BoundedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Whether the process was stopped for running out of time. */
  timedOut: boolean;
}

export interface BoundedOptions {
  cwd?: string;
  wallMs?: number;
  /** A heap other than the 512 MB every hostile input must fit in, for the few tests that measure something else. */
  memoryMb?: number;
  /** More V8 flags, e.g. a smaller `--stack-size` so a stack limit shows on a smaller input. */
  nodeFlags?: string[];
}

/**
 * `node --max-old-space-size=512 <args>`, killed after `wallMs`. Asynchronous,
 * so the test runner stays responsive while a long run goes on.
 */
export function runBounded(args: string[], options: BoundedOptions = {}): Promise<BoundedRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${options.memoryMb ?? MEMORY_MB}`, ...(options.nodeFlags ?? []), ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.wallMs ?? WALL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: Date.now() - started, timedOut });
    });
  });
}

/** The built CLI under the same limits. */
export function runCliBounded(args: string[], options: BoundedOptions = {}): Promise<BoundedRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  return runBounded([CLI, ...args], options);
}

/** A fresh temporary directory, removed by the returned function. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `sagelint-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
