import { defineRule } from '../src/core/rule.js';
import { trustPolicyOf } from '../src/iam/identity.js';
import { executionRoleEvidenceOf, noteDocumentProblems, reportExecutionRoleFindings } from '../src/iam/rule-support.js';
import { analyzeTrust } from '../src/iam/trust.js';

const CONSEQUENCE = {
  'other-principal': 'Only sagemaker.amazonaws.com should assume an execution role: use a separate role for anyone else.',
  'no-source-condition': 'Add aws:SourceAccount (or aws:SourceArn) so SageMaker can use the role only on your account\'s behalf.',
};

export default defineRule({
  id: 'SM062',
  name: 'role-trust-too-broad',
  severity: 'medium',
  appliesTo: ['IamRole'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'confused-deputy'],
  presets: {
    recommended: false,
    reason: 'Trust-policy hygiene: most findings on real code are a missing aws:SourceAccount condition or a role shared with another service, which AWS\'s own examples write (139 findings on the corpus). Worth fixing, rarely a reason to block a merge; `strict` holds it.',
  },
  docs: {
    summary: 'SageMaker execution role can be assumed by others, or by SageMaker for any account',
    description:
      'Reads the trust policy (`AssumeRolePolicyDocument`) of a SageMaker execution role. Reports each principal other than `sagemaker.amazonaws.com` that an Allow statement lets assume the role (`sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:AssumeRoleWithSAML`, also through `sts:*` or `*`): `*`, another account, another service, a federated identity, or everyone but the NotPrincipal. It also reports a statement that trusts SageMaker without an `aws:SourceAccount` or `aws:SourceArn` condition (with `…IfExists`, the condition does not hold SageMaker to anything). A principal in a statement with conditions is reported as possible: the conditions may limit it.',
    risk: 'Any other principal that may assume the role gets every permission it holds. Without aws:SourceAccount or aws:SourceArn, SageMaker acting for another account could be made to use the role (the cross-service confused deputy problem).',
    guidance: [
      { title: 'Cross-service confused deputy prevention in SageMaker AI', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security-confused-deputy-prevention.html' },
      { title: 'The confused deputy problem', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html' },
      { title: 'How to use SageMaker AI execution roles', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html' },
    ],
    remediation: {
      cloudformation:
        "AssumeRolePolicyDocument:\n  Version: '2012-10-17'\n  Statement:\n    - Effect: Allow\n      Principal: { Service: sagemaker.amazonaws.com }\n      Action: sts:AssumeRole\n      Condition:\n        StringEquals:\n          aws:SourceAccount: !Ref AWS::AccountId",
      terraform:
        'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["sagemaker.amazonaws.com"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = [data.aws_caller_identity.current.account_id]\n    }\n  }\n}',
      cli: 'aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust.json',
      console: 'IAM console → Roles → the execution role → Trust relationships → Edit trust policy: keep only sagemaker.amazonaws.com and add the aws:SourceAccount condition.',
    },
    alsoKnownAs: { checkov: ['CKV_AWS_60', 'CKV_AWS_61'], Prowler: ['iam_role_cross_service_confused_deputy_prevention'] },
  },
  // Only the trust policy and the graph: no IAM action data to prepare.
  check(role, context) {
    const evidence = executionRoleEvidenceOf(role, context.graph);
    if (!evidence) return;
    const trust = trustPolicyOf(role);
    noteDocumentProblems('trust policy', trust, context.note);
    reportExecutionRoleFindings(role, evidence, analyzeTrust(trust), context.report, (finding) => CONSEQUENCE[finding.kind]);
  },
});
