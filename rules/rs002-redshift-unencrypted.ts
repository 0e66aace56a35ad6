import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule, type PropertyEdit } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { lacksCustomerManagedKey, REDSHIFT_ENCRYPTION_GUIDANCE, REDSHIFT_ENCRYPTION_REMEDIATION, REDSHIFT_KMS_KEY_PLACEHOLDER } from './rs006-redshift-no-customer-managed-key.js';
import { isFalse } from './support/value-predicates.js';

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
    summary: 'Redshift cluster is not encrypted at rest',
    description:
      "Reports a Redshift cluster whose `Encrypted` is `false` (a boolean or the string 'false'). An omitted `Encrypted` is judged by the value AWS applies today: since 10 January 2025 CreateCluster and RestoreFromClusterSnapshot, and so CloudFormation, encrypt every new cluster (an explicit `false` makes creation fail, though it still decrypts an existing cluster on update), so an omitted `Encrypted` is not reported. In Terraform the default follows the AWS provider: before version 6 `encrypted` defaulted to false, and an unknown provider version makes the finding possible. Which key encrypts the cluster is RS006's concern (low severity): a cluster encrypted with a key AWS owns or manages passes this rule. The fix sets `Encrypted: true` and, when the cluster names no customer managed key, adds `KmsKeyId` too, so the fixed cluster also passes RS006. A value chosen at deploy time (a parameter whose AllowedValues include false, a parameter default that can be overridden, an `Fn::If` branch) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: 'Unencrypted, the data blocks, system metadata and snapshots of the warehouse are readable by anyone who obtains the storage or a snapshot, and the cluster fails the encryption-at-rest requirement of most compliance frameworks.',
    guidance: REDSHIFT_ENCRYPTION_GUIDANCE,
    remediation: REDSHIFT_ENCRYPTION_REMEDIATION,
    alsoKnownAs: {
      'Security Hub': ['Redshift.10'],
      'AWS Config': ['redshift-cluster-configuration-check'],
      'cdk-nag': [
        'AwsSolutions-RS6',
        'HIPAA.Security-RedshiftClusterConfiguration',
        'NIST.800.53.R4-RedshiftClusterConfiguration',
        'NIST.800.53.R5-RedshiftClusterConfiguration',
        'PCI.DSS.321-RedshiftClusterConfiguration',
      ],
      checkov: ['CKV_AWS_64'],
      KICS: ['3b316b05-564c-44a7-9c3f-405bb95e211e', 'cfdcabb0-fc06-427c-865b-c59f13e898ce', '6a647814-def5-4b85-88f5-897c19f509cd'],
      Prowler: ['redshift_cluster_encrypted_at_rest'],
      Trivy: ['AWS-0084'],
      Steampipe: ['redshift_cluster_encryption_logging_enabled'],
      ScoutSuite: ['redshift-cluster-database-not-encrypted'],
    },
    notes: [
      'Encryption and key ownership are two rules, as Security Hub (Redshift.10) and most peers split them: an unencrypted cluster is high severity here; an encrypted cluster without a customer managed key is RS006, at low severity. A cluster with `Encrypted: true` and no `KmsKeyId` passes this rule.',
      'An omitted Encrypted is not reported: AWS has encrypted new and restored clusters by default since 10 January 2025 (see the AWS Security Blog post in the references). KICS and checkov still report it, as they assume the pre-2025 default. A cluster created before then from such a template may be unencrypted, which an account audit (sagelint audit) shows, as DescribeClusters gives its real `Encrypted`.',
      'Encryption can be turned on, and the key changed, on an existing cluster: Redshift migrates the data to a new encrypted cluster automatically. The cluster stays in a modifying state until the migration ends, so plan a maintenance window. The reverse also works, which is why an explicit `Encrypted: false` is reported even though AWS no longer creates new clusters that way.',
    ],
  },
  check(cluster, { report }) {
    const encrypted = prop(cluster, 'Encrypted');
    const unencrypted = judge(encrypted, isFalse);
    if (!unencrypted) return;
    const kmsKeyId = prop(cluster, 'KmsKeyId');
    const addKey: PropertyEdit[] = judge(kmsKeyId, lacksCustomerManagedKey) ? [{ target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] : [];
    report({
      at: encrypted,
      certainty: unencrypted.certainty,
      message: message`${propertyName('Encrypted')} ${unencrypted.because}: the cluster's data, metadata and snapshots are stored unencrypted. Set ${propertyName('Encrypted')} to ${literal(true)}, with a customer managed ${propertyName('KmsKeyId')}.`,
      fix: { description: 'Encrypt the cluster with a customer managed KMS key', edits: [{ target: encrypted, value: true }, ...addKey] },
    });
  },
});
