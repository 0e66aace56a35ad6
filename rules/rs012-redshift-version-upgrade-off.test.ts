import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs012-redshift-version-upgrade-off.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: upgrades allowed by default',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
    },
    {
      name: 'HCL, omitted: upgrades allowed by default',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier    = "dw"
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'upgrades turned off',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AllowVersionUpgrade: false
      `,
      findings: [{ line: 5, column: 28, severity: 'medium', message: /^AllowVersionUpgrade is false: the cluster is not upgraded to new major engine versions/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AllowVersionUpgrade: true
      `,
    },
    {
      name: 'an Fn::If branch that turns them off: possible',
      template: cfn`
        Conditions:
          Frozen: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              AllowVersionUpgrade: !If [Frozen, false, true]
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /^AllowVersionUpgrade can be false when condition Frozen is true/ }],
    },
    {
      name: 'HCL, allow_version_upgrade = false',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier    = "dw"
          allow_version_upgrade = false
        }
      `,
      findings: [{ line: 3, message: /is false:/ }],
    },
    {
      name: 'plan, upgrades off',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', allow_version_upgrade: false } }],
      findings: [{ message: /is false:/ }],
    },
  ],
});

describe('RS012 on live clusters', () => {
  it('reports a live cluster whose DescribeClusters AllowVersionUpgrade is false', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'frozen', AllowVersionUpgrade: false }, { ClusterIdentifier: 'current', AllowVersionUpgrade: true });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:frozen`]);
  });
});
