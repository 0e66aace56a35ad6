import { describe, expect, it } from 'vitest';
import { brief, liveFindings, LIVE_ACCOUNT, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS011 on Terraform and live clusters', () => {
  it('reads master_username and admin_username from HCL and plans', async () => {
    const hcl = `resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  master_username    = "awsuser"\n}\nresource "aws_redshiftserverless_namespace" "analytics" {\n  namespace_name = "analytics"\n  admin_username = "analyst"\n}\n`;
    expect(brief(await terraformFindings(rule, hcl))).toEqual([expect.stringMatching(/^RS011 definite: master_username is 'awsuser':/)]);
    const planned = [
      { type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', master_username: 'dw_admin' } },
      { type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', admin_username: 'admin' } },
    ];
    expect(brief(await planFindings(rule, planned))).toEqual([expect.stringMatching(/^RS011 definite: admin_username is 'admin':/)]);
  });

  it('reports a live cluster whose DescribeClusters MasterUsername is awsuser', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'default-admin', MasterUsername: 'awsuser' }, { ClusterIdentifier: 'named-admin', MasterUsername: 'dw_admin' });
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:default-admin`]);
  });
});
