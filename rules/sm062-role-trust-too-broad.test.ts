import { cfn, runRuleTests } from '../test/rule-tester.js';
import { assumableRole } from '../test/terraform-modules.js';
import rule from './sm062-role-trust-too-broad.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'SageMaker only, for this account',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: sagemaker.amazonaws.com }
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        aws:SourceAccount: !Ref AWS::AccountId
      `,
    },
    {
      name: "a trust policy that cannot be read is noted, not passed in silence, and the role's other policies are not SM062's",
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: '{"Statement": ['
              ManagedPolicyArns: [arn:aws:iam::111122223333:policy/defined-elsewhere]
      `,
      notes: [{ line: 10, message: /^SM062: trust policy: .*not valid JSON.*, so it is not judged in full$/ }],
    },
    {
      name: 'a role that is not an execution role may trust others',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::111122223333:root }, Action: sts:AssumeRole }]
      `,
    },
    {
      name: 'HCL, SageMaker only, for this account',
      hcl: assumableRole('sagemaker.amazonaws.com', '      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }\n'),
    },
  ],
  invalid: [
    {
      name: 'no confused-deputy condition, fixed with aws:SourceAccount',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal:
                      Service: sagemaker.amazonaws.com
                    Action: sts:AssumeRole
      `,
      findings: [
        {
          line: 2,
          severity: 'medium',
          message:
            "Role is an execution role SageMaker may assume, and the trust policy lets SageMaker assume the role without an aws:SourceAccount or aws:SourceArn condition, so SageMaker acting for another account could use it (confused deputy). Add aws:SourceAccount (or aws:SourceArn) so SageMaker can use the role only on your account's behalf.",
        },
      ],
      fixed: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal:
                      Service: sagemaker.amazonaws.com
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        aws:SourceAccount:
                          Ref: AWS::AccountId
      `,
    },
    {
      name: 'an existing Condition gains the key',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: sagemaker.amazonaws.com }
                    Action: sts:AssumeRole
                    Condition:
                      StringEqualsIfExists:
                        aws:SourceAccount: '123456789012'
      `,
      findings: [{ line: 11, message: /without an aws:SourceAccount or aws:SourceArn condition/ }],
      fixed: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: sagemaker.amazonaws.com }
                    Action: sts:AssumeRole
                    Condition:
                      StringEqualsIfExists:
                        aws:SourceAccount: '123456789012'
                      StringEquals:
                        aws:SourceAccount:
                          Ref: AWS::AccountId
      `,
    },
    {
      name: 'another service and any principal share the execution role of a model',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: [sagemaker.amazonaws.com, ec2.amazonaws.com] }
                    Action: sts:AssumeRole
                    Condition: { StringEquals: { aws:SourceAccount: '123456789012' } }
                  - Effect: Allow
                    Principal: '*'
                    Action: sts:*
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: !GetAtt Role.Arn
      `,
      findings: [
        { line: 8, certainty: 'possible', severity: 'low', message: /^Role is the execution role of Model, and the trust policy also lets the service ec2\.amazonaws\.com assume the role, unless its conditions restrict who\. Only sagemaker\.amazonaws\.com/ },
        { line: 12, message: /the trust policy also lets anyone \(Principal \*\) assume the role\. Only sagemaker\.amazonaws\.com should assume an execution role/ },
      ],
      fixed: null,
    },
    {
      name: 'HCL, SageMaker without a source condition',
      hcl: assumableRole(),
      findings: [{ line: 1, severity: 'medium' }],
    },
  ],
});
