import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isAbsent } from './support/value-predicates.js';

export default defineRule({
  id: 'SM011',
  name: 'domain-storage-unencrypted',
  severity: 'medium',
  appliesTo: ['Domain'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'Studio storage holds every user\'s data; a customer managed key is what lets the team audit and revoke access to it.',
  },
  docs: {
    summary: 'SageMaker Studio domain storage is not encrypted with a customer managed KMS key',
    description:
      "Reports a SageMaker domain without `KmsKeyId` (omitted, empty, or dropped by one branch of an `Fn::If`). `KmsKeyId` is the customer managed key SageMaker uses for the domain's EFS volume (users' home directories) and the EBS volumes of its spaces; without it AWS encrypts them with an AWS managed key. A key that exists only in some deployments is reported one severity lower as a possible violation; a key imported from another stack or set from a parameter without default is taken as present.",
    risk: "The domain's storage holds every user's notebooks, data extracts, credentials files and model artifacts. With an AWS managed key you cannot restrict or audit who may decrypt it through the key policy, revoke access by disabling the key, or meet requirements that demand a customer managed key.",
    guidance: [
      {
        title: 'Encryption at rest for SageMaker Studio notebooks',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html',
      },
      {
        title: 'CreateDomain (KmsKeyId)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html',
      },
    ],
    remediation: {
      cloudformation: 'KmsKeyId: <kms-key-arn>',
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: 'aws sagemaker create-domain --domain-name <name> --auth-mode <IAM|SSO> --kms-key-id <kms-key-arn> --vpc-id <vpc-id> --subnet-ids <subnet-id> --default-user-settings \'{"ExecutionRole":"<role-arn>"}\'',
      console:
        'SageMaker console → Domains → Create domain → "Set up for organizations" → Step "Configure Studio": under Encryption key choose your customer managed KMS key. Move the users\' files to the new domain, then delete the old one.',
      recreate:
        'KmsKeyId cannot be changed on an existing domain: CloudFormation replaces the domain (a new, empty EFS volume), and a live domain must be recreated and its users\' files copied over.',
    },
    alsoKnownAs: {
      checkov: ['CKV_AWS_187'],
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts the domain's EFS and space volumes, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "The key policy must let SageMaker and the domain's execution roles use the key (kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey*), or apps fail to start.",
      'Shared notebook snapshots in S3 use DefaultUserSettings.SharingSettings.S3KmsKeyId, which this rule does not check.',
    ],
  },
  check(domain, { report }) {
    const key = prop(domain, 'KmsKeyId');
    const verdict = judge(key, isAbsent);
    if (!verdict) return;
    report({
      at: key,
      certainty: verdict.certainty,
      message: message`${propertyName('KmsKeyId')} ${verdict.because}: the domain's EFS home directories and space volumes are encrypted with an AWS managed key, not one whose policy you control. Set ${propertyName('KmsKeyId')} to a customer managed key (this replaces the domain).`,
      fix: { description: message`Set ${propertyName('KmsKeyId')} to a customer managed KMS key (replaces the domain)`, edits: [{ target: key, value: '<kms-key-arn>' }] },
    });
  },
});
