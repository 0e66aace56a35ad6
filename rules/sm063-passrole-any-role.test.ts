import { cfn, runRuleTests } from '../test/rule-tester.js';
import { inlinePolicy } from '../test/terraform-modules.js';
import rule from './sm063-passrole-any-role.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'policies that cannot be read are not judged, and each is said once (by every IAM rule that needed it)',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns:
                - arn:aws:iam::123456789012:policy/defined-elsewhere
              Policies:
                - PolicyName: broken
                  PolicyDocument: '{"Statement": ['
      `,
      notes: [
        { line: 6, message: /^SM063: 'arn:aws:iam::123456789012:policy\/defined-elsewhere' is a customer managed policy that is not defined in the scanned files: its statements are not judged$/ },
        { line: 9, message: /^SM063: inline policy 'broken': the policy document is not valid JSON.*, so it is not judged in full$/ },
      ],
    },
    {
      name: 'PassRole of one role to SageMaker',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: pass
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:PassRole
                        Resource: '*'
                        Condition: { StringEquals: { iam:PassedToService: sagemaker.amazonaws.com } }
                      - Effect: Allow
                        Action: iam:PassRole
                        Resource: arn:aws:iam::123456789012:role/sagemaker-execution
      `,
    },
    {
      name: 'a Deny in a group policy holds the user to SageMaker',
      template: cfn`
        Resources:
          Group:
            Type: AWS::IAM::Group
          Guard:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: guard
              Groups: [!Ref Group]
              PolicyDocument:
                Statement: [{ Effect: Deny, Action: iam:PassRole, Resource: '*', Condition: { StringNotEquals: { iam:PassedToService: sagemaker.amazonaws.com } } }]
          User:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref Group]
              Policies:
                - PolicyName: iam
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: iam:*, Resource: '*' }]
      `,
    },
    {
      name: 'HCL, PassRole of one role to SageMaker',
      hcl: inlinePolicy('user', '"iam:PassRole"', '"arn:aws:iam::123456789012:role/exec"', '      Condition = { StringEquals = { "iam:PassedToService" = "sagemaker.amazonaws.com" } }\n'),
    },
  ],
  invalid: [
    {
      name: 'inline PassRole on * in a user, fixed with iam:PassedToService',
      template: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: pass
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:PassRole
                        Resource: '*'
      `,
      findings: [
        {
          line: 11,
          severity: 'high',
          resource: 'User',
          message:
            "Inline policy 'pass' allows iam:PassRole on every role (Resource '*') without an iam:PassedToService condition, so any role can be handed to SageMaker or any other service. Name the roles it may pass and add iam:PassedToService = sagemaker.amazonaws.com.",
        },
      ],
      fixed: cfn`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: pass
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:PassRole
                        Resource: '*'
                        Condition:
                          StringEquals:
                            iam:PassedToService: sagemaker.amazonaws.com
      `,
    },
    {
      name: 'a managed policy attached to a group, judged with the group',
      template: cfn`
        Resources:
          Group:
            Type: AWS::IAM::Group
          Admin:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Groups: [!Ref Group]
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: [iam:*, sagemaker:*], Resource: 'arn:aws:iam::*:role/*' }]
      `,
      findings: [{ line: 9, resource: 'Group', message: /^Policy Admin allows iam:PassRole on every role \(Resource 'arn:aws:iam::\*:role\/\*'\)/ }],
      fixed: null,
    },
    {
      name: 'a role that is also a SageMaker execution role, through an AWS::IAM::Policy',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }
          Pass:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: pass
              Roles: [!Ref Role]
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: iam:PassRole, Resource: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/*' }]
      `,
      findings: [{ line: 12, resource: 'Role', message: /^Policy Pass \('pass'\) allows iam:PassRole on every role/ }],
    },
    {
      name: 'a policy no identity in scope carries is judged on its own',
      template: cfn`
        Resources:
          Shared:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: iam:PassRole, Resource: '*' }]
      `,
      findings: [{ line: 6, resource: 'Shared', message: /^Policy Shared allows iam:PassRole on every role/ }],
    },
    {
      name: 'HCL, PassRole on every role',
      hcl: inlinePolicy('user', '"iam:PassRole"', '"*"'),
      findings: [{ line: 11, column: 18, severity: 'high' }],
    },
  ],
});
