import { defineRule } from '../src/core/rule.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { analyzeMlflowAccess } from '../src/iam/mlflow-access.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM091',
  name: 'mlflow-access-unrestricted',
  severity: 'medium',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'mlflow', 'network'],
  presets: {
    recommended: false,
    reason: "A guardrail on every identity policy, like SM083: which networks may reach MLflow tracking servers. AWS managed policies and broad grants (`sagemaker-mlflow:*`, `*`) carry no network condition, so it reports much of real code. Run `strict` to hold policies to it.",
  },
  docs: {
    summary: 'MLflow tracking servers can be used from any network',
    description:
      "Reports an Allow of `sagemaker-mlflow` actions (the REST API and UI of SageMaker MLflow tracking servers: `AccessUI`, `CreateRun`, `LogModel`, `SearchExperiments`, … directly or through wildcards such as `sagemaker-mlflow:*` and `*`) with no `aws:SourceVpce`, `aws:SourceVpc` or `aws:SourceIp` (`IpAddress`) condition that names networks, and no single-clause Deny in scope that refuses the actions from elsewhere (`StringNotEquals aws:SourceVpce`, `NotIpAddress aws:SourceIp`, …). `*`, `0.0.0.0/0` and `::/0` name no network. One finding per statement, naming the actions it leaves open; the fix adds a Deny of `sagemaker-mlflow:*` from outside `<vpc-endpoint-id>` (your MLflow interface endpoint). Why an identity policy check: a tracking server (`AWS::SageMaker::MlflowTrackingServer`, `aws_sagemaker_mlflow_tracking_server`) has no network, VPC or KMS property to judge, and runs in a VPC that SageMaker manages; an interface endpoint does not stop callers outside the VPC, so AWS's guidance is an IAM policy on every user, group and role that uses MLflow, which is what this rule reads. SM083 judges the presigned URL call (`sagemaker:CreatePresignedMlflowTrackingServerUrl`); this rule the calls made with credentials directly, for example by the MLflow SDK plugin.",
    risk: "A tracking server holds the experiments, parameters, metrics, registered models and artifacts of an ML team. Without a network condition, any credentials allowed to use it (a leaked access key, a developer's laptop session) read and change all of it from anywhere on the internet, and a model registered or promoted there can flow into deployment.",
    guidance: [
      { title: 'Allow access to SageMaker AI MLflow only from within your VPC', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-restrict.html' },
      { title: 'Create a VPC endpoint policy for SageMaker AI MLflow', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-policy.html' },
      { title: 'Actions, resources, and condition keys for Amazon SageMaker with MLflow', url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemakerwithmlflow.html' },
    ],
    remediation: {
      cloudformation:
        "- Sid: MlflowAccess\n  Effect: Allow\n  Action: sagemaker-mlflow:*\n  Resource: !Sub arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:mlflow-tracking-server/*\n  Condition:\n    StringEquals:\n      aws:SourceVpce: <vpc-endpoint-id>",
      terraform:
        'statement {\n  sid       = "MlflowAccess"\n  actions   = ["sagemaker-mlflow:*"]\n  resources = ["arn:aws:sagemaker:<region>:<account-id>:mlflow-tracking-server/*"]\n  condition {\n    test     = "StringEquals"\n    variable = "aws:SourceVpce"\n    values   = ["<vpc-endpoint-id>"]\n  }\n}',
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name SageMakerMlflowNetworkGuardrail --policy-document file://deny-mlflow-outside-vpc.json',
      console: 'IAM console → the role, user or group → Permissions: add an aws:SourceVpce (or aws:SourceVpc) condition to the statement that allows sagemaker-mlflow actions, or a Deny of sagemaker-mlflow:* from other endpoints.',
    },
    notes: [
      'AWS notes that with such a policy the SageMaker console can no longer open MLflow: users reach it with a presigned URL (SM083 holds that call to your networks) or the API, from inside the VPC. Network conditions apply only to identities in IAM authentication mode, not IAM Identity Center.',
      'The identities are read from CloudFormation, Terraform and the live audit (GetAccountAuthorizationDetails, which the integration tests run against moto); tracking servers themselves are not read, since they have no property this rule could judge.',
    ],
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM091');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeMlflowAccess(scope, knowledge.actions), context.report, 'Hold MLflow access to your VPC with aws:SourceVpce or aws:SourceVpc.');
  },
});
