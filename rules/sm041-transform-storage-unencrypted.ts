import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { reportMissingKmsKey } from './support/kms-key.js';

export default defineRule({
  id: 'SM041',
  name: 'transform-storage-unencrypted',
  severity: 'medium',
  appliesTo: ['TransformJob'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'inference', 'batch-transform'],
  presets: {
    recommended: true,
    reason: 'Transform volumes hold the data being scored; a customer managed key is what lets the team audit and revoke access to it.',
  },
  docs: {
    summary: 'Batch transform storage or output is not encrypted with a customer managed KMS key',
    description:
      "Reports a batch transform job without `TransformResources.VolumeKmsKeyId` (the key of the ML storage volumes of its instances) and, separately, without `TransformOutput.KmsKeyId` (the key of the predictions it writes to S3), when either is omitted or empty. Transform jobs are read from Step Functions `createTransformJob` tasks, pipeline Transform steps and live jobs. A key present only in some deployments is a possible violation, one severity lower; a key from a parameter without default or from the execution input is taken as present. The fix sets a `<kms-key-arn>` placeholder at the native place.",
    risk: 'The volumes hold the input being scored and the output holds every prediction. With AWS managed keys you cannot restrict or audit decryption through a key policy or revoke it by disabling the key, and anyone who can read the output bucket can read the predictions.',
    guidance: [
      {
        title: 'Protect data at rest using encryption',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
      },
      {
        title: 'CreateTransformJob: TransformResources.VolumeKmsKeyId and TransformOutput.KmsKeyId',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html',
      },
    ],
    remediation: {
      cloudformation: '# createTransformJob Parameters, pipeline Transform step Arguments:\nTransformResources:\n  VolumeKmsKeyId: <kms-key-arn>\nTransformOutput:\n  KmsKeyId: <kms-key-arn>',
      cli: 'aws sagemaker create-transform-job ... --transform-resources InstanceType=<type>,InstanceCount=1,VolumeKmsKeyId=<kms-key-arn> --transform-output S3OutputPath=<s3-uri>,KmsKeyId=<kms-key-arn>',
      console: 'SageMaker console → Inference → Batch transform jobs → the job → Clone: set the volume encryption key and the output encryption key.',
      recreate: 'Transform jobs cannot be changed: the next job (the next execution of the state machine or pipeline) must be started with the keys.',
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts transform volumes and output in S3, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      'Some instance types with local NVMe storage do not accept a volume key; the input and output of such jobs are still protected by the output key.',
      'The key policy must let the execution role use the key (kms:CreateGrant, kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*).',
    ],
  },
  check(transform, { report }) {
    reportMissingKmsKey(
      transform,
      prop(transform, 'TransformResources', 'VolumeKmsKeyId'),
      "the transform instances' ML storage volumes are encrypted with an AWS managed key, not one whose policy you control",
      report,
    );
    reportMissingKmsKey(
      transform,
      prop(transform, 'TransformOutput', 'KmsKeyId'),
      'the predictions written to S3 are encrypted with an AWS managed key (or the bucket default), not one whose policy you control',
      report,
    );
  },
});
