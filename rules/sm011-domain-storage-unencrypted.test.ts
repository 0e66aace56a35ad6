import { cfn, runRuleTests } from '../test/rule-tester.js';
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
      name: 'parameter with only an empty default: possible',
      template: cfn`
        Parameters:
          Key: { Type: String, Default: '' }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              KmsKeyId: !Ref Key
      `,
      findings: [{ line: 7, certainty: 'possible', message: /parameter Key keeps its default ''/ }],
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
  ],
});
