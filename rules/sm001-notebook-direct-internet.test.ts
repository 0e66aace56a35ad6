import { describe, expect, it } from 'vitest';
import { loadCloudFormationText } from '../src/loaders/cloudformation/index.js';
import { brief, findingsIn, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm001-notebook-direct-internet.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            RoleArn: arn:aws:iam::123456789012:role/nb
            DirectInternetAccess: Disabled
    `,
    {
      name: 'parameter that only allows Disabled',
      template: cfn`
        Parameters:
          Internet: { Type: String, AllowedValues: [Disabled] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              DirectInternetAccess: !Ref Internet
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"DirectInternetAccess": "Disabled"}}}}',
    },
    {
      name: 'HCL, direct_internet_access = "Disabled"',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          direct_internet_access = "Disabled"
        }
      `,
    },
    {
      name: 'plan, disabled',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', direct_internet_access: 'Disabled' } }],
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
      findings: [{ line: 2, message: /omitted and defaults to 'Enabled'/, severity: 'high' }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              DirectInternetAccess: Disabled
      `,
    },
    {
      name: 'explicitly Enabled',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              DirectInternetAccess: Enabled # for pip
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 5, column: 29, message: /is 'Enabled'/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              DirectInternetAccess: Disabled # for pip
              InstanceType: ml.t3.medium
      `,
    },
    {
      name: 'parameter whose allowed values include Enabled: possible, one level lower',
      template: cfn`
        Parameters:
          Internet: { Type: String, AllowedValues: [Enabled, Disabled], Default: Disabled }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              DirectInternetAccess: !Ref Internet
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'medium', message: /can be 'Enabled' when parameter Internet is 'Enabled'/ }],
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
              DirectInternetAccess: !If [IsProd, Disabled, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to 'Enabled'\) when condition IsProd is false/ }],
    },
    {
      name: 'condition decided by a literal comparison',
      template: cfn`
        Conditions:
          Always: !Equals [a, a]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              DirectInternetAccess: !If [Always, Enabled, Disabled]
      `,
      findings: [{ line: 7, certainty: 'definite', message: /is 'Enabled'/ }],
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium",\n        "DirectInternetAccess": "Disabled"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, enabled: the fix sets it to Disabled',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          direct_internet_access = "Enabled"
        }
      `,
      findings: [{ line: 3, column: 28, severity: 'high' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          direct_internet_access = "Disabled"
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
      findings: [{ line: 1, message: /defaults to 'Enabled'/, severity: 'high' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          direct_internet_access = "Disabled"
        }
      `,
    },
    {
      name: 'plan, enabled',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', direct_internet_access: 'Enabled' } }],
      findings: [{ severity: 'high' }],
    },
  ],
});

describe("SM001 in each input's own names", () => {
  it('names the Terraform argument on HCL, with the value as HCL writes it', async () => {
    const findings = await terraformFindings(rule, 'resource "aws_sagemaker_notebook_instance" "nb" {\n  instance_type = "ml.t3.medium"\n}\n');
    expect(findings.map((f) => [f.message, f.fix?.description])).toEqual([
      [
        `direct_internet_access is omitted and defaults to 'Enabled': the notebook reaches, and is reachable from, the internet outside your VPC controls. Set it to "Disabled" and attach the notebook to a subnet.`,
        'Set direct_internet_access to "Disabled"',
      ],
    ]);
  });

  it('names the Terraform argument on a plan', async () => {
    const findings = await planFindings(rule, [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { direct_internet_access: 'Enabled', instance_type: 'ml.t3.medium' } }]);
    expect(brief(findings)).toEqual([
      `SM001 definite: direct_internet_access is 'Enabled': the notebook reaches, and is reachable from, the internet outside your VPC controls. Set it to "Disabled" and attach the notebook to a subnet.`,
    ]);
  });

  it("keeps CloudFormation's names on a template", async () => {
    const unit = loadCloudFormationText('Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n', 'template.yaml');
    const findings = await findingsIn(rule, unit!);
    expect(findings.map((f) => [f.message, f.fix?.description])).toEqual([
      [
        `DirectInternetAccess is omitted and defaults to 'Enabled': the notebook reaches, and is reachable from, the internet outside your VPC controls. Set it to Disabled and attach the notebook to a subnet.`,
        'Set DirectInternetAccess to Disabled',
      ],
    ]);
  });
});
