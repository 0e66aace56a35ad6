/** Running the audit against a test endpoint, and reading its snapshot. */
import { spawn } from 'node:child_process';
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

/**
 * The built CLI, run without blocking this process: the moto server started
 * here logs every request to a pipe this process drains, and a blocked event
 * loop would leave moto stuck writing once the pipe is full.
 */
export function runCliAsync(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO_ROOT, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
