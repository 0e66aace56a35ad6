import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { analyzePresignedUrl } from '../src/iam/presigned-url.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM065',
  name: 'presigned-url-unrestricted',
  severity: 'medium',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'notebook', 'network'],
  presets: {
    recommended: false,
    reason: 'A guardrail: it reports every policy that may create a notebook URL without an IP or VPC endpoint condition, including the AWS managed full-access policies; the notebook\'s own network exposure is checked by SM001, SM002 and SM007.',
  },
  docs: {
    summary: 'Presigned notebook URLs can be created from any network',
    description:
      'Reports an Allow of `sagemaker:CreatePresignedNotebookInstanceUrl` (directly or through wildcards) with no `aws:SourceIp` (`IpAddress`) or `aws:SourceVpce` condition that names networks, and no single-clause Deny in scope that refuses the call from elsewhere (`NotIpAddress aws:SourceIp`, `StringNotEquals aws:SourceVpce`). `0.0.0.0/0`, `::/0` and `*` name no network.',
    risk: 'A presigned URL opens the notebook\'s Jupyter server in a browser with the notebook\'s execution role behind it. Without a network condition, stolen credentials can open any notebook from anywhere on the internet.',
    guidance: [
      { title: 'Connect to a notebook instance through a VPC interface endpoint', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html' },
      { title: 'Amazon SageMaker AI identity-based policy examples: limit access to a notebook instance by IP address', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html#nbi-ip-filter' },
    ],
    remediation: {
      cloudformation:
        "- Sid: DenyNotebookUrlOutsideAllowedNetwork\n  Effect: Deny\n  Action: sagemaker:CreatePresignedNotebookInstanceUrl\n  Resource: '*'\n  Condition:\n    NotIpAddress:\n      aws:SourceIp: [<allowed-cidr>]",
      terraform:
        'statement {\n  effect    = "Deny"\n  actions   = ["sagemaker:CreatePresignedNotebookInstanceUrl"]\n  resources = ["*"]\n  condition {\n    test     = "NotIpAddress"\n    variable = "aws:SourceIp"\n    values   = ["<allowed-cidr>"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name SageMakerNotebookUrlGuardrail --policy-document file://deny-outside-network.json',
      console: 'IAM console → the role, user or group → Permissions: add a condition on aws:SourceIp or aws:SourceVpce to the statement that allows CreatePresignedNotebookInstanceUrl, or a Deny for other networks.',
    },
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM065');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzePresignedUrl(scope, knowledge.actions), context.report, 'Hold the call to your networks with aws:SourceIp or aws:SourceVpce.');
  },
});
