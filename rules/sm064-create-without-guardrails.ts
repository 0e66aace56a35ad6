import { defineRule } from '../src/core/rule.js';
import { analyzeGuardrails } from '../src/iam/guardrails.js';
import { prepareIamKnowledge, preparedIamKnowledge } from '../src/iam/knowledge.js';
import { identityScope, reportFindings } from '../src/iam/rule-support.js';

export default defineRule({
  id: 'SM064',
  name: 'create-without-guardrails',
  severity: 'medium',
  appliesTo: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  fixable: true,
  tags: ['security', 'iam', 'sagemaker', 'guardrails'],
  presets: {
    recommended: false,
    reason: 'A guardrail: it reports every policy that may create a SageMaker resource without denying the unsafe settings (100 findings on the corpus, one per policy). The resources this code creates are checked directly by SM001–SM041, which `recommended` holds; run `strict` to require the Deny guardrails too.',
  },
  docs: {
    summary: 'Identity may create SageMaker notebooks, jobs or models without guardrail condition keys',
    description:
      'Reports an Allow of `sagemaker:CreateNotebookInstance`, `CreateTrainingJob`, `CreateHyperParameterTuningJob`, `CreateProcessingJob` or `CreateModel` (directly, or through `sagemaker:Create*`, `sagemaker:*`, `*`) that does not hold the request to the condition keys enforcing AWS guidance: `sagemaker:VpcSubnets` (run in your VPC), `sagemaker:DirectInternetAccess` = Disabled, `sagemaker:RootAccess` = Disabled, `sagemaker:NetworkIsolation` = true, `sagemaker:InterContainerTrafficEncryption` = true, `sagemaker:VolumeKmsKeyArn` (encrypted volume; the deprecated `sagemaker:VolumeKmsKey` counts too). Only the keys each action supports are required, per the Service Authorization Reference. A key is enforced by the Allow\'s own condition (without `IfExists`, and not `ForAllValues` alone, both of which let a request without the key through), or by a Deny in scope with that single condition clause that fires for every non-compliant request (`Null … true`, `StringNotEquals`, `BoolIfExists … false`). The finding names the missing keys per action, and the fix adds one Deny statement per key.',
    risk: 'Without these keys, anyone with the permission can create a notebook with internet access and root, or a job or model outside your VPC, without network isolation or encryption: the controls the SageMaker security guidance relies on are optional.',
    guidance: [
      { title: 'Amazon SageMaker AI identity-based policy examples: control creation with condition keys', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html' },
      { title: 'Actions, resources, and condition keys for Amazon SageMaker AI', url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html' },
      { title: 'Build a secure enterprise ML platform: guardrails', url: 'https://docs.aws.amazon.com/whitepapers/latest/build-secure-enterprise-ml-platform/governance-and-control.html' },
    ],
    remediation: {
      cloudformation:
        "- Sid: DenySageMakerOutsideVpc\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance, sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob, sagemaker:CreateModel]\n  Resource: '*'\n  Condition:\n    'Null':\n      sagemaker:VpcSubnets: 'true'\n- Sid: DenyNotebookDirectInternetAccess\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringNotEquals:\n      sagemaker:DirectInternetAccess: 'Disabled'\n- Sid: DenyNotebookRootAccess\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringNotEquals:\n      sagemaker:RootAccess: 'Disabled'\n- Sid: DenyWithoutNetworkIsolation\n  Effect: Deny\n  Action: [sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob, sagemaker:CreateModel]\n  Resource: '*'\n  Condition:\n    BoolIfExists:\n      sagemaker:NetworkIsolation: 'false'\n- Sid: DenyWithoutInterContainerEncryption\n  Effect: Deny\n  Action: [sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob]\n  Resource: '*'\n  Condition:\n    BoolIfExists:\n      sagemaker:InterContainerTrafficEncryption: 'false'\n- Sid: DenyUnencryptedVolumes\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance, sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob]\n  Resource: '*'\n  Condition:\n    'Null':\n      sagemaker:VolumeKmsKeyArn: 'true'",
      terraform:
        "statement {\n  sid       = \"DenySageMakerOutsideVpc\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateNotebookInstance\", \"sagemaker:CreateTrainingJob\", \"sagemaker:CreateHyperParameterTuningJob\", \"sagemaker:CreateProcessingJob\", \"sagemaker:CreateModel\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"Null\"\n    variable = \"sagemaker:VpcSubnets\"\n    values   = [\"true\"]\n  }\n}\nstatement {\n  sid       = \"DenyNotebookDirectInternetAccess\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateNotebookInstance\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"StringNotEquals\"\n    variable = \"sagemaker:DirectInternetAccess\"\n    values   = [\"Disabled\"]\n  }\n}\nstatement {\n  sid       = \"DenyNotebookRootAccess\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateNotebookInstance\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"StringNotEquals\"\n    variable = \"sagemaker:RootAccess\"\n    values   = [\"Disabled\"]\n  }\n}\nstatement {\n  sid       = \"DenyWithoutNetworkIsolation\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateTrainingJob\", \"sagemaker:CreateHyperParameterTuningJob\", \"sagemaker:CreateProcessingJob\", \"sagemaker:CreateModel\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"BoolIfExists\"\n    variable = \"sagemaker:NetworkIsolation\"\n    values   = [\"false\"]\n  }\n}\nstatement {\n  sid       = \"DenyWithoutInterContainerEncryption\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateTrainingJob\", \"sagemaker:CreateHyperParameterTuningJob\", \"sagemaker:CreateProcessingJob\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"BoolIfExists\"\n    variable = \"sagemaker:InterContainerTrafficEncryption\"\n    values   = [\"false\"]\n  }\n}\nstatement {\n  sid       = \"DenyUnencryptedVolumes\"\n  effect    = \"Deny\"\n  actions   = [\"sagemaker:CreateNotebookInstance\", \"sagemaker:CreateTrainingJob\", \"sagemaker:CreateHyperParameterTuningJob\", \"sagemaker:CreateProcessingJob\"]\n  resources = [\"*\"]\n  condition {\n    test     = \"Null\"\n    variable = \"sagemaker:VolumeKmsKeyArn\"\n    values   = [\"true\"]\n  }\n}",
      cli: 'aws iam put-role-policy --role-name <role-name> --policy-name SageMakerCreateGuardrails --policy-document file://guardrails.json',
      console: 'IAM console → the role, user or group → Permissions → Add permissions → Create inline policy: add one Deny statement per guardrail key (or apply them as a service control policy across accounts).',
    },
    notes: ['Guardrails held in service control policies are outside the scanned files; suppress the finding with that reason if they apply.'],
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge('SM064');
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeGuardrails(scope, knowledge.actions), context.report, 'Add a Deny for each missing key so requests that break the guidance fail.');
  },
});
