import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm086-hyperpod-storage-no-cmk.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::SageMaker::Cluster
          Properties:
            InstanceGroups:
              - InstanceGroupName: workers
                InstanceStorageConfigs:
                  - EbsVolumeConfig: { VolumeSizeInGB: 500, VolumeKmsKeyId: alias/hyperpod }
                  - EbsVolumeConfig: { RootVolume: true, VolumeKmsKeyId: alias/hyperpod }
    `,
    // No valid Terraform case: the AWS provider cannot set the volume keys this rule asks for.
  ],
  invalid: [
    {
      name: 'an additional volume without a key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              InstanceGroups:
                - InstanceGroupName: workers
                  InstanceStorageConfigs:
                    - EbsVolumeConfig: { RootVolume: true, VolumeKmsKeyId: alias/hyperpod }
                    - EbsVolumeConfig:
                        VolumeSizeInGB: 500
      `,
      findings: [{ line: 2, severity: 'low', message: /^instance group 'workers': EbsVolumeConfig\.VolumeKmsKeyId is omitted: the volume is encrypted with an AWS owned key/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              InstanceGroups:
                - InstanceGroupName: workers
                  InstanceStorageConfigs:
                    - EbsVolumeConfig: { RootVolume: true, VolumeKmsKeyId: alias/hyperpod }
                    - EbsVolumeConfig:
                        VolumeSizeInGB: 500
                        VolumeKmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'no root volume with a key: reported at the group, without a fix',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              InstanceGroups:
                - InstanceGroupName: workers
                  InstanceType: ml.p5.48xlarge
      `,
      findings: [{ line: 6, severity: 'low', message: /^instance group 'workers' declares no root volume with a customer managed key/ }],
      fixed: null,
    },
    {
      name: 'a root volume declared without a key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              InstanceGroups:
                - InstanceGroupName: workers
                  InstanceStorageConfigs:
                    - EbsVolumeConfig: { RootVolume: true, VolumeKmsKeyId: '' }
      `,
      findings: [{ line: 8, message: /^instance group 'workers': the root volume's VolumeKmsKeyId is ''/ }],
    },
    {
      name: 'HCL, an instance group with an EBS volume: reported, without a fix (the AWS provider cannot set the key)',
      hcl: tf`
        resource "aws_sagemaker_cluster" "training" {
          cluster_name = "training"
          instance_group {
            instance_group_name = "workers"
            instance_storage_config {
              ebs_volume_config {
                volume_size_in_gb = 500
              }
            }
          }
        }
      `,
      findings: [{ line: 1, message: /declare it with the awscc provider\.$/ }, { line: 3, message: /declares no root volume/ }],
      fixed: null,
    },
    {
      name: 'plan, an instance group with no storage configuration',
      plan: [{ type: 'aws_sagemaker_cluster', name: 'c', values: { cluster_name: 'c', instance_group: [{ instance_group_name: 'workers', instance_storage_config: [] }] } }],
      findings: [{ message: /declares no root volume/ }],
    },
  ],
});

describe('SM086 on live state', () => {
  it('reads DescribeCluster instance groups', async () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.hyperPodClusters.push({
        ClusterName: 'c',
        ClusterArn: sagemakerArn('cluster/c'),
        InstanceGroups: [
          { InstanceGroupName: 'open', InstanceStorageConfigs: [{ EbsVolumeConfig: { VolumeSizeInGB: 100 } }] },
          { InstanceGroupName: 'keyed', InstanceStorageConfigs: [{ EbsVolumeConfig: { VolumeSizeInGB: 100, VolumeKmsKeyId: key } }, { EbsVolumeConfig: { RootVolume: true, VolumeKmsKeyId: key } }] },
        ],
      });
    });
    expect(findings.map((f) => f.message.slice(0, 40)).sort()).toEqual(["instance group 'open' declares no root v", "instance group 'open': EbsVolumeConfig.V"]);
  });
});
