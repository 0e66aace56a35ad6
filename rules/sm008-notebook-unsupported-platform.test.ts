import { describe, expect, it } from 'vitest';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import { CURRENT_NOTEBOOK_PLATFORM, NOTEBOOK_PLATFORMS, notebookPlatform } from './data/notebook-platforms.js';
import rule from './sm008-notebook-unsupported-platform.js';

describe('notebook platform list', () => {
  it('knows the current platform and keeps it supported', () => {
    expect(notebookPlatform(CURRENT_NOTEBOOK_PLATFORM)?.supportEnded).toBeUndefined();
  });

  it('gives every ended platform an ISO date', () => {
    for (const p of NOTEBOOK_PLATFORMS.filter((x) => x.supportEnded)) expect(p.supportEnded, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            PlatformIdentifier: notebook-al2023-v1
    `,
    {
      name: 'omitted: AWS creates the notebook on notebook-al2023-v1',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
    },
    {
      name: 'identifier the list does not know: not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al2023-v2
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: !ImportValue shared-NotebookPlatform
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"PlatformIdentifier": "notebook-al2023-v1"}}}}',
    },
    {
      name: 'HCL, a supported platform',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          platform_identifier = "notebook-al2023-v1"
        }
      `,
    },
    {
      name: 'plan, a supported platform',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', platform_identifier: 'notebook-al2023-v1' } }],
    },
  ],
  invalid: [
    {
      name: 'Amazon Linux 2 with JupyterLab 3',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al2-v2 # pinned for JupyterLab 3 extensions
              InstanceType: ml.t3.medium
      `,
      findings: [
        {
          line: 5,
          column: 27,
          severity: 'medium',
          message:
            "PlatformIdentifier is 'notebook-al2-v2': AWS ended support for notebook-al2-v2 (Amazon Linux 2 with JupyterLab 3) on 2025-06-30, so the notebook gets no security updates and cannot be started again once stopped. Set PlatformIdentifier to notebook-al2023-v1.",
        },
      ],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al2023-v1 # pinned for JupyterLab 3 extensions
              InstanceType: ml.t3.medium
      `,
    },
    {
      name: 'Amazon Linux 2 with JupyterLab 4, past the end of Amazon Linux 2 support',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al2-v3
      `,
      findings: [{ line: 5, message: /notebook-al2-v3 \(Amazon Linux 2 with JupyterLab 4\) on 2026-06-30/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al2023-v1
      `,
    },
    {
      name: 'Amazon Linux 1',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: notebook-al1-v1
      `,
      findings: [{ line: 5, message: /notebook-al1-v1 \(Amazon Linux 1\) on 2024-03-31/ }],
    },
    {
      name: 'parameter whose allowed values include unsupported platforms: possible, one level lower, naming each',
      template: cfn`
        Parameters:
          Platform: { Type: String, AllowedValues: [notebook-al2-v1, notebook-al2-v3, notebook-al2023-v1], Default: notebook-al2023-v1 }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: !Ref Platform
      `,
      findings: [
        {
          line: 7,
          certainty: 'possible',
          severity: 'low',
          message:
            /can be 'notebook-al2-v1' when parameter Platform is 'notebook-al2-v1', or 'notebook-al2-v3' when parameter Platform is 'notebook-al2-v3': AWS ended support for notebook-al2-v1 \(.*\) on 2025-06-30, notebook-al2-v3 \(.*\) on 2026-06-30/,
        },
      ],
    },
    {
      name: 'Fn::If with an unsupported branch: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          Legacy: !Equals [!Ref Env, legacy]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              PlatformIdentifier: !If [Legacy, notebook-al2-v2, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /can be 'notebook-al2-v2' when condition Legacy is true/ }],
      fixed: null,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "PlatformIdentifier": "notebook-al2-v1"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 31 }],
      fixed:
        '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "PlatformIdentifier": "notebook-al2023-v1"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, notebook-al2-v1',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          platform_identifier = "notebook-al2-v1"
        }
      `,
      findings: [{ line: 3, column: 25, message: /on 2025-06-30/ }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          platform_identifier = "notebook-al2023-v1"
        }
      `,
    },
    {
      name: 'plan, notebook-al1-v1',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', platform_identifier: 'notebook-al1-v1' } }],
      findings: [{ message: /on 2024-03-31/ }],
    },
  ],
});
