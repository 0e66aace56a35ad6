/**
 * An organization audited as a CI matrix would: 4 shard processes in parallel
 * over 60 member accounts (roles assumed from the management account), merged,
 * must equal a single unsharded audit finding for finding.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateAccountCommand, CreateOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateModelCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliEnvFor, runCliAsync } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { assumeInto, AUDIT_ROLE, DUMMY_CREDENTIALS, HOME_REGION } from './seed.js';

const MEMBERS = 60;
const SHARDS = 4;

interface JsonReport {
  findings: { ruleId: string; fingerprint: string; severity: string; message: string; resource: { id: string } }[];
  gaps?: object[];
  stats: { active: number };
}

describeLive('an organization of 60 accounts, audited in 4 shards and merged', () => {
  let moto: MotoServer;
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-org-'));

  beforeAll(async () => {
    moto = await startMoto();
    const organizations = new OrganizationsClient({ region: HOME_REGION, credentials: DUMMY_CREDENTIALS, endpoint: moto.endpoint });
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (let i = 0; i < MEMBERS; i++) await organizations.send(new CreateAccountCommand({ AccountName: `member-${i}`, Email: `member-${i}@example.com` }));
    const accounts = (await organizations.send(new ListAccountsCommand({}))).Accounts ?? [];
    expect(accounts.length).toBe(MEMBERS + 1);
    // One model without network isolation in each member account: a finding that names its account.
    for (const account of accounts.filter((a) => a.Name?.startsWith('member-'))) {
      const sagemaker = new SageMakerClient({ region: HOME_REGION, endpoint: moto.endpoint, credentials: await assumeInto(moto.endpoint, account.Id!) });
      await sagemaker.send(
        new CreateModelCommand({
          ModelName: `churn-${account.Id}`,
          ExecutionRoleArn: `arn:aws:iam::${account.Id}:role/SageMakerExecution`,
          PrimaryContainer: { Image: '382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1' },
        }),
      );
      sagemaker.destroy();
    }
    organizations.destroy();
  }, 600_000);
  afterAll(() => moto?.stop());

  it('merges to exactly the findings of one unsharded audit', { timeout: 1_200_000 }, async () => {
    const env = cliEnvFor(moto.endpoint);
    const audit = (file: string, extra: string[] = []) =>
      runCliAsync(['audit', '--org', '--role-name', AUDIT_ROLE, '--regions', HOME_REGION, '--format', 'json', '--output', path.join(out, file), ...extra], {
        env,
        timeoutMs: 1_100_000,
      });
    const shardFiles = Array.from({ length: SHARDS }, (_, i) => `shard-${i + 1}.json`);
    // The shards run side by side, as a CI matrix runs them, and the unsharded audit beside them.
    const [whole, ...shardRuns] = await Promise.all([audit('whole.json'), ...shardFiles.map((file, i) => audit(file, ['--shard', `${i + 1}/${SHARDS}`]))]);
    for (const run of shardRuns) expect(run.status, run.stderr).toBe(1);
    expect(shardRuns.map((run) => /auditing (\d+) accounts/.exec(run.stderr)?.[1]).map(Number)).toEqual([16, 15, 15, 15]);
    expect(whole!.status, whole!.stderr).toBe(1);

    const merge = await runCliAsync(['merge', ...shardFiles.map((f) => path.join(out, f)), '--output', path.join(out, 'merged.json'), '--fail-on', 'high', '--allow-gaps']);
    expect(merge.status, merge.stderr).toBe(1);
    const read = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8')) as JsonReport;
    const [merged, single] = [read('merged.json'), read('whole.json')];
    const identity = (r: JsonReport) => r.findings.map((f) => [f.fingerprint, f.ruleId, f.severity, f.resource.id, f.message].join(' ')).sort();
    expect(identity(merged)).toEqual(identity(single));
    expect(merged.stats.active).toBe(single.stats.active);
    const accountsWithFindings = new Set(single.findings.map((f) => f.resource.id.split(':')[4]));
    expect(accountsWithFindings.size).toBeGreaterThanOrEqual(MEMBERS);
    const gaps = (r: JsonReport) => (r.gaps ?? []).map((g) => JSON.stringify(g)).sort();
    expect(gaps(merged)).toEqual(gaps(single));

    // Merged again with a shard twice, nothing is counted twice.
    const twice = await runCliAsync(['merge', ...[...shardFiles, shardFiles[0]!].map((f) => path.join(out, f)), '--allow-gaps']);
    expect(identity(JSON.parse(twice.stdout) as JsonReport)).toEqual(identity(single));
  });
});
