import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../src/core/rule.js';
import { LIVE_ACCOUNT, liveFindings } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm091-mlflow-access-unrestricted.js';

const OPEN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sagemaker-mlflow:AccessUI', 'sagemaker-mlflow:CreateRun'], Resource: '*' }] };

runRuleTests(rule, {
  valid: [
    {
      name: "AWS's example: MLflow only through the interface endpoint, or only from the VPC",
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }
              Policies:
                - PolicyName: mlflow
                  PolicyDocument:
                    Statement:
                      - Sid: MlflowAccess
                        Effect: Allow
                        Action: sagemaker-mlflow:*
                        Resource: '*'
                        Condition: { StringEquals: { aws:SourceVpce: vpce-0123456789abcdef0 } }
                      - Effect: Allow
                        Action: sagemaker-mlflow:SearchExperiments
                        Resource: arn:aws:sagemaker:*:*:mlflow-tracking-server/*
                        Condition: { StringEquals: { aws:SourceVpc: vpc-0123456789abcdef0 } }
      `,
    },
    {
      name: 'a broad Allow held by a Deny from outside the endpoint',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: mlflow
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: 'sagemaker-mlflow:*', Resource: '*' }
                      - { Effect: Deny, Action: 'sagemaker-mlflow:*', Resource: '*', Condition: { StringNotEquals: { aws:SourceVpce: vpce-0123456789abcdef0 } } }
      `,
    },
    {
      name: 'the presigned URL call alone is SM083; SageMaker actions grant no MLflow access',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: mlflow
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: ['sagemaker:CreatePresignedMlflowTrackingServerUrl', 'sagemaker:Describe*'], Resource: '*' }
      `,
    },
  ],
  invalid: [
    {
      name: 'every MLflow action from anywhere',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: mlflow
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker-mlflow:*
                        Resource: '*'
      `,
      findings: [
        {
          line: 10,
          severity: 'medium',
          certainty: 'definite',
          message:
            /^Inline policy 'mlflow' allows every sagemaker-mlflow action on MLflow tracking servers without an aws:SourceIp, aws:SourceVpc or aws:SourceVpce condition, so these credentials reach the tracking server's experiments, registered models and artifacts from any network\. Hold MLflow access to your VPC/,
        },
      ],
      fixed: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: mlflow
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker-mlflow:*
                        Resource: '*'
                      - Sid: DenyMlflowOutsideVpcEndpoint
                        Effect: Deny
                        Action:
                          - sagemaker-mlflow:*
                        Resource: "*"
                        Condition:
                          StringNotEquals:
                            aws:SourceVpce:
                              - <vpc-endpoint-id>
      `,
    },
    {
      name: 'some read actions on one server; a condition naming every address is no restriction',
      template: cfn`
        Resources:
          Reader:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [sagemaker-mlflow:Get*, sagemaker-mlflow:SearchRuns]
                    Resource: arn:aws:sagemaker:eu-west-1:111122223333:mlflow-tracking-server/team
                    Condition: { IpAddress: { aws:SourceIp: 0.0.0.0/0 } }
      `,
      findings: [{ line: 8, message: /allows sagemaker-mlflow:GetDownloadURIForModelVersionArtifacts, sagemaker-mlflow:GetExperiment, sagemaker-mlflow:GetExperimentByName and \d+ more on MLflow tracking servers without/ }],
    },
    {
      name: 'HCL, an aws_iam_policy document',
      hcl: tf`
        resource "aws_iam_policy" "mlflow" {
          name = "mlflow"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["sagemaker-mlflow:AccessUI", "sagemaker-mlflow:CreateRun"]
              Resource = "*"
            }]
          })
        }
      `,
      findings: [{ line: 7, certainty: 'definite', message: /^Policy aws_iam_policy\.mlflow \('mlflow'\) allows sagemaker-mlflow:AccessUI and sagemaker-mlflow:CreateRun on MLflow tracking servers without/ }],
      fixed: tf`
        resource "aws_iam_policy" "mlflow" {
          name = "mlflow"
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect   = "Allow"
              Action   = ["sagemaker-mlflow:AccessUI", "sagemaker-mlflow:CreateRun"]
              Resource = "*"
            }, { Sid = "DenyMlflowOutsideVpcEndpoint", Effect = "Deny", Action = ["sagemaker-mlflow:*"], Resource = "*", Condition = { StringNotEquals = { "aws:SourceVpce" = ["<vpc-endpoint-id>"] } } }]
          })
        }
      `,
    },
    {
      name: 'plan, an aws_iam_policy document',
      plan: [{ type: 'aws_iam_policy', name: 'mlflow', values: { name: 'mlflow', policy: JSON.stringify(OPEN) } }],
      findings: [{ message: /^Policy aws_iam_policy\.mlflow \('mlflow'\) allows sagemaker-mlflow:AccessUI and sagemaker-mlflow:CreateRun on MLflow/ }],
    },
  ],
});

// Live state is not a table input: the audit's IAM records are filled in here.
describe('SM091 on live state', () => {
  beforeAll(() => prepareRules([rule]));

  it('reads the account authorization details', async () => {
    const findings = await liveFindings(
      rule,
      () => {},
      { roles: [], groups: [], policies: [], users: [{ UserName: 'alice', Arn: `arn:aws:iam::${LIVE_ACCOUNT}:user/alice`, UserPolicyList: [{ PolicyName: 'mlflow', PolicyDocument: encodeURIComponent(JSON.stringify(OPEN)) }] }] },
    );
    expect(findings).toEqual([
      { at: `arn:aws:iam::${LIVE_ACCOUNT}:user/alice`, certainty: 'definite', message: expect.stringMatching(/^Inline policy 'mlflow' allows sagemaker-mlflow:AccessUI and sagemaker-mlflow:CreateRun on MLflow/) },
    ]);
  });
});
