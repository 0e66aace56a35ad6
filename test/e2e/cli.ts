/** Runs the built CLI as a user would, for end-to-end tests; or one of its commands in the test process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import yargs, { type CommandModule } from 'yargs';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(REPO_ROOT, 'dist/src/cli/main.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
    // A JSON report of every rule over many fixtures passes spawnSync's 1 MiB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs one command of the CLI in this test process: the command module the CLI
 * registers, parsed by yargs as `sagelint` parses it, in `cwd`, with stdout and
 * stderr captured. For tests that run a command many times: each CLI process
 * pays the start-up (module loading, IAM data) that this process pays once.
 * Needs the forks pool (it changes the working directory); runs are serial.
 */
export async function runCommandInProcess<T>(command: CommandModule<object, T>, args: string[], options: { cwd: string }): Promise<CliRun> {
  const saved = { cwd: process.cwd(), stdout: process.stdout.write, stderr: process.stderr.write, exitCode: process.exitCode };
  let stdout = '';
  let stderr = '';
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
      callback?.();
      return true;
    }) as typeof process.stdout.write;
  process.chdir(options.cwd);
  process.stdout.write = capture((text) => (stdout += text));
  process.stderr.write = capture((text) => (stderr += text));
  process.exitCode = 0;
  try {
    await yargs(args)
      .scriptName('sagelint')
      .command(command)
      .strict()
      .exitProcess(false)
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .parseAsync();
    return { status: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    process.chdir(saved.cwd);
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.exitCode = saved.exitCode;
  }
}
