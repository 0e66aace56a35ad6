/**
 * Audits that reach beyond the caller's account and home region, against a
 * real AWS API (moto): assumed roles, the organization, shards, every region.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { snapshotToUnits, type AuditScope, type CollectOptions } from '../../src/loaders/account/index.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { AUDIT_ROLE, CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION, MEMBER_ACCOUNT, OTHER_REGION, seedCallerAccount, seedMemberAccount } from './seed.js';

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto();
});

afterAll(async () => {
  await moto?.stop();
});

const audit = (options: CollectOptions = {}) => auditAt(moto.endpoint, options);

describeLive('audit of several accounts through AssumeRole', () => {
  beforeAll(async () => {
    await moto.reset();
    await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
    await seedMemberAccount(moto.endpoint);
  });

  it('assumes the audit role in each listed account and keeps their states apart', async () => {
    const snapshot = await audit({ regions: [HOME_REGION], accounts: [MEMBER_ACCOUNT, CALLER_ACCOUNT], roleName: AUDIT_ROLE });
    expect(snapshot.accounts.map((a) => a.accountId)).toEqual([MEMBER_ACCOUNT, CALLER_ACCOUNT]);
    const member = snapshot.accounts[0]!;
    expect(member.assumedRoleArn).toBe(`arn:aws:iam::${MEMBER_ACCOUNT}:role/${AUDIT_ROLE}`);
    expect(member.principalArn).toMatch(new RegExp(`^arn:aws:sts::${MEMBER_ACCOUNT}:assumed-role/${AUDIT_ROLE}/`));
    expect(regionOf(snapshot, MEMBER_ACCOUNT, HOME_REGION).sagemaker.notebookInstances.map((n) => n.NotebookInstanceName)).toEqual(['member-notebook']);
    expect(regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).sagemaker.notebookInstances.map((n) => n.NotebookInstanceName)).toEqual(['locked-notebook', 'open-notebook']);
    expect(snapshot.scope).toMatchObject({ accounts: 'list', roleName: AUDIT_ROLE });
    const units = snapshotToUnits(snapshot);
    expect(units.map((u) => u.resources.filter((r) => r.kind === 'NotebookInstance').map((r) => (r.loc.kind === 'live' ? r.loc.account : '')))).toEqual([
      [MEMBER_ACCOUNT],
      [CALLER_ACCOUNT, CALLER_ACCOUNT],
    ]);
  });

  it("finds the organization's accounts, and shards split them without overlap", async () => {
    const organizations = new OrganizationsClient({ region: HOME_REGION, credentials: DUMMY_CREDENTIALS, endpoint: moto.endpoint });
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (const name of ['data', 'research']) await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    // IAM alone: what matters here is which accounts are read.
    const orgAudit = (shard?: string) => audit({ regions: [HOME_REGION], services: ['iam'], org: true, roleName: AUDIT_ROLE, ...(shard ? { shard } : {}) });
    const whole = await orgAudit();
    const ids = whole.accounts.map((a) => a.accountId);
    expect(ids).toHaveLength(3);
    expect(ids).toContain(CALLER_ACCOUNT);
    expect(whole.scope.accounts).toBe('organization');
    const [first, second] = [await orgAudit('1/2'), await orgAudit('2/2')];
    const [a, b] = [first.accounts.map((x) => x.accountId), second.accounts.map((x) => x.accountId)];
    expect([...a, ...b].sort()).toEqual(ids);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(second.scope.shard).toEqual({ index: 2, count: 2 });
  });
});

describeLive('regions', () => {
  beforeAll(async () => {
    await moto.reset();
  });

  it('reads the enabled regions of the account for "all", the default, and says so before it starts', async () => {
    // Redshift alone keeps this fast: moto enables some thirty regions.
    const scopes: AuditScope[] = [];
    const snapshot = await audit({ services: ['redshift'], regionConcurrency: 8, onScope: (scope) => scopes.push(scope) });
    const regions = snapshot.accounts[0]!.regions.map((r) => r.region);
    expect(scopes).toEqual([{ accounts: [CALLER_ACCOUNT], accountsBeforeShard: 1, regions, skippedRegions: expect.arrayContaining(['ap-east-1']) }]);
    // Opt-in regions the account has not enabled are named as skipped, and not read.
    expect(scopes[0]!.skippedRegions.filter((region) => regions.includes(region))).toEqual([]);
    expect(regions).toEqual(expect.arrayContaining([HOME_REGION, OTHER_REGION]));
    expect(regions.length).toBeGreaterThan(10);
    // Every region was read: each has its default parameter group.
    expect(regions.every((region) => regionOf(snapshot, CALLER_ACCOUNT, region).redshift.parameterGroups.length > 0)).toBe(true);
    // moto implements no DescribeEventSubscriptions and no Redshift Serverless API: each region says so, and nothing else is missing.
    const unimplemented = ['redshift:DescribeEventSubscriptions', 'redshift-serverless:ListWorkgroups'];
    expect(snapshot.coverage.filter((gap) => !(unimplemented.includes(`${gap.service}:${gap.operation}`) && gap.reason === 'unsupported'))).toEqual([]);
    for (const operation of unimplemented) {
      expect(snapshot.coverage.filter((gap) => `${gap.service}:${gap.operation}` === operation).map((gap) => gap.region).sort(), operation).toEqual([...regions].sort());
    }
    expect(snapshot.scope).toMatchObject({ regions: 'all', services: ['redshift'] });
    expect(snapshot.accounts[0]!.iam).toBeUndefined();
    expect(snapshotToUnits(snapshot)[0]!.notes.map((n) => n.message)).toContain(
      "Only redshift resources were collected: rules about other services' resources were not evaluated.",
    );
  });
});
