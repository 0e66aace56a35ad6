import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE } from './support/redshift-serverless.js';

/** The admin user names AWS proposes by default: `awsuser` for provisioned clusters, `admin` for Serverless namespaces. */
const DEFAULT_ADMIN_NAMES: Readonly<Record<string, { property: string; name: string }>> = {
  RedshiftCluster: { property: 'MasterUsername', name: 'awsuser' },
  RedshiftServerlessNamespace: { property: 'AdminUsername', name: 'admin' },
};

export default defineRule({
  id: 'RS011',
  name: 'redshift-default-admin-username',
  severity: 'medium',
  appliesTo: ['RedshiftCluster', 'RedshiftServerlessNamespace'],
  fixable: false,
  tags: ['security', 'identity', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A default admin user name is the first one an attacker guesses; it cannot be changed after creation, so it is caught before merge.',
  },
  docs: {
    summary: 'Redshift admin user keeps the default name',
    description:
      "Reports a provisioned Redshift cluster whose `MasterUsername` is `awsuser`, and a Redshift Serverless namespace whose `AdminUsername` is `admin` (compared without regard to case): the names the console proposes and Security Hub Redshift.8 and RedshiftServerless.5 test for. An omitted user name is not reported: a cluster must name its admin user, and a namespace created without admin credentials has no password login. A name chosen at deploy time that can be the default (a parameter whose default or AllowedValues include it) is a possible violation. No fix is offered: the admin user of an existing cluster or namespace cannot be renamed, so the resource must be recreated (or restored from a snapshot) with another name.",
    risk: 'A well-known admin user name is half of the credentials an attacker must guess: password spraying and brute force against the database endpoint need only the password.',
    guidance: [
      { title: 'Amazon Redshift: admin user name (CreateCluster MasterUsername)', url: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html' },
      { title: 'Amazon Redshift Serverless CreateNamespace (adminUsername)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'MasterUsername: <admin-user-name>   # AWS::Redshift::Cluster\nAdminUsername: <admin-user-name>    # AWS::RedshiftServerless::Namespace',
      terraform: 'master_username = "<admin-user-name>"  # aws_redshift_cluster\nadmin_username  = "<admin-user-name>"  # aws_redshiftserverless_namespace',
      cli: 'aws redshift restore-from-cluster-snapshot --cluster-identifier <new-cluster-id> --snapshot-identifier <snapshot-id>  # then create a new admin user and drop the default one',
      console: 'Create a new cluster or namespace (or restore one from a snapshot) with an admin user name that is not the default, move clients to it, then delete the old one.',
      recreate: 'the admin user name of a cluster or namespace is fixed at creation; changing MasterUsername or AdminUsername replaces the resource.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.8', 'RedshiftServerless.5'],
      'AWS Config': ['redshift-default-admin-check', 'redshift-serverless-default-admin-check'],
      'cdk-nag': ['AwsSolutions-RS3'],
      Prowler: ['redshift_cluster_non_default_username'],
      Steampipe: ['redshift_cluster_no_default_admin_name', 'redshiftserverless_namespace_no_default_admin_username'],
    },
    notes: [
      'The live audit reads a cluster\'s `MasterUsername` from DescribeClusters and a namespace\'s `adminUsername` from GetNamespace. ' + SERVERLESS_LIVE_AUDIT_NOTE,
    ],
  },
  check(resource, { report }) {
    const expected = DEFAULT_ADMIN_NAMES[resource.kind];
    if (!expected) return;
    const userName = prop(resource, expected.property);
    const verdict = judge(userName, (leaf) => leaf.t === 'scalar' && stringOf(leaf)?.trim().toLowerCase() === expected.name);
    if (!verdict) return;
    report({
      at: userName,
      certainty: verdict.certainty,
      message: message`${propertyName(expected.property)} ${verdict.because}: the admin user keeps the name AWS proposes by default, so an attacker who reaches the endpoint needs to guess only the password. Recreate the ${resource.kind === 'RedshiftCluster' ? 'cluster' : 'namespace'} with another admin user name.`,
    });
  },
});
