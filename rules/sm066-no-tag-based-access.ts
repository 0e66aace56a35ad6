import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';
import { analyzeTagAccess } from '../src/iam/tag-access.js';

export default defineRule({
  id: 'SM066',
  name: 'no-tag-based-access',
  severity: 'low',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: false,
  tags: ['security', 'iam', 'sagemaker', 'abac'],
  presets: {
    recommended: false,
    reason: 'A guardrail for attribute-based access control: it reports nearly every SageMaker policy (234 of 910 findings on the corpus), so it belongs to teams that have adopted tag-based access, in `strict`.',
  },
  docs: {
    summary: 'SageMaker actions granted on every resource with no tag condition',
    description:
      'Reports an Allow of SageMaker actions on every SageMaker resource (`*`, `arn:aws:sagemaker:*:*:*`, or a NotResource that leaves them) whose statement has no `aws:ResourceTag/…`, `sagemaker:ResourceTag/…` or `aws:RequestTag/…` condition. Actions without resource-level permissions are left out, since no tag condition can apply to them, and so are List actions and the Read actions that only read settings (`Describe…`, `Get…`, `Search`, by their access level in the AWS service authorization reference), which change nothing: a statement that only lists and describes is not reported. Read actions that reach data or run a model (`InvokeEndpoint`, `GetRecord`, `BatchGetRecord`, `AccessModelPackage`) are reported. One finding per statement lists the actions.',
    risk: 'Without tag conditions, every identity with the permission reaches every notebook, job, model and endpoint in the account: teams and projects cannot be kept apart, and one compromised identity touches them all.',
    guidance: [
      { title: 'How Amazon SageMaker AI works with IAM: authorization based on tags', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_service-with-iam.html' },
      { title: 'Define permissions based on attributes with ABAC authorization', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction_attribute-based-access-control.html' },
    ],
    remediation: {
      cloudformation:
        "- Effect: Allow\n  Action: [sagemaker:Describe*, sagemaker:StartNotebookInstance, sagemaker:StopNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringEquals:\n      aws:ResourceTag/team: '${aws:PrincipalTag/team}'",
      terraform:
        'statement {\n  actions   = ["sagemaker:Describe*", "sagemaker:StartNotebookInstance"]\n  resources = ["*"]\n  condition {\n    test     = "StringEquals"\n    variable = "aws:ResourceTag/team"\n    values   = ["$${aws:PrincipalTag/team}"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name team-sagemaker --policy-document file://abac.json',
      console: 'IAM console → the role, user or group → Permissions: add aws:ResourceTag conditions (and aws:RequestTag for Create actions) to the statements that allow SageMaker actions on "*".',
    },
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM066');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeTagAccess(scope, knowledge.actions), context.report, 'Limit it with aws:ResourceTag and aws:RequestTag conditions so tags decide which resources it reaches.');
  },
});
