import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm052-vpc-endpoint-open-policy.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'S3 endpoint limited to the account',
      template: cfn`
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: '*'
                    Resource: '*'
                    Condition:
                      StringEquals: { aws:PrincipalAccount: !Ref AWS::AccountId }
      `,
    },
    {
      name: 'SageMaker API endpoint limited to some actions',
      template: cfn`
        Resources:
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: com.amazonaws.eu-west-1.sagemaker.api
              PolicyDocument:
                Statement:
                  - { Effect: Allow, Principal: '*', Action: ['sagemaker:Describe*', 'sagemaker:List*'], Resource: '*' }
      `,
    },
    {
      name: 'endpoints of other services are not checked',
      template: cfn`
        Resources:
          Logs:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: vpc-1, VpcEndpointType: Interface, ServiceName: com.amazonaws.eu-west-1.logs }
      `,
    },
    {
      name: 'HCL, a policy held to the account',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
          policy = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Principal = "*"
              Action    = "*"
              Resource  = "*"
              Condition = { StringEquals = { "aws:PrincipalAccount" = "123456789012" } }
            }]
          })
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'S3 gateway endpoint without a policy gets the full-access default',
      template: cfn`
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
      `,
      findings: [{ line: 2, severity: 'low', message: /^PolicyDocument is omitted: AWS attaches the default endpoint policy, which allows every action by every principal on every resource, so any credentials in the VPC \(also other accounts'\) can use s3/ }],
      fixed: cfn`
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: "*"
                    Resource: "*"
                    Condition:
                      StringEquals:
                        aws:PrincipalAccount:
                          Ref: AWS::AccountId
      `,
    },
    {
      name: 'an explicit open statement, and one granting sagemaker:* to { AWS: * }',
      template: cfn`
        Resources:
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: com.amazonaws.eu-west-1.sagemaker.api
              PolicyDocument:
                Statement:
                  - Sid: Everything
                    Effect: Allow
                    Principal: '*'
                    Action: '*'
                    Resource: '*'
                  - Sid: AllSageMaker
                    Effect: Allow
                    Principal: { AWS: '*' }
                    Action: sagemaker:*
                    Resource: '*'
      `,
      findings: [
        { line: 10, column: 13, message: /^Statement Everything allows every action to every principal on every resource without a condition/ },
        { line: 15, message: /^Statement AllSageMaker allows every action/ },
      ],
      fixed: cfn`
        Resources:
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              VpcEndpointType: Interface
              ServiceName: com.amazonaws.eu-west-1.sagemaker.api
              PolicyDocument:
                Statement:
                  - Sid: Everything
                    Effect: Allow
                    Principal: '*'
                    Action: '*'
                    Resource: '*'
                    Condition:
                      StringEquals:
                        aws:PrincipalAccount:
                          Ref: AWS::AccountId
                  - Sid: AllSageMaker
                    Effect: Allow
                    Principal: { AWS: '*' }
                    Action: sagemaker:*
                    Resource: '*'
                    Condition:
                      StringEquals:
                        aws:PrincipalAccount:
                          Ref: AWS::AccountId
      `,
    },
    {
      name: 'a policy written as JSON text is reported without a fix',
      template: cfn`
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: com.amazonaws.eu-west-1.s3
              PolicyDocument: '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}'
      `,
      findings: [{ line: 7, message: /^A statement allows every action/ }],
      fixed: null,
    },
    {
      name: 'a policy that one condition drops: possible',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          Locked: !Equals [!Ref Env, prod]
        Resources:
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: com.amazonaws.eu-west-1.s3
              PolicyDocument: !If
                - Locked
                - Statement: [{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }]
                - !Ref AWS::NoValue
      `,
      findings: [{ line: 11, certainty: 'possible', message: /^PolicyDocument can be omitted when condition Locked is false/ }],
    },
    {
      name: 'HCL, a policy that allows everything',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
          policy = jsonencode({
            Statement = [{
              Effect    = "Allow"
              Principal = "*"
              Action    = "*"
              Resource  = "*"
            }]
          })
        }
      `,
      findings: [{ line: 7, column: 18, severity: 'low' }],
    },
    {
      name: 'HCL, no policy: the default allows everything',
      hcl: tf`
        resource "aws_vpc_endpoint" "api" {
          vpc_id              = "vpc-0abc"
          vpc_endpoint_type   = "Interface"
          service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
          private_dns_enabled = true
        }
      `,
      findings: [{ line: 1, message: /default endpoint policy/ }],
    },
  ],
});
