import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { reportMissingKmsKey } from './support/kms-key.js';
import { isAbsent } from './support/value-predicates.js';

export default defineRule({
  id: 'SM072',
  name: 'inference-experiment-no-kms',
  severity: 'medium',
  appliesTo: ['InferenceExperiment'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'Shadow tests capture production requests and responses; a customer managed key is what lets the team audit and revoke access to them.',
  },
  docs: {
    summary: 'SageMaker inference experiment storage is not encrypted with a customer managed KMS key',
    description:
      "Reports an inference experiment (shadow test), one finding each, (1) without `KmsKey`, the key of the storage volumes of the shadow variants' instances, and (2) whose `DataStorageConfig` (the captured requests and responses in S3) has no `KmsKey`. Like SM032 for endpoint configurations, this tests key ownership: without a key, SageMaker encrypts with a key AWS manages. A key present only in some deployments is a possible violation; a key sagelint cannot see is taken as present.",
    risk: 'A shadow test copies production requests and the shadow model\'s responses to instance volumes and to S3; with a key AWS manages, no key policy of yours decides who may decrypt that production data, and you cannot revoke access by disabling the key.',
    guidance: [
      { title: 'Shadow tests (inference experiments)', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/shadow-tests.html' },
      { title: 'AWS::SageMaker::InferenceExperiment', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-inferenceexperiment.html' },
      { title: 'Security Hub CSPM controls for SageMaker', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html' },
    ],
    remediation: {
      cloudformation: 'KmsKey: <kms-key-arn>\nDataStorageConfig:\n  Destination: s3://<bucket>/<prefix>\n  KmsKey: <kms-key-arn>',
      cli: 'aws sagemaker create-inference-experiment --name <new-name> ... --kms-key <kms-key-arn> --data-storage-config Destination=s3://<bucket>/<prefix>,KmsKey=<kms-key-arn>',
      console: 'SageMaker console → Inference → Shadow tests → Create shadow test → Encryption key: choose a customer managed AWS KMS key for the volumes and the captured data.',
      recreate: 'the keys of an inference experiment are fixed when it is created: changing them replaces the experiment.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.23', 'SageMaker.24'],
      'AWS Config': ['sagemaker-inf-experiment-instance-storage-kms-encrypted', 'sagemaker-inf-experiment-data-storage-kms-encrypted'],
    },
    notes: [
      'Terraform cannot declare an inference experiment: the AWS provider has no resource for it, so this rule judges CloudFormation, CDK and the live audit. The live audit (sagelint audit) reads inference experiments with ListInferenceExperiments and DescribeInferenceExperiment, whose `KmsKey` and `DataStorageConfig` have the template\'s shape. The moto version the live tests run against implements no inference experiment API (a live audit of it reports the listing as an unsupported operation), so the collector is tested on the response shapes of the SageMaker API reference instead.',
    ],
  },
  check(experiment, { report }) {
    reportMissingKmsKey(experiment, prop(experiment, 'KmsKey'), "the shadow variants' storage volumes are encrypted with a key AWS manages", report);
    const dataStorage = judge(prop(experiment, 'DataStorageConfig'), (leaf) => !isAbsent(leaf));
    if (dataStorage) {
      reportMissingKmsKey(experiment, prop(experiment, 'DataStorageConfig', 'KmsKey'), 'the captured requests and responses in S3 are encrypted with a key AWS manages', report, {
        preconditions: [dataStorage],
      });
    }
  },
});
