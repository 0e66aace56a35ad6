/**
 * Studio domains against a real AWS API (moto implements CreateDomain,
 * ListDomains and DescribeDomain with their space, Docker and network
 * settings): collected with them, and judged as a template's would be.
 */
import { CreateDomainCommand, SageMakerClient, type CreateDomainCommandInput } from '@aws-sdk/client-sagemaker';
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm092 from '../../rules/sm092-domain-shared-space-security-groups.js';
import sm093 from '../../rules/sm093-domain-docker-trusted-accounts.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.domain;

const ROLE = `arn:aws:iam::${ACCOUNT}:role/studio`;
const OUTSIDE_ACCOUNT = '111122223333';

describeLive('audit of Studio domain space and Docker settings', () => {
  let snapshot: Snapshot;
  const domainArn = new Map<string, string>();

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const sm = new SageMakerClient({ endpoint, credentials, region: HOME_REGION });
    const create = async (name: string, settings: Partial<CreateDomainCommandInput>) => {
      const out = await sm.send(
        new CreateDomainCommand({
          DomainName: name,
          AuthMode: 'IAM',
          VpcId: 'vpc-0123456789abcdef0',
          SubnetIds: ['subnet-0123456789abcdef0'],
          AppNetworkAccessType: 'VpcOnly',
          DefaultUserSettings: { ExecutionRole: ROLE, SecurityGroups: ['sg-0123456789abcdef0'] },
          ...settings,
        }),
      );
      domainArn.set(name, out.DomainArn!);
    };
    await create('loose', {
      AppSecurityGroupManagement: 'Customer',
      DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED', VpcOnlyTrustedAccounts: [ACCOUNT, OUTSIDE_ACCOUNT] } },
    });
    await create('tight', {
      DefaultSpaceSettings: { ExecutionRole: ROLE, SecurityGroups: ['sg-0123456789abcdef0'] },
      DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED', VpcOnlyTrustedAccounts: [ACCOUNT] } },
    });
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['sagemaker'] });
  }, 120_000);

  it('collects the space, Docker and security group settings of each domain', () => {
    const domains = regionOf(snapshot, ACCOUNT, HOME_REGION).sagemaker.domains;
    const byName = new Map(domains.map((d) => [d.DomainName, d]));
    expect(byName.get('loose')?.DomainSettings?.DockerSettings?.VpcOnlyTrustedAccounts).toEqual([ACCOUNT, OUTSIDE_ACCOUNT]);
    expect(byName.get('loose')?.AppSecurityGroupManagement).toBe('Customer');
    expect(byName.get('tight')?.DefaultSpaceSettings?.SecurityGroups).toEqual(['sg-0123456789abcdef0']);
    expect(snapshot.coverage.filter((g) => /Domain/.test(g.operation))).toEqual([]);
  });

  it('judges shared spaces without security groups and Docker trusting an outside account', () => {
    const [unit] = snapshotToUnits(snapshot);
    const findings = evaluateUnit(unit!, { rules: [sm092, sm093] }).findings;
    expect(findings.map((f) => [f.ruleId, f.resource.id]).sort()).toEqual([
      ['SM092', domainArn.get('loose')],
      ['SM093', domainArn.get('loose')],
    ]);
    expect(findings.find((f) => f.ruleId === 'SM093')?.message).toMatch(new RegExp(`names the account ${OUTSIDE_ACCOUNT} while`));
  });
});
