import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm085-hyperpod-outside-vpc.js';

const GROUP = `
                - InstanceGroupName: workers
                  InstanceType: ml.p5.48xlarge
                  InstanceCount: 2
                  ExecutionRole: arn:aws:iam::123456789012:role/hyperpod
                  LifeCycleConfig: { SourceS3Uri: s3://lifecycle/scripts/, OnCreate: on_create.sh }`;

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::SageMaker::Cluster
          Properties:
            VpcConfig:
              Subnets: [subnet-1]
              SecurityGroupIds: [sg-1]
            InstanceGroups:${GROUP}
    `,
    {
      name: 'every instance group brings its own VPC configuration',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              InstanceGroups:${GROUP}
                  OverrideVpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
      `,
    },
    {
      name: 'HCL, a cluster in a VPC',
      hcl: tf`
        resource "aws_sagemaker_cluster" "training" {
          cluster_name = "training"
          vpc_config {
            subnets            = ["subnet-0abc"]
            security_group_ids = ["sg-0abc"]
          }
          instance_group {
            instance_group_name = "workers"
            instance_type       = "ml.p5.48xlarge"
            instance_count      = 2
            execution_role      = "arn:aws:iam::123456789012:role/hyperpod"
            lifecycle_config {
              on_create     = "on_create.sh"
              source_s3_uri = "s3://lifecycle/scripts/"
            }
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'no VpcConfig',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              ClusterName: training
              InstanceGroups:${GROUP}
      `,
      findings: [{ line: 2, severity: 'high', certainty: 'definite', message: /^VpcConfig is omitted: the cluster's nodes run in a network SageMaker manages/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              ClusterName: training
              InstanceGroups:${GROUP}
              VpcConfig:
                SecurityGroupIds:
                  - <security-group-id>
                Subnets:
                  - <subnet-id>
      `,
    },
    {
      name: 'a VpcConfig without subnets',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::SageMaker::Cluster
            Properties:
              VpcConfig: { SecurityGroupIds: [sg-1], Subnets: [] }
              InstanceGroups:${GROUP}
      `,
      findings: [{ line: 5, message: /^VpcConfig\.Subnets is \[\]/ }],
    },
    {
      name: 'HCL, a cluster outside a VPC (the finding carries a fix)',
      hcl: tf`
        resource "aws_sagemaker_cluster" "training" {
          cluster_name = "training"
          instance_group {
            instance_group_name = "workers"
            instance_type       = "ml.p5.48xlarge"
            instance_count      = 2
            execution_role      = "arn:aws:iam::123456789012:role/hyperpod"
            lifecycle_config {
              on_create     = "on_create.sh"
              source_s3_uri = "s3://lifecycle/scripts/"
            }
          }
        }
      `,
      findings: [{ line: 1, severity: 'high', message: /^vpc_config is omitted/ }],
    },
    {
      name: 'plan, a cluster with no security groups',
      plan: [{ type: 'aws_sagemaker_cluster', name: 'c', values: { cluster_name: 'c', vpc_config: [{ subnets: ['subnet-1'], security_group_ids: [] }], instance_group: [{ instance_group_name: 'workers' }] } }],
      findings: [{ message: /is \[\]/ }],
    },
  ],
});

describe('SM085 on live state', () => {
  it('reads DescribeCluster', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.hyperPodClusters.push(
        { ClusterName: 'open', ClusterArn: sagemakerArn('cluster/open'), InstanceGroups: [{ InstanceGroupName: 'workers' }] },
        { ClusterName: 'private', ClusterArn: sagemakerArn('cluster/private'), VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] }, InstanceGroups: [] },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('cluster/open'), certainty: 'definite', message: expect.stringMatching(/^VpcConfig is omitted/) }]);
  });
});
