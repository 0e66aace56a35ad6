import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { get, judge, stringOf, type Certainty } from '../src/model/value.js';
import { isAbsent } from './support/value-predicates.js';

const BUCKET_PLACEHOLDER = '<log-bucket-name>';

export default defineRule({
  id: 'RS005',
  name: 'redshift-audit-logging-off',
  severity: 'low',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'logging', 'redshift'],
  presets: {
    recommended: true,
    reason: 'Without audit logging, access to the warehouse leaves no trace for an investigation.',
  },
  docs: {
    summary: 'Redshift cluster has no audit logging',
    description:
      "Reports a Redshift cluster without database audit logging: `LoggingProperties` omitted (AWS does not turn audit logging on by default), or present but sending logs to Amazon S3 (`LogDestinationType` `s3`, or omitted) without a `BucketName` (omitted or empty). `LogDestinationType: cloudwatch` counts as audit logging. Which log types are exported (`LogExports`) and other destinations (such as `s3table`) are not judged. A value chosen at deploy time (an `Fn::If` branch that drops `LoggingProperties` or `BucketName`, a destination parameter that can be `s3`) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: 'Without audit logs there is no record outside the database of who connected, from where, with which authentication, and which users were created or changed: a compromise or misuse of the warehouse cannot be detected or investigated, and the in-database system tables that hold similar data keep it only for a few days, inside the system being investigated.',
    guidance: [
      {
        title: 'Database audit logging',
        url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
      },
      {
        title: 'AWS::Redshift::Cluster (LoggingProperties)',
        url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html',
      },
    ],
    remediation: {
      cloudformation: 'LoggingProperties:\n  LogDestinationType: s3\n  BucketName: <log-bucket-name>\n# or\nLoggingProperties:\n  LogDestinationType: cloudwatch\n  LogExports: [connectionlog, userlog, useractivitylog]',
      terraform:
        'resource "aws_redshift_logging" "<name>" {\n  cluster_identifier   = aws_redshift_cluster.<name>.id\n  log_destination_type = "s3"\n  bucket_name          = "<log-bucket-name>"\n}',
      cli: 'aws redshift enable-logging --cluster-identifier <cluster-id> --log-destination-type s3 --bucket-name <log-bucket-name>\n# or\naws redshift enable-logging --cluster-identifier <cluster-id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
      console:
        'Amazon Redshift console → Provisioned clusters → select the cluster → Properties → Database configurations → Edit → Edit audit logging → turn on audit logging, choose Amazon S3 (with a bucket) or CloudWatch → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.4'],
      'AWS Config': ['redshift-audit-logging-enabled', 'redshift-cluster-configuration-check'],
      'cdk-nag': [
        'AwsSolutions-RS5',
        'HIPAA.Security-RedshiftClusterConfiguration',
        'NIST.800.53.R4-RedshiftClusterConfiguration',
        'NIST.800.53.R5-RedshiftClusterConfiguration',
        'PCI.DSS.321-RedshiftClusterConfiguration',
      ],
      checkov: ['CKV_AWS_71'],
      KICS: ['3de2d4ff-fe53-4fc9-95d3-2f8a69bf90d6', '15ffbacc-fa42-4f6f-a57d-2feac7365caa'],
      Prowler: ['redshift_cluster_audit_logging'],
      Steampipe: ['redshift_cluster_encryption_logging_enabled', 'redshift_cluster_audit_logging_enabled'],
    },
    notes: [
      'An S3 bucket for audit logs needs a bucket policy that lets Amazon Redshift write to it; the fix leaves the bucket name as a placeholder.',
      "In Terraform the fix writes nothing: the cluster's `logging` block is deprecated since AWS provider 5.45 and removed in 6, so audit logging is an `aws_redshift_logging` resource, as the remediation shows.",
      'The user activity log (each query) is written only when the parameter group sets enable_user_activity_logging to true; this rule does not require it.',
    ],
  },
  check(cluster, { report }) {
    const logging = prop(cluster, 'LoggingProperties');
    const absent = judge(logging, (leaf) => leaf.t === 'omitted');
    if (absent) {
      report({
        at: logging,
        certainty: absent.certainty,
        message: message`${propertyName('LoggingProperties')} ${absent.because}: the cluster keeps no audit log of connections and user changes, so misuse of its data cannot be traced. Add ${propertyName('LoggingProperties')} that send audit logs to an S3 bucket or to CloudWatch.`,
        fix: { description: 'Send audit logs to an S3 bucket', edits: [{ target: logging, value: { LogDestinationType: 's3', BucketName: BUCKET_PLACEHOLDER } }] },
      });
      return;
    }

    const toS3 = judge(get(logging, 'LogDestinationType'), (leaf) => leaf.t === 'omitted' || stringOf(leaf)?.toLowerCase() === 's3');
    const bucket = get(logging, 'BucketName');
    const noBucket = judge(bucket, isAbsent);
    if (!toS3 || !noBucket) return;
    const certainty: Certainty = toS3.certainty === 'definite' && noBucket.certainty === 'definite' ? 'definite' : 'possible';
    report({
      at: bucket,
      certainty,
      message: message`${propertyName('LoggingProperties.BucketName')} ${noBucket.because} while audit logs go to Amazon S3: the cluster has nowhere to write its audit log, so misuse of its data cannot be traced. Set ${propertyName('LoggingProperties.BucketName')}, or set ${propertyName('LoggingProperties.LogDestinationType')} to ${literal('cloudwatch')}.`,
      fix: { description: 'Name the audit log bucket', edits: [{ target: bucket, value: BUCKET_PLACEHOLDER }] },
    });
  },
});
