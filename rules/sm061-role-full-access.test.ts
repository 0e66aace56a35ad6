import { cfn, runRuleTests } from '../test/rule-tester.js';
import { assumableRole, inlinePolicy, roleAttachment } from '../test/terraform-modules.js';
import rule from './sm061-role-full-access.js';

const SAGEMAKER_TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }';
const LAMBDA_TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }';

runRuleTests(rule, {
  valid: [
    {
      name: 'execution role with the SageMaker actions it needs',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerReadOnly]
              Policies:
                - PolicyName: train
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: [sagemaker:CreateTrainingJob, sagemaker:Describe*], Resource: '*' }]
      `,
    },
    {
      name: 'a role that is not an execution role',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
      `,
    },
    {
      name: 'every SageMaker action denied',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: all
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: '*', Resource: '*' }
                      - { Effect: Deny, Action: sagemaker:*, Resource: '*' }
      `,
    },
    {
      name: 'HCL, an execution role with AmazonSageMakerReadOnly',
      hcl: assumableRole() + roleAttachment('arn:aws:iam::aws:policy/AmazonSageMakerReadOnly'),
    },
  ],
  invalid: [
    {
      name: 'AmazonSageMakerFullAccess and AdministratorAccess by ARN',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/AmazonSageMakerFullAccess
                - !Sub arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess
      `,
      findings: [
        { line: 7, severity: 'medium', message: 'Role is an execution role SageMaker may assume, and AWS managed policy AmazonSageMakerFullAccess is attached: it allows every SageMaker action and broad access to S3, IAM PassRole and other services. Give it only the actions and resources its work needs.' },
        { line: 8, message: /AWS managed policy AdministratorAccess is attached: it allows every action on every resource/ },
      ],
      fixed: null,
    },
    {
      name: 'sagemaker:* on * in a policy attached to a pipeline role',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: !GetAtt Role.Arn
          Everything:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: everything
              Roles: [!Ref Role]
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: sagemaker:*, Resource: '*' }]
      `,
      findings: [{ line: 17, message: /^Role is the execution role of Pipeline, and policy Everything \('everything'\) allows every SageMaker action on every resource \(Resource '\*'\)/ }],
    },
    {
      name: 'PowerUserAccess, judged by its document',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
      `,
      findings: [{ line: 6, message: /AWS managed policy PowerUserAccess allows every SageMaker action on every resource \(Resource '\*'\)/ }],
    },
    {
      name: 'NotAction that leaves every SageMaker action',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: all-but-iam
                  PolicyDocument:
                    Statement: [{ Effect: Allow, NotAction: [iam:*, organizations:*], Resource: '*' }]
      `,
      findings: [{ line: 9, message: /inline policy 'all-but-iam' allows every SageMaker action on every resource/ }],
    },
    {
      name: 'HCL, AmazonSageMakerFullAccess attached',
      hcl: assumableRole() + roleAttachment('arn:aws:iam::aws:policy/AmazonSageMakerFullAccess'),
      findings: [{ line: 13, column: 16, severity: 'medium', message: /AmazonSageMakerFullAccess/ }],
    },
    {
      name: 'HCL, an inline policy allowing every action',
      hcl: assumableRole() + inlinePolicy('role', '"*"', '"*"'),
      findings: [{ line: 18, column: 18 }],
    },
  ],
});
