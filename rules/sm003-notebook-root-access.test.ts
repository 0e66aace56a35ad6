import { cfn, runRuleTests } from '../test/rule-tester.js';
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
      name: 'parameter with only a default of Enabled: possible',
      template: cfn`
        Parameters:
          Root: { Type: String, Default: Enabled }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              RootAccess: !Ref Root
      `,
      findings: [{ line: 7, certainty: 'possible', message: /when parameter Root keeps its default 'Enabled'/ }],
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
  ],
});
