import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs013-redshift-snapshot-retention-short.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            AutomatedSnapshotRetentionPeriod: 7
    `,
    {
      name: 'written as a string',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AutomatedSnapshotRetentionPeriod: '35'
      `,
    },
    {
      name: 'HCL, 14 days',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier                  = "dw"
          automated_snapshot_retention_period = 14
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: one day by default',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [{ line: 2, severity: 'medium', message: /^AutomatedSnapshotRetentionPeriod is omitted and defaults to 1: the cluster keeps fewer than 7 days/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              AutomatedSnapshotRetentionPeriod: 7
      `,
    },
    {
      name: 'automated snapshots off',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AutomatedSnapshotRetentionPeriod: 0
      `,
      findings: [{ line: 5, column: 41, message: /^AutomatedSnapshotRetentionPeriod is 0:/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AutomatedSnapshotRetentionPeriod: 7
      `,
    },
    {
      name: 'HCL, omitted: defaults to 1',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 1, message: /is omitted and defaults to 1:/ }],
    },
    {
      name: 'plan, 3 days',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', automated_snapshot_retention_period: 3 } }],
      findings: [{ message: /is 3:/ }],
    },
  ],
});

describe('RS013 on live clusters', () => {
  it('reports a live cluster by its DescribeClusters retention period', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'no-snapshots', AutomatedSnapshotRetentionPeriod: 0 }, { ClusterIdentifier: 'kept', AutomatedSnapshotRetentionPeriod: 7 });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:no-snapshots`]);
  });
});
