import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isAbsent } from './support/value-predicates.js';

export default defineRule({
  id: 'SM004',
  name: 'notebook-storage-unencrypted',
  severity: 'medium',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'encryption', 'kms', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'Notebook storage holds data and credentials; a customer managed key is what lets the team audit and revoke access to it.',
  },
  docs: {
    summary: 'SageMaker notebook storage is not encrypted with a customer managed KMS key',
    description:
      'Reports a notebook instance without a `KmsKeyId` (omitted or empty): SageMaker then encrypts its ML storage volume (`/home/ec2-user/SageMaker`, where notebooks and data live) with a key it manages, not one you control. A key chosen at deploy time (a parameter whose AllowedValues or default include an empty value, an `Fn::If` branch that drops the property) is reported one severity lower as a possible violation, naming the choice. A key that is not known (an import, a parameter without default) is not reported.',
    risk: 'Without a customer managed key you cannot restrict who may decrypt the volume and its snapshots with a key policy, see each use of the key in CloudTrail, or revoke access to the data by disabling the key; compliance regimes that require customer managed keys for sensitive data are not met.',
    guidance: [
      {
        title: 'Encryption at rest for notebook instances, SageMaker jobs and endpoints',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
      },
      {
        title: 'AWS KMS keys: customer managed, AWS managed and AWS owned keys',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html',
      },
    ],
    remediation: {
      cloudformation: 'KmsKeyId: <kms-key-arn>',
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: 'aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --kms-key-id <kms-key-arn> ...',
      console: 'SageMaker console → Notebook instances → create a new instance and under "Permissions and encryption" choose your KMS key; move the work over and delete the old instance.',
      recreate: 'KmsKeyId cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated. Save the work on its ML storage volume first.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.21'],
      'AWS Config': ['sagemaker-notebook-instance-kms-key-configured', 'sagemaker-notebook-instance-storage-vol-kms-encrypted'],
      'cdk-nag': [
        'AwsSolutions-SM2',
        'HIPAA.Security-SageMakerNotebookInstanceKMSKeyConfigured',
        'NIST.800.53.R4-SageMakerNotebookInstanceKMSKeyConfigured',
        'NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured',
        'PCI.DSS.321-SageMakerNotebookInstanceKMSKeyConfigured',
      ],
      checkov: ['CKV_AWS_22', 'CKV_AWS_187'],
      KICS: ['709e6da6-fa1f-44cc-8f17-7f25f96dadbe', 'f3674e0c-f6be-43fa-b71c-bf346d1aed99'],
      Prowler: ['sagemaker_notebook_instance_encryption_enabled'],
      Steampipe: ['sagemaker_notebook_instance_encrypted_with_kms_cmk', 'sagemaker_notebook_instance_encryption_at_rest_enabled'],
      'cfn-nag': ['W1201'],
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts the notebook's ML storage volume, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "The key policy must let the notebook's execution role and SageMaker use the key, and the key must stay enabled: a disabled or deleted key makes the notebook fail to start.",
    ],
  },
  check(notebook, { report }) {
    const key = prop(notebook, 'KmsKeyId');
    const verdict = judge(key, isAbsent);
    if (!verdict) return;
    report({
      at: key,
      certainty: verdict.certainty,
      message: message`${propertyName('KmsKeyId')} ${verdict.because}, so SageMaker encrypts the notebook's storage volume with a key it manages: you cannot limit, audit or revoke access to the data with a key policy. Set ${propertyName('KmsKeyId')} to a customer managed KMS key.`,
      fix: { description: 'Encrypt the storage volume with a customer managed KMS key', edits: [{ target: key, value: '<kms-key-arn>' }] },
    });
  },
});
