/**
 * The RuleTester's Terraform cases: a rule's table takes HCL (one main.tf, or a
 * module of several files) and plan JSON beside CloudFormation templates, with
 * the same checks of findings and fixes.
 */
import sm001 from '../../rules/sm001-notebook-direct-internet.js';
import { cfn, runRuleTests } from './rule-tester.js';

const notebook = (body: string) => `resource "aws_sagemaker_notebook_instance" "nb" {\n  name          = "nb"\n  role_arn      = "arn:aws:iam::123456789012:role/nb"\n  instance_type = "ml.t3.medium"\n${body}}\n`;

runRuleTests(sm001, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            DirectInternetAccess: Disabled
    `,
    { name: 'HCL, disabled', hcl: notebook('  direct_internet_access = "Disabled"\n') },
    {
      name: 'HCL module of two files, disabled through a variable default',
      hcl: { 'main.tf': notebook('  direct_internet_access = var.access\n'), 'variables.tf': 'variable "access" {\n  default = "Disabled"\n}\n' },
    },
    { name: 'plan, disabled', plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', direct_internet_access: 'Disabled' } }] },
  ],
  invalid: [
    {
      name: 'HCL, enabled: located at the argument, fixed in main.tf',
      hcl: notebook('  direct_internet_access = "Enabled"\n'),
      findings: [{ line: 5, column: 28, severity: 'high' }],
      fixed: notebook('  direct_internet_access = "Disabled"\n'),
    },
    {
      name: 'HCL module: a variable that can be Enabled is possible; `fixed` gives every file',
      hcl: { 'main.tf': notebook('  direct_internet_access = var.access\n'), 'variables.tf': 'variable "access" {\n  default = "Enabled"\n}\n' },
      findings: [{ certainty: 'possible', severity: 'medium' }],
      fixed: { 'main.tf': notebook('  direct_internet_access = "Disabled"\n'), 'variables.tf': 'variable "access" {\n  default = "Enabled"\n}\n' },
    },
    {
      name: 'plan, enabled',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', direct_internet_access: 'Enabled' } }],
      findings: [{ severity: 'high' }],
      fixed: null,
    },
  ],
});
