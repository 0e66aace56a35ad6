import { cfn, runRuleTests } from '../test/rule-tester.js';
import { inlinePolicy } from '../test/terraform-modules.js';
import rule from './sm066-no-tag-based-access.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'only List and Read actions, on every resource: nothing a tag condition would guard',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              Policies:
                - PolicyName: observe
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:List*, sagemaker:Describe*, sagemaker:Search, sagemaker:GetModelPackageGroupPolicy]
                        Resource: '*'
      `,
    },
    {
      name: 'access decided by tags',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              Policies:
                - PolicyName: team
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:Describe*, sagemaker:StopNotebookInstance]
                        Resource: '*'
                        Condition: { StringEquals: { aws:ResourceTag/team: '\${aws:PrincipalTag/team}' } }
                      - Effect: Allow
                        Action: sagemaker:ListNotebookInstances
                        Resource: '*'
      `,
    },
    {
      name: 'named resources',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: one-notebook
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: sagemaker:*, Resource: arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/team-a }]
      `,
    },
    {
      name: 'HCL, deletes held to a team tag',
      hcl: inlinePolicy('user', '"sagemaker:DeleteNotebookInstance"', '"*"', '      Condition = { StringEquals = { "sagemaker:ResourceTag/team" = "ml" } }\n'),
    },
  ],
  invalid: [
    {
      name: 'Describe and Stop on every notebook',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: notebooks
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:DescribeNotebookInstance, sagemaker:StopNotebookInstance]
                        Resource: '*'
      `,
      findings: [
        {
          line: 11,
          severity: 'low',
          message:
            // Describe is a Read action: only the Write action needs a tag condition.
            "Inline policy 'notebooks' allows sagemaker:StopNotebookInstance on every SageMaker resource with no aws:ResourceTag, sagemaker:ResourceTag or aws:RequestTag condition, so tags cannot limit which resources it reaches. Limit it with aws:ResourceTag and aws:RequestTag conditions so tags decide which resources it reaches.",
        },
      ],
      fixed: null,
    },
    {
      name: 'Read actions that reach data or run a model, on every resource: InvokeEndpoint, GetRecord',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: consumers
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:DescribeEndpoint, sagemaker:InvokeEndpoint, sagemaker:GetRecord]
                        Resource: '*'
      `,
      findings: [{ line: 11, message: /^Inline policy 'consumers' allows sagemaker:(?:InvokeEndpoint and sagemaker:GetRecord|GetRecord and sagemaker:InvokeEndpoint) on every SageMaker resource/ }],
      fixed: null,
    },
    {
      name: 'an AWS managed policy that reads: only its Feature Store record reads are data a tag condition would guard',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/AmazonSageMakerReadOnly
      `,
      findings: [{ line: 7, message: /^AWS managed policy AmazonSageMakerReadOnly allows sagemaker:BatchGetRecord and sagemaker:GetRecord on every SageMaker resource/ }],
      fixed: null,
    },
    {
      name: 'an AWS managed policy that writes, attached to a role',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/AmazonSageMakerFullAccess
      `,
      findings: [{ line: 7, message: /^AWS managed policy AmazonSageMakerFullAccess allows sagemaker:.* on every SageMaker resource/ }],
    },
    {
      name: 'HCL, deletes of every resource',
      hcl: inlinePolicy('user', '"sagemaker:DeleteNotebookInstance"', '"*"'),
      findings: [{ line: 11, column: 18, severity: 'low' }],
    },
  ],
});
