import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { executionRole, reportExecutionRoleFindings } from '../src/iam/rule-support.js';
import { analyzeS3Access } from '../src/iam/s3-access.js';

export default defineRule({
  id: 'SM060',
  name: 'role-any-s3-bucket',
  severity: 'high',
  appliesTo: ['IamRole'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 's3', 'least-privilege'],
  presets: {
    recommended: true,
    reason: 'A role that reads or writes every S3 bucket reaches data far beyond its job: a concrete grant, reported on the execution roles SageMaker assumes.',
  },
  docs: {
    summary: 'SageMaker execution role can reach any S3 bucket',
    description:
      'Reports a SageMaker execution role (a role SageMaker may assume, or one a notebook, Studio domain or user profile, model, job or pipeline runs as) whose policies allow S3 bucket or object actions on every bucket: `*`, `arn:aws:s3:::*`, `arn:aws:s3:::*/*`, `arn:${AWS::Partition}:s3:::*`, or a NotResource that leaves them. Every policy that applies counts: inline `Policies`, `AWS::IAM::Policy`/`ManagedPolicy`/`RolePolicy` attached to the role, and AWS managed policies in `ManagedPolicyArns`, judged by their real documents. Which S3 actions work on buckets or objects comes from the Service Authorization Reference, so wildcards (`s3:*`, `s3:Get*`, `s3:*Object`) and NotAction expand exactly. A Deny in scope (or a permissions boundary) that takes the access away removes the finding; a Deny with conditions on the resource, or one that exists only for some deployment choices, makes it possible. A bucket pattern that starts with a wildcard, like AWS\'s own `arn:aws:s3:::*sagemaker*`, is reported as possible: it is not every bucket, yet it covers buckets anyone can create in any account.',
    risk: 'Code that runs as the execution role (notebook users, training and processing scripts, third-party containers) can read every bucket the account can reach, write to any bucket, including one in an attacker\'s account (S3 ARNs name no account), and so exfiltrate data or plant it.',
    guidance: [
      { title: 'How to use SageMaker AI execution roles', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html' },
      { title: 'Amazon SageMaker AI identity-based policy examples', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html' },
      { title: 'Security best practices in IAM: apply least-privilege permissions', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html' },
    ],
    remediation: {
      cloudformation:
        "Policies:\n  - PolicyName: data-access\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject, s3:ListBucket]\n          Resource:\n            - arn:aws:s3:::<bucket-name>\n            - arn:aws:s3:::<bucket-name>/*",
      terraform:
        'data "aws_iam_policy_document" "data_access" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]\n    resources = ["arn:aws:s3:::<bucket-name>", "arn:aws:s3:::<bucket-name>/*"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name data-access --policy-document file://policy.json\naws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
      console: 'IAM console → Roles → the execution role → Permissions: replace policies that allow S3 on "*" with one that names the buckets the role needs.',
    },
    alsoKnownAs: { 'cdk-nag': ['AwsSolutions-IAM5'], Trivy: ['AWS-0346'] },
    notes: [
      'AmazonSageMakerFullAccess itself allows s3:ListBucket, s3:GetBucketCors and s3:PutBucketCors on every bucket, and object access on buckets whose name contains "sagemaker": SM060 reports it (SM061 reports the policy as a whole).',
      'Conditions on the request alone (network, MFA) do not limit which buckets are reachable, so they leave the finding definite.',
    ],
  },
  prepare: prepareIamKnowledge,
  check(role, context) {
    const knowledge = preparedIamKnowledge('SM060');
    const target = executionRole(role, context, knowledge);
    if (!target) return;
    reportExecutionRoleFindings(role, target.evidence, analyzeS3Access(target.scope, knowledge.actions), context.report, () => 'Grant it only the buckets its work needs.');
  },
});
