/** Redshift collector: clusters with their logging status, parameter groups with every parameter, subnet groups, snapshots and event subscriptions. */
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
import type { ServiceCalls } from './calls.js';
import { sortBy, toRecord } from './records.js';
import type { RedshiftState } from './snapshot.js';

const PAGE_SIZE = 100;

export async function collectRedshift(client: RedshiftClient, calls: ServiceCalls): Promise<RedshiftState> {
  const paging = { client, pageSize: PAGE_SIZE };
  const [clusters, groups, subnetGroups, snapshots, eventSubscriptions] = await Promise.all([
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
  };
}
