import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm004-notebook-storage-unencrypted.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
    `,
    {
      name: 'key from the template',
      template: cfn`
        Resources:
          Key:
            Type: AWS::KMS::Key
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: !GetAtt Key.Arn
      `,
    },
    {
      name: 'key imported from another stack: unknown, not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: !ImportValue security-NotebookKey
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"KmsKeyId": "alias/notebooks"}}}}',
    },
    {
      name: 'HCL, kms_key_id set',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
      `,
    },
    {
      name: 'HCL, kms_key_id from a key in the module',
      hcl: tf`
        resource "aws_kms_key" "nb" {}
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          kms_key_id = aws_kms_key.nb.arn
        }
      `,
    },
    {
      name: 'plan, with a key',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', kms_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }],
    },
  ],
  invalid: [
    {
      name: 'omitted',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, message: /^KmsKeyId is omitted, so SageMaker encrypts the notebook's storage volume with a key it manages/, severity: 'medium' }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'empty key',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: ""
      `,
      findings: [{ line: 5, column: 17, message: /^KmsKeyId is ''/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: "<kms-key-arn>"
      `,
    },
    {
      name: 'Fn::If with a branch that drops the key: possible, one level lower',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          Encrypt: !Equals [!Ref Env, prod]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: !If [Encrypt, alias/notebooks, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'low', message: /can be omitted when condition Encrypt is false/ }],
    },
    {
      name: 'parameter whose allowed values include no key: possible',
      template: cfn`
        Parameters:
          Key: { Type: String, AllowedValues: ['', alias/notebooks] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              KmsKeyId: !Ref Key
      `,
      findings: [{ line: 7, certainty: 'possible', message: /can be '' when parameter Key is ''/ }],
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium",\n        "KmsKeyId": "<kms-key-arn>"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, no key: the fix adds a placeholder',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
        }
      `,
      findings: [{ line: 1, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          kms_key_id = "<kms-key-arn>"
        }
      `,
    },
    {
      name: 'HCL, kms_key_id = ""',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          kms_key_id = ""
        }
      `,
      findings: [{ line: 3, column: 16, message: /is ''/ }],
    },
    {
      name: 'plan, no key',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', kms_key_id: null } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});
