import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { analyzePresignedUrl, MLFLOW_URL, STUDIO_URL } from '../src/iam/presigned-url.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM083',
  name: 'presigned-studio-url-unrestricted',
  severity: 'medium',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'studio', 'network'],
  presets: {
    recommended: false,
    reason: 'A guardrail on every identity policy: which networks may mint a presigned Studio or MLflow URL. Like SM065, it finds many policies on real code. Run `strict` to hold policies to it.',
  },
  docs: {
    summary: 'Presigned Studio domain or MLflow tracking server URLs can be created from any network',
    description:
      "SM065's test for the two other presigned-URL calls. Reports an Allow of `sagemaker:CreatePresignedDomainUrl` (a Studio session as a user profile) or `sagemaker:CreatePresignedMlflowTrackingServerUrl` (the MLflow UI and API of a tracking server), directly or through wildcards, with no `aws:SourceIp` (`IpAddress`), `aws:SourceVpc` or `aws:SourceVpce` condition that names networks, and no single-clause Deny in scope that refuses the call from elsewhere. `0.0.0.0/0`, `::/0` and `*` name no network. One finding per call and statement; the fix adds a Deny of the call from outside `<allowed-cidr>`. MLflow tracking servers have no network or KMS setting of their own (`AWS::SageMaker::MlflowTrackingServer` has none), so this condition and the MLflow interface endpoint's policy are what keep their URLs to your networks.",
    risk: "A presigned Studio URL signs its bearer into the domain as the user profile, with the profile's execution role behind every app; a presigned MLflow URL opens the tracking server's experiments, models and artifacts. Without a network condition, stolen credentials open either from anywhere on the internet, and the URL itself can be used from any browser until it expires.",
    guidance: [
      {
        title: 'CreatePresignedDomainUrl ("restrict access to this API and to the URL that it returns to a list of IP addresses, Amazon VPCs or Amazon VPC Endpoints")',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedDomainUrl.html',
      },
      {
        title: 'Connect to SageMaker Studio through an interface VPC endpoint (restrict access with aws:SourceVpce)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-interface-endpoint.html',
      },
      {
        title: 'Restrict MLflow access to your VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-restrict.html',
      },
    ],
    remediation: {
      cloudformation:
        "- Sid: DenyStudioUrlOutsideAllowedNetwork\n  Effect: Deny\n  Action:\n    - sagemaker:CreatePresignedDomainUrl\n    - sagemaker:CreatePresignedMlflowTrackingServerUrl\n  Resource: '*'\n  Condition:\n    NotIpAddress:\n      aws:SourceIp: [<allowed-cidr>]",
      terraform:
        'statement {\n  effect    = "Deny"\n  actions   = ["sagemaker:CreatePresignedDomainUrl", "sagemaker:CreatePresignedMlflowTrackingServerUrl"]\n  resources = ["*"]\n  condition {\n    test     = "NotIpAddress"\n    variable = "aws:SourceIp"\n    values   = ["<allowed-cidr>"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name SageMakerStudioUrlGuardrail --policy-document file://deny-outside-network.json',
      console:
        'IAM console → the role, user or group → Permissions: add a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce to the statement that allows CreatePresignedDomainUrl or CreatePresignedMlflowTrackingServerUrl, or a Deny for other networks.',
    },
    notes: ['Studio domains in VpcOnly mode (SM010) are reached through the Studio interface endpoint: an aws:SourceVpce condition naming it is the usual guard.'],
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM083');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    for (const target of [STUDIO_URL, MLFLOW_URL]) {
      reportFindings(analyzePresignedUrl(scope, knowledge.actions, target), context.report, `Hold the call to your networks with ${target.conditions}.`);
    }
  },
});
