import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs003-redshift-no-enhanced-vpc-routing.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            EnhancedVpcRouting: true
    `,
    {
      name: 'the string true',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: 'true'
      `,
    },
    {
      name: 'parameter that only allows true',
      template: cfn`
        Parameters:
          Routing: { Type: String, AllowedValues: ['true'] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: !Ref Routing
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: !ImportValue shared-routing-flag
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"EnhancedVpcRouting": true}}}}',
    },
    {
      name: 'HCL, enhanced_vpc_routing = true',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier   = "dw"
          enhanced_vpc_routing = true
        }
      `,
    },
    { name: 'plan, enhanced VPC routing on', plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', enhanced_vpc_routing: true } }] },
  ],
  invalid: [
    {
      name: 'omitted: AWS defaults to false',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [{ line: 2, severity: 'medium', message: /^EnhancedVpcRouting is omitted and defaults to false: .* Set EnhancedVpcRouting to true/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              EnhancedVpcRouting: true
      `,
    },
    {
      name: 'explicitly false',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: false
              NodeType: ra3.xlplus
      `,
      findings: [{ line: 5, column: 27, message: /^EnhancedVpcRouting is false:/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: true
              NodeType: ra3.xlplus
      `,
    },
    {
      name: 'parameter whose allowed values include false: possible, one level lower',
      template: cfn`
        Parameters:
          Routing: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: !Ref Routing
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low', message: /can be 'false' when parameter Routing is 'false'/ }],
    },
    {
      name: 'Fn::If with a branch that drops the property: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              EnhancedVpcRouting: !If [IsProd, true, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to false\) when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "NodeType": "ra3.xlplus"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "NodeType": "ra3.xlplus",\n        "EnhancedVpcRouting": true\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, enhanced_vpc_routing = false',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier   = "dw"
          enhanced_vpc_routing = false
        }
      `,
      findings: [{ line: 3, column: 26, severity: 'medium' }],
      fixed: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier   = "dw"
          enhanced_vpc_routing = true
        }
      `,
    },
    {
      name: 'HCL, omitted: defaults to false',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 1, message: /defaults to false/ }],
      fixed: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          enhanced_vpc_routing = true
        }
      `,
    },
    {
      name: 'plan, enhanced VPC routing off',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', enhanced_vpc_routing: false } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});
