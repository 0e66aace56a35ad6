import { defineRule, type PropertyEdit } from '../src/engine/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { isFalse, isAbsent } from './support/value-predicates.js';

const KMS_KEY_PLACEHOLDER = '<kms-key-arn>';

/** Names of keys AWS holds: an `alias/aws/…` AWS managed key, or the AWS owned key marker. */
const AWS_KEY_NAME = /^(aws_owned_kms_key$|alias\/aws\/)|:alias\/aws\//i;

/** No key, or one that is not customer managed. */
function lacksCustomerKey(value: ConcreteValue | OmittedValue): boolean {
  return isAbsent(value) || AWS_KEY_NAME.test(stringOf(value) ?? '');
}

export default defineRule({
  id: 'RS002',
  name: 'redshift-unencrypted',
  severity: 'high',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'encryption', 'redshift'],
  presets: {
    recommended: true,
    reason: 'An unencrypted cluster leaves the warehouse\'s data readable from its storage and snapshots.',
  },
  docs: {
    summary: 'Redshift cluster is not encrypted at rest with a customer managed KMS key',
    description:
      "Reports a Redshift cluster whose `Encrypted` is `false` (a boolean or the string 'false'); otherwise, a cluster without a customer managed key: `KmsKeyId` omitted, empty, or naming a key AWS holds (an `alias/aws/…` AWS managed key, or `AWS_OWNED_KMS_KEY`; a key ARN cannot be told apart and is accepted). An omitted `Encrypted` is judged by the value AWS applies today: since 10 January 2025 CreateCluster and RestoreFromClusterSnapshot, and so CloudFormation, encrypt every new cluster (an explicit `false` makes creation fail, though it still decrypts an existing cluster on update), with an AWS owned key when no `KmsKeyId` is given. So an omitted `Encrypted` is not reported as unencrypted, but the missing key is. A cluster whose keys live in an HSM (`HsmConfigurationIdentifier` set) is not asked for a KMS key. An unencrypted cluster gives one finding, at `Encrypted`, whose fix also adds the key. A value chosen at deploy time (a parameter whose AllowedValues include false, an `Fn::If` branch that drops `KmsKeyId`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: 'Unencrypted, the data blocks, system metadata and snapshots of the warehouse are readable by anyone who obtains the storage or a snapshot. Encrypted with a key AWS owns or manages, the data is protected on disk, but no key policy of yours decides who may decrypt it, key use cannot be limited to your principals, and you cannot disable the key to cut off access to the cluster and every snapshot copied or shared from it.',
    guidance: [
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
    ],
    remediation: {
      cloudformation: 'Encrypted: true\nKmsKeyId: <kms-key-arn>',
      terraform: 'encrypted  = true\nkms_key_id = "<kms-key-arn>"',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --encrypted --kms-key-id <kms-key-arn>',
      console:
        'Amazon Redshift console → Provisioned clusters → select the cluster → Properties → Database configurations → Edit → Edit encryption → choose AWS Key Management Service (AWS KMS) with a customer managed key → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.10'],
      'AWS Config': ['redshift-cluster-kms-enabled', 'redshift-cluster-configuration-check'],
      'cdk-nag': ['AwsSolutions-RS6'],
      checkov: ['CKV_AWS_64', 'CKV_AWS_142'],
      KICS: ['3b316b05-564c-44a7-9c3f-405bb95e211e', 'de76a0d6-66d5-45c9-9022-f05545b85c78', 'cfdcabb0-fc06-427c-865b-c59f13e898ce'],
    },
    notes: [
      'A customer managed key is required, without an option to turn the requirement off: it is the only key whose policy you write and whose use you can revoke, and sagelint asks the same of SageMaker storage (SM004, SM011, SM023, SM032, SM041). Peers split this into two checks (KICS redshift_not_encrypted and redshift_cluster_without_kms_cmk; checkov CKV_AWS_64 and CKV_AWS_142), so a cluster with `Encrypted: true` and no `KmsKeyId` passes their encryption check and fails here.',
      'An omitted Encrypted is not reported as unencrypted: AWS has encrypted new and restored clusters by default since 10 January 2025. KICS and checkov still report it, as they assume the pre-2025 default. A cluster created before then from such a template may be unencrypted, which an account audit (sagelint audit) shows; the fix also writes `Encrypted: true`, so the next stack update encrypts such a cluster.',
      'Encryption can be turned on, and the key changed, on an existing cluster: Redshift migrates the data to a new encrypted cluster automatically. The cluster stays in a modifying state until the migration ends, so plan a maintenance window. The reverse also works, which is why an explicit `Encrypted: false` is reported even though AWS no longer creates new clusters that way.',
    ],
  },
  check(cluster, { report }) {
    const encrypted = prop(cluster, 'Encrypted');
    const kmsKeyId = prop(cluster, 'KmsKeyId');
    const keyMissing = judge(kmsKeyId, lacksCustomerKey);
    const addKey: PropertyEdit[] = keyMissing ? [{ target: kmsKeyId, value: KMS_KEY_PLACEHOLDER }] : [];

    const unencrypted = judge(encrypted, isFalse);
    if (unencrypted) {
      report({
        at: encrypted,
        certainty: unencrypted.certainty,
        message: `Encrypted ${unencrypted.because}: the cluster's data, metadata and snapshots are stored unencrypted. Set Encrypted to true with a customer managed KmsKeyId.`,
        fix: { description: 'Encrypt the cluster with a customer managed KMS key', edits: [{ target: encrypted, value: true }, ...addKey] },
      });
      return;
    }

    const usesHsm = !judge(prop(cluster, 'HsmConfigurationIdentifier'), isAbsent);
    if (!keyMissing || usesHsm) return;
    const makeExplicit: PropertyEdit[] = encrypted.t === 'omitted' ? [{ target: encrypted, value: true }] : [];
    report({
      at: kmsKeyId,
      certainty: keyMissing.certainty,
      message: `KmsKeyId ${keyMissing.because}: the cluster is encrypted with a key AWS owns or manages, so no key policy of yours limits who can decrypt its data and snapshots, and you cannot revoke access by disabling the key. Set KmsKeyId to a customer managed KMS key.`,
      fix: { description: 'Encrypt the cluster with a customer managed KMS key', edits: [...makeExplicit, ...addKey] },
    });
  },
});
