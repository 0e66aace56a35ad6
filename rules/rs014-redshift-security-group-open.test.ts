import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs014-redshift-security-group-open.js';

/** A group whose ingress opens `port` to 10.0.0.0/8 and to anywhere, used by a cluster on the default port. */
const openOnPort = (port: number) => tf`
  resource "aws_security_group" "warehouse" {
    name = "warehouse"
    ingress {
      protocol    = "tcp"
      from_port   = ${port}
      to_port     = ${port}
      cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
    }
  }
  resource "aws_redshift_cluster" "dw" {
    cluster_identifier     = "dw"
    vpc_security_group_ids = [aws_security_group.warehouse.id]
  }
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'the cluster port open only to the VPC and to a client group',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: warehouse
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 10.0.0.0/16 }
                - { IpProtocol: tcp, FromPort: 5439, ToPort: 5439, SourceSecurityGroupId: sg-clients }
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              VpcSecurityGroupIds: [!GetAtt Group.GroupId]
      `,
    },
    {
      name: 'open to anywhere, but on another port than the cluster port',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: warehouse
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Port: 5440
              VpcSecurityGroupIds: [!Ref Group]
          OpenDefaultPort:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: { GroupId: !Ref Group, IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 0.0.0.0/0 }
      `,
    },
    {
      name: 'UDP on the port, and an open group the cluster does not use',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: warehouse
              SecurityGroupIngress: [{ IpProtocol: udp, FromPort: 5439, ToPort: 5439, CidrIp: 0.0.0.0/0 }]
          Public:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: public
              SecurityGroupIngress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              VpcSecurityGroupIds: [!Ref Group]
      `,
    },
    { name: 'HCL, anywhere on another port than the cluster port', hcl: openOnPort(22) },
  ],
  invalid: [
    {
      name: 'the default port open to IPv4 anywhere, and all traffic open to IPv6 anywhere',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: warehouse
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 5000, ToPort: 6000, CidrIp: 0.0.0.0/0 }
                - { IpProtocol: '-1', CidrIpv6: '::/0' }
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              VpcSecurityGroupIds: [!Ref Group]
      `,
      findings: [
        { line: 7, severity: 'high', certainty: 'definite', message: /^CidrIp is '0\.0\.0\.0\/0' in an ingress rule of security group Group: TCP ports 5000-6000, which reaches the cluster port 5439, is open to every address\./ },
        { line: 8, message: /^CidrIpv6 is '::\/0' in an ingress rule of security group Group: all traffic, which reaches the cluster port 5439,/ },
      ],
      fixed: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: warehouse
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 5000, ToPort: 6000, CidrIp: <trusted-cidr> }
                - { IpProtocol: '-1', CidrIpv6: <trusted-ipv6-cidr> }
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              VpcSecurityGroupIds: [!Ref Group]
      `,
    },
    {
      name: 'a standalone ingress on a port chosen at deploy time: possible',
      template: cfn`
        Parameters:
          WarehousePort: { Type: Number, Default: 5439, AllowedValues: [5439, 8192] }
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties: { GroupDescription: warehouse }
          Open:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: { GroupId: !Ref Group, IpProtocol: tcp, FromPort: 5439, ToPort: 5439, CidrIp: 0.0.0.0/0 }
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Port: !Ref WarehousePort
              VpcSecurityGroupIds: [!Ref Group]
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'medium', message: /^CidrIp is '0\.0\.0\.0\/0' in an ingress rule of security group Group: TCP port 5439, which reaches the cluster port 5439,/ }],
    },
    {
      name: 'HCL, the cluster port open to anywhere through vpc_security_group_ids and an ingress block',
      hcl: openOnPort(5439),
      findings: [{ line: 7, severity: 'high', message: /^cidr_blocks is '0\.0\.0\.0\/0' in an ingress rule of security group aws_security_group\.warehouse: TCP port 5439, which reaches the cluster port 5439/ }],
    },
    {
      name: 'plan, a standalone rule and the port set on the cluster',
      plan: [
        { type: 'aws_security_group', name: 'warehouse', values: { id: 'sg-0abc', name: 'warehouse', ingress: [] } },
        {
          type: 'aws_vpc_security_group_ingress_rule',
          name: 'open',
          values: { security_group_id: 'sg-0abc', ip_protocol: 'tcp', from_port: 8192, to_port: 8192, cidr_ipv6: '::/0' },
        },
        { type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', port: 8192, vpc_security_group_ids: ['sg-0abc'] } },
      ],
      findings: [{ message: /^cidr_ipv6 is '::\/0' in an ingress rule of security group aws_security_group\.warehouse: TCP port 8192, which reaches the cluster port 8192/ }],
    },
  ],
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('RS014 on live clusters', () => {
  it('follows a live cluster to its EC2 security groups, on the endpoint port', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.ec2.securityGroups.push(
        { GroupId: 'sg-open', OwnerId: LIVE_ACCOUNT, GroupName: 'open', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5439, ToPort: 5439, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
        { GroupId: 'sg-other-port', OwnerId: LIVE_ACCOUNT, GroupName: 'other', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 5439, ToPort: 5439, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] },
      );
      region.redshift.clusters.push(
        { ClusterIdentifier: 'exposed', Endpoint: { Port: 5439 }, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-open' }] },
        { ClusterIdentifier: 'moved', Endpoint: { Port: 8192 }, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-other-port' }] },
      );
    });
    expect(findings.map((f) => [f.resource.id, f.certainty])).toEqual([[`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:exposed`, 'definite']]);
  });
});
