import { message, propertyName } from '../src/core/dialect.js';
import { defineRule, type GuidanceLink, type PropertyEdit, type Remediation } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { isAbsent, isFalse } from './support/value-predicates.js';

export const REDSHIFT_KMS_KEY_PLACEHOLDER = '<kms-key-arn>';

/** Names of keys AWS holds: an `alias/aws/…` AWS managed key, or the AWS owned key marker. */
const AWS_KEY_NAME = /^(aws_owned_kms_key$|alias\/aws\/)|:alias\/aws\//i;

/** No key, or one that is not customer managed. */
export function lacksCustomerManagedKey(value: ConcreteValue | OmittedValue): boolean {
  return isAbsent(value) || AWS_KEY_NAME.test(stringOf(value) ?? '');
}

/** The guidance and remediation RS002 (not encrypted) and RS006 (not with your key) share: one fix serves both. */
export const REDSHIFT_ENCRYPTION_GUIDANCE: GuidanceLink[] = [
  {
    title: 'Amazon Redshift database encryption',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  {
    title: 'Changing cluster encryption',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-encryption.html',
  },
  {
    title: 'Amazon Redshift enhances security by changing default behavior in 2025',
    url: 'https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/',
  },
  {
    title: 'AWS::Redshift::Cluster (Encrypted, KmsKeyId)',
    url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html',
  },
];

export const REDSHIFT_ENCRYPTION_REMEDIATION: Remediation = {
  cloudformation: 'Encrypted: true\nKmsKeyId: <kms-key-arn>',
  terraform: 'encrypted  = true\nkms_key_id = "<kms-key-arn>"',
  cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --encrypted --kms-key-id <kms-key-arn>',
  console:
    'Amazon Redshift console → Provisioned clusters → select the cluster → Properties → Database configurations → Edit → Edit encryption → choose AWS Key Management Service (AWS KMS) with a customer managed key → Save changes.',
};

export default defineRule({
  id: 'RS006',
  name: 'redshift-no-customer-managed-key',
  severity: 'low',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'encryption', 'redshift'],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the warehouse's data, as for SageMaker storage (low: the data is encrypted either way).",
  },
  docs: {
    summary: 'Redshift cluster is encrypted with a key AWS owns or manages, not a customer managed KMS key',
    description:
      "Reports an encrypted Redshift cluster without a customer managed key: `KmsKeyId` omitted, empty, or naming a key AWS holds (an `alias/aws/…` AWS managed key, or `AWS_OWNED_KMS_KEY`; a key ARN cannot be told apart from a customer managed one without `kms:DescribeKey` and is accepted). Since 10 January 2025 AWS encrypts every new cluster, with an AWS owned key when no `KmsKeyId` is given, so an omitted `Encrypted` counts as encrypted and the missing key is reported here. A cluster that is not encrypted at all (`Encrypted: false`) is RS002's finding, at high severity, whose fix also adds the key, so it is not reported twice. A cluster whose keys live in an HSM (`HsmConfigurationIdentifier` set) is not asked for a KMS key. A key chosen at deploy time (an `Fn::If` branch that drops `KmsKeyId`, a parameter default that can be overridden) is reported as a possible violation; a key sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: 'Encrypted with a key AWS owns or manages, the data is protected on disk, but no key policy of yours decides who may decrypt it, key use cannot be limited to your principals or logged per key, and you cannot disable the key to cut off access to the cluster and every snapshot copied or shared from it. The data is encrypted either way, hence the low severity.',
    guidance: REDSHIFT_ENCRYPTION_GUIDANCE,
    remediation: REDSHIFT_ENCRYPTION_REMEDIATION,
    alsoKnownAs: {
      'AWS Config': ['redshift-cluster-kms-enabled'],
      checkov: ['CKV_AWS_142'],
      KICS: ['de76a0d6-66d5-45c9-9022-f05545b85c78'],
      Trivy: ['AWS-0084'],
      Steampipe: ['redshift_cluster_kms_enabled', 'redshift_cluster_encrypted_with_cmk'],
    },
    notes: [
      'Security Hub Redshift.10 passes any encryption, so it is RS002\'s equivalent, not this rule\'s; AWS Config `redshift-cluster-kms-enabled` (with its `kmsKeyArn` parameter) and checkov CKV_AWS_142 ask for a named key, as this rule does.',
      'Steampipe resolves the key manager (`key_manager = CUSTOMER`) through KMS; sagelint does not call `kms:DescribeKey`, so a key ARN of an AWS managed key passes here.',
      'The key can be changed on an existing cluster: Redshift migrates the data to a cluster encrypted with the new key automatically, and the cluster stays in a modifying state until then.',
    ],
  },
  check(cluster, { report }) {
    if (judge(prop(cluster, 'Encrypted'), isFalse)?.certainty === 'definite') return; // RS002's finding, whose fix adds the key
    if (!judge(prop(cluster, 'HsmConfigurationIdentifier'), isAbsent)) return;
    const kmsKeyId = prop(cluster, 'KmsKeyId');
    const keyMissing = judge(kmsKeyId, lacksCustomerManagedKey);
    if (!keyMissing) return;
    const encrypted = prop(cluster, 'Encrypted');
    const makeExplicit: PropertyEdit[] = encrypted.t === 'omitted' ? [{ target: encrypted, value: true }] : [];
    report({
      at: kmsKeyId,
      certainty: keyMissing.certainty,
      message: message`${propertyName('KmsKeyId')} ${keyMissing.because}: the cluster is encrypted with a key AWS owns or manages, so no key policy of yours limits who can decrypt its data and snapshots, and you cannot revoke access by disabling the key. Set ${propertyName('KmsKeyId')} to a customer managed KMS key.`,
      fix: { description: 'Encrypt the cluster with a customer managed KMS key', edits: [...makeExplicit, { target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] },
    });
  },
});
