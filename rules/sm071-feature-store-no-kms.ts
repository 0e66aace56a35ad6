import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf } from '../src/model/value.js';
import { reportMissingKmsKey } from './support/kms-key.js';
import { isAbsent, isTrue } from './support/value-predicates.js';

export default defineRule({
  id: 'SM071',
  name: 'feature-store-no-kms',
  severity: 'medium',
  appliesTo: ['FeatureGroup'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker'],
  presets: {
    recommended: true,
    reason: 'Feature Store data feeds training and inference; a customer managed key is what lets the team audit and revoke access to it.',
  },
  docs: {
    summary: 'SageMaker Feature Store offline or online store is not encrypted with a customer managed KMS key',
    description:
      "Reports a feature group, one finding each, (1) whose offline store (`OfflineStoreConfig`) has no `S3StorageConfig.KmsKeyId`, and (2) whose online store is on (`OnlineStoreConfig.EnableOnlineStore` true) with Standard storage (`StorageType` omitted or `Standard`) and no `SecurityConfig.KmsKeyId`. An InMemory online store is not reported: it takes no key, as Security Hub SageMaker.18 also says. Like SM004, this tests key ownership: without a key, Feature Store encrypts with a key AWS owns or manages. A key present only in some deployments is a possible violation; a key sagelint cannot see is taken as present.",
    risk: 'Feature groups hold the training and inference features of your models, often personal or business data; with a key AWS manages, no key policy of yours decides who may decrypt the offline store in S3 or the online store, and you cannot revoke access by disabling the key.',
    guidance: [
      { title: 'Security and access control for Feature Store (AWS KMS)', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-security.html' },
      { title: 'AWS::SageMaker::FeatureGroup', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-featuregroup.html' },
      { title: 'Security Hub CSPM controls for SageMaker', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html' },
    ],
    remediation: {
      cloudformation: 'OfflineStoreConfig:\n  S3StorageConfig:\n    S3Uri: s3://<bucket>/<prefix>\n    KmsKeyId: <kms-key-arn>\nOnlineStoreConfig:\n  EnableOnlineStore: true\n  SecurityConfig:\n    KmsKeyId: <kms-key-arn>',
      terraform: 'offline_store_config {\n  s3_storage_config {\n    s3_uri     = "s3://<bucket>/<prefix>"\n    kms_key_id = "<kms-key-arn>"\n  }\n}\nonline_store_config {\n  enable_online_store = true\n  security_config {\n    kms_key_id = "<kms-key-arn>"\n  }\n}',
      cli: 'aws sagemaker create-feature-group --feature-group-name <new-name> ... --offline-store-config \'{"S3StorageConfig":{"S3Uri":"s3://<bucket>/<prefix>","KmsKeyId":"<kms-key-arn>"}}\' --online-store-config \'{"EnableOnlineStore":true,"SecurityConfig":{"KmsKeyId":"<kms-key-arn>"}}\'',
      console: 'SageMaker console → Feature Store → Create feature group → Storage configuration: choose a customer managed AWS KMS key for the online and offline stores, then move ingestion and readers to the new feature group.',
      recreate: 'the store keys are fixed when a feature group is created: changing them replaces the feature group.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.17', 'SageMaker.18'],
      'AWS Config': ['sagemaker-featuregroup-encryption-at-rest', 'sagemaker-featuregroup-online-store-encryption'],
    },
    notes: [
      'The live audit (sagelint audit) reads feature groups with ListFeatureGroups and DescribeFeatureGroup, whose `OfflineStoreConfig` and `OnlineStoreConfig` have the template\'s shape. The moto version the live tests run against implements DescribeFeatureGroup but not ListFeatureGroups (a live audit of it reports the listing as an unsupported operation), so the collector is tested on the response shapes of the SageMaker API reference instead.',
    ],
  },
  check(group, { report }) {
    const offline = prop(group, 'OfflineStoreConfig');
    const offlineConfigured = judge(offline, (leaf) => !isAbsent(leaf));
    if (offlineConfigured) {
      reportMissingKmsKey(group, prop(group, 'OfflineStoreConfig', 'S3StorageConfig', 'KmsKeyId'), 'the offline store in S3 is encrypted with a key AWS manages', report, {
        preconditions: [offlineConfigured],
      });
    }
    const online = judge(prop(group, 'OnlineStoreConfig', 'EnableOnlineStore'), isTrue);
    const standardStorage = judge(prop(group, 'OnlineStoreConfig', 'StorageType'), (leaf) => leaf.t === 'omitted' || stringOf(leaf) !== 'InMemory');
    if (online && standardStorage) {
      reportMissingKmsKey(group, prop(group, 'OnlineStoreConfig', 'SecurityConfig', 'KmsKeyId'), 'the online store is encrypted with a key AWS manages', report, {
        preconditions: [online, standardStorage],
      });
    }
  },
});
