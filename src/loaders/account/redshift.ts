/**
 * Redshift collector: clusters with their logging status, parameter groups with
 * every parameter, subnet groups, snapshots and event subscriptions; and from
 * the Redshift Serverless API, workgroups and namespaces.
 */
import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameterGroups,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  paginateDescribeClusterSnapshots,
  paginateDescribeClusterSubnetGroups,
  paginateDescribeEventSubscriptions,
  type RedshiftClient,
} from '@aws-sdk/client-redshift';
import { GetNamespaceCommand, paginateListWorkgroups, type RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import type { ServiceCalls } from './calls.js';
import { distinct, sortBy, toRecord } from './records.js';
import type { RedshiftState } from './snapshot.js';

const PAGE_SIZE = 100;

/** Redshift Serverless is an API of its own: its calls are made, and its gaps recorded, under `redshift-serverless`. */
export interface ServerlessAccess {
  client: RedshiftServerlessClient;
  calls: ServiceCalls;
}

export async function collectRedshift(client: RedshiftClient, calls: ServiceCalls, serverless: ServerlessAccess): Promise<RedshiftState> {
  const paging = { client, pageSize: PAGE_SIZE };
  const [{ workgroups, namespaces }, clusters, groups, subnetGroups, snapshots, eventSubscriptions] = await Promise.all([
    collectRedshiftServerless(serverless),
    calls.pages('DescribeClusters', () => paginateDescribeClusters(paging, {}), (p) => p.Clusters),
    calls.pages('DescribeClusterParameterGroups', () => paginateDescribeClusterParameterGroups(paging, {}), (p) => p.ParameterGroups),
    calls.pages('DescribeClusterSubnetGroups', () => paginateDescribeClusterSubnetGroups(paging, {}), (p) => p.ClusterSubnetGroups),
    calls.pages('DescribeClusterSnapshots', () => paginateDescribeClusterSnapshots(paging, {}), (p) => p.Snapshots),
    calls.pages('DescribeEventSubscriptions', () => paginateDescribeEventSubscriptions(paging, {}), (p) => p.EventSubscriptionsList),
  ]);
  const withLogging = await Promise.all(
    clusters.items.map(async (cluster) => {
      const ClusterIdentifier = cluster.ClusterIdentifier;
      const status = ClusterIdentifier
        ? await calls.call('DescribeLoggingStatus', () => client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier })), ClusterIdentifier)
        : undefined;
      return { ...toRecord(cluster), ...(status ? { LoggingStatus: toRecord(status) } : {}) };
    }),
  );
  const withParameters = await Promise.all(
    groups.items.map(async (group) => {
      const ParameterGroupName = group.ParameterGroupName;
      const parameters = ParameterGroupName
        ? await calls.pages('DescribeClusterParameters', () => paginateDescribeClusterParameters(paging, { ParameterGroupName }), (p) => p.Parameters, ParameterGroupName)
        : undefined;
      // Half a parameter list would read as "not set": keep none rather than some.
      return { ...toRecord(group), ...(parameters?.complete ? { Parameters: parameters.items.map(toRecord) } : {}) };
    }),
  );
  return {
    clusters: sortBy(withLogging, (c) => c.ClusterIdentifier),
    parameterGroups: sortBy(withParameters, (g) => g.ParameterGroupName),
    subnetGroups: sortBy(subnetGroups.items.map(toRecord), (g) => g.ClusterSubnetGroupName),
    snapshots: sortBy(snapshots.items.map(toRecord), (s) => `${s.ClusterIdentifier}/${s.SnapshotIdentifier}`),
    eventSubscriptions: sortBy(eventSubscriptions.items.map(toRecord), (s) => s.CustSubscriptionId),
    workgroups,
    namespaces,
  };
}

/**
 * ListWorkgroups gives each workgroup whole (the shape GetWorkgroup returns).
 * Namespaces are read through the workgroups that use them, with GetNamespace:
 * the SecurityAudit managed policy grants GetNamespace but not ListNamespaces,
 * and a namespace no workgroup uses serves no queries. A namespace that cannot
 * be read is left out, and its failed call is its gap.
 */
async function collectRedshiftServerless({ client, calls }: ServerlessAccess): Promise<Pick<RedshiftState, 'workgroups' | 'namespaces'>> {
  const workgroups = await calls.pages('ListWorkgroups', () => paginateListWorkgroups({ client, pageSize: PAGE_SIZE }, {}), (p) => p.workgroups);
  const namespaces = await Promise.all(
    distinct(workgroups.items.map((w) => w.namespaceName)).map(
      async (namespaceName) => (await calls.call('GetNamespace', () => client.send(new GetNamespaceCommand({ namespaceName })), namespaceName))?.namespace,
    ),
  );
  return {
    workgroups: sortBy(workgroups.items.map(toRecord), (w) => w.workgroupName),
    namespaces: sortBy(
      namespaces.filter((n) => n !== undefined).map(toRecord),
      (n) => n.namespaceName,
    ),
  };
}
