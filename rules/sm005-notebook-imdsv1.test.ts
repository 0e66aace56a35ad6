import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm005-notebook-imdsv1.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            InstanceMetadataServiceConfiguration:
              MinimumInstanceMetadataServiceVersion: '2'
    `,
    {
      name: 'version written as a number',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: 2 }
      `,
    },
    {
      name: 'parameter that only allows 2',
      template: cfn`
        Parameters:
          Imds: { Type: String, AllowedValues: ['2'] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: !Ref Imds
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: !ImportValue shared-ImdsVersion
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "2"}}}}}',
    },
    {
      name: 'HCL, IMDSv2 required',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          instance_metadata_service_configuration {
            minimum_instance_metadata_service_version = "2"
          }
        }
      `,
    },
    {
      name: 'plan, IMDSv2 required',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', instance_metadata_service_configuration: [{ minimum_instance_metadata_service_version: '2' }] } }],
    },
  ],
  invalid: [
    {
      name: 'block omitted: AWS defaults to 1, the fix inserts the block',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [
        {
          line: 2,
          message: /^InstanceMetadataServiceConfiguration\.MinimumInstanceMetadataServiceVersion is omitted and defaults to '1', so the notebook accepts IMDSv1/,
          severity: 'medium',
        },
      ],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: "2"
      `,
    },
    {
      name: 'explicitly 1, as a number',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: 1
      `,
      findings: [{ line: 6, column: 48, message: /is 1,/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: "2"
      `,
    },
    {
      name: 'parameter whose allowed values include 1: possible, one level lower',
      template: cfn`
        Parameters:
          Imds: { Type: String, AllowedValues: ['1', '2'], Default: '2' }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration:
                MinimumInstanceMetadataServiceVersion: !Ref Imds
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'low', message: /can be '1' when parameter Imds is '1'/ }],
    },
    {
      name: 'Fn::If that drops the whole block on one branch',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration: !If
                - IsProd
                - MinimumInstanceMetadataServiceVersion: '2'
                - !Ref AWS::NoValue
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to '1'\) when condition IsProd is false/ }],
      // Replacing the choice would replace the whole block: no fix.
      fixed: null,
    },
    {
      name: 'JSON template, block omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium",\n        "InstanceMetadataServiceConfiguration": {\n          "MinimumInstanceMetadataServiceVersion": "2"\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, version 1',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          instance_metadata_service_configuration {
            minimum_instance_metadata_service_version = "1"
          }
        }
      `,
      findings: [{ line: 4, column: 49, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          instance_metadata_service_configuration {
            minimum_instance_metadata_service_version = "2"
          }
        }
      `,
    },
    {
      name: 'HCL, no block: defaults to \'1\', the fix adds the block',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
        }
      `,
      findings: [{ line: 1, message: /defaults to '1'/ }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          instance_metadata_service_configuration {
            minimum_instance_metadata_service_version = "2"
          }
        }
      `,
    },
    {
      name: 'plan, version 1',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', instance_metadata_service_configuration: [{ minimum_instance_metadata_service_version: '1' }] } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});
