import { defineRule } from '../src/core/rule.js';
import { get, judge } from '../src/model/value.js';
import { instanceGroups } from './support/hyperpod.js';
import { isAbsent } from './support/value-predicates.js';
import { reportVpcConfigGaps } from './support/vpc-config.js';

const OUTSIDE = "the cluster's nodes run in a network SageMaker manages, outside your VPC's security groups, endpoints and flow logs";

export default defineRule({
  id: 'SM085',
  name: 'hyperpod-outside-vpc',
  severity: 'high',
  appliesTo: ['HyperPodCluster'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'training'],
  presets: {
    recommended: true,
    reason: 'A HyperPod cluster outside the VPC trains beside networks the team does not control: a concrete exposure.',
  },
  docs: {
    summary: 'A SageMaker HyperPod cluster is not attached to your VPC',
    description:
      "Reports a HyperPod cluster (`AWS::SageMaker::Cluster`, `aws_sagemaker_cluster`, live DescribeCluster) whose `VpcConfig` is omitted, or lacks `Subnets` or `SecurityGroupIds`, unless every instance group brings its own complete `OverrideVpcConfig`. `VpcConfig` is optional in the API: without it, the nodes get their network from SageMaker. Subnets or security groups that come from parameters without defaults or from other stacks are taken as present; a block that only some deployments get is a possible violation, one severity lower. The fix inserts a `VpcConfig` with placeholders.",
    risk: "HyperPod nodes run long-lived distributed training with the instance groups' execution roles. Outside your VPC, their traffic to data stores, checkpoints and the internet bypasses your security groups, network ACLs, VPC endpoints and flow logs, and nothing you control stops a compromised node or lifecycle script from exfiltrating data: the SM020 concern, for HyperPod.",
    guidance: [
      { title: 'CreateCluster (VpcConfig)', url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html' },
      {
        title: 'Setting up SageMaker HyperPod with a custom Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites.html',
      },
    ],
    remediation: {
      cloudformation: 'VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>',
      terraform: 'vpc_config {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: '# VpcConfig cannot be added to an existing cluster: create a new one\naws sagemaker create-cluster --cluster-name <new-cluster> --instance-groups file://instance-groups.json --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>',
      console: 'SageMaker console → HyperPod clusters → Create cluster: under Networking choose your VPC, private subnets and security groups; then move the workload and delete the old cluster.',
      recreate: 'VpcConfig cannot be changed on an existing cluster: CloudFormation and Terraform replace the cluster, and a live cluster must be recreated.',
    },
    notes: ['The security groups must allow all traffic between the nodes themselves (for EFA and NCCL); give the VPC an S3 endpoint for the lifecycle scripts and checkpoints (see SM050).'],
  },
  check(cluster, { report }) {
    const groups = instanceGroups(cluster);
    const everyGroupOverrides =
      groups.length > 0 && groups.every(({ group }) => ['Subnets', 'SecurityGroupIds'].every((key) => !judge(get(group, 'OverrideVpcConfig', key), isAbsent)));
    if (everyGroupOverrides) return;
    reportVpcConfigGaps(cluster, { outside: OUTSIDE, fixNote: ' (replaces the cluster)' }, report);
  },
});
