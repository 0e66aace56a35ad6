import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs001-redshift-public.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: AWS defaults to false since January 2025',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
    },
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            PubliclyAccessible: false
    `,
    {
      name: 'the string false',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: 'False'
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: !ImportValue network-public-flag
      `,
    },
    {
      name: 'Fn::If whose other branch drops the property (default false)',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: !If [IsProd, false, !Ref AWS::NoValue]
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"PubliclyAccessible": false}}}}',
    },
    {
      name: 'HCL, publicly_accessible = false',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier  = "dw"
          node_type           = "ra3.xlplus"
          publicly_accessible = false
        }
      `,
    },
    {
      name: 'HCL, omitted under AWS provider 6, where it defaults to false',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
        }
      `,
    },
    { name: 'plan, not public', plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', publicly_accessible: false } }] },
  ],
  invalid: [
    {
      name: 'explicitly true',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              PubliclyAccessible: true # for the BI vendor
      `,
      findings: [{ line: 6, column: 27, severity: 'critical', message: /^PubliclyAccessible is true: .* Set PubliclyAccessible to false\.$/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              PubliclyAccessible: false # for the BI vendor
      `,
    },
    {
      name: 'the string true',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: "TRUE"
      `,
      findings: [{ line: 5, message: /is 'TRUE'/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: false
      `,
    },
    {
      name: 'parameter whose allowed values include true: possible, one level lower',
      template: cfn`
        Parameters:
          Public: { Type: String, AllowedValues: ['true', 'false'], Default: 'false' }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: !Ref Public
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'high', message: /can be 'true' when parameter Public is 'true'/ }],
    },
    {
      name: 'Fn::If with a public branch',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsDev: !Equals [!Ref Env, dev]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              PubliclyAccessible: !If [IsDev, true, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /can be true when condition IsDev is true/ }],
    },
    {
      name: 'JSON template, explicitly true',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "PubliclyAccessible": true\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 31 }],
      fixed: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "PubliclyAccessible": false\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, publicly_accessible = true',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier  = "dw"
          node_type           = "ra3.xlplus"
          publicly_accessible = true
        }
      `,
      findings: [{ line: 4, column: 25, severity: 'critical' }],
      fixed: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier  = "dw"
          node_type           = "ra3.xlplus"
          publicly_accessible = false
        }
      `,
    },
    {
      name: 'HCL, omitted under AWS provider 5, where it defaults to true',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 5.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 6, message: /defaults to true/, severity: 'critical' }],
      fixed: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 5.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          publicly_accessible = false
        }
      `,
    },
    {
      name: 'HCL, omitted with no provider constraint: possible, naming the provider version',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 1, certainty: 'possible', severity: 'high', message: /older than 6\.0/ }],
    },
    {
      name: 'plan, public',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', publicly_accessible: true } }],
      findings: [{ severity: 'critical' }],
      fixed: null,
    },
  ],
});
