import { message, propertyName } from '../src/core/dialect.js';
import { defineRule, type ReportInput } from '../src/core/rule.js';
import { get, judge, type Value } from '../src/model/value.js';
import { reportMissingKmsKey } from './support/kms-key.js';
import { instanceGroups } from './support/hyperpod.js';
import { isTrue, itemsOf } from './support/value-predicates.js';

const AWSCC = 'The AWS provider cannot set volume keys on a HyperPod cluster: declare it with the awscc provider.';
const AWS_OWNED = 'the volume is encrypted with an AWS owned key, which you cannot audit, rotate, restrict or revoke';

// Paths of an instance group's storage, for naming its parts in the input's words.
const GROUP = ['InstanceGroups', 0];
const STORAGE_CONFIGS = [...GROUP, 'InstanceStorageConfigs'];
const STORAGE_CONFIG = [...STORAGE_CONFIGS, 0];
const EBS_VOLUME = [...STORAGE_CONFIG, 'EbsVolumeConfig'];

export default defineRule({
  id: 'SM086',
  name: 'hyperpod-storage-no-cmk',
  severity: 'low',
  appliesTo: ['HyperPodCluster'],
  fixable: true,
  tags: ['security', 'encryption', 'sagemaker', 'training'],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the cluster's volumes (low: they are encrypted either way).",
  },
  docs: {
    summary: "A SageMaker HyperPod instance group's EBS volumes are not encrypted with a customer managed key",
    description:
      "HyperPod always encrypts node volumes; this rule is about who owns the key. For each instance group of a HyperPod cluster (CloudFormation, Terraform, live), it reports (1) an additional EBS volume (`InstanceStorageConfigs[].EbsVolumeConfig`) without `VolumeKmsKeyId`, and (2) a group with no `EbsVolumeConfig` that sets `RootVolume: true` with a `VolumeKmsKeyId`, whose root volume therefore uses an AWS owned key. Severity is low because the data is encrypted either way (the encryption-versus-key-ownership split). The fix sets a placeholder key on an additional or root volume; a root volume entry has to be added by hand. The Terraform AWS provider's `ebs_volume_config` has no key argument, so Terraform findings say so and offer no fix.",
    risk: 'Checkpoints, datasets staged on /opt/sagemaker and everything the lifecycle scripts write stay on these volumes. With an AWS owned key, key use does not appear in CloudTrail, and you cannot make access depend on a key policy, rotate the key on your schedule or revoke it to crypto-shred a cluster.',
    guidance: [
      { title: 'ClusterEbsVolumeConfig (VolumeKmsKeyId, RootVolume)', url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterEbsVolumeConfig.html' },
      {
        title: 'Customer managed AWS KMS key encryption for SageMaker HyperPod',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-cmk.html',
      },
    ],
    remediation: {
      cloudformation:
        'InstanceGroups:\n  - InstanceGroupName: <group>\n    InstanceStorageConfigs:\n      - EbsVolumeConfig:\n          VolumeSizeInGB: 500\n          VolumeKmsKeyId: <kms-key-arn>\n      - EbsVolumeConfig:\n          RootVolume: true\n          VolumeKmsKeyId: <kms-key-arn>',
      terraform:
        '# the AWS provider\'s ebs_volume_config has only volume_size_in_gb: declare the cluster with the\n# awscc provider (awscc_sagemaker_cluster) to set volume_kms_key_id and root_volume',
      cli: 'aws sagemaker update-cluster --cluster-name <cluster> --instance-groups file://instance-groups-with-kms.json   # replaces the instance group\'s nodes',
      console: 'SageMaker console → HyperPod clusters → the cluster → Edit the instance group: choose a customer managed KMS key for the root and additional volumes.',
      recreate: 'Changing an instance group\'s storage configuration replaces the group\'s nodes (Terraform: forces replacement of the instance group).',
    },
    notes: ["The cluster's instance-group execution roles need kms:CreateGrant and kms:DescribeKey on the key, and the key policy must allow SageMaker to use it."],
  },
  check(cluster, { report }) {
    const terraform = cluster.source === 'terraform' || cluster.source === 'terraform-plan';
    for (const { group, label } of instanceGroups(cluster)) {
      const volumes = itemsOf(get(group, 'InstanceStorageConfigs'))
        .map((config) => ({ config, volume: get(config, 'EbsVolumeConfig') }))
        .filter(({ volume }) => volume.t !== 'omitted');
      const isRoot = (volume: Value) => judge(get(volume, 'RootVolume'), isTrue)?.certainty === 'definite';
      for (const { config, volume } of volumes) {
        const key = get(volume, 'VolumeKmsKeyId');
        const name = isRoot(volume) ? message`${label}: the root volume's ${propertyName(key, { below: volume })}` : message`${label}: ${propertyName(key, { below: config })}`;
        // The AWS provider's ebs_volume_config has no key argument: an edit would not apply.
        const reportHere = terraform ? ({ fix: _fix, ...input }: ReportInput) => report({ ...input, message: message`${input.message} ${AWSCC}` }) : report;
        reportMissingKmsKey(cluster, key, AWS_OWNED, reportHere, { name });
      }
      if (!volumes.some(({ volume }) => isRoot(volume))) {
        report({
          at: group,
          message: message`${label} declares no root volume with a customer managed key: its nodes' root volumes are encrypted with an AWS owned key, which you cannot audit, rotate, restrict or revoke. Add an ${propertyName(STORAGE_CONFIGS, { below: GROUP })} entry with ${propertyName(EBS_VOLUME, { below: STORAGE_CONFIG })} { RootVolume: true, VolumeKmsKeyId: <customer managed key> }.${terraform ? ` ${AWSCC}` : ''}`,
        });
      }
    }
  },
});
