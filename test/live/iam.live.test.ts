/**
 * The audit under real IAM enforcement (moto checks every request against the
 * caller's policies): the documented read policy is enough, and what an auditor
 * may not read becomes a coverage gap that names the rules left unevaluated.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AwsCredentialIdentity } from '@smithy/types';
import { auditReadPolicy, type CollectOptions } from '../../src/loaders/account/index.js';
import { auditAt, regionOf, RULES } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { AUDIT_ROLE, CALLER_ACCOUNT, createAuditor, HOME_REGION, MEMBER_ACCOUNT, seedCallerAccount } from './seed.js';

let moto: MotoServer;
const auditors: Record<'full' | 'withoutRedshift', AwsCredentialIdentity> = {} as never;

beforeAll(async () => {
  moto = await startMoto();
  await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
  const policy = auditReadPolicy();
  const withoutRedshift = { ...policy, Statement: policy.Statement.map((s) => ({ ...s, Action: s.Action.filter((a) => !a.startsWith('redshift:')) })) };
  auditors.full = await createAuditor(moto.endpoint, 'auditor', policy);
  auditors.withoutRedshift = await createAuditor(moto.endpoint, 'auditor-without-redshift', withoutRedshift);
  await moto.enforceIam(true);
});

afterAll(async () => {
  await moto?.enforceIam(false);
  await moto?.stop();
});

const audit = (credentials: AwsCredentialIdentity, options: CollectOptions = {}) => auditAt(moto.endpoint, { credentials, regions: [HOME_REGION], ...options });

describeLive('an auditor under IAM enforcement', () => {
  it('reads everything with the documented read policy', async () => {
    const snapshot = await audit(auditors.full);
    expect(snapshot.coverage.filter((g) => g.reason === 'access-denied')).toEqual([]);
    expect(snapshot.accounts[0]!.principalArn).toBe(`arn:aws:iam::${CALLER_ACCOUNT}:user/auditor`);
    expect(regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).redshift.clusters).toHaveLength(2);
    expect(snapshot.accounts[0]!.iam?.roles).toHaveLength(1);
  });

  it('without Redshift permissions gets a Redshift gap naming the Redshift rules, and everything else in full', async () => {
    const snapshot = await audit(auditors.withoutRedshift);
    const denied = snapshot.coverage.filter((g) => g.reason === 'access-denied');
    expect(denied.map((g) => `${g.service}:${g.operation}`)).toEqual([
      'redshift:DescribeClusterParameterGroups',
      'redshift:DescribeClusterSnapshots',
      'redshift:DescribeClusterSubnetGroups',
      'redshift:DescribeClusters',
      'redshift:DescribeEventSubscriptions',
    ]);
    expect(denied.find((g) => g.operation === 'DescribeClusters')!.rulesAffected).toEqual(['RS001', 'RS004', 'TG001']);
    expect(denied.find((g) => g.operation === 'DescribeClusterParameterGroups')!.rulesAffected).toEqual(['RS004']);
    const home = regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION);
    expect(home.redshift).toEqual({ clusters: [], parameterGroups: [], subnetGroups: [], snapshots: [], eventSubscriptions: [], workgroups: [], namespaces: [] });
    expect(home.sagemaker.notebookInstances).toHaveLength(2);
    expect(home.ec2.securityGroups.length).toBeGreaterThan(2);
    expect(snapshot.accounts[0]!.iam?.roles).toHaveLength(1);
  });

  it('records a refused AssumeRole as a gap for the whole account', async () => {
    const snapshot = await audit(auditors.full, { accounts: [MEMBER_ACCOUNT], roleName: AUDIT_ROLE });
    expect(snapshot.accounts).toEqual([]);
    expect(snapshot.coverage).toEqual([
      expect.objectContaining({
        account: MEMBER_ACCOUNT,
        region: 'global',
        service: 'sts',
        operation: 'AssumeRole',
        reason: 'access-denied',
        resource: `arn:aws:iam::${MEMBER_ACCOUNT}:role/${AUDIT_ROLE}`,
        rulesAffected: RULES.map((r) => r.id).sort(),
      }),
    ]);
  });
});
