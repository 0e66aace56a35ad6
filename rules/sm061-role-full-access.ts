import { defineRule } from '../src/core/rule.js';
import { analyzeFullAccess } from '../src/iam/full-access.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { executionRole, reportExecutionRoleFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM061',
  name: 'role-full-access',
  severity: 'medium',
  appliesTo: ['IamRole'],
  fixable: false,
  tags: ['security', 'iam', 'sagemaker', 'least-privilege'],
  presets: {
    recommended: true,
    reason: 'Full SageMaker (or administrator) access on an execution role lets any notebook or job control every SageMaker resource of the account: a concrete grant.',
  },
  docs: {
    summary: 'SageMaker execution role has full SageMaker or administrator access',
    description:
      'Reports a SageMaker execution role that carries the AWS managed policy `AmazonSageMakerFullAccess` or `AdministratorAccess`, or any policy statement that allows every SageMaker action on every SageMaker resource: `sagemaker:*` or `*` on `*` (or on `arn:aws:sagemaker:*:*:*`), or a NotAction that leaves every SageMaker action (as `PowerUserAccess` does). A Deny that takes every SageMaker action away removes the finding.',
    risk: 'Whatever runs as the role (notebook users, training code, containers) can create, change and delete any SageMaker resource, open presigned URLs to every notebook and Studio domain, and with AmazonSageMakerFullAccess also pass roles and reach S3 broadly: one compromised job becomes control of the whole ML environment.',
    guidance: [
      { title: 'AWS managed policies for Amazon SageMaker AI', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-iam-awsmanpol.html' },
      { title: 'How to use SageMaker AI execution roles', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html' },
      { title: 'Security best practices in IAM: get started with AWS managed policies and move toward least privilege', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html' },
    ],
    remediation: {
      cloudformation:
        "ManagedPolicyArns: []  # drop AmazonSageMakerFullAccess / AdministratorAccess\nPolicies:\n  - PolicyName: training\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Action: [sagemaker:CreateTrainingJob, sagemaker:DescribeTrainingJob]\n          Resource: arn:aws:sagemaker:<region>:<account-id>:training-job/<prefix>*",
      terraform:
        'resource "aws_iam_role_policy" "training" {\n  role = aws_iam_role.execution.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob"]\n      Resource = "arn:aws:sagemaker:<region>:<account-id>:training-job/<prefix>*"\n    }]\n  })\n}',
      cli: 'aws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess\naws iam put-role-policy --role-name <role-name> --policy-name training --policy-document file://policy.json',
      console: 'IAM console → Roles → the execution role → Permissions: detach AmazonSageMakerFullAccess / AdministratorAccess and add a policy with only the SageMaker actions and resources the role needs.',
    },
    alsoKnownAs: { 'Security Hub': ['IAM.1'], 'cdk-nag': ['AwsSolutions-IAM4', 'AwsSolutions-IAM5'], checkov: ['CKV_AWS_62', 'CKV_AWS_274', 'CKV2_AWS_68'] },
  },
  prepare: prepareIamKnowledge,
  check(role, context) {
    const knowledge = preparedIamKnowledge('SM061');
    const target = executionRole(role, context, knowledge);
    if (!target) return;
    reportExecutionRoleFindings(role, target.evidence, analyzeFullAccess(target.scope, knowledge.actions), context.report, () => 'Give it only the actions and resources its work needs.');
  },
});
