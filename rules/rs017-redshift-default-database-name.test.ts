import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs017-redshift-default-database-name.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            DBName: sales
        Namespace:
          Type: AWS::RedshiftServerless::Namespace
          Properties:
            DbName: analytics
    `,
    {
      name: 'HCL, own database names',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          database_name      = "sales"
        }
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          db_name        = "analytics"
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'dev named, whatever the case, and omitted',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              DBName: DEV
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
      `,
      findings: [
        { line: 5, column: 15, severity: 'low', message: /^DBName is 'DEV': the database keeps the name every Redshift user knows, .* Create the cluster with another database name\.$/ },
        { line: 6, message: /^DbName is omitted and defaults to 'dev': .* Create the namespace with another database name\.$/ },
      ],
      fixed: null,
    },
    {
      name: 'a parameter whose default is dev: possible',
      template: cfn`
        Parameters:
          Database: { Type: String, Default: dev }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              DBName: !Ref Database
      `,
      findings: [{ line: 7, certainty: 'possible', message: /^DBName can be 'dev' when parameter Database keeps its default/ }],
    },
    {
      name: 'HCL, a cluster without database_name: defaults to dev',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          db_name        = "analytics"
        }
      `,
      findings: [{ line: 1, message: /is omitted and defaults to 'dev':/ }],
    },
    {
      name: 'plan, a namespace\'s db_name is dev',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', database_name: 'sales' } }, { type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', db_name: 'dev' } }],
      findings: [{ message: /is 'dev':/ }],
    },
  ],
});

describe('RS017 on live clusters and namespaces', () => {
  it("reports a live cluster whose DescribeClusters DBName is dev", async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'default-db', DBName: 'dev' }, { ClusterIdentifier: 'named-db', DBName: 'sales' });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:default-db`]);
  });

  it('reports a live Redshift Serverless namespace whose GetNamespace dbName is dev', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.namespaces.push(
        { namespaceName: 'default-db', namespaceArn: `arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/0f1e2d3c`, dbName: 'dev' },
        { namespaceName: 'named-db', namespaceArn: `arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/9a8b7c6d`, dbName: 'sales' },
      );
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/0f1e2d3c`]);
  });
});
