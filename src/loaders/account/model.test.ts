import { describe, expect, it } from 'vitest';
import { ResourceGraph } from '../../model/graph.js';
import { prop, type Resource } from '../../model/resource.js';
import { get, stringOf, toPlain } from '../../model/value.js';
import { mapAccountState } from './model.js';
import { emptyRegionState, type AccountState, type RegionState } from './snapshot.js';

const ACCOUNT = '123456789012';
const encode = (doc: object) => encodeURIComponent(JSON.stringify(doc));

function account(regions: RegionState[], iam?: AccountState['iam']): AccountState {
  return { accountId: ACCOUNT, partition: 'aws', principalArn: `arn:aws:iam::${ACCOUNT}:user/auditor`, regions, ...(iam ? { iam } : {}) };
}

function region(name: string, fill: (state: RegionState) => void): RegionState {
  const state = emptyRegionState(name);
  fill(state);
  return state;
}

function find(resources: Resource[], id: string): Resource {
  const found = resources.find((r) => r.id === id || r.aliases.includes(id));
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

describe('EC2 records', () => {
  const east = region('us-east-1', (s) => {
    s.ec2.securityGroups.push({
      GroupId: 'sg-1',
      GroupName: 'web',
      Description: 'web tier',
      VpcId: 'vpc-1',
      OwnerId: ACCOUNT,
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          IpRanges: [{ CidrIp: '0.0.0.0/0' }],
          Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'v6' }],
          UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: ACCOUNT }],
          PrefixListIds: [{ PrefixListId: 'pl-1' }],
        },
      ],
      IpPermissionsEgress: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-2', UserId: ACCOUNT }] }],
    });
    s.ec2.securityGroups.push({ GroupId: 'sg-2', GroupName: 'default', VpcId: 'vpc-1', OwnerId: ACCOUNT });
    s.ec2.vpcEndpoints.push({
      VpcEndpointId: 'vpce-1',
      VpcId: 'vpc-1',
      ServiceName: 'com.amazonaws.us-east-1.sagemaker.api',
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: false,
      Groups: [{ GroupId: 'sg-2', GroupName: 'default' }],
      PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }),
    });
    s.ec2.vpcs.push({ VpcId: 'vpc-1', OwnerId: ACCOUNT, CidrBlock: '10.0.0.0/16' });
    s.ec2.subnets.push({ SubnetId: 'subnet-a', VpcId: 'vpc-1', SubnetArn: `arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-a` });
    s.ec2.subnets.push({ SubnetId: 'subnet-b', VpcId: 'vpc-1' });
    s.ec2.routeTables.push({ RouteTableId: 'rtb-main', VpcId: 'vpc-1', Associations: [{ Main: true }], Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }] });
    s.ec2.routeTables.push({
      RouteTableId: 'rtb-public',
      VpcId: 'vpc-1',
      Associations: [{ SubnetId: 'subnet-a' }],
      Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' }],
    });
  });
  const { resources, notes } = mapAccountState(account([east]));
  const graph = new ResourceGraph(resources);

  it('turns each range, peer and prefix list of a permission into a CloudFormation rule located in the API record', () => {
    const group = find(resources, 'sg-1');
    expect(group.id).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-1`);
    expect(stringOf(prop(group, 'GroupDescription'))).toBe('web tier');
    expect(prop(group, 'Description').t).toBe('omitted');
    expect(toPlain(prop(group, 'SecurityGroupIngress'))).toEqual([
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0', Description: 'v6' },
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: 'sg-2', SourceSecurityGroupOwnerId: ACCOUNT },
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourcePrefixListId: 'pl-1' },
    ]);
    expect(get(prop(group, 'SecurityGroupIngress'), 1, 'CidrIpv6').loc).toMatchObject({ kind: 'live', arn: group.id, region: 'us-east-1', path: ['IpPermissions', 0, 'Ipv6Ranges', 0, 'CidrIpv6'] });
    expect(toPlain(prop(group, 'SecurityGroupEgress'))).toEqual([{ IpProtocol: '-1', DestinationSecurityGroupId: 'sg-2' }]);
    expect(graph.references(group, 'SecurityGroup').map((e) => e.to.aliases[1])).toEqual(['sg-2', 'sg-2']);
  });

  it('decodes a VPC endpoint policy and names its security groups as CloudFormation does', () => {
    const endpoint = find(resources, 'vpce-1');
    expect(stringOf(prop(endpoint, 'PolicyDocument', 'Statement', 0, 'Principal'))).toBe('*');
    expect(toPlain(prop(endpoint, 'SecurityGroupIds'))).toEqual(['sg-2']);
    expect(prop(endpoint, 'PrivateDnsEnabled')).toMatchObject({ t: 'scalar', v: false });
    expect(graph.references(endpoint, 'Vpc').map((e) => e.to.id)).toEqual([`arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-1`]);
  });

  it("gives each subnet the routes of its table, else of its VPC's main table", () => {
    const a = find(resources, 'subnet-a');
    const b = find(resources, 'subnet-b');
    expect(stringOf(prop(a, 'RouteTableId'))).toBe('rtb-public');
    expect(toPlain(prop(a, 'Routes'))).toEqual([{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' }]);
    expect(prop(a, 'Routes').loc).toMatchObject({ arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:route-table/rtb-public`, path: ['Routes'] });
    expect(stringOf(prop(b, 'RouteTableId'))).toBe('rtb-main');
    expect(b.id).toBe(`arn:aws:ec2:us-east-1:${ACCOUNT}:subnet/subnet-b`);
  });

  it('takes tags missing from an EC2 description as no tags', () => {
    expect(find(resources, 'sg-2').tags).toMatchObject({ partial: false, known: new Map() });
    expect(notes).toEqual([]);
  });
});

describe('SageMaker records', () => {
  const modelIn = (r: string, name: string) => ({ ModelName: name, ModelArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:model/${name}`, VpcConfig: {}, Tags: [] });
  const configIn = (r: string, name: string, model: string) => ({
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:${r}:${ACCOUNT}:endpoint-config/${name}`,
    ProductionVariants: [{ VariantName: 'main', ModelName: model, InitialInstanceCount: 1 }],
    DataCaptureConfig: {},
  });
  const east = region('us-east-1', (s) => {
    s.sagemaker.models.push(modelIn('us-east-1', 'shared'), modelIn('us-east-1', 'only-east'));
    s.sagemaker.endpointConfigs.push(configIn('us-east-1', 'east-config', 'shared'), configIn('us-east-1', 'east-only-config', 'only-east'));
    s.sagemaker.notebookInstances.push({
      NotebookInstanceName: 'nb',
      NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/nb`,
      DirectInternetAccess: 'Disabled',
    });
  });
  const west = region('us-west-2', (s) => {
    s.sagemaker.models.push(modelIn('us-west-2', 'shared'));
    s.sagemaker.endpointConfigs.push(configIn('us-west-2', 'west-config', 'shared'));
  });
  const { resources } = mapAccountState(account([east, west]));
  const graph = new ResourceGraph(resources);

  it('refers by a name found in two regions through the ARN of the one in the same region', () => {
    const eastConfig = find(resources, 'east-config');
    const modelName = prop(eastConfig, 'ProductionVariants', 0, 'ModelName');
    expect(modelName).toMatchObject({ t: 'ref', target: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/shared`, text: 'shared' });
    expect(graph.references(find(resources, 'west-config'), 'Model').map((e) => e.to.id)).toEqual([`arn:aws:sagemaker:us-west-2:${ACCOUNT}:model/shared`]);
    expect(find(resources, `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/shared`).aliases).toEqual([`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/shared`]);
  });

  it('keeps a unique name as the plain string, which the name alias resolves', () => {
    const config = find(resources, 'east-only-config');
    expect(prop(config, 'ProductionVariants', 0, 'ModelName')).toMatchObject({ t: 'scalar', v: 'only-east' });
    expect(graph.references(config, 'Model').map((e) => e.to.id)).toEqual([`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/only-east`]);
  });

  it('drops the empty objects AWS leaves out, so they read as omitted', () => {
    expect(prop(find(resources, 'only-east'), 'VpcConfig').t).toBe('omitted');
    expect(prop(find(resources, 'east-only-config'), 'DataCaptureConfig').t).toBe('omitted');
  });

  it('marks tags that could not be listed as partial', () => {
    expect(find(resources, 'nb').tags).toMatchObject({ partial: true });
    expect(find(resources, 'only-east').tags).toMatchObject({ partial: false });
  });
});

describe('Redshift records', () => {
  const east = region('us-east-1', (s) => {
    s.redshift.clusters.push(
      { ClusterIdentifier: 'unknown-logging', ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0' }], VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-9' }] },
      { ClusterIdentifier: 'no-logging', LoggingStatus: { LoggingEnabled: false } },
      {
        ClusterIdentifier: 'logging',
        LoggingStatus: { LoggingEnabled: true, BucketName: 'logs', LogDestinationType: 's3', LastSuccessfulDeliveryTime: '2026-01-01T00:00:00.000Z' },
        Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 'warehouse' }],
      },
    );
    s.redshift.parameterGroups.push({ ParameterGroupName: 'default.redshift-1.0', ParameterGroupFamily: 'redshift-1.0', Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'false', Source: 'engine-default', DataType: 'boolean' }] });
    s.redshift.parameterGroups.push({ ParameterGroupName: 'unread' });
  });
  const { resources } = mapAccountState(account([east]));
  const graph = new ResourceGraph(resources);
  const cluster = (id: string) => find(resources, `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:${id}`);

  it('states audit logging as CloudFormation does, and as unknown when it could not be read', () => {
    expect(prop(cluster('unknown-logging'), 'LoggingProperties')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/DescribeLoggingStatus/) });
    expect(prop(cluster('no-logging'), 'LoggingProperties').t).toBe('omitted');
    expect(toPlain(prop(cluster('logging'), 'LoggingProperties'))).toEqual({ BucketName: 'logs', LogDestinationType: 's3' });
    expect(cluster('logging').label).toBe('CloudFormation stack warehouse');
  });

  it('names the parameter group and security groups as CloudFormation does, and links the group', () => {
    const c = cluster('unknown-logging');
    expect(stringOf(prop(c, 'ClusterParameterGroupName'))).toBe('default.redshift-1.0');
    expect(toPlain(prop(c, 'VpcSecurityGroupIds'))).toEqual(['sg-9']);
    expect(graph.references(c, 'RedshiftParameterGroup').map((e) => e.to.id)).toEqual([`arn:aws:redshift:us-east-1:${ACCOUNT}:parametergroup:default.redshift-1.0`]);
  });

  it('keeps each parameter with its value and source, and unread parameters as unknown', () => {
    const group = find(resources, 'default.redshift-1.0');
    expect(toPlain(prop(group, 'Parameters'))).toEqual([{ ParameterName: 'require_ssl', ParameterValue: 'false', Source: 'engine-default' }]);
    expect(prop(find(resources, 'unread'), 'Parameters')).toMatchObject({ t: 'unknown', reason: expect.stringMatching(/DescribeClusterParameters/) });
  });

  it("leaves out AWS's default parameter groups that no cluster of the region uses, and keeps the account's own", () => {
    const west = region('us-west-2', (s) => {
      s.redshift.parameterGroups.push({ ParameterGroupName: 'default.redshift-1.0', ParameterGroupFamily: 'redshift-1.0' }, { ParameterGroupName: 'mine' });
    });
    const mapped = mapAccountState(account([east, west]));
    const groups = mapped.resources.filter((r) => r.kind === 'RedshiftParameterGroup').map((r) => r.id);
    expect(groups.sort()).toEqual(
      [`arn:aws:redshift:us-east-1:${ACCOUNT}:parametergroup:default.redshift-1.0`, `arn:aws:redshift:us-east-1:${ACCOUNT}:parametergroup:unread`, `arn:aws:redshift:us-west-2:${ACCOUNT}:parametergroup:mine`].sort(),
    );
    // Record paths keep the record's place in the snapshot.
    expect(mapped.recordPaths.get(`arn:aws:redshift:us-west-2:${ACCOUNT}:parametergroup:mine`)).toBe(`accounts[${ACCOUNT}].regions[us-west-2].redshift.parameterGroups[1]`);
  });
});

describe('IAM records', () => {
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const iam: AccountState['iam'] = {
    roles: [
      {
        RoleName: 'Exec',
        RoleId: 'AROAEXEC',
        Arn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
        // Raw JSON here, URL-encoded below: both forms occur.
        AssumeRolePolicyDocument: JSON.stringify(trust),
        RolePolicyList: [{ PolicyName: 'inline', PolicyDocument: encode({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) }],
        AttachedManagedPolicies: [{ PolicyName: 'Custom', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/team/Custom` }],
        PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/Boundary` },
      },
      { RoleName: 'Broken', Arn: `arn:aws:iam::${ACCOUNT}:role/Broken`, AssumeRolePolicyDocument: '%7Bnot json' },
    ],
    users: [{ UserName: 'alice', Arn: `arn:aws:iam::${ACCOUNT}:user/alice`, GroupList: ['scientists'], UserPolicyList: [] }],
    groups: [{ GroupName: 'scientists', Arn: `arn:aws:iam::${ACCOUNT}:group/scientists`, GroupPolicyList: [{ PolicyName: 'g', PolicyDocument: encode({ Statement: [] }) }] }],
    policies: [
      {
        Arn: `arn:aws:iam::${ACCOUNT}:policy/team/Custom`,
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { VersionId: 'v1', IsDefaultVersion: false, Document: encode({ Statement: [{ Effect: 'Allow', Action: 'old:*', Resource: '*' }] }) },
          { VersionId: 'v2', IsDefaultVersion: true, Document: encode({ Statement: [{ Effect: 'Allow', Action: 'sagemaker:*', Resource: '*' }] }) },
        ],
      },
    ],
  };
  const { resources, notes } = mapAccountState(account([], iam), 'audit.json');
  const graph = new ResourceGraph(resources);

  it('decodes documents, raw or URL-encoded, under CloudFormation names, located in the GetAccountAuthorizationDetails record', () => {
    const role = find(resources, 'Exec');
    expect(stringOf(prop(role, 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'Service'))).toBe('sagemaker.amazonaws.com');
    const action = prop(role, 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action');
    expect(stringOf(action)).toBe('s3:*');
    expect(action.loc).toMatchObject({ kind: 'live', region: 'global', account: ACCOUNT, path: ['RolePolicyList', 0, 'PolicyDocument', 'Statement', 0, 'Action'] });
    expect(stringOf(prop(role, 'PermissionsBoundary'))).toBe(`arn:aws:iam::${ACCOUNT}:policy/Boundary`);
    expect(prop(role, 'RolePolicyList').t).toBe('omitted');
  });

  it('takes the default version of a managed policy, and its name from the ARN when AWS leaves it out', () => {
    const policy = find(resources, `arn:aws:iam::${ACCOUNT}:policy/team/Custom`);
    expect(stringOf(prop(policy, 'ManagedPolicyName'))).toBe('Custom');
    expect(stringOf(prop(policy, 'PolicyDocument', 'Statement', 0, 'Action'))).toBe('sagemaker:*');
    expect(graph.references(find(resources, 'Exec'), 'IamPolicy').map((e) => e.to)).toEqual([policy]);
  });

  it("links a user to its groups by name", () => {
    expect(graph.references(find(resources, 'alice'), 'IamGroup').map((e) => e.to.id)).toEqual([`arn:aws:iam::${ACCOUNT}:group/scientists`]);
  });

  it('makes an undecodable document unknown, and says so', () => {
    expect(prop(find(resources, 'Broken'), 'AssumeRolePolicyDocument')).toMatchObject({ t: 'unknown' });
    expect(notes).toEqual([
      {
        file: 'audit.json',
        message: `arn:aws:iam::${ACCOUNT}:role/Broken: the policy document at AssumeRolePolicyDocument is neither JSON nor URL-encoded JSON; rules see it as unknown`,
      },
    ]);
  });
});

describe('hostile or incomplete records', () => {
  it('are left out with a note, never a crash', () => {
    const state = region('us-east-1', (s) => {
      s.ec2.vpcEndpoints.push({ VpcEndpointId: 'vpce-bad', Groups: 'not a list' as never });
      s.sagemaker.models.push({ ModelName: 'no-arn' });
      s.sagemaker.models.push({ ModelName: 'fine', ModelArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/fine` });
    });
    const { resources, notes } = mapAccountState(account([state]), 'state.json');
    expect(resources.map((r) => r.id)).toEqual([`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/fine`]);
    expect(notes.map((n) => n.message)).toEqual([
      `accounts[${ACCOUNT}].regions[us-east-1].sagemaker.models[0]: the record has no ARN or identifier; it is left out`,
      expect.stringMatching(new RegExp(`^accounts\\[${ACCOUNT}\\]\\.regions\\[us-east-1\\]\\.ec2\\.vpcEndpoints\\[0\\]: the record could not be read \\(.+\\); it is left out$`)),
    ]);
  });
});
