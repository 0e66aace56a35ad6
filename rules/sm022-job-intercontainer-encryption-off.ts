import { literal, message, type Text } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, leaves, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { jobKind, dottedPropertyPath } from './job-common.js';
import { isBoolean, itemsOf, numberOf } from './support/value-predicates.js';

/** Why a job may run on more than one instance; `certain` when the count is a known number. */
interface Distribution {
  certain: boolean;
  because: Text;
}

/**
 * Whether the job can run on several instances: `ResourceConfig.InstanceCount`
 * (for processing and monitoring jobs, `ClusterConfig.InstanceCount`), or the
 * instance groups of a heterogeneous training cluster. Undefined when it
 * surely runs on one.
 */
function distribution(job: Resource): Distribution | undefined {
  const count = prop(job, 'ResourceConfig', 'InstanceCount');
  const name = dottedPropertyPath(count);
  if (leaves(count).length === 0) return { certain: false, because: message`${name} is not known (${count.t === 'unknown' ? count.reason : 'computed at deploy time'})` };
  const groups = itemsOf(prop(job, 'ResourceConfig', 'InstanceGroups'));
  const groupsSeveral = groups.length > 1 || groups.some((g) => judge(get(g, 'InstanceCount'), maySeveral) !== undefined);
  const verdict = judge(count, (leaf) => (leaf.t === 'omitted' ? groupsSeveral : maySeveral(leaf)));
  if (!verdict) return undefined;
  if (verdict.bad.every((l) => l.value.t === 'omitted')) return { certain: true, because: 'its instance groups run more than one instance' };
  const numeric = verdict.bad.every((l) => l.value.t === 'omitted' || numberOf(l.value) !== undefined);
  return { certain: numeric && verdict.certainty === 'definite', because: message`${name} ${verdict.because}` };
}

/** More than one instance; a count that is not a number (a reference, a placeholder) may be. */
function maySeveral(leaf: ConcreteValue | OmittedValue): boolean {
  if (leaf.t === 'omitted' || (leaf.t === 'scalar' && leaf.v === null)) return false;
  const n = numberOf(leaf);
  return n === undefined || n > 1;
}

export default defineRule({
  id: 'SM022',
  name: 'job-intercontainer-encryption-off',
  severity: 'medium',
  appliesTo: ['Job'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'training', 'processing', 'monitoring'],
  presets: {
    recommended: true,
    reason: 'Distributed training sends data between instances in clear text without it.',
  },
  docs: {
    summary: 'Distributed SageMaker job sends traffic between its instances unencrypted',
    description:
      "Reports a job that can run on more than one instance and whose inter-container traffic encryption is `false` or omitted (AWS defaults it to `false`). Read as `EnableInterContainerTrafficEncryption` for training jobs and tuning training definitions and `NetworkConfig.EnableInterContainerTrafficEncryption` for processing and monitoring jobs, wherever they are declared (see SM020). A job on a single instance has no traffic between instances, so it is not reported: the instance count is `ResourceConfig.InstanceCount` (`ClusterConfig.InstanceCount` for processing and monitoring jobs) or, for heterogeneous training clusters, the instance groups. A count that is a reference or not known at all (a Step Functions `InstanceCount.$` path, a pipeline parameter without default) may be greater than one: reported as possible, one severity lower. So is a count or a setting chosen at deploy time.",
    risk: 'Distributed training and processing jobs exchange model weights, gradients and data shards between instances. Without inter-container encryption that traffic crosses the network in clear text, where anything that can observe the VPC network (a compromised instance, mirrored traffic) can read it.',
    guidance: [
      {
        title: 'Protect communications between ML compute instances in a distributed training job',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
      },
      {
        title: 'NetworkConfig (processing and monitoring jobs)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html',
      },
      {
        title: 'Security Hub controls for SageMaker (SageMaker.9, .10, .13, .15)',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
      },
    ],
    remediation: {
      cloudformation:
        '# Training and tuning:\nEnableInterContainerTrafficEncryption: true\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  EnableInterContainerTrafficEncryption: true',
      terraform: 'network_config {\n  enable_inter_container_traffic_encryption = true\n}',
      cli: 'aws sagemaker create-training-job ... --enable-inter-container-traffic-encryption\naws sagemaker create-processing-job ... --network-config \'{"EnableInterContainerTrafficEncryption":true}\'',
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Network", select "Enable inter-container traffic encryption".',
      recreate:
        'The setting is fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions, and Step Functions and pipeline definitions apply it to their next executions.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.9', 'SageMaker.10', 'SageMaker.13', 'SageMaker.15', 'SageMaker.22'],
      'AWS Config': [
        'sagemaker-data-quality-job-encrypt-in-transit',
        'sagemaker-model-bias-job-encrypt-in-transit',
        'sagemaker-model-explainability-job-encrypt-in-transit',
        'sagemaker-model-quality-job-encrypt-in-transit',
        'sagemaker-monitoring-schedule-traffic-encryption',
      ],
      checkov: ['CKV_AWS_369'],
      Prowler: ['sagemaker_training_jobs_intercontainer_encryption_enabled'],
      Steampipe: ['sagemaker_training_job_inter_container_traffic_encryption_enabled'],
    },
    controlScopes: {
      'SageMaker.9': ['AWS::SageMaker::DataQualityJobDefinition'],
      'SageMaker.10': ['AWS::SageMaker::ModelExplainabilityJobDefinition'],
      'SageMaker.13': ['AWS::SageMaker::ModelQualityJobDefinition'],
      'SageMaker.15': ['AWS::SageMaker::ModelBiasJobDefinition'],
    },
    notes: [
      'Single-instance jobs are not reported: the setting does not affect them (AWS: "Enabling inter-container traffic encryption doesn\'t affect training jobs with a single compute instance"). checkov CKV_AWS_369, Security Hub SageMaker.10 and SageMaker.22 (AWS Config `sagemaker-monitoring-schedule-traffic-encryption`) and Prowler flag them too, while the AWS Config rules behind SageMaker.9, .13 and .15 apply only at an instance count of 2 or more, as this rule does; set the flag anyway if a job may later scale out.',
      'Encryption can lengthen distributed deep learning jobs; the security groups must allow UDP 500 and ESP (protocol 50) between the job instances.',
    ],
  },
  check(job, { report }) {
    const encryption = prop(job, 'EnableInterContainerTrafficEncryption');
    const off = judge(encryption, (v) => isBoolean(v, false));
    if (!off) return;
    const spread = distribution(job);
    if (!spread) return;
    const name = dottedPropertyPath(encryption);
    report({
      at: encryption,
      certainty: spread.certain && off.certainty === 'definite' ? 'definite' : 'possible',
      message: message`${name} ${off.because} and ${spread.because}: traffic between the ${jobKind(job)}'s instances (model weights, gradients, data shards) crosses the network unencrypted. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${name} to ${literal(true)}`, edits: [{ target: encryption, value: true }] },
    });
  },
});
