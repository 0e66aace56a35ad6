import { cfn, runRuleTests } from '../test/rule-tester.js';
import { assumableRole, inlinePolicy, roleAttachment } from '../test/terraform-modules.js';
import rule from './sm060-role-any-s3-bucket.js';

const SAGEMAKER_TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }] }';
const LAMBDA_TRUST = 'AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }';

runRuleTests(rule, {
  valid: [
    {
      name: 'execution role limited to one bucket',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [s3:GetObject, s3:ListBucket]
                        Resource: [arn:aws:s3:::training-data, arn:aws:s3:::training-data/*]
      `,
    },
    {
      name: 'a role that is not an execution role may reach every bucket',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonS3FullAccess]
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: s3:*, Resource: '*' }]
      `,
    },
    {
      name: 'a Deny in an attached policy takes the access away',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }]
          Guard:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: guard
              Roles: [!Ref Role]
              PolicyDocument:
                Statement: [{ Effect: Deny, Action: s3:*, NotResource: [arn:aws:s3:::training-data, arn:aws:s3:::training-data/*] }]
      `,
    },
    {
      name: 'HCL, an execution role limited to one bucket',
      hcl: assumableRole() + inlinePolicy('role', '["s3:GetObject", "s3:ListBucket"]', '["arn:aws:s3:::training-data", "arn:aws:s3:::training-data/*"]'),
    },
  ],
  invalid: [
    {
      name: 'AmazonSageMakerFullAccess: one finding at its ARN for every bucket and for open bucket names',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]
      `,
      findings: [
        {
          line: 6,
          message: /^Role is an execution role SageMaker may assume, and AWS managed policy AmazonSageMakerFullAccess allows .* on every S3 bucket \(Resource 'arn:aws:s3:::\*', '\*'\); it also allows .* on any bucket whose name \(or object whose key\) matches 'arn:aws:s3:::\*SageMaker\*'/,
        },
      ],
      fixed: null,
    },
    {
      name: 'inline s3:* on *, with the fix narrowing to a bucket',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: s3:*
                        Resource: '*'
      `,
      findings: [{ line: 12, severity: 'high', message: "Role is an execution role SageMaker may assume, and inline policy 'data' allows every S3 bucket and object action on every S3 bucket (Resource '*'). Grant it only the buckets its work needs." }],
      fixed: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: s3:*
                        Resource: [ arn:aws:s3:::<bucket-name>, arn:aws:s3:::<bucket-name>/* ]
      `,
    },
    {
      name: 'role of a notebook, through a policy attached by Roles, with a partition-aware ARN',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
          Data:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Roles: [!Ref Role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [s3:GetObject, s3:PutObject]
                    Resource:
                      - !Sub arn:\${AWS::Partition}:s3:::*/*
      `,
      findings: [{ line: 20, message: /^Role is the execution role of Notebook, and policy Data allows s3:GetObject and s3:PutObject \(Read, Write\) on every S3 bucket/ }],
      fixed: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
          Data:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Roles: [!Ref Role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [s3:GetObject, s3:PutObject]
                    Resource:
                      - arn:aws:s3:::<bucket-name>/*
      `,
    },
    {
      name: 'AWS managed AmazonS3FullAccess in ManagedPolicyArns, pointed at the ARN, no fix',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              ManagedPolicyArns:
                - !Sub arn:\${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess
      `,
      findings: [{ line: 7, message: /AWS managed policy AmazonS3FullAccess allows every S3 bucket and object action on every S3 bucket/ }],
      fixed: null,
    },
    {
      name: 'Studio domain execution role through an AWS::IAM::RolePolicy with a wildcard action',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${LAMBDA_TRUST}
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DefaultUserSettings:
                ExecutionRole: !GetAtt Role.Arn
          Read:
            Type: AWS::IAM::RolePolicy
            Properties:
              PolicyName: read
              RoleName: !Ref Role
              PolicyDocument:
                Statement: [{ Effect: Allow, Action: s3:Get*, Resource: arn:aws:s3:::* }]
      `,
      findings: [{ line: 17, message: /^Role is the execution role of Domain, and policy Read \('read'\) allows s3:GetObject, s3:GetObjectAcl, s3:GetObjectAnnotation and \d+ more \(Read\) on every S3 bucket \(Resource 'arn:aws:s3:::\*'\)/ }],
    },
    {
      name: 'a bucket name that starts with a wildcard is a possible finding, one level lower',
      template: cfn`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: 'arn:aws:s3:::*sagemaker*' }]
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'medium', message: /any bucket whose name \(or object whose key\) matches 'arn:aws:s3:::\*sagemaker\*', in any account/ }],
    },
    {
      name: 'a statement that exists only under a template condition',
      template: cfn`
        Conditions:
          IsDev: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              ${SAGEMAKER_TRUST}
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - !If [IsDev, { Effect: Allow, Action: s3:*, Resource: '*' }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 12, certainty: 'possible', message: /when condition IsDev is true/ }],
    },
    {
      name: 'HCL, an inline policy allowing s3:* on every resource',
      hcl: assumableRole() + inlinePolicy('role', '"s3:*"', '"*"'),
      findings: [{ line: 18, column: 18, severity: 'high' }],
    },
    {
      name: 'HCL, AmazonS3FullAccess attached',
      hcl: assumableRole() + roleAttachment('arn:aws:iam::aws:policy/AmazonS3FullAccess'),
      findings: [{ line: 13, column: 16, message: /AmazonS3FullAccess/ }],
    },
  ],
});
