import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm051-vpc-endpoint-private-dns-off.js';

/** A Terraform endpoint with private DNS off, a private hosted zone associated with `zoneVpc`, and an alias record to the endpoint named `recordName`. */
function sharedEndpoint({ zoneVpc, recordName, alias = true }: { zoneVpc: string; recordName: string; alias?: boolean }): string {
  const target = alias
    ? `alias {
    name                   = aws_vpc_endpoint.api.dns_entry[0].dns_name
    zone_id                = aws_vpc_endpoint.api.dns_entry[0].hosted_zone_id
    evaluate_target_health = false
  }`
    : `ttl     = 300
  records = [aws_vpc_endpoint.api.dns_entry[0].dns_name]`;
  return `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_endpoint" "api" {
  vpc_id              = aws_vpc.main.id
  vpc_endpoint_type   = "Interface"
  service_name        = "com.amazonaws.us-east-1.sagemaker.api"
  private_dns_enabled = false
}

resource "aws_route53_zone" "api" {
  name = "sagemaker.us-east-1.amazonaws.com"
  vpc {
    vpc_id = ${zoneVpc}
  }
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.api.zone_id
  name    = "${recordName}"
  type    = "A"
  ${target}
}
`;
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a centrally shared endpoint: a private hosted zone for the service name in its VPC, aliased to it',
      template: cfn`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: !Ref Vpc
              VpcEndpointType: Interface
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.sagemaker.api
              PrivateDnsEnabled: false
          ApiZone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: !Sub api.sagemaker.\${AWS::Region}.amazonaws.com
              VPCs: [{ VPCId: !Ref Vpc, VPCRegion: !Ref AWS::Region }]
          ApiRecord:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneId: !Ref ApiZone
              Name: !Sub api.sagemaker.\${AWS::Region}.amazonaws.com
              Type: A
              AliasTarget:
                DNSName: !Select [1, !Split [':', !Select [0, !GetAtt Api.DnsEntries]]]
                HostedZoneId: !Select [0, !Split [':', !Select [0, !GetAtt Api.DnsEntries]]]
          Other:
            Type: AWS::EC2::VPC
      `,
    },
    {
      name: 'SageMaker API endpoint with private DNS',
      template: cfn`
        Resources:
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.sagemaker.api
              PrivateDnsEnabled: true
      `,
    },
    {
      name: 'gateway endpoints and other services are not checked',
      template: cfn`
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: vpc-1, ServiceName: com.amazonaws.eu-west-1.s3 }
          Ecr:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: vpc-1, VpcEndpointType: Interface, ServiceName: com.amazonaws.eu-west-1.ecr.api }
      `,
    },
    {
      name: 'HCL, private DNS on',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
        }
      `,
    },
    {
      name: 'plan, private DNS on',
      plan: [{ type: 'aws_vpc_endpoint', name: 'api', values: { vpc_id: 'vpc-0abc', vpc_endpoint_type: 'Interface', service_name: 'com.amazonaws.eu-west-1.sagemaker.api', private_dns_enabled: true } }],
    },
    {
      name: 'HCL, shared through a private hosted zone in the endpoint VPC, aliased under the service name',
      hcl: sharedEndpoint({ zoneVpc: 'aws_vpc.main.id', recordName: 'api.sagemaker.us-east-1.amazonaws.com' }),
    },
  ],
  invalid: [
    {
      name: 'a private hosted zone aliased to the endpoint, but associated with another VPC',
      template: cfn`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: !Ref Vpc
              VpcEndpointType: Interface
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.sagemaker.api
              PrivateDnsEnabled: false
          ApiZone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: !Sub api.sagemaker.\${AWS::Region}.amazonaws.com
              VPCs: [{ VPCId: !Ref Other, VPCRegion: !Ref AWS::Region }]
          ApiRecord:
            Type: AWS::Route53::RecordSet
            Properties:
              HostedZoneId: !Ref ApiZone
              Name: !Sub api.sagemaker.\${AWS::Region}.amazonaws.com
              Type: A
              AliasTarget:
                DNSName: !Select [1, !Split [':', !Select [0, !GetAtt Api.DnsEntries]]]
                HostedZoneId: !Select [0, !Split [':', !Select [0, !GetAtt Api.DnsEntries]]]
          Other:
            Type: AWS::EC2::VPC
      `,
      findings: [{ line: 10, message: /^PrivateDnsEnabled is false/ }],
    },
    {
      name: 'notebook endpoint with PrivateDnsEnabled omitted (CloudFormation default false)',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: !Sub aws.sagemaker.\${AWS::Region}.notebook
      `,
      findings: [{ line: 2, severity: 'low', message: /^PrivateDnsEnabled is omitted and defaults to false: inside the VPC, SageMaker's public host names for notebook/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: !Sub aws.sagemaker.\${AWS::Region}.notebook
              PrivateDnsEnabled: true
      `,
    },
    {
      name: 'runtime endpoint with private DNS off, FIPS and China names included',
      template: cfn`
        Resources:
          Runtime:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: cn.com.amazonaws.cn-north-1.sagemaker.runtime
              PrivateDnsEnabled: false
          Fips:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: com.amazonaws.us-east-1.sagemaker.api-fips
              PrivateDnsEnabled: "false"
      `,
      findings: [
        { line: 8, column: 26, message: /^PrivateDnsEnabled is false: .* for sagemaker\.runtime/ },
        { line: 15, message: /is 'false': .* for sagemaker\.api-fips/ },
      ],
    },
    {
      name: 'private DNS chosen by a parameter: possible',
      template: cfn`
        Parameters:
          Dns: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Studio:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: aws.sagemaker.us-west-2.studio
              PrivateDnsEnabled: !Ref Dns
      `,
      findings: [{ line: 10, certainty: 'possible', severity: 'low' }],
    },
    {
      name: 'HCL, private DNS off',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = false
        }
      `,
      findings: [{ line: 5, column: 25, severity: 'low' }],
      fixed: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
        }
      `,
    },
    {
      name: 'HCL, omitted: defaults to false',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
        }
      `,
      findings: [{ line: 1, message: /defaults to false/ }],
      fixed: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
        }
      `,
    },
    {
      name: 'plan, private DNS off',
      plan: [{ type: 'aws_vpc_endpoint', name: 'api', values: { vpc_id: 'vpc-0abc', vpc_endpoint_type: 'Interface', service_name: 'com.amazonaws.eu-west-1.sagemaker.api', private_dns_enabled: false } }],
      findings: [{ severity: 'low' }],
    },
    {
      name: 'HCL, the private hosted zone is associated with another VPC',
      hcl: sharedEndpoint({ zoneVpc: 'aws_vpc.other.id', recordName: 'api.sagemaker.us-east-1.amazonaws.com' }),
      findings: [{ line: 13, severity: 'low', message: /^private_dns_enabled is false: .* for sagemaker\.api/ }],
    },
    {
      name: 'HCL, the alias names another service',
      hcl: sharedEndpoint({ zoneVpc: 'aws_vpc.main.id', recordName: 'runtime.sagemaker.us-east-1.amazonaws.com' }),
      findings: [{ line: 13, severity: 'low', message: /^private_dns_enabled is false: .* for sagemaker\.api/ }],
    },
    {
      name: 'HCL, a CNAME record, not an alias',
      hcl: sharedEndpoint({ zoneVpc: 'aws_vpc.main.id', recordName: 'api.sagemaker.us-east-1.amazonaws.com', alias: false }),
      findings: [{ line: 13, severity: 'low', message: /^private_dns_enabled is false: .* for sagemaker\.api/ }],
    },
  ],
});
