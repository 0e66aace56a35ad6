import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { numberOf } from './support/value-predicates.js';

/** Security Hub Redshift.3 and AWS Config `redshift-backup-enabled` require at least this many days. */
const MINIMUM_RETENTION_DAYS = 7;

export default defineRule({
  id: 'RS013',
  name: 'redshift-snapshot-retention-short',
  severity: 'medium',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['resilience', 'backup', 'redshift'],
  presets: {
    recommended: false,
    reason: 'Resilience, not security: how many days of snapshots to keep is a recovery objective each team sets. Run `strict` to hold clusters to seven days.',
  },
  docs: {
    summary: 'Redshift cluster keeps automated snapshots for less than 7 days, or takes none',
    description:
      "Reports a Redshift cluster whose `AutomatedSnapshotRetentionPeriod` is below 7 days: 0 turns automated snapshots off, and an omitted period defaults to 1 day (CreateCluster; the AWS provider for Terraform too). 7 days is the minimum Security Hub Redshift.3 requires. A value chosen at deploy time that can be too short is reported one severity lower as a possible violation; a value sagelint cannot see is not reported.",
    risk: 'Automated snapshots are how a cluster is restored after data is deleted, corrupted or encrypted by an attacker; with none, or only a day of them, damage found after a weekend cannot be undone.',
    guidance: [
      { title: 'Amazon Redshift snapshots and backups', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html' },
      { title: 'CreateCluster (AutomatedSnapshotRetentionPeriod)', url: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'AutomatedSnapshotRetentionPeriod: 7',
      terraform: 'automated_snapshot_retention_period = 7',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --automated-snapshot-retention-period 7',
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Maintenance → Backup details → Edit → set the automated snapshot retention period to 7 days or more → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.3'],
      'AWS Config': ['redshift-backup-enabled'],
      'cdk-nag': ['AwsSolutions-RS10', 'HIPAA.Security-RedshiftBackupEnabled', 'NIST.800.53.R5-RedshiftBackupEnabled'],
      checkov: ['CKV_AWS_343'],
      Prowler: ['redshift_cluster_automated_snapshot'],
    },
    notes: [
      'checkov CKV_AWS_343, cdk-nag AwsSolutions-RS10 and Prowler ask only that automated snapshots be on (a period above 0); this rule also asks for the 7 days Security Hub requires, so a period of 1 to 6 days is reported here and passes there.',
    ],
  },
  check(cluster, { report }) {
    const retention = prop(cluster, 'AutomatedSnapshotRetentionPeriod');
    const verdict = judge(retention, (leaf) => {
      const days = numberOf(leaf);
      return days !== undefined && days < MINIMUM_RETENTION_DAYS;
    });
    if (!verdict) return;
    report({
      at: retention,
      certainty: verdict.certainty,
      message: message`${propertyName('AutomatedSnapshotRetentionPeriod')} ${verdict.because}: the cluster keeps fewer than ${MINIMUM_RETENTION_DAYS} days of automated snapshots, so data deleted or corrupted before then cannot be restored. Set it to ${MINIMUM_RETENTION_DAYS} or more.`,
      fix: { description: `Keep automated snapshots for ${MINIMUM_RETENTION_DAYS} days`, edits: [{ target: retention, value: MINIMUM_RETENTION_DAYS }] },
    });
  },
});
