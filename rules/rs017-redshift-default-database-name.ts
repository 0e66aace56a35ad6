import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge, stringOf } from '../src/model/value.js';
import { SERVERLESS_LIVE_AUDIT_NOTE } from './support/redshift-serverless.js';

/** The property naming the first database, by kind; AWS names it `dev` when it is omitted (defaults.ts). */
const DATABASE_NAME_PROPERTY: Readonly<Record<string, string>> = {
  RedshiftCluster: 'DBName',
  RedshiftServerlessNamespace: 'DbName',
};

const DEFAULT_DATABASE_NAME = 'dev';

export default defineRule({
  id: 'RS017',
  name: 'redshift-default-database-name',
  severity: 'low',
  appliesTo: ['RedshiftCluster', 'RedshiftServerlessNamespace'],
  fixable: false,
  tags: ['security', 'hardening', 'redshift'],
  presets: {
    recommended: true,
    reason: 'As with the default admin user name (RS011), a well-known database name is one guess fewer for an attacker with network reach; Security Hub rates it Medium. It cannot be renamed in place, so the gate matters most when the warehouse is created.',
  },
  docs: {
    summary: 'Redshift database keeps the default name dev',
    description:
      "Reports a provisioned Redshift cluster whose `DBName`, and a Redshift Serverless namespace whose `DbName`, is `dev` (compared without regard to case) or omitted: CreateCluster and CreateNamespace (and the AWS provider for Terraform, `database_name` and `db_name`) then create a database named `dev`. A name chosen at deploy time that can be `dev` is a possible violation; a name sagelint cannot see is not reported. No fix is offered: the first database of an existing cluster or namespace cannot be renamed by a template edit (changing the property replaces the cluster or namespace), so data must be moved to a new one.",
    risk: 'Connecting to a Redshift endpoint takes a host, a port, a database name and credentials. With the name everyone knows, scanners and password-spraying tools need nothing more than the endpoint, and an attacker who finds credentials in a leaked script needs no other detail to use them.',
    guidance: [
      { title: 'CreateCluster (DBName)', url: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html' },
      { title: 'Amazon Redshift Serverless CreateNamespace (dbName)', url: 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift Serverless (RedshiftServerless.7)', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html' },
    ],
    remediation: {
      cloudformation: 'DBName: <database-name>   # AWS::Redshift::Cluster\nDbName: <database-name>   # AWS::RedshiftServerless::Namespace',
      terraform: 'database_name = "<database-name>" # aws_redshift_cluster\ndb_name       = "<database-name>" # aws_redshiftserverless_namespace',
      cli: 'aws redshift-serverless create-namespace --namespace-name <namespace> --db-name <database-name>  # or create-cluster --db-name; then move the data',
      console: 'Create a new cluster or namespace with a database name other than dev, move the data and clients to it, then delete the old one.',
      recreate: 'the first database of a cluster or namespace is named at creation; changing DBName or DbName replaces the resource.',
    },
    alsoKnownAs: {
      'Security Hub': ['RedshiftServerless.7'],
      'AWS Config': ['redshift-default-db-name-check'],
      checkov: ['CKV_AWS_320'],
      Prowler: ['redshift_cluster_non_default_database_name'],
      Steampipe: ['redshift_cluster_no_default_database_name', 'redshiftserverless_namespace_no_default_database_username'],
    },
    notes: [
      'The live audit reads a cluster\'s `DBName` from DescribeClusters and a namespace\'s `dbName` from GetNamespace. ' + SERVERLESS_LIVE_AUDIT_NOTE,
      'Security Hub retired its provisioned-cluster control (Redshift.9) and keeps RedshiftServerless.7; AWS Config, checkov, Prowler and Steampipe still check clusters, so this rule covers both.',
    ],
  },
  check(resource, { report }) {
    const property = DATABASE_NAME_PROPERTY[resource.kind];
    if (!property) return;
    const name = prop(resource, property);
    const verdict = judge(name, (leaf) => stringOf(leaf)?.trim().toLowerCase() === DEFAULT_DATABASE_NAME);
    if (!verdict) return;
    report({
      at: name,
      certainty: verdict.certainty,
      message: message`${propertyName(property)} ${verdict.because}: the database keeps the name every Redshift user knows, so anyone who reaches the endpoint needs no other detail to try credentials against it. Create the ${resource.kind === 'RedshiftCluster' ? 'cluster' : 'namespace'} with another database name.`,
    });
  },
});
