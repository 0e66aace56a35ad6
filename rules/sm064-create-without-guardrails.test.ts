import { cfn, runRuleTests } from '../test/rule-tester.js';
import { inlinePolicy } from '../test/terraform-modules.js';
import rule from './sm064-create-without-guardrails.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'every key held by the Allow and by Denies in another policy',
      template: cfn`
        Resources:
          Group:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: train
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreateTrainingJob
                        Resource: '*'
                        Condition:
                          'Null': { sagemaker:VpcSubnets: 'false', sagemaker:VolumeKmsKeyArn: 'false' }
          Guardrails:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Groups: [!Ref Group]
              PolicyDocument:
                Statement:
                  - { Effect: Deny, Action: sagemaker:Create*, Resource: '*', Condition: { BoolIfExists: { sagemaker:NetworkIsolation: 'false' } } }
                  - { Effect: Deny, Action: sagemaker:Create*, Resource: '*', Condition: { BoolIfExists: { sagemaker:InterContainerTrafficEncryption: 'false' } } }
      `,
    },
    {
      name: 'creation denied outright',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: sagemaker:CreateModel, Resource: '*' }
                      - { Effect: Deny, Action: sagemaker:CreateModel, Resource: '*' }
      `,
    },
    {
      name: 'HCL, CreateNotebookInstance with every guardrail key',
      hcl: inlinePolicy('user', '["sagemaker:CreateNotebookInstance"]', '"*"', '      Condition = {\n        StringEquals = { "sagemaker:DirectInternetAccess" = "Disabled", "sagemaker:RootAccess" = "Disabled" }\n        Null         = { "sagemaker:VpcSubnets" = "false", "sagemaker:VolumeKmsKeyArn" = "false" }\n      }\n'),
    },
  ],
  invalid: [
    {
      name: "notebooks named after the stack (the stack's name stands for some name)",
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
                        Action: sagemaker:CreateNotebookInstance
                        Resource: !Sub arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:notebook-instance/\${AWS::StackName}*
      `,
      findings: [{ line: 10, message: /^Inline policy 'notebooks' allows sagemaker:CreateNotebookInstance without / }],
    },
    {
      name: 'missing keys listed per action, fixed by appending Denies to the policy',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: train
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:CreateTrainingJob]
                        Resource: '*'
                        Condition:
                          'Null': { sagemaker:VpcSubnets: 'false', sagemaker:VolumeKmsKeyArn: 'false' }
      `,
      findings: [
        {
          line: 10,
          severity: 'medium',
          message:
            "Inline policy 'train' allows sagemaker:CreateTrainingJob without sagemaker:NetworkIsolation and sagemaker:InterContainerTrafficEncryption. Add a Deny for each missing key so requests that break the guidance fail.",
        },
      ],
      fixed: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: train
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [sagemaker:CreateTrainingJob]
                        Resource: '*'
                        Condition:
                          'Null': { sagemaker:VpcSubnets: 'false', sagemaker:VolumeKmsKeyArn: 'false' }
                      - Sid: DenyWithoutInterContainerEncryption
                        Effect: Deny
                        Action:
                          - sagemaker:CreateTrainingJob
                        Resource: "*"
                        Condition:
                          BoolIfExists:
                            sagemaker:InterContainerTrafficEncryption: "false"
                      - Sid: DenyWithoutNetworkIsolation
                        Effect: Deny
                        Action:
                          - sagemaker:CreateTrainingJob
                        Resource: "*"
                        Condition:
                          BoolIfExists:
                            sagemaker:NetworkIsolation: "false"
      `,
    },
    {
      name: 'AmazonSageMakerFullAccess on a role: the guardrails go into a new inline policy',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]
      `,
      findings: [{ line: 6, message: /^AWS managed policy AmazonSageMakerFullAccess allows sagemaker:CreateNotebookInstance without sagemaker:VpcSubnets, sagemaker:DirectInternetAccess, sagemaker:RootAccess and sagemaker:VolumeKmsKeyArn; sagemaker:CreateTrainingJob without .*; sagemaker:CreateModel without sagemaker:VpcSubnets and sagemaker:NetworkIsolation\./ }],
      fixed: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]
              Policies:
                - PolicyName: SageMakerCreateGuardrails
                  PolicyDocument:
                    Version: "2012-10-17"
                    Statement:
                      - Sid: DenySageMakerOutsideVpc
                        Effect: Deny
                        Action:
                          - sagemaker:CreateNotebookInstance
                          - sagemaker:CreateTrainingJob
                          - sagemaker:CreateHyperParameterTuningJob
                          - sagemaker:CreateProcessingJob
                          - sagemaker:CreateModel
                        Resource: "*"
                        Condition:
                          "Null":
                            sagemaker:VpcSubnets: "true"
                      - Sid: DenyNotebookDirectInternetAccess
                        Effect: Deny
                        Action:
                          - sagemaker:CreateNotebookInstance
                        Resource: "*"
                        Condition:
                          StringNotEquals:
                            sagemaker:DirectInternetAccess: Disabled
                      - Sid: DenyNotebookRootAccess
                        Effect: Deny
                        Action:
                          - sagemaker:CreateNotebookInstance
                        Resource: "*"
                        Condition:
                          StringNotEquals:
                            sagemaker:RootAccess: Disabled
                      - Sid: DenyWithoutNetworkIsolation
                        Effect: Deny
                        Action:
                          - sagemaker:CreateTrainingJob
                          - sagemaker:CreateHyperParameterTuningJob
                          - sagemaker:CreateProcessingJob
                          - sagemaker:CreateModel
                        Resource: "*"
                        Condition:
                          BoolIfExists:
                            sagemaker:NetworkIsolation: "false"
                      - Sid: DenyWithoutInterContainerEncryption
                        Effect: Deny
                        Action:
                          - sagemaker:CreateTrainingJob
                          - sagemaker:CreateHyperParameterTuningJob
                          - sagemaker:CreateProcessingJob
                        Resource: "*"
                        Condition:
                          BoolIfExists:
                            sagemaker:InterContainerTrafficEncryption: "false"
                      - Sid: DenyUnencryptedVolumes
                        Effect: Deny
                        Action:
                          - sagemaker:CreateNotebookInstance
                          - sagemaker:CreateTrainingJob
                          - sagemaker:CreateHyperParameterTuningJob
                          - sagemaker:CreateProcessingJob
                        Resource: "*"
                        Condition:
                          "Null":
                            sagemaker:VolumeKmsKeyArn: "true"
      `,
    },
    {
      name: 'an AWS::IAM::Policy attached to users, with a guardrail enforced only under a template condition',
      template: cfn`
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          User:
            Type: AWS::IAM::User
          Models:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: models
              Users: [!Ref User]
              PolicyDocument:
                Statement:
                  - { Effect: Allow, Action: sagemaker:CreateModel, Resource: '*', Condition: { 'Null': { sagemaker:VpcSubnets: 'false' } } }
                  - !If [IsProd, { Effect: Deny, Action: sagemaker:CreateModel, Resource: '*', Condition: { BoolIfExists: { sagemaker:NetworkIsolation: 'false' } } }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 13, certainty: 'possible', severity: 'low', resource: 'User', message: /sagemaker:CreateModel without sagemaker:NetworkIsolation \(enforced only under some conditions\)/ }],
    },
    {
      name: 'HCL, CreateNotebookInstance without guardrails',
      hcl: inlinePolicy('user', '["sagemaker:CreateNotebookInstance"]', '"*"'),
      findings: [{ line: 10, column: 19, severity: 'medium', message: /without sagemaker:VpcSubnets/ }],
    },
  ],
});
