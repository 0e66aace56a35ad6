import { describe, expect, it } from 'vitest';
import { LIVE_ACCOUNT, liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm090-model-registry-shared-openly.js';

const OPEN_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sagemaker:DescribeModelPackage', Resource: '*' }] });

runRuleTests(rule, {
  valid: [
    {
      name: 'no policy: only the owning account',
      template: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupName: churn
      `,
    },
    {
      name: 'everyone, held to the organization; the own account by reference; a Deny',
      template: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupName: churn
              ModelPackageGroupPolicy:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: sagemaker:DescribeModelPackage
                    Resource: '*'
                    Condition:
                      StringEquals: { aws:PrincipalOrgID: o-a1b2c3d4e5 }
                  - Effect: Allow
                    Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
                    Action: sagemaker:*
                    Resource: '*'
                  - Effect: Deny
                    Principal: '*'
                    Action: sagemaker:UpdateModelPackage
                    Resource: '*'
      `,
    },
  ],
  invalid: [
    {
      name: 'every principal without a condition',
      template: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupName: churn
              ModelPackageGroupPolicy:
                Version: '2012-10-17'
                Statement:
                  - Sid: Share
                    Effect: Allow
                    Principal: { AWS: '*' }
                    Action: [sagemaker:DescribeModelPackage, sagemaker:CreateModelPackage]
                    Resource: '*'
      `,
      findings: [{ line: 11, severity: 'high', certainty: 'definite', message: /^Statement Share gives every AWS principal access to the model package group without a condition that limits who/ }],
      fixed: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupName: churn
              ModelPackageGroupPolicy:
                Version: '2012-10-17'
                Statement:
                  - Sid: Share
                    Effect: Allow
                    Principal: { AWS: '*' }
                    Action: [sagemaker:DescribeModelPackage, sagemaker:CreateModelPackage]
                    Resource: '*'
                    Condition:
                      StringEquals:
                        aws:PrincipalOrgID: <organization-id>
      `,
    },
    {
      name: 'another account by ID and by ARN; a wildcard condition limits nothing',
      template: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupName: churn
              ModelPackageGroupPolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: ['111122223333', 'arn:aws:iam::444455556666:role/deployer']
                    Action: sagemaker:DescribeModelPackage
                    Resource: '*'
                    Condition:
                      StringLike: { aws:PrincipalOrgID: '*' }
      `,
      findings: [
        { line: 10, severity: 'medium', certainty: 'possible', message: /^A statement gives account 111122223333 access to the model package group without a condition that limits it to your organization/ },
        { line: 10, certainty: 'possible', message: /gives account 444455556666 access/ },
      ],
      fixed: null,
    },
    {
      name: 'a condition that limits who only under some deploy-time choice',
      template: cfn`
        Parameters:
          Shared: { Type: String, AllowedValues: ['yes', 'no'] }
        Conditions:
          IsShared: !Equals [!Ref Shared, 'yes']
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupPolicy:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: sagemaker:DescribeModelPackage
                    Resource: '*'
                    Condition: !If [IsShared, { StringEquals: { aws:PrincipalOrgID: o-a1b2c3d4e5 } }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 12, severity: 'medium', certainty: 'possible', message: /without a condition that limits who \(a condition limits it only under some deploy-time choices\)/ }],
      fixed: null,
    },
    {
      name: 'all but a NotPrincipal, in a policy written as JSON text',
      template: cfn`
        Resources:
          Models:
            Type: AWS::SageMaker::ModelPackageGroup
            Properties:
              ModelPackageGroupPolicy: '{"Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sagemaker:*","Resource":"*"}]}'
      `,
      findings: [{ line: 5, certainty: 'definite', message: /^A statement gives every AWS principal access/ }],
      fixed: null,
    },
    {
      name: 'HCL, aws_sagemaker_model_package_group_policy judged with the group it names',
      hcl: tf`
        data "aws_caller_identity" "current" {}

        resource "aws_sagemaker_model_package_group" "models" {
          model_package_group_name = "churn"
        }

        resource "aws_sagemaker_model_package_group_policy" "shared" {
          model_package_group_name = aws_sagemaker_model_package_group.models.model_package_group_name
          resource_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect    = "Allow"
                Principal = "*"
                Action    = ["sagemaker:DescribeModelPackage"]
                Resource  = "*"
              },
              {
                Effect    = "Allow"
                Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
                Action    = ["sagemaker:*"]
                Resource  = "*"
              },
            ]
          })
        }
      `,
      findings: [{ line: 14, certainty: 'definite', message: /^A statement gives every AWS principal access/ }],
      fixed: tf`
        data "aws_caller_identity" "current" {}

        resource "aws_sagemaker_model_package_group" "models" {
          model_package_group_name = "churn"
        }

        resource "aws_sagemaker_model_package_group_policy" "shared" {
          model_package_group_name = aws_sagemaker_model_package_group.models.model_package_group_name
          resource_policy = jsonencode({
            Version = "2012-10-17"
            Statement = [
              {
                Effect    = "Allow"
                Principal = "*"
                Action    = ["sagemaker:DescribeModelPackage"]
                Resource  = "*"
                Condition = { StringEquals = { "aws:PrincipalOrgID" = "<organization-id>" } }
              },
              {
                Effect    = "Allow"
                Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
                Action    = ["sagemaker:*"]
                Resource  = "*"
              },
            ]
          })
        }
      `,
    },
    {
      name: 'plan, a group policy open to everyone',
      plan: [
        { type: 'aws_sagemaker_model_package_group', name: 'models', values: { model_package_group_name: 'churn' } },
        { type: 'aws_sagemaker_model_package_group_policy', name: 'shared', values: { model_package_group_name: 'churn', resource_policy: OPEN_POLICY } },
      ],
      findings: [{ certainty: 'definite', message: /^A statement gives every AWS principal access to the model/ }],
    },
  ],
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('SM090 on live state', () => {
  it('reads GetModelPackageGroupPolicy answers (no moto support: the SDK response shape), the own account not reported', async () => {
    const crossAccount = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: [`arn:aws:iam::${LIVE_ACCOUNT}:root`, 'arn:aws:iam::111122223333:root'] }, Action: 'sagemaker:ListModelPackages', Resource: '*' }],
    });
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.modelPackageGroups.push(
        { ModelPackageGroupName: 'open', ModelPackageGroupArn: sagemakerArn('model-package-group/open'), ModelPackageGroupStatus: 'Completed', ResourcePolicy: OPEN_POLICY },
        { ModelPackageGroupName: 'shared', ModelPackageGroupArn: sagemakerArn('model-package-group/shared'), ModelPackageGroupStatus: 'Completed', ResourcePolicy: crossAccount },
        { ModelPackageGroupName: 'private', ModelPackageGroupArn: sagemakerArn('model-package-group/private'), ModelPackageGroupStatus: 'Completed' },
      );
    });
    expect(findings).toEqual([
      { at: sagemakerArn('model-package-group/open'), certainty: 'definite', message: expect.stringMatching(/^A statement gives every AWS principal access/) },
      { at: sagemakerArn('model-package-group/shared'), certainty: 'possible', message: expect.stringMatching(/^A statement gives account 111122223333 access/) },
    ]);
  });
});
