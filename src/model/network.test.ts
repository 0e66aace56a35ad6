import { describe, expect, it } from 'vitest';
import { ResourceGraph } from './graph.js';
import type { LiveLocation } from './location.js';
import { internetPath, namingFor, parseServiceName, serviceNameFor, tenantsOf, vpcsOf } from './network.js';
import { fromPlain } from './plain.js';
import type { Resource, ResourceKind } from './resource.js';

/** A live resource as the account loader builds it: API-shaped properties, IDs as aliases. */
function live(kind: ResourceKind, id: string, props: object): Resource {
  const at = (path: readonly (string | number)[]): LiveLocation => ({
    kind: 'live',
    arn: `arn:aws:ec2:eu-west-1:123456789012:${id}`,
    partition: 'aws',
    account: '123456789012',
    region: 'eu-west-1',
    path,
  });
  return { kind, id: `arn:${id}`, type: kind, source: 'live', loc: at([]), props: fromPlain(props, at), suppressions: [], aliases: [id] };
}

const vpc = live('Vpc', 'vpc-1', { VpcId: 'vpc-1' });
const natSubnet = live('Subnet', 'subnet-nat', { SubnetId: 'subnet-nat', VpcId: 'vpc-1', Routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' }] });
const isolated = live('Subnet', 'subnet-iso', { SubnetId: 'subnet-iso', VpcId: 'vpc-1', Routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }] });
const publicSubnet = live('Subnet', 'subnet-pub', { SubnetId: 'subnet-pub', VpcId: 'vpc-1', Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1' }] });
const group = live('SecurityGroup', 'sg-1', { GroupId: 'sg-1', VpcId: 'vpc-1' });
const notebook = live('NotebookInstance', 'notebook', { SubnetId: 'subnet-nat' });
const job = live('Job', 'job', { VpcConfig: { Subnets: ['subnet-iso'], SecurityGroupIds: ['sg-1'] } });
const outsider = live('Job', 'outsider', {});
const graph = new ResourceGraph([vpc, natSubnet, isolated, publicSubnet, group, notebook, job, outsider]);

describe('parseServiceName', () => {
  it.each([
    ['com.amazonaws.eu-west-1.sagemaker.api', { service: 'sagemaker.api', region: 'eu-west-1', china: false }],
    ['com.amazonaws.${AWS::Region}.sagemaker.runtime', { service: 'sagemaker.runtime', region: '${AWS::Region}', china: false }],
    ['com.amazonaws.us-east-1.sagemaker.api-fips', { service: 'sagemaker.api', region: 'us-east-1', china: false }],
    ['cn.com.amazonaws.cn-north-1.sagemaker.api', { service: 'sagemaker.api', region: 'cn-north-1', china: true }],
    ['aws.sagemaker.cn-northwest-1.notebook', { service: 'notebook', region: 'cn-northwest-1', china: true }],
    ['aws.sagemaker.${AWS::Region}.studio', { service: 'studio', region: '${AWS::Region}', china: false }],
    ['com.amazonaws.eu-west-1.s3', { service: 's3', region: 'eu-west-1', china: false }],
    ['com.amazonaws.eu-west-1.sagemaker.featurestore-runtime', { service: 'other', region: 'eu-west-1', china: false }],
  ])('%s', (name, expected) => {
    expect(parseServiceName(name)).toMatchObject(expected);
  });

  it('does not read names of endpoint services', () => {
    expect(parseServiceName('com.amazonaws.vpce.eu-west-1.vpce-svc-0123')).toMatchObject({ service: 'other' });
    expect(parseServiceName('not a service')).toBeUndefined();
  });

  it('names services in either partition', () => {
    expect(serviceNameFor('sagemaker.api', 'cn-north-1', true)).toBe('cn.com.amazonaws.cn-north-1.sagemaker.api');
    expect(serviceNameFor('notebook', 'cn-north-1', true)).toBe('aws.sagemaker.cn-north-1.notebook');
    expect(serviceNameFor('s3', '${AWS::Region}', false)).toBe('com.amazonaws.${AWS::Region}.s3');
  });
});

describe('the network of live resources', () => {
  it('places resources in their VPC through subnets and security groups', () => {
    expect(vpcsOf(graph, notebook)).toEqual([vpc]);
    expect(vpcsOf(graph, job)).toEqual([vpc]);
    expect(vpcsOf(graph, outsider)).toEqual([]);
    expect(tenantsOf(graph, vpc)).toEqual([notebook, job]);
  });

  it("judges the internet path by the subnets' routes: a NAT gateway counts, an internet gateway does not", () => {
    expect(internetPath(graph, vpc, [natSubnet])).toBe('yes');
    expect(internetPath(graph, vpc, [publicSubnet])).toBe('no');
    expect(internetPath(graph, vpc, [natSubnet, isolated])).toBe('no');
  });

  it('names endpoints with the region and partition of the live VPC', () => {
    expect(namingFor(graph, vpc)).toEqual({ region: 'eu-west-1', china: false });
  });
});
