import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm011-domain-storage-unencrypted.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
    `,
    {
      name: 'key from a resource in the template',
      template: cfn`
        Resources:
          Key:
            Type: AWS::KMS::Key
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !GetAtt Key.Arn
      `,
    },
    {
      name: 'key imported from another stack: unknown, taken as present',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !ImportValue shared-kms-key
      `,
    },
    {
      name: 'key from a parameter without default',
      template: cfn`
        Parameters:
          Key: { Type: String }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !Ref Key
      `,
    },
    {
      name: 'HCL, kms_key_id set',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AuthMode: IAM
      `,
      findings: [{ line: 2, message: /^KmsKeyId is omitted: .*replaces the domain/, severity: 'medium' }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AuthMode: IAM
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'empty string',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: ''
              AuthMode: IAM
      `,
      findings: [{ line: 5, column: 17, message: /KmsKeyId is ''/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: <kms-key-arn>
              AuthMode: IAM
      `,
    },
    {
      name: 'parameter whose allowed values include an empty key: possible, one level lower',
      template: cfn`
        Parameters:
          Key: { Type: String, AllowedValues: ['', 'alias/studio'] }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !Ref Key
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /can be '' when parameter Key is ''/ }],
    },
    {
      name: 'Fn::If that drops the key on one branch: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !If [IsProd, alias/studio, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /can be omitted when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "AuthMode": "IAM"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "AuthMode": "IAM",\n        "KmsKeyId": "<kms-key-arn>"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, no key: the fix adds a placeholder',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
      findings: [{ line: 1, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
          kms_key_id = "<kms-key-arn>"
        }
      `,
    },
    {
      name: 'plan, no key',
      plan: [{ type: 'aws_sagemaker_domain', name: 'studio', values: { domain_name: 'studio', kms_key_id: null } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});
