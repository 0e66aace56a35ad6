import { describe, expect, it } from 'vitest';
import { brief, liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs018-redshift-subnet-group-single-az.js';

/** A subnet group of a subnet in eu-west-1a and one in `zoneB`. */
const subnetsIn = (zoneB: string) => tf`
  resource "aws_subnet" "a" {
    vpc_id            = "vpc-1"
    cidr_block        = "10.0.1.0/24"
    availability_zone = "eu-west-1a"
  }
  resource "aws_subnet" "b" {
    vpc_id            = "vpc-1"
    cidr_block        = "10.0.2.0/24"
    availability_zone = "${zoneB}"
  }
  resource "aws_redshift_subnet_group" "warehouse" {
    name       = "warehouse"
    subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
  }
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'two subnets in two zones',
      template: cfn`
        Resources:
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a }
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b }
          Group:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties:
              Description: warehouse
              SubnetIds: [!Ref SubnetA, !Ref SubnetB]
      `,
    },
    {
      name: 'subnets from outside the template, and zones chosen at deploy time: not judged',
      template: cfn`
        Resources:
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs ''] }
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.2.0/24, AvailabilityZone: !Select [0, !GetAZs ''] }
          Group:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties:
              Description: warehouse
              SubnetIds: [!Ref SubnetA, !Ref SubnetB]
          Imported:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties:
              Description: imported
              SubnetIds: [subnet-0aaa, subnet-0bbb]
      `,
    },
    { name: 'HCL, subnet_ids in two zones', hcl: subnetsIn('eu-west-1b') },
  ],
  invalid: [
    {
      name: 'two subnets in the same zone, and a group of one subnet',
      template: cfn`
        Resources:
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a }
          SubnetA2:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.3.0/24, AvailabilityZone: eu-west-1a }
          Group:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties:
              Description: warehouse
              SubnetIds: [!Ref SubnetA, !Ref SubnetA2]
          Single:
            Type: AWS::Redshift::ClusterSubnetGroup
            Properties:
              Description: single
              SubnetIds: [subnet-0aaa]
      `,
      findings: [
        { line: 12, severity: 'low', certainty: 'definite', message: /^Every subnet of SubnetIds is in eu-west-1a: the cluster subnet group spans one Availability Zone/ },
        { line: 17, message: /^SubnetIds lists one subnet: the cluster subnet group spans one Availability Zone/ },
      ],
      fixed: null,
    },
    {
      name: 'HCL, subnet_ids followed to two subnets in one zone',
      hcl: subnetsIn('eu-west-1a'),
      findings: [{ line: 13, severity: 'low', message: /^Every subnet of subnet_ids is in eu-west-1a/ }],
      fixed: null,
    },
    {
      name: 'plan, one subnet',
      plan: [{ type: 'aws_redshift_subnet_group', name: 'warehouse', values: { name: 'warehouse', subnet_ids: ['subnet-0aaa'] } }],
      findings: [{ severity: 'low', message: /^subnet_ids lists one subnet:/ }],
    },
  ],
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('RS018 on live subnet groups', () => {
  it("reads the zones DescribeClusterSubnetGroups gives beside each subnet", async () => {
    const subnet = (id: string, zone: string) => ({ SubnetIdentifier: id, SubnetAvailabilityZone: { Name: zone }, SubnetStatus: 'Active' });
    const findings = await liveFindings(rule, (region) => {
      region.redshift.subnetGroups.push(
        { ClusterSubnetGroupName: 'one-zone', Subnets: [subnet('subnet-1', 'eu-west-1a'), subnet('subnet-2', 'eu-west-1a')] },
        { ClusterSubnetGroupName: 'two-zones', Subnets: [subnet('subnet-1', 'eu-west-1a'), subnet('subnet-3', 'eu-west-1b')] },
      );
    });
    expect(brief(findings)).toEqual([expect.stringMatching(/^RS018 definite: Every subnet of SubnetIds is in eu-west-1a/)]);
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:subnetgroup:one-zone`]);
  });
});
