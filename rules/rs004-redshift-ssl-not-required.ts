import { message, propertyName } from '../src/core/dialect.js';
import { defineRule, type RuleContext } from '../src/core/rule.js';
import type { ResourceGraph } from '../src/model/graph.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, stringOf, type ConcreteValue, type OmittedValue } from '../src/model/value.js';
import { isFalse } from './support/value-predicates.js';

/**
 * `require_ssl` in a parameter group that does not set it: the value of the
 * family's default group. default.redshift-1.0 has always had it off;
 * default.redshift-2.0, the default for clusters created since 10 January 2025,
 * has it on (AWS Security Blog, "Amazon Redshift enhances security by changing
 * default behavior in 2025"). A custom group starts with its family's defaults.
 */
const FAMILY_REQUIRES_SSL: Readonly<Record<string, boolean>> = {
  'redshift-1.0': false,
  'redshift-2.0': true,
};
const DEFAULT_GROUP_PREFIX = 'default.';
const SECURE_DEFAULT_GROUP = 'default.redshift-2.0';
const REQUIRE_SSL = 'require_ssl';

export default defineRule({
  id: 'RS004',
  name: 'redshift-ssl-not-required',
  severity: 'medium',
  appliesTo: ['RedshiftCluster', 'RedshiftParameterGroup'],
  fixable: true,
  tags: ['security', 'encryption', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: 'Without require_ssl, clients may send credentials and query results in clear text.',
  },
  docs: {
    summary: 'Redshift parameter group does not require SSL connections',
    description:
      "Reports where a Redshift cluster's parameter group lets clients connect without TLS. A parameter group declared in the same template (`AWS::Redshift::ClusterParameterGroup`, kind RedshiftParameterGroup) is judged where it is declared, once however many clusters use it, and whether or not a cluster in the template uses it: it is reported when its `require_ssl` parameter is not true (matched case-insensitively; a value chosen at deploy time is a possible violation, one severity lower), or when it does not set `require_ssl` and its `ParameterGroupFamily` is `redshift-1.0`, whose default is false (a custom group starts with its family's defaults; in `redshift-2.0` the default is true). A cluster is reported when its `ClusterParameterGroupName` names the AWS default group `default.redshift-1.0`, whose require_ssl is false. A cluster that names no group gets `default.redshift-2.0` (the default for clusters created or restored since 10 January 2025), where require_ssl is true, so it is not reported. A group named by a string that is neither in the scanned input nor an AWS default group cannot be judged and is not reported; nor is a group whose parameter list or names are only known at deploy time.",
    risk: 'Without require_ssl, the cluster accepts unencrypted client connections: database credentials, queries and result sets can be read or altered on the network path between client and cluster, and a client that silently falls back to plain text goes unnoticed.',
    guidance: [
      {
        title: 'Configuring security options for connections (require_SSL)',
        url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
      },
      {
        title: 'Amazon Redshift parameter groups',
        url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html',
      },
      {
        title: 'Amazon Redshift enhances security by changing default behavior in 2025',
        url: 'https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/',
      },
    ],
    remediation: {
      cloudformation:
        'Type: AWS::Redshift::ClusterParameterGroup\nProperties:\n  ParameterGroupFamily: redshift-2.0\n  Parameters:\n    - ParameterName: require_ssl\n      ParameterValue: "true"\n# and on the cluster: ClusterParameterGroupName: !Ref <parameter-group>',
      terraform:
        'resource "aws_redshift_parameter_group" "<name>" {\n  family = "redshift-2.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}',
      cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <parameter-group> --parameters ParameterName=require_ssl,ParameterValue=true\naws redshift reboot-cluster --cluster-identifier <cluster-id>',
      console:
        'Amazon Redshift console → Configurations → Workload management → select the parameter group → Parameters → Edit parameters → set require_ssl to true → Save; then reboot each cluster that uses the group. A cluster on default.redshift-1.0 must first be given another group (default.redshift-2.0 or a custom one): Actions → Modify.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.2'],
      'AWS Config': ['redshift-require-tls-ssl'],
      'cdk-nag': [
        'AwsSolutions-RS1',
        'HIPAA.Security-RedshiftRequireTlsSSL',
        'NIST.800.53.R4-RedshiftRequireTlsSSL',
        'NIST.800.53.R5-RedshiftRequireTlsSSL',
        'PCI.DSS.321-RedshiftRequireTlsSSL',
      ],
      checkov: ['CKV_AWS_105'],
      Prowler: ['redshift_cluster_in_transit_encryption_enabled'],
      Steampipe: ['redshift_cluster_encryption_in_transit_enabled'],
      ScoutSuite: ['redshift-parameter-group-ssl-not-required'],
    },
    notes: [
      'A cluster that names no parameter group is not reported: since 10 January 2025 it gets default.redshift-2.0, where require_ssl is true. A cluster created before then from such a template is on default.redshift-1.0, which an account audit (sagelint audit) shows. cdk-nag (AwsSolutions-RS1) reports every cluster without a parameter group that sets require_ssl.',
      'A change to require_ssl takes effect after the cluster reboots. Clients must then connect with SSL (for example sslmode=verify-full), so check them before the change.',
      'The finding for a parameter group is attached to the group, not to its clusters: suppress it on the group.',
    ],
  },
  check(resource, context) {
    if (resource.kind === 'RedshiftCluster') checkClusterGroupName(resource, context);
    else checkParameterGroup(resource, context);
  },
});

/** A cluster attached to an AWS default group that does not require SSL. */
function checkClusterGroupName(cluster: Resource, { graph, report }: RuleContext): void {
  const groupName = prop(cluster, 'ClusterParameterGroupName');
  const verdict = judge(groupName, (leaf) => defaultGroupRequiresSsl(leaf, graph) === false);
  if (!verdict) return;
  report({
    at: groupName,
    certainty: verdict.certainty,
    message: message`${propertyName('ClusterParameterGroupName')} ${verdict.because}: in that AWS default parameter group require_ssl is false, so clients can connect without TLS. Use ${SECURE_DEFAULT_GROUP}, where require_ssl is true, or a parameter group that sets require_ssl to true.`,
    fix: { description: `Use the ${SECURE_DEFAULT_GROUP} parameter group`, edits: [{ target: groupName, value: SECURE_DEFAULT_GROUP }] },
  });
}

/** require_ssl of the AWS default group a name denotes; undefined for any other name. */
function defaultGroupRequiresSsl(leaf: ConcreteValue | OmittedValue, graph: ResourceGraph): boolean | undefined {
  const name = stringOf(leaf)?.toLowerCase();
  if (!name?.startsWith(DEFAULT_GROUP_PREFIX) || graph.resolve(leaf).length > 0) return undefined;
  return FAMILY_REQUIRES_SSL[name.slice(DEFAULT_GROUP_PREFIX.length)];
}

function checkParameterGroup(group: Resource, { graph, report }: RuleContext): void {
  const parameters = prop(group, 'Parameters');
  if (parameters.t !== 'list' && parameters.t !== 'omitted') return;
  const items = parameters.t === 'list' ? parameters.items : [];
  const names = items.map((item) => stringOf(get(item, 'ParameterName'))?.toLowerCase());
  const requireSsl = items[names.indexOf(REQUIRE_SSL)];
  const affected = `clients of ${describeUsers(group, graph)}`;

  if (requireSsl) {
    const value = get(requireSsl, 'ParameterValue');
    const verdict = judge(value, isFalse);
    if (!verdict) return;
    report({
      at: value,
      certainty: verdict.certainty,
      message: `require_ssl ${verdict.because} in parameter group ${group.id}: ${affected} can connect without TLS, exposing credentials and query results on the network. Set require_ssl to true.`,
      fix: { description: 'Set require_ssl to true', edits: [{ target: value, value: 'true' }] },
    });
    return;
  }
  // A parameter whose name is known only at deploy time may be require_ssl.
  if (names.includes(undefined)) return;

  const family = prop(group, 'ParameterGroupFamily');
  const verdict = judge(family, (leaf) => FAMILY_REQUIRES_SSL[stringOf(leaf)?.toLowerCase() ?? ''] === false);
  if (!verdict) return;
  const entry = { ParameterName: REQUIRE_SSL, ParameterValue: 'true' };
  // A missing list is inserted whole; a present one gets an item inserted after its last
  // (in HCL a parameter block after the others; the CloudFormation renderer does not render it yet, so there such a finding carries no text edit).
  const addEntry = parameters.t === 'list' ? { target: get(parameters, parameters.items.length), value: entry } : { target: parameters, value: [entry] };
  report({
    at: parameters,
    certainty: verdict.certainty,
    message: message`Parameter group ${group.id} does not set require_ssl, and its ${propertyName('ParameterGroupFamily', { of: group })} ${verdict.because}, where require_ssl defaults to false: ${affected} can connect without TLS. Add require_ssl with the value true.`,
    fix: { description: 'Add require_ssl = true to the parameter group', edits: [addEntry] },
  });
}

function describeUsers(group: Resource, graph: ResourceGraph): string {
  const clusters = [...new Set(graph.referrers(group, 'RedshiftCluster').map((edge) => edge.from.id))];
  if (clusters.length === 0) return 'the clusters that use it';
  return `${clusters.length === 1 ? 'cluster' : 'clusters'} ${clusters.join(', ')}`;
}
