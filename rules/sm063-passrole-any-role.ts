import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { analyzePassRole } from '../src/iam/pass-role.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM063',
  name: 'passrole-any-role',
  severity: 'high',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'privilege-escalation'],
  presets: {
    recommended: true,
    reason: 'iam:PassRole on every role lets whoever holds the policy run SageMaker with any role of the account: a privilege escalation.',
  },
  docs: {
    summary: 'iam:PassRole allowed on every role without iam:PassedToService',
    description:
      'Reports an Allow of `iam:PassRole` (directly, or through `iam:*`, `*` or NotAction) on every role — `*`, `arn:aws:iam::*:role/*`, every role of an account, or a NotResource that leaves them — with no `iam:PassedToService` condition that names the services (a negated or `*` condition names none). A single-clause Deny elsewhere in scope that refuses PassRole to other services (`StringNotEquals iam:PassedToService`) counts as the condition. Judged for each role, user and group with every policy that applies to it, and for a policy no identity in scope carries, on its own.',
    risk: 'Whoever holds the permission can hand any role, however powerful, to SageMaker (a notebook, a training job, a processing job) or to another service, and run code with that role: a direct path to privilege escalation.',
    guidance: [
      { title: 'Grant a user permissions to pass a role to an AWS service', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html' },
      { title: 'Amazon SageMaker AI identity-based policy examples', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html' },
      { title: 'IAM and AWS STS condition context keys: iam:PassedToService', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html' },
    ],
    remediation: {
      cloudformation:
        '- Effect: Allow\n  Action: iam:PassRole\n  Resource: arn:aws:iam::<account-id>:role/<execution-role-name>\n  Condition:\n    StringEquals:\n      iam:PassedToService: sagemaker.amazonaws.com',
      terraform:
        'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.execution.arn]\n  condition {\n    test     = "StringEquals"\n    variable = "iam:PassedToService"\n    values   = ["sagemaker.amazonaws.com"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name pass-execution-role --policy-document file://policy.json',
      console: 'IAM console → the role, user or group → Permissions: limit iam:PassRole to the execution roles it needs and add the condition iam:PassedToService = sagemaker.amazonaws.com.',
    },
    alsoKnownAs: {
      KICS: ['e39bee8c-fe54-4a3f-824d-e5e2d1cca40a'],
      Trivy: ['AWS-0342'],
      ScoutSuite: [
        'iam-inline-policy-for-role (role, iam, PassRole)',
        'iam-inline-policy-for-role (user, iam, PassRole)',
        'iam-inline-policy-for-role (group, iam, PassRole)',
        'iam-managed-policy-for-role (iam, PassRole)',
      ],
    },
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM063');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzePassRole(scope, knowledge.actions), context.report, 'Name the roles it may pass and add iam:PassedToService = sagemaker.amazonaws.com.');
  },
});
