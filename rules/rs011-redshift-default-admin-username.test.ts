import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs011-redshift-default-admin-username.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            MasterUsername: warehouse_admin
        Namespace:
          Type: AWS::RedshiftServerless::Namespace
          Properties:
            AdminUsername: analytics_admin
    `,
    {
      name: "a namespace without admin credentials, and a cluster's admin named admin (the Serverless default only)",
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
      `,
    },
    {
      name: 'HCL, own admin names',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          master_username    = "dw_admin"
        }
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          admin_username = "analyst"
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the defaults, whatever the case',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: AWSUser
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              AdminUsername: admin
      `,
      findings: [
        { line: 5, column: 23, severity: 'medium', message: /^MasterUsername is 'AWSUser': the admin user keeps the name AWS proposes by default, .* Recreate the cluster with another admin user name\.$/ },
        { line: 9, column: 22, message: /^AdminUsername is 'admin': .* Recreate the namespace/ },
      ],
      fixed: null,
    },
    {
      name: 'a parameter whose default is the default name: possible',
      template: cfn`
        Parameters:
          AdminUser: { Type: String, Default: awsuser }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: !Ref AdminUser
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /^MasterUsername can be 'awsuser' when parameter AdminUser keeps its default/ }],
    },
    {
      name: 'HCL, a cluster\'s master_username is awsuser',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          master_username    = "awsuser"
        }
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          admin_username = "analyst"
        }
      `,
      findings: [{ line: 3, message: /is 'awsuser':/ }],
    },
    {
      name: 'plan, a namespace\'s admin_username is admin',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', master_username: 'dw_admin' } }, { type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', admin_username: 'admin' } }],
      findings: [{ message: /is 'admin':/ }],
    },
  ],
});

describe('RS011 on live clusters and namespaces', () => {
  it('reports a live cluster whose DescribeClusters MasterUsername is awsuser', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'default-admin', MasterUsername: 'awsuser' }, { ClusterIdentifier: 'named-admin', MasterUsername: 'dw_admin' });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:default-admin`]);
  });

  it('reports a live Redshift Serverless namespace whose GetNamespace adminUsername is admin', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.namespaces.push(
        { namespaceName: 'default-admin', namespaceArn: `arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/0f1e2d3c`, adminUsername: 'admin' },
        { namespaceName: 'named-admin', namespaceArn: `arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/9a8b7c6d`, adminUsername: 'dw_owner' },
      );
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift-serverless:eu-west-1:${LIVE_ACCOUNT}:namespace/0f1e2d3c`]);
  });
});
