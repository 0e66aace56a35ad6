import { defineRule } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { leaves, stringOf } from '../src/model/value.js';
import { jobKind } from './job-common.js';
import { reportMissingKmsKey } from './support/kms-key.js';
import { isSurelyAbsent } from './support/value-predicates.js';

/**
 * Instance families with local NVMe storage (`ml.m5d`, `ml.g4dn`, `ml.p4d`, …):
 * a hardware module encrypts it, and SageMaker rejects a `VolumeKmsKeyId` for them.
 */
const LOCAL_STORAGE_FAMILY = /^ml\.[a-z]+\d+[a-z]*d[a-z]*\./;

/** The job runs only on instance types with local storage, where no volume key can be set. */
function usesLocalStorageOnly(job: Resource): boolean {
  const types = leaves(prop(job, 'ResourceConfig', 'InstanceType')).map((l) => stringOf(l.value));
  return types.length > 0 && types.every((t) => t !== undefined && LOCAL_STORAGE_FAMILY.test(t));
}

export default defineRule({
  id: 'SM023',
  name: 'job-storage-unencrypted',
  severity: 'medium',
  appliesTo: ['Job'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'training', 'processing', 'monitoring'],
  presets: {
    recommended: true,
    reason: 'Job volumes and outputs hold training data and models; a customer managed key is what lets the team audit and revoke access to them.',
  },
  docs: {
    summary: 'SageMaker job storage or output is not encrypted with a customer managed KMS key',
    description:
      "Reports, for every job (wherever declared, see SM020), each of two keys that is omitted or empty: the key of the ML storage volumes attached to the job's instances (`ResourceConfig.VolumeKmsKeyId` for training and tuning, `ClusterConfig.VolumeKmsKeyId` under `ProcessingResources`, `JobResources` or `MonitoringResources` for processing and monitoring jobs), and the key of the job's output in S3 (`OutputDataConfig.KmsKeyId` for training and tuning, `ProcessingOutputConfig.KmsKeyId` for processing jobs, `<Kind>JobOutputConfig.KmsKeyId` or `MonitoringOutputConfig.KmsKeyId` for monitoring jobs). A processing job without outputs has nothing to encrypt in S3 and is not reported for it. Instance types with local NVMe storage (families with a `d`, such as `ml.m5d` or `ml.p4d`) cannot take a volume key: their volume is not reported. A key present only in some deployments is a possible violation, one severity lower; a key from a parameter without default, an import or the execution input is taken as present.",
    risk: "Without a customer managed key the volumes holding training data, checkpoints and intermediate results, and the model artifacts and reports written to S3, are encrypted with AWS managed keys. You cannot then restrict or audit decryption through a key policy, revoke access by disabling the key, or meet requirements that demand a customer managed key; anyone with S3 read access to the output bucket can read the artifacts.",
    guidance: [
      {
        title: 'Protect data at rest using encryption',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
      },
      {
        title: 'CreateTrainingJob: ResourceConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html',
      },
      {
        title: 'CreateProcessingJob: ProcessingResources and ProcessingOutputConfig',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html',
      },
    ],
    remediation: {
      cloudformation:
        '# Training and tuning:\nResourceConfig:\n  VolumeKmsKeyId: <kms-key-arn>\nOutputDataConfig:\n  KmsKeyId: <kms-key-arn>\n# Processing jobs:\nProcessingResources:\n  ClusterConfig:\n    VolumeKmsKeyId: <kms-key-arn>\nProcessingOutputConfig:\n  KmsKeyId: <kms-key-arn>\n# Monitoring job definitions (e.g. data quality):\nJobResources:\n  ClusterConfig:\n    VolumeKmsKeyId: <kms-key-arn>\nDataQualityJobOutputConfig:\n  KmsKeyId: <kms-key-arn>',
      terraform:
        'job_resources {\n  cluster_config {\n    volume_kms_key_id = "<kms-key-arn>"\n  }\n}\ndata_quality_job_output_config {\n  kms_key_id = "<kms-key-arn>"\n}',
      cli: 'aws sagemaker create-training-job ... --resource-config VolumeKmsKeyId=<kms-key-arn>,... --output-data-config KmsKeyId=<kms-key-arn>,S3OutputPath=<s3-uri>',
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Resource configuration" choose the volume encryption key, and under "Output data configuration" the output encryption key.',
      recreate:
        'Keys are fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions, and Step Functions and pipeline definitions apply them to their next executions.',
    },
    alsoKnownAs: {
      checkov: ['CKV_AWS_367', 'CKV_AWS_368'],
      Prowler: ['sagemaker_training_jobs_volume_and_output_encryption_enabled'],
      Steampipe: ['sagemaker_training_job_volume_and_data_encryption_enabled'],
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts job volumes and output in S3, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      'The KMS key policy must let the execution role use the key (kms:CreateGrant, kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*), or the job fails to start.',
      'An S3 bucket with default encryption under a customer managed key also protects the output; sagelint does not follow the output path to the bucket, so such a job can be suppressed with that reason.',
    ],
  },
  check(job, { report }) {
    const kind = jobKind(job);
    if (!usesLocalStorageOnly(job)) {
      const volumeKey = prop(job, 'ResourceConfig', 'VolumeKmsKeyId');
      reportMissingKmsKey(job, volumeKey, `the ${kind}'s ML storage volumes are encrypted with an AWS managed key, not one whose policy you control`, report);
    }
    const output = prop(job, 'OutputDataConfig');
    if (isSurelyAbsent(output)) return;
    reportMissingKmsKey(job, prop(job, 'OutputDataConfig', 'KmsKeyId'), `the ${kind}'s output in S3 is encrypted with an AWS managed key (or the bucket's default), not one whose policy you control`, report);
  },
});
