import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../src/core/rule.js';
import { LIVE_ACCOUNT, liveFindings } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm083-presigned-studio-url-unrestricted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'Studio URLs only through the Studio VPC endpoint, MLflow URLs only from the VPC',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: studio
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedDomainUrl
                        Resource: '*'
                        Condition: { StringEquals: { aws:SourceVpce: vpce-0123456789abcdef0 } }
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedMlflowTrackingServerUrl
                        Resource: '*'
                        Condition: { StringEquals: { aws:SourceVpc: vpc-0123456789abcdef0 } }
      `,
    },
    {
      name: 'an Allow held by a Deny from outside the corporate network',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: studio
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: 'sagemaker:CreatePresigned*', Resource: '*', Condition: { IpAddress: { aws:SourceIp: 203.0.113.0/24 } } }
      `,
    },
    {
      name: 'the notebook URL alone is SM065',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: nb
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: sagemaker:CreatePresignedNotebookInstanceUrl, Resource: '*' }
      `,
    },
    {
      name: 'HCL, Studio URLs only from the corporate network',
      hcl: tf`
        resource "aws_iam_policy" "studio" {
          name = "studio"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["sagemaker:CreatePresignedDomainUrl"]
              Resource = "*"
              Condition = { IpAddress = { "aws:SourceIp" = "10.0.0.0/8" } }
            }]
          })
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a wildcard that allows both calls from anywhere',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: studio
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresigned*
                        Resource: '*'
      `,
      findings: [
        { line: 10, severity: 'medium', message: /^Inline policy 'studio' allows sagemaker:CreatePresignedDomainUrl without an aws:SourceIp, aws:SourceVpc or aws:SourceVpce condition, so a Studio URL can be created from any network/ },
        { line: 10, message: /allows sagemaker:CreatePresignedMlflowTrackingServerUrl without .* so an MLflow tracking server URL can be created from any network/ },
      ],
    },
    {
      name: 'a condition that names every address is no restriction',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: studio
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedDomainUrl
                        Resource: arn:aws:sagemaker:*:*:user-profile/*
                        Condition: { IpAddress: { aws:SourceIp: 0.0.0.0/0 } }
      `,
      findings: [{ line: 10, message: /CreatePresignedDomainUrl without/ }],
    },
    {
      name: 'HCL, Studio URLs from anywhere',
      hcl: tf`
        resource "aws_iam_policy" "studio" {
          name = "studio"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["sagemaker:CreatePresignedDomainUrl"]
              Resource = "*"
            }]
          })
        }
      `,
      findings: [{ line: 7, column: 19, severity: 'medium', message: /allows sagemaker:CreatePresignedDomainUrl without/ }],
    },
  ],
});

describe('SM083 on live state', () => {
  beforeAll(() => prepareRules([rule]));

  it('reads the account authorization details', async () => {
    const document = encodeURIComponent(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sagemaker:CreatePresignedMlflowTrackingServerUrl', Resource: '*' }] }));
    const findings = await liveFindings(
      rule,
      () => {},
      { roles: [], groups: [], policies: [], users: [{ UserName: 'alice', Arn: `arn:aws:iam::${LIVE_ACCOUNT}:user/alice`, UserPolicyList: [{ PolicyName: 'mlflow', PolicyDocument: document }] }] },
    );
    expect(findings.map((f) => [f.at, f.message.slice(0, 80)])).toEqual([[`arn:aws:iam::${LIVE_ACCOUNT}:user/alice`, "Inline policy 'mlflow' allows sagemaker:CreatePresignedMlflowTrackingServerUrl w"]]);
  });
});
