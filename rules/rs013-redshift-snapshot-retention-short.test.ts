import { describe, expect, it } from 'vitest';
import { brief, liveFindings, LIVE_ACCOUNT, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS013 on Terraform and live clusters', () => {
  it('reports a short or omitted automated_snapshot_retention_period in HCL and in a plan', async () => {
    expect(brief(await terraformFindings(rule, 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n}\n'))).toEqual([
      expect.stringMatching(/^RS013 definite: automated_snapshot_retention_period is omitted and defaults to 1:/),
    ]);
    expect(await terraformFindings(rule, 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier                  = "dw"\n  automated_snapshot_retention_period = 14\n}\n')).toEqual([]);
    expect(brief(await planFindings(rule, [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', automated_snapshot_retention_period: 3 } }]))).toEqual([
      expect.stringMatching(/^RS013 definite: automated_snapshot_retention_period is 3:/),
    ]);
  });

  it('reports a live cluster by its DescribeClusters retention period', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'no-snapshots', AutomatedSnapshotRetentionPeriod: 0 }, { ClusterIdentifier: 'kept', AutomatedSnapshotRetentionPeriod: 7 });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:no-snapshots`]);
  });
});
