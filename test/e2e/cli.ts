/** Runs the built CLI as a user would, for end-to-end tests; or one of its commands in the test process. */
import { spawn, type ChildProcess } from 'node:child_process';
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

/** A CLI run in progress: its output so far, a way to signal it, and its end. */
export interface StartedCli {
  child: ChildProcess;
  stderr(): string;
  /** Resolves once stderr matches `pattern` (or rejects when the run ends first). */
  stderrMatches(pattern: RegExp): Promise<void>;
  done: Promise<CliRun>;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Only PATH, NO_COLOR and `env` reach the CLI, not this process's environment. */
  replaceEnv?: boolean;
}

/**
 * The built CLI, run without blocking this process: the test worker keeps
 * reporting to vitest, and a moto server started here, which logs every
 * request to a pipe this process drains, never stalls on a full pipe.
 */
export function startCli(args: string[], options: CliOptions = {}): StartedCli {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const env = options.replaceEnv ? { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env } : { ...process.env, NO_COLOR: '1', ...options.env };
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const waiter of waiters.filter((w) => w.pattern.test(stderr))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  // Longer than most tests' own timeouts, so a slow run fails as a timeout of its test, not as a killed CLI.
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 170_000);
  const done = new Promise<CliRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
  return {
    child,
    stderr: () => stderr,
    stderrMatches: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiters.push({ pattern, resolve })),
            done.then((run) => Promise.reject(new Error(`the CLI ended (${run.status}) before its stderr matched ${pattern}:\n${run.stderr}`))),
          ]),
    done,
  };
}

/** The built CLI, run to its end without blocking this process (see `startCli`). */
export function runCliAsync(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return startCli(args, options).done;
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
