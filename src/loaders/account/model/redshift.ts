/**
 * Redshift records → resources: clusters with their logging status, parameter
 * groups with their parameters, subnet groups, snapshots and event
 * subscriptions; Redshift Serverless workgroups and namespaces.
 */
import type { Path } from '../../../model/location.js';
import type { Value } from '../../../model/value.js';
import type { LiveValues } from '../live-values.js';
import type { RedshiftState } from '../snapshot.js';
import { asIs, type Spec, type SpecTable, type Where } from './spec.js';

type RS<K extends keyof RedshiftState> = RedshiftState[K][number];

const redshiftArn = (where: Where, type: string, name: string | undefined) => name && `arn:${where.partition}:redshift:${where.region}:${where.account}:${type}:${name}`;

/** CloudFormation's LoggingProperties are present exactly when audit logging is on. */
function loggingProperties(status: RS<'clusters'>['LoggingStatus'], v: LiveValues): Value | undefined {
  if (!status) return v.unknown('the logging status could not be read (DescribeLoggingStatus failed)', ['LoggingStatus']);
  if (!status.LoggingEnabled) return undefined;
  const { LoggingEnabled: _enabled, LastSuccessfulDeliveryTime: _last, LastFailureTime: _failure, LastFailureMessage: _message, ...properties } = status;
  return v.plain(properties, ['LoggingStatus']);
}

const REDSHIFT_CLUSTER: Spec<RS<'clusters'>> = {
  kind: 'RedshiftCluster',
  type: 'Cluster',
  arn: (r, where) => redshiftArn(where, 'cluster', r.ClusterIdentifier),
  ids: (r) => [r.ClusterIdentifier],
  tags: 'inline',
  props: (r, v, ctx) => {
    const group = r.ClusterParameterGroups?.[0];
    return v.record(r, {
      VpcSecurityGroups: undefined,
      VpcSecurityGroupIds: r.VpcSecurityGroups && v.list(r.VpcSecurityGroups.map((g, i) => v.plain(g.VpcSecurityGroupId ?? null, ['VpcSecurityGroups', i, 'VpcSecurityGroupId'])), ['VpcSecurityGroups']),
      // DescribeClusters says Enabled or Disabled where CloudFormation's MultiAZ is a boolean.
      MultiAZ: r.MultiAZ === undefined ? undefined : v.plain(r.MultiAZ.toLowerCase() === 'enabled', ['MultiAZ']),
      // CloudFormation's Port is the endpoint's port.
      Port: r.Endpoint?.Port === undefined ? undefined : v.plain(r.Endpoint.Port, ['Endpoint', 'Port']),
      ClusterParameterGroups: undefined,
      ClusterParameterGroupName: ctx.byNameOf(v, 'RedshiftParameterGroup', group?.ParameterGroupName, ['ClusterParameterGroups', 0, 'ParameterGroupName']),
      IamRoles: r.IamRoles && v.list(r.IamRoles.map((role, i) => v.plain(role.IamRoleArn ?? null, ['IamRoles', i, 'IamRoleArn'])), ['IamRoles']),
      LoggingStatus: undefined,
      LoggingProperties: loggingProperties(r.LoggingStatus, v),
    });
  },
};

/**
 * AWS keeps a default parameter group (`default.redshift-1.0`, …) in every
 * region of every account: it is judged only when a cluster of the region
 * uses it, like any other resource AWS owns. The account's own groups are
 * always judged.
 */
function isUsedOrOwnParameterGroup(group: RS<'parameterGroups'>, clusters: readonly RS<'clusters'>[]): boolean {
  const name = group.ParameterGroupName;
  if (!name?.startsWith('default.')) return true;
  return clusters.some((cluster) => cluster.ClusterParameterGroups?.some((used) => used.ParameterGroupName === name));
}

const REDSHIFT_PARAMETER_GROUP: Spec<RS<'parameterGroups'>> = {
  kind: 'RedshiftParameterGroup',
  type: 'ClusterParameterGroup',
  arn: (r, where) => redshiftArn(where, 'parametergroup', r.ParameterGroupName),
  name: (r) => r.ParameterGroupName,
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      Parameters: r.Parameters
        ? v.list(
            r.Parameters.map((p, i) => v.plain({ ParameterName: p.ParameterName, ParameterValue: p.ParameterValue, Source: p.Source }, ['Parameters', i])),
            ['Parameters'],
          )
        : v.unknown('the parameters could not be read (DescribeClusterParameters failed)', ['Parameters']),
    }),
};

/** The subnets stay as DescribeClusterSubnetGroups gives them (each with its Availability Zone); their IDs are CloudFormation's SubnetIds. */
const REDSHIFT_SUBNET_GROUP: Spec<RS<'subnetGroups'>> = {
  kind: 'RedshiftSubnetGroup',
  type: 'ClusterSubnetGroup',
  arn: (r, where) => redshiftArn(where, 'subnetgroup', r.ClusterSubnetGroupName),
  name: (r) => r.ClusterSubnetGroupName,
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      SubnetIds: r.Subnets && v.list(r.Subnets.map((s, i) => v.plain(s.SubnetIdentifier ?? null, ['Subnets', i, 'SubnetIdentifier'])), ['Subnets']),
    }),
};

/** A snapshot is named within its cluster: `snapshot:<cluster>/<snapshot>`. */
const REDSHIFT_SNAPSHOT: Spec<RS<'snapshots'>> = {
  kind: 'RedshiftSnapshot',
  type: 'Snapshot',
  arn: (r, where) => r.ClusterIdentifier && r.SnapshotIdentifier && redshiftArn(where, 'snapshot', `${r.ClusterIdentifier}/${r.SnapshotIdentifier}`),
  tags: 'inline',
  props: asIs,
};

const REDSHIFT_EVENT_SUBSCRIPTION: Spec<RS<'eventSubscriptions'>> = {
  kind: 'RedshiftEventSubscription',
  type: 'EventSubscription',
  arn: (r, where) => redshiftArn(where, 'eventsubscription', r.CustSubscriptionId),
  name: (r) => r.CustSubscriptionId,
  tags: 'inline',
  props: (r, v) => v.record(r, { CustSubscriptionId: undefined, SubscriptionName: v.optional(r.CustSubscriptionId, ['CustSubscriptionId']) }),
};

/**
 * The Redshift Serverless API names properties in camelCase
 * (`publiclyAccessible`, `configParameters[].parameterKey`) where
 * CloudFormation names the same ones in PascalCase (`PubliclyAccessible`,
 * `ConfigParameters[].ParameterKey`): the keys are renamed at every depth,
 * and each value stays located at its API path.
 */
function pascalCased(data: unknown, v: LiveValues, apiPath: Path): Value {
  if (Array.isArray(data)) return v.list(data.map((item: unknown, i) => pascalCased(item, v, [...apiPath, i])), apiPath);
  if (data === null || typeof data !== 'object') return v.plain(data, apiPath);
  return v.map(
    Object.entries(data).map(([key, value]: [string, unknown]) => [`${key.charAt(0).toUpperCase()}${key.slice(1)}`, value === undefined ? undefined : pascalCased(value, v, [...apiPath, key])] as const),
    apiPath,
  );
}

/** Tags are not read: no rule on workgroups or namespaces judges them. */
const SERVERLESS_WORKGROUP: Spec<RS<'workgroups'>> = {
  kind: 'RedshiftServerlessWorkgroup',
  type: 'Workgroup',
  arn: (r) => r.workgroupArn,
  name: (r) => r.workgroupName,
  ids: (r) => [r.workgroupId],
  tags: 'none',
  props: (r, v) => pascalCased(r, v, []),
};

const SERVERLESS_NAMESPACE: Spec<RS<'namespaces'>> = {
  kind: 'RedshiftServerlessNamespace',
  type: 'Namespace',
  arn: (r) => r.namespaceArn,
  name: (r) => r.namespaceName,
  ids: (r) => [r.namespaceId],
  tags: 'none',
  props: (r, v) => pascalCased(r, v, []),
};

/** How each collection of a region's Redshift state maps; AWS's default parameter groups only where a cluster uses them. */
export function redshiftSpecs(redshift: RedshiftState): SpecTable<RedshiftState> {
  return {
    clusters: REDSHIFT_CLUSTER,
    parameterGroups: { ...REDSHIFT_PARAMETER_GROUP, include: (group) => isUsedOrOwnParameterGroup(group, redshift.clusters) },
    subnetGroups: REDSHIFT_SUBNET_GROUP,
    snapshots: REDSHIFT_SNAPSHOT,
    eventSubscriptions: REDSHIFT_EVENT_SUBSCRIPTION,
    workgroups: SERVERLESS_WORKGROUP,
    namespaces: SERVERLESS_NAMESPACE,
  };
}
