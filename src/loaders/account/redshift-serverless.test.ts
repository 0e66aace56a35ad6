/**
 * Redshift Serverless workgroups and namespaces, from the collector to the
 * rules that judge them (RS007–RS011, RS016, RS017). moto 5.2.1 implements no
 * Redshift Serverless API, so the audit's own clients answer here with the
 * response shapes of the Redshift Serverless API reference.
 */
import { describe, expect, it } from 'vitest';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { AccessDenied, stubbedClient, Throttled, type Answer } from '../../../test/helpers/stubbed-aws-client.js';
import { findingsIn, liveUnit } from '../../../test/rule-inputs.js';
import type { Rule } from '../../core/rule.js';
import serverlessPublic from '../../../rules/rs007-redshift-serverless-public.js';
import serverlessKey from '../../../rules/rs008-redshift-serverless-no-customer-managed-key.js';
import serverlessRouting from '../../../rules/rs009-redshift-serverless-no-enhanced-vpc-routing.js';
import serverlessLogging from '../../../rules/rs010-redshift-serverless-logging-off.js';
import defaultAdmin from '../../../rules/rs011-redshift-default-admin-username.js';
import serverlessSsl from '../../../rules/rs016-redshift-serverless-ssl-not-required.js';
import defaultDatabase from '../../../rules/rs017-redshift-default-database-name.js';
import { GapRecorder, ServiceCalls } from './calls.js';
import { hidesScope } from './coverage.js';
import { collectRedshift } from './redshift.js';
import type { RedshiftState } from './snapshot.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const RULES = [serverlessPublic, serverlessKey, serverlessRouting, serverlessLogging, defaultAdmin, serverlessSsl, defaultDatabase];

/** A workgroup as ListWorkgroups (and GetWorkgroup) return it: camelCase, its ARN named by its ID. */
function workgroup(name: string, id: string, settings: { publiclyAccessible: boolean; enhancedVpcRouting: boolean; requireSsl: string }) {
  return {
    workgroupId: id,
    workgroupArn: `arn:aws:redshift-serverless:${REGION}:${ACCOUNT}:workgroup/${id}`,
    workgroupName: name,
    namespaceName: `${name}-ns`,
    baseCapacity: 128,
    maxCapacity: 512,
    enhancedVpcRouting: settings.enhancedVpcRouting,
    configParameters: [
      { parameterKey: 'auto_mv', parameterValue: 'true' },
      { parameterKey: 'datestyle', parameterValue: 'ISO, MDY' },
      { parameterKey: 'enable_case_sensitive_identifier', parameterValue: 'false' },
      { parameterKey: 'enable_user_activity_logging', parameterValue: 'true' },
      { parameterKey: 'query_group', parameterValue: 'default' },
      { parameterKey: 'require_ssl', parameterValue: settings.requireSsl },
      { parameterKey: 'search_path', parameterValue: '$user, public' },
      { parameterKey: 'max_query_execution_time', parameterValue: '14400' },
    ],
    securityGroupIds: ['sg-0a1b2c3d4e5f67890'],
    subnetIds: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210', 'subnet-00112233445566778'],
    status: 'AVAILABLE',
    endpoint: {
      address: `${name}.${ACCOUNT}.${REGION}.redshift-serverless.amazonaws.com`,
      port: 5439,
      vpcEndpoints: [{ vpcEndpointId: 'vpce-0abc1234def567890', vpcId: 'vpc-0123abcd', networkInterfaces: [{ networkInterfaceId: 'eni-0a1b2c3d', subnetId: 'subnet-0123456789abcdef0', privateIpAddress: '10.0.1.25', availabilityZone: `${REGION}a` }] }],
    },
    publiclyAccessible: settings.publiclyAccessible,
    creationDate: '2026-10-14T08:30:11.000Z',
    port: 5439,
    patchVersion: 'patch 191',
    workgroupVersion: '1.0.84001',
    trackName: 'current',
    pricePerformanceTarget: { status: 'DISABLED' },
  };
}

/** A namespace as GetNamespace (and ListNamespaces) return it. */
function namespace(name: string, id: string, settings: { adminUsername: string; dbName: string; kmsKeyId: string; logExports: string[] }) {
  return {
    namespaceArn: `arn:aws:redshift-serverless:${REGION}:${ACCOUNT}:namespace/${id}`,
    namespaceId: id,
    namespaceName: name,
    ...settings,
    defaultIamRoleArn: `arn:aws:iam::${ACCOUNT}:role/RedshiftServerlessLoad`,
    iamRoles: [`IamRole(applyStatus=in-sync, iamRoleArn=arn:aws:iam::${ACCOUNT}:role/RedshiftServerlessLoad)`],
    status: 'AVAILABLE',
    creationDate: '2026-10-14T08:29:40.000Z',
    adminPasswordSecretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:redshift!${name}-admin-AbCdEf`,
    adminPasswordSecretKmsKeyId: KEY,
  };
}

const HARDENED = workgroup('reporting', '5c8d6e4a-6f1c-4a2b-9c34-0b1d2e3f4a5b', { publiclyAccessible: false, enhancedVpcRouting: true, requireSsl: 'true' });
const EXPOSED = workgroup('adhoc', 'a1b2c3d4-e5f6-4789-8abc-def012345678', { publiclyAccessible: true, enhancedVpcRouting: false, requireSsl: 'false' });
// A second workgroup on the reporting namespace: the namespace is read once.
const REPORTING_BATCH = { ...workgroup('reporting-batch', '7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908', { publiclyAccessible: false, enhancedVpcRouting: true, requireSsl: 'true' }), namespaceName: 'reporting-ns' };
const KEYED = namespace('reporting-ns', '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', { adminUsername: 'dw_owner', dbName: 'reporting', kmsKeyId: KEY, logExports: ['userlog', 'connectionlog', 'useractivitylog'] });
const DEFAULTS = namespace('adhoc-ns', '9a8b7c6d-5e4f-4321-8fed-cba987654321', { adminUsername: 'admin', dbName: 'dev', kmsKeyId: 'AWS_OWNED_KMS_KEY', logExports: [] });

const serverlessAnswers: Record<string, Answer> = {
  // Two pages, as ListWorkgroups gives them with a nextToken.
  ListWorkgroups: (input) => (input.nextToken ? { workgroups: [EXPOSED] } : { workgroups: [HARDENED, REPORTING_BATCH], nextToken: 'page-2' }),
  GetNamespace: (input) => ({ namespace: [KEYED, DEFAULTS].find((n) => n.namespaceName === input.namespaceName) }),
};

const failing = (error: Error): Answer => () => {
  throw error;
};

async function collect(overrides: Record<string, Answer> = {}) {
  const calls: string[] = [];
  const recorder = new GapRecorder(RULES);
  const scope = (service: 'redshift' | 'redshift-serverless') => new ServiceCalls({ account: ACCOUNT, region: REGION, service }, recorder);
  const state = await collectRedshift(stubbedClient(RedshiftClient, {}, calls, REGION), scope('redshift'), {
    client: stubbedClient(RedshiftServerlessClient, { ...serverlessAnswers, ...overrides }, calls, REGION),
    calls: scope('redshift-serverless'),
  });
  const gaps = recorder.sorted().map((g) => `${g.service}:${g.operation} ${g.reason} [${g.rulesAffected.join(',')}] ${hidesScope(g) ? 'fails closed' : 'named'}`);
  return { state, gaps, calls };
}

async function findingsOn(rule: Rule, redshift: RedshiftState): Promise<string[]> {
  const findings = await findingsIn(rule, liveUnit((region) => (region.redshift = redshift), { region: REGION }));
  return findings.map((f) => `${f.ruleId} ${f.resource.id.split(':').pop()} ${f.certainty}: ${f.message.split(':')[0]}`);
}

describe('Redshift Serverless workgroups and namespaces', () => {
  it('are read, every page of the workgroups and each namespace they use once, beside the provisioned clusters', async () => {
    const { state, gaps, calls } = await collect();
    expect(state.workgroups.map((w) => [w.workgroupName, w.publiclyAccessible])).toEqual([
      ['adhoc', true],
      ['reporting', false],
      ['reporting-batch', false],
    ]);
    expect(state.namespaces.map((n) => n.namespaceName)).toEqual(['adhoc-ns', 'reporting-ns']);
    expect(calls.filter((c) => c === 'ListWorkgroups')).toHaveLength(2);
    expect(calls.filter((c) => c === 'GetNamespace')).toHaveLength(2);
    expect(calls).toContain('DescribeClusters');
    expect(gaps).toEqual([]);
  });

  it('are judged by the serverless rules on the live audit as in a template', async () => {
    const { state } = await collect();
    const findings = await Promise.all(RULES.map((rule) => findingsOn(rule, state)));
    expect(findings.flat()).toEqual([
      'RS007 workgroup/a1b2c3d4-e5f6-4789-8abc-def012345678 definite: PubliclyAccessible is true',
      'RS008 namespace/9a8b7c6d-5e4f-4321-8fed-cba987654321 definite: KmsKeyId is \'AWS_OWNED_KMS_KEY\'',
      'RS009 workgroup/a1b2c3d4-e5f6-4789-8abc-def012345678 definite: EnhancedVpcRouting is false',
      'RS010 namespace/9a8b7c6d-5e4f-4321-8fed-cba987654321 definite: LogExports is []',
      'RS011 namespace/9a8b7c6d-5e4f-4321-8fed-cba987654321 definite: AdminUsername is \'admin\'',
      "RS016 workgroup/a1b2c3d4-e5f6-4789-8abc-def012345678 definite: require_ssl is 'false' in the workgroup's ConfigParameters",
      'RS017 namespace/9a8b7c6d-5e4f-4321-8fed-cba987654321 definite: DbName is \'dev\'',
    ]);
  });

  it('locate each finding at the API path of the value judged', async () => {
    const { state } = await collect();
    const [ssl] = await findingsIn(serverlessSsl, liveUnit((region) => (region.redshift = state), { region: REGION }));
    expect(ssl?.location).toMatchObject({ kind: 'live', path: ['configParameters', 5, 'parameterValue'] });
  });

  it('that cannot be listed fail the audit closed, under the Redshift Serverless API, naming every serverless rule', async () => {
    const { state, gaps } = await collect({ ListWorkgroups: failing(new AccessDenied('User is not authorized to perform: redshift-serverless:ListWorkgroups')) });
    expect([state.workgroups, state.namespaces]).toEqual([[], []]);
    expect(gaps).toEqual(['redshift-serverless:ListWorkgroups access-denied [RS007,RS008,RS009,RS010,RS011,RS016,RS017] fails closed']);
    const throttled = await collect({ ListWorkgroups: failing(new Throttled('Rate exceeded')) });
    expect(throttled.gaps).toEqual(['redshift-serverless:ListWorkgroups throttled [RS007,RS008,RS009,RS010,RS011,RS016,RS017] fails closed']);
  });

  it('leave out a namespace that cannot be read, and name it as a gap of the namespace rules', async () => {
    const { state, gaps } = await collect({
      GetNamespace: (input, call) => (input.namespaceName === 'adhoc-ns' ? failing(new AccessDenied('User is not authorized to perform: redshift-serverless:GetNamespace'))(input, call) : { namespace: KEYED }),
    });
    expect(state.namespaces.map((n) => n.namespaceName)).toEqual(['reporting-ns']);
    expect(state.workgroups).toHaveLength(3);
    expect(gaps).toEqual(['redshift-serverless:GetNamespace access-denied [RS008,RS010,RS011,RS017] named']);
  });
});
