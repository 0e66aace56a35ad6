import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm003-notebook-root-access.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            RootAccess: Disabled
    `,
    {
      name: 'parameter that only allows Disabled',
      template: cfn`
        Parameters:
          Root: { Type: String, AllowedValues: [Disabled] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: !Ref Root
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: !ImportValue shared-RootAccess
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"RootAccess": "Disabled"}}}}',
    },
    {
      name: 'HCL, root_access = "Disabled"',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          root_access = "Disabled"
        }
      `,
    },
    {
      name: 'plan, root access disabled',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', root_access: 'Disabled' } }],
    },
  ],
  invalid: [
    {
      name: 'omitted: AWS defaults to Enabled',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, message: /^RootAccess is omitted and defaults to 'Enabled': every notebook user is root/, severity: 'medium' }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RootAccess: Disabled
      `,
    },
    {
      name: 'explicitly Enabled',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: Enabled # data scientists need sudo
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 5, column: 19, message: /^RootAccess is 'Enabled'/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: Disabled # data scientists need sudo
              InstanceType: ml.t3.medium
      `,
    },
    {
      name: 'parameter whose allowed values include Enabled: possible, one level lower',
      template: cfn`
        Parameters:
          Root: { Type: String, AllowedValues: [Enabled, Disabled], Default: Disabled }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: !Ref Root
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /can be 'Enabled' when parameter Root is 'Enabled'/ }],
    },
    {
      name: 'Fn::If with a branch that drops the property',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: !If [IsProd, Disabled, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to 'Enabled'\) when condition IsProd is false/ }],
    },
    {
      name: 'JSON template, explicitly Enabled',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "RootAccess": "Enabled"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 23 }],
      fixed: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "RootAccess": "Disabled"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, root_access = "Enabled"',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          root_access = "Enabled"
        }
      `,
      findings: [{ line: 3, column: 17, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          root_access = "Disabled"
        }
      `,
    },
    {
      name: 'HCL, omitted: defaults to \'Enabled\'',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
        }
      `,
      findings: [{ line: 1, message: /defaults to 'Enabled'/ }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          root_access = "Disabled"
        }
      `,
    },
    {
      name: 'plan, root access enabled',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', root_access: 'Enabled' } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});
