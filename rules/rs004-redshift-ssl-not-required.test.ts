import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs004-redshift-ssl-not-required.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'no parameter group: default.redshift-2.0, where require_ssl is true',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
    },
    {
      name: 'a group of the template that requires SSL',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: enable_user_activity_logging
                  ParameterValue: 'true'
                - ParameterName: REQUIRE_SSL
                  ParameterValue: 'TRUE'
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !Ref Params
      `,
    },
    {
      name: 'redshift-2.0 family without require_ssl: the family default is true',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-2.0
      `,
    },
    {
      name: 'the secure AWS default group, named',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: default.redshift-2.0
      `,
    },
    {
      name: 'a group outside the template: nothing to judge',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: shared-warehouse-params
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: !ImportValue ssl-policy
      `,
    },
    {
      name: 'a parameter name known only at deploy time may be require_ssl',
      template: cfn`
        Parameters:
          Name: { Type: String }
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: !Ref Name
                  ParameterValue: 'true'
      `,
    },
    {
      name: 'Fn::If whose other branch drops the group name (default.redshift-2.0)',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !If [IsProd, default.redshift-2.0, !Ref AWS::NoValue]
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{"Resources": {"Params": {"Type": "AWS::Redshift::ClusterParameterGroup", "Properties": {"ParameterGroupFamily": "redshift-1.0", "Parameters": [{"ParameterName": "require_ssl", "ParameterValue": "true"}]}}}}',
    },
    {
      name: 'HCL parameter group that sets require_ssl to true',
      hcl: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name  = "require_ssl"
            value = "true"
          }
        }
      `,
    },
    {
      name: 'HCL cluster in the default group of redshift-2.0, which requires SSL',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier           = "dw"
          cluster_parameter_group_name = "default.redshift-2.0"
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'require_ssl false in the group a cluster uses',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: 'false' # legacy client
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !Ref Params
      `,
      findings: [
        {
          line: 8,
          column: 27,
          severity: 'medium',
          resource: 'Params',
          message: /^require_ssl is 'false' in parameter group Params: clients of cluster Cluster can connect without TLS, .* Set require_ssl to true\.$/,
        },
      ],
      fixed: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: "true" # legacy client
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !Ref Params
      `,
    },
    {
      name: 'redshift-1.0 group without parameters: the family default is false',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: warehouse
              ParameterGroupFamily: redshift-1.0
      `,
      findings: [
        {
          line: 2,
          resource: 'Params',
          message:
            /^Parameter group Params does not set require_ssl, and its ParameterGroupFamily is 'redshift-1.0', where require_ssl defaults to false: clients of the clusters that use it can connect without TLS\./,
        },
      ],
      fixed: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              Description: warehouse
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: "true"
      `,
    },
    {
      name: 'redshift-1.0 group whose parameters leave out require_ssl: reported at the list',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: enable_user_activity_logging
                  ParameterValue: 'true'
      `,
      findings: [{ line: 7, column: 9, message: /does not set require_ssl/ }],
    },
    {
      name: 'cluster on the AWS default group default.redshift-1.0',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: default.redshift-1.0
      `,
      findings: [{ line: 5, column: 34, resource: 'Cluster', message: /^ClusterParameterGroupName is 'default.redshift-1.0': in that AWS default parameter group require_ssl is false,/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: default.redshift-2.0
      `,
    },
    {
      name: 'parameter whose allowed values include false: possible, one level lower',
      template: cfn`
        Parameters:
          RequireSsl: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: !Ref RequireSsl
      `,
      findings: [{ line: 10, certainty: 'possible', severity: 'low', message: /^require_ssl can be 'false' when parameter RequireSsl is 'false' in parameter group Params:/ }],
    },
    {
      name: 'family from a parameter with only a default: possible',
      template: cfn`
        Parameters:
          Family: { Type: String, Default: redshift-1.0 }
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: !Ref Family
      `,
      findings: [{ line: 4, certainty: 'possible', message: /ParameterGroupFamily can be 'redshift-1.0' when parameter Family keeps its default 'redshift-1.0'/ }],
    },
    {
      name: 'Fn::If on the value',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-2.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: !If [IsProd, 'true', 'false']
      `,
      findings: [{ line: 12, certainty: 'possible', message: /can be 'false' when condition IsProd is false/ }],
    },
    {
      name: 'AWS::NoValue on one branch of the group name: the other names default.redshift-1.0',
      template: cfn`
        Parameters:
          Legacy: { Type: String }
        Conditions:
          UseLegacy: !Equals [!Ref Legacy, 'yes']
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !If [UseLegacy, default.redshift-1.0, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'low', message: /can be 'default.redshift-1.0' when condition UseLegacy is true/ }],
    },
    {
      name: 'one group, two clusters: one finding at the group',
      template: cfn`
        Resources:
          Params:
            Type: AWS::Redshift::ClusterParameterGroup
            Properties:
              ParameterGroupFamily: redshift-1.0
              Parameters:
                - ParameterName: require_ssl
                  ParameterValue: 'false'
          Etl:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !Ref Params
          Reporting:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterParameterGroupName: !Ref Params
      `,
      findings: [{ line: 8, resource: 'Params', message: /clients of clusters Etl, Reporting can connect without TLS/ }],
    },
    {
      name: 'JSON template, require_ssl false',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Params": {\n      "Type": "AWS::Redshift::ClusterParameterGroup",\n      "Properties": {\n        "ParameterGroupFamily": "redshift-1.0",\n        "Parameters": [{"ParameterName": "require_ssl", "ParameterValue": "false"}]\n      }\n    }\n  }\n}\n',
      findings: [{ line: 7, column: 75 }],
      fixed:
        '{\n  "Resources": {\n    "Params": {\n      "Type": "AWS::Redshift::ClusterParameterGroup",\n      "Properties": {\n        "ParameterGroupFamily": "redshift-1.0",\n        "Parameters": [{"ParameterName": "require_ssl", "ParameterValue": "true"}]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL parameter group that sets require_ssl to false',
      hcl: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name  = "require_ssl"
            value = "false"
          }
        }
      `,
      findings: [{ line: 6, column: 13, severity: 'medium' }],
      fixed: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name  = "require_ssl"
            value = "true"
          }
        }
      `,
    },
    {
      name: 'HCL parameter group of redshift-1.0 without require_ssl: defaults to false',
      hcl: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
        }
      `,
      findings: [{ line: 1, message: /does not set require_ssl/ }],
      fixed: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name = "require_ssl"
            value = "true"
          }
        }
      `,
    },
    {
      name: 'HCL parameter group of redshift-1.0 whose parameters leave out require_ssl: a parameter block after theirs',
      hcl: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name  = "enable_user_activity_logging"
            value = "true"
          }
        }
      `,
      findings: [{ line: 4, column: 3, message: /does not set require_ssl/ }],
      fixed: tf`
        resource "aws_redshift_parameter_group" "pg" {
          name   = "pg"
          family = "redshift-1.0"
          parameter {
            name  = "enable_user_activity_logging"
            value = "true"
          }
          parameter {
            name = "require_ssl"
            value = "true"
          }
        }
      `,
    },
    {
      name: 'HCL cluster in the default group of redshift-1.0',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier           = "dw"
          cluster_parameter_group_name = "default.redshift-1.0"
        }
      `,
      findings: [{ line: 3, column: 34 }],
      fixed: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier           = "dw"
          cluster_parameter_group_name = "default.redshift-2.0"
        }
      `,
    },
  ],
});
