import { cfn, runRuleTests } from '../test/rule-tester.js';
import { inlinePolicy } from '../test/terraform-modules.js';
import rule from './sm065-presigned-url-unrestricted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'from the corporate network',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: open-notebook
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: '*'
                        Condition: { IpAddress: { aws:SourceIp: 203.0.113.0/24 } }
      `,
    },
    {
      name: 'through a VPC endpoint',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: arn:aws:iam::123456789012:root }, Action: sts:AssumeRole }] }
              Policies:
                - PolicyName: open-notebook
                  PolicyDocument:
                    Statement:
                      - { Effect: Allow, Action: sagemaker:CreatePresigned*, Resource: '*', Condition: { StringEquals: { aws:SourceVpce: vpce-0123456789abcdef0 } } }
      `,
    },
    {
      name: 'HCL, presigned URLs only from the corporate network',
      hcl: inlinePolicy('user', '"sagemaker:CreatePresignedNotebookInstanceUrl"', '"*"', '      Condition = { IpAddress = { "aws:SourceIp" = "10.0.0.0/8" } }\n'),
    },
  ],
  invalid: [
    {
      name: "on the stack's own notebooks, named after the stack (a Sub and a Join)",
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: open-notebook
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: !Sub arn:\${AWS::Partition}:sagemaker:\${AWS::Region}:\${AWS::AccountId}:notebook-instance/\${AWS::StackName}*
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: !Join ['', [arn:aws:sagemaker:*:*:notebook-instance/, !Ref AWS::StackName, '-*']]
      `,
      findings: [
        { line: 10, message: /^Inline policy 'open-notebook' allows sagemaker:CreatePresignedNotebookInstanceUrl without an aws:SourceIp or aws:SourceVpce condition/ },
        { line: 13, message: /^Inline policy 'open-notebook' allows sagemaker:CreatePresignedNotebookInstanceUrl without an aws:SourceIp or aws:SourceVpce condition/ },
      ],
    },
    {
      name: 'from anywhere, fixed with a Deny outside the allowed network',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: open-notebook
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: arn:aws:sagemaker:*:*:notebook-instance/*
      `,
      findings: [
        {
          line: 10,
          message:
            "Inline policy 'open-notebook' allows sagemaker:CreatePresignedNotebookInstanceUrl without an aws:SourceIp or aws:SourceVpce condition, so a notebook URL can be created from any network. Hold the call to your networks with aws:SourceIp or aws:SourceVpce.",
        },
      ],
      fixed: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: open-notebook
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: arn:aws:sagemaker:*:*:notebook-instance/*
                      - Sid: DenyNotebookUrlOutsideAllowedNetwork
                        Effect: Deny
                        Action:
                          - sagemaker:CreatePresignedNotebookInstanceUrl
                        Resource: "*"
                        Condition:
                          NotIpAddress:
                            aws:SourceIp:
                              - <allowed-cidr>
      `,
    },
    {
      name: 'AmazonSageMakerFullAccess through a group',
      template: cfn`
        Resources:
          Scientists:
            Type: AWS::IAM::Group
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]
      `,
      findings: [{ line: 5, resource: 'Scientists', message: /^AWS managed policy AmazonSageMakerFullAccess allows sagemaker:CreatePresignedNotebookInstanceUrl without/ }],
    },
    {
      name: 'every network (0.0.0.0/0) names none',
      template: cfn`
        Resources:
          Open:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - { Effect: Allow, Action: sagemaker:*, Resource: '*', Condition: { IpAddress: { aws:SourceIp: 0.0.0.0/0 } } }
      `,
      findings: [{ line: 7, resource: 'Open', message: /^Policy Open allows sagemaker:CreatePresignedNotebookInstanceUrl without/ }],
    },
    {
      name: 'HCL, presigned URLs from anywhere',
      hcl: inlinePolicy('user', '"sagemaker:CreatePresignedNotebookInstanceUrl"', '"*"'),
      findings: [{ line: 10, column: 18, severity: 'medium' }],
    },
  ],
});
