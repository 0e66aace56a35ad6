import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs005-redshift-audit-logging-off.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            LoggingProperties:
              BucketName: audit-logs
              S3KeyPrefix: redshift/
    `,
    {
      name: 'CloudWatch destination needs no bucket',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: cloudwatch
                LogExports: [connectionlog, userlog]
      `,
    },
    {
      name: 'bucket from a resource of the template',
      template: cfn`
        Resources:
          Logs:
            Type: AWS::S3::Bucket
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: s3
                BucketName: !Ref Logs
      `,
    },
    {
      name: 'imported bucket: unknown, not judged',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                BucketName: !ImportValue audit-bucket
      `,
    },
    {
      name: 'parameter that only allows cloudwatch',
      template: cfn`
        Parameters:
          Destination: { Type: String, AllowedValues: [cloudwatch] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: !Ref Destination
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"LoggingProperties": {"BucketName": "audit-logs"}}}}}',
    },
    {
      name: 'HCL, logging block sending audit logs to CloudWatch',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          logging {
            enable               = true
            log_destination_type = "cloudwatch"
            log_exports          = ["connectionlog", "userlog"]
          }
        }
      `,
    },
    {
      name: 'HCL, logging set by a separate aws_redshift_logging resource',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
        resource "aws_redshift_logging" "dw" {
          cluster_identifier   = aws_redshift_cluster.dw.id
          log_destination_type = "cloudwatch"
          log_exports          = ["connectionlog"]
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: no audit logging by default',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [
        {
          line: 2,
          severity: 'low',
          message: /^LoggingProperties is omitted: the cluster keeps no audit log of connections and user changes, .* to an S3 bucket or to CloudWatch\.$/,
        },
      ],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              LoggingProperties:
                LogDestinationType: s3
                BucketName: <log-bucket-name>
      `,
    },
    {
      name: 'S3 destination without a bucket',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                S3KeyPrefix: redshift/
      `,
      findings: [{ line: 2, message: /^LoggingProperties.BucketName is omitted while audit logs go to Amazon S3:/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                S3KeyPrefix: redshift/
                BucketName: <log-bucket-name>
      `,
    },
    {
      name: 'empty bucket name',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: s3
                BucketName: ""
      `,
      findings: [{ line: 7, column: 21, message: /^LoggingProperties.BucketName is '' while/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: s3
                BucketName: "<log-bucket-name>"
      `,
    },
    {
      name: 'destination parameter whose allowed values include s3, no bucket: possible, one level lower',
      template: cfn`
        Parameters:
          Destination: { Type: String, AllowedValues: [s3, cloudwatch] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                LogDestinationType: !Ref Destination
      `,
      findings: [{ line: 4, certainty: 'possible', severity: 'low', message: /BucketName is omitted while audit logs go to Amazon S3/ }],
    },
    {
      name: 'bucket from a parameter with only a default of empty: possible',
      template: cfn`
        Parameters:
          LogBucket: { Type: String, Default: '' }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties:
                BucketName: !Ref LogBucket
      `,
      findings: [{ line: 8, certainty: 'possible', message: /BucketName can be '' when parameter LogBucket keeps its default ''/ }],
    },
    {
      name: 'Fn::If with a branch that drops the logging block',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              LoggingProperties: !If
                - IsProd
                - BucketName: audit-logs
                - !Ref AWS::NoValue
      `,
      findings: [{ line: 9, certainty: 'possible', message: /^LoggingProperties can be omitted when condition IsProd is false:/ }],
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "NodeType": "ra3.xlplus"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "NodeType": "ra3.xlplus",\n        "LoggingProperties": {\n          "LogDestinationType": "s3",\n          "BucketName": "<log-bucket-name>"\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, no logging: no fix, since the logging block is deprecated (aws_redshift_logging replaces it)',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 1, severity: 'low', message: /^logging is omitted/ }],
      // A `logging` block needs `enable`, is deprecated since AWS provider 5.45 and is gone in 6: the remediation's aws_redshift_logging is the way.
      fixed: null,
    },
    {
      name: 'HCL, logging disabled (enable = false)',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          logging {
            enable = false
          }
        }
      `,
      findings: [{ line: 1, severity: 'low' }],
      // The block is there, switched off: a second `logging` block would not be valid Terraform.
      fixed: null,
    },
    {
      name: 'HCL, logging to S3 with no bucket',
      hcl: tf`
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          logging {
            enable               = true
            log_destination_type = "s3"
          }
        }
      `,
      findings: [{ line: 1, message: /while audit logs go to Amazon S3/ }],
    },
  ],
});
