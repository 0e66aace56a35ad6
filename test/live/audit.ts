/** Running the audit against a test endpoint, and reading its snapshot. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLI, REPO_ROOT, type CliRun } from '../e2e/cli.js';
import { collectAccountState, type CollectOptions, type RuleScope, type Snapshot } from '../../src/loaders/account/index.js';
import { DUMMY_CREDENTIALS, HOME_REGION } from './seed.js';

/** A slice of the rule catalog: enough kinds to see which rules each gap names. */
export const RULES: RuleScope[] = [
  { id: 'SM001', appliesTo: ['NotebookInstance'] },
  { id: 'SM006', appliesTo: ['NotebookLifecycleConfig'] },
  { id: 'SM012', appliesTo: ['Domain', 'UserProfile'] },
  { id: 'SM020', appliesTo: ['Job'] },
  { id: 'SM040', appliesTo: ['TransformJob'] },
  { id: 'RS001', appliesTo: ['RedshiftCluster'] },
  { id: 'RS004', appliesTo: ['RedshiftCluster', 'RedshiftParameterGroup'] },
  { id: 'TG001', appliesTo: ['NotebookInstance', 'Model', 'TransformJob', 'RedshiftCluster'] },
];

/** The audit as the CLI runs it, pointed at `endpoint`, as the caller of the seeded account. */
export function auditAt(endpoint: string, options: CollectOptions = {}): Promise<Snapshot> {
  return collectAccountState({ endpoint, credentials: DUMMY_CREDENTIALS, homeRegion: HOME_REGION, rules: RULES, ...options });
}

export function regionOf(snapshot: Snapshot, account: string, region: string) {
  const state = snapshot.accounts.find((a) => a.accountId === account)?.regions.find((r) => r.region === region);
  if (!state) throw new Error(`no ${account}/${region} in the snapshot`);
  return state;
}

/** The environment that points the CLI's SDK clients at `endpoint` as the caller of the seeded account. */
export function cliEnvFor(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: DUMMY_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: DUMMY_CREDENTIALS.secretAccessKey,
    AWS_REGION: HOME_REGION,
    AWS_MAX_ATTEMPTS: '2',
  };
}

/** A CLI run in progress: its output so far, a way to signal it, and its end. */
export interface StartedCli {
  child: ChildProcess;
  stderr(): string;
  /** Resolves once stderr matches `pattern` (or rejects when the run ends first). */
  stderrMatches(pattern: RegExp): Promise<void>;
  done: Promise<CliRun>;
}

/**
 * The built CLI, run without blocking this process: the moto server started
 * here logs every request to a pipe this process drains, and a blocked event
 * loop would leave moto stuck writing once the pipe is full.
 */
export function startCli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; replaceEnv?: boolean } = {}): StartedCli {
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
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
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

export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number; replaceEnv?: boolean } = {}): Promise<CliRun> {
  return startCli(args, options).done;
}
