/** Running the audit against a test endpoint, and reading its snapshot. */
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

export { runCliAsync, startCli, type StartedCli } from '../e2e/cli.js';
