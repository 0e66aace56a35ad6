import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm031-model-network-isolation-off.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            EnableNetworkIsolation: true
    `,
    {
      name: 'CloudFormation string boolean',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: 'True'
      `,
    },
    {
      name: 'parameter that only allows true',
      template: cfn`
        Parameters:
          Isolate: { Type: String, AllowedValues: ['true'] }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: !Ref Isolate
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: !ImportValue isolation
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Model": {"Type": "AWS::SageMaker::Model", "Properties": {"EnableNetworkIsolation": true}}}}',
    },
    {
      name: 'HCL, network isolation on',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          enable_network_isolation = true
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: AWS defaults to false',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
      `,
      findings: [{ line: 2, severity: 'medium', message: /^EnableNetworkIsolation is omitted and defaults to false:/ }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
              EnableNetworkIsolation: true
      `,
    },
    {
      name: 'explicit false',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: false # needs S3 at inference time
      `,
      findings: [{ line: 5, column: 31, message: /^EnableNetworkIsolation is false:/ }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: true # needs S3 at inference time
      `,
    },
    {
      name: 'CloudFormation string boolean "false"',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: "false"
      `,
      findings: [{ line: 5, message: /is 'false'/ }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: true
      `,
    },
    {
      name: 'parameter whose allowed values include false: possible, one level lower',
      template: cfn`
        Parameters:
          Isolate: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: !Ref Isolate
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /can be 'false' when parameter Isolate is 'false'/ }],
    },
    {
      name: 'Fn::If with a branch that drops the property: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: !If [IsProd, true, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to false\) when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template, explicit false',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "EnableNetworkIsolation": false\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 35 }],
      fixed: '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "EnableNetworkIsolation": true\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, omitted: the fix turns it on',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
        }
      `,
      findings: [{ line: 1, message: /defaults to false/, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          enable_network_isolation = true
        }
      `,
    },
    {
      name: 'HCL, false',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          enable_network_isolation = false
        }
      `,
      findings: [{ line: 7, column: 30 }],
      fixed: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          enable_network_isolation = true
        }
      `,
    },
  ],
});
