import { describe, expect, it } from 'vitest';
import { brief, liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs015-redshift-multi-az-off.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            NodeType: ra3.4xlarge
            MultiAZ: true
    `,
    { name: 'written as a string', template: cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            MultiAZ: 'true'
    ` },
    {
      name: 'HCL, multi_az = true',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
          multi_az = true
        }
      `,
    },
    {
      name: 'plan, Multi-AZ',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', multi_az: true } }],
    },
  ],
  invalid: [
    {
      name: 'omitted: defaults to false',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [{ line: 2, severity: 'low', certainty: 'definite', message: /^MultiAZ is omitted and defaults to false: the cluster runs in one Availability Zone .* Turn MultiAZ on for clusters that must stay available\.$/ }],
      fixed: null,
    },
    {
      name: 'off on a node type that cannot be Multi-AZ',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: dc2.large
              MultiAZ: false
      `,
      findings: [{ line: 6, message: /^MultiAZ is false: .* Move the cluster to an RA3 node type \(only RA3 clusters can be Multi-AZ\)/ }],
    },
    {
      name: 'chosen at deploy time: possible',
      template: cfn`
        Parameters:
          HighAvailability: { Type: String, AllowedValues: ['true', 'false'], Default: 'true' }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              MultiAZ: !Ref HighAvailability
      `,
      findings: [{ line: 7, certainty: 'possible', message: /^MultiAZ can be 'false'/ }],
    },
    {
      name: 'HCL, omitted: defaults to false',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
        }
      `,
      findings: [{ line: 1, message: /is omitted and defaults to false:/ }],
    },
    {
      name: 'plan, not Multi-AZ',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', multi_az: false } }],
      findings: [{ message: /is false:/ }],
    },
  ],
});

describe('RS015 on live clusters', () => {
  it("reads DescribeClusters' Enabled and Disabled", async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'single', MultiAZ: 'Disabled' }, { ClusterIdentifier: 'spread', MultiAZ: 'Enabled' });
    });
    expect(brief(findings)).toEqual([expect.stringMatching(/^RS015 definite: MultiAZ is false:/)]);
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:single`]);
  });
});
