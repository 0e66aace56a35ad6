import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { lacksCustomerManagedKey, REDSHIFT_KMS_KEY_PLACEHOLDER } from './rs006-redshift-no-customer-managed-key.js';
import { SERVERLESS_LIVE_AUDIT_NOTE, SERVERLESS_NAMESPACE_CFN, SERVERLESS_SECURITY_HUB } from './support/redshift-serverless.js';

export default defineRule({
  id: 'RS008',
  name: 'redshift-serverless-no-customer-managed-key',
  severity: 'low',
  appliesTo: ['RedshiftServerlessNamespace'],
  fixable: true,
  tags: ['security', 'encryption', 'redshift'],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the namespace's data (low: the data is encrypted either way).",
  },
  docs: {
    summary: 'Redshift Serverless namespace is encrypted with a key AWS owns, not a customer managed KMS key',
    description:
      "Reports a Redshift Serverless namespace without a customer managed key: `KmsKeyId` omitted, empty, or naming a key AWS holds (`AWS_OWNED_KMS_KEY`, an `alias/aws/…` AWS managed key; a key ARN cannot be told apart without `kms:DescribeKey` and is accepted). A namespace is always encrypted: without `KmsKeyId` AWS uses a key it owns, so this rule judges key ownership only and, like RS006 for provisioned clusters, is of low severity. A key chosen at deploy time (an `Fn::If` branch that drops it, a parameter default that can be overridden) is reported as a possible violation; a key sagelint cannot see is not reported.",
    risk: 'With a key AWS owns, no key policy of yours decides who may decrypt the namespace\'s data and snapshots, key use is not logged per key in CloudTrail, and you cannot disable the key to cut off access to the data.',
    guidance: [
      { title: 'Data encryption in Amazon Redshift Serverless', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroups-and-namespaces.html' },
      { title: 'CreateNamespace (kmsKeyId)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html' },
      SERVERLESS_NAMESPACE_CFN,
      SERVERLESS_SECURITY_HUB,
    ],
    remediation: {
      cloudformation: 'KmsKeyId: <kms-key-arn>',
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: 'aws redshift-serverless update-namespace --namespace-name <namespace-name> --kms-key-id <kms-key-arn>',
      console: 'Amazon Redshift console → Serverless dashboard → Namespace configuration → select the namespace → Security and encryption → Edit → Customize encryption settings → choose a customer managed AWS KMS key → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.4'],
      'AWS Config': ['redshift-serverless-namespace-cmk-encryption'],
      checkov: ['CKV_AWS_282'],
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, 'Security Hub rates RedshiftServerless.4 medium; sagelint gives key ownership low severity wherever the data is encrypted either way (RS006), and keeps high for data that is not encrypted at all.'],
  },
  check(namespace, { report }) {
    const kmsKeyId = prop(namespace, 'KmsKeyId');
    const verdict = judge(kmsKeyId, lacksCustomerManagedKey);
    if (!verdict) return;
    report({
      at: kmsKeyId,
      certainty: verdict.certainty,
      message: message`${propertyName('KmsKeyId')} ${verdict.because}: the namespace is encrypted with a key AWS owns, so no key policy of yours limits who can decrypt its data and snapshots, and you cannot revoke access by disabling the key. Set ${propertyName('KmsKeyId')} to a customer managed KMS key.`,
      fix: { description: 'Encrypt the namespace with a customer managed KMS key', edits: [{ target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] },
    });
  },
});
