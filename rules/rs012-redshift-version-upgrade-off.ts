import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isFalse } from './support/value-predicates.js';

export default defineRule({
  id: 'RS012',
  name: 'redshift-version-upgrade-off',
  severity: 'medium',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'patching', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A cluster that is not upgraded keeps engine vulnerabilities that later versions fix.',
  },
  docs: {
    summary: 'Redshift cluster does not receive major version upgrades automatically',
    description:
      "Reports a Redshift cluster whose `AllowVersionUpgrade` is `false` (a boolean or the string 'false'). When omitted AWS uses `true` (CreateCluster; the AWS provider for Terraform too), which is not reported. A value chosen at deploy time is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: 'With version upgrades off, the cluster stays on an engine version after AWS ships a newer major version with security fixes, until someone upgrades it by hand: known vulnerabilities stay open for as long as nobody does.',
    guidance: [
      { title: 'Amazon Redshift cluster versions and maintenance', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-set-maintenance-track' },
      { title: 'CreateCluster (AllowVersionUpgrade)', url: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'AllowVersionUpgrade: true',
      terraform: 'allow_version_upgrade = true',
      cli: 'aws redshift modify-cluster --cluster-identifier <cluster-id> --allow-version-upgrade',
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Maintenance → Edit → turn on "Allow version upgrade" (keep a maintenance window and track) → Save changes.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.6'],
      'AWS Config': ['redshift-cluster-maintenancesettings-check'],
      'cdk-nag': [
        'AwsSolutions-RS9',
        'HIPAA.Security-RedshiftClusterMaintenanceSettings',
        'NIST.800.53.R5-RedshiftClusterMaintenanceSettings',
        'PCI.DSS.321-RedshiftClusterMaintenanceSettings',
      ],
      checkov: ['CKV_AWS_141'],
      Prowler: ['redshift_cluster_automatic_upgrades'],
      ScoutSuite: ['redshift-cluster-no-version-upgrade'],
    },
    notes: [
      'AWS Config `redshift-cluster-maintenancesettings-check` (and the cdk-nag `RedshiftClusterMaintenanceSettings` pack rules that mirror it) also take a preferred maintenance window and snapshot retention as parameters; this rule judges the version upgrade only, RS013 the snapshot retention.',
    ],
  },
  check(cluster, { report }) {
    const upgrade = prop(cluster, 'AllowVersionUpgrade');
    const verdict = judge(upgrade, isFalse);
    if (!verdict) return;
    report({
      at: upgrade,
      certainty: verdict.certainty,
      message: message`${propertyName('AllowVersionUpgrade')} ${verdict.because}: the cluster is not upgraded to new major engine versions in its maintenance window, so security fixes wait for a manual upgrade. Set ${propertyName('AllowVersionUpgrade')} to ${literal(true)}.`,
      fix: { description: message`Set ${propertyName('AllowVersionUpgrade')} to ${literal(true)}`, edits: [{ target: upgrade, value: true }] },
    });
  },
});
