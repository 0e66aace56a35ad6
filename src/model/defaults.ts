/**
 * Values AWS applies when a property is omitted, by resource kind and canonical
 * property path. Rules read them through `prop`, so a message can say "omitted,
 * defaults to …". Sources: the CloudFormation resource reference and the API
 * reference of each service.
 */
import type { Scalar } from './value.js';
import type { ResourceKind } from './resource.js';

export const AWS_DEFAULTS: Partial<Record<ResourceKind, Record<string, Scalar>>> = {
  NotebookInstance: {
    DirectInternetAccess: 'Enabled',
    RootAccess: 'Enabled',
    'InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion': '1',
  },
  Domain: {
    AppNetworkAccessType: 'PublicInternetOnly',
  },
  Model: {
    EnableNetworkIsolation: false,
  },
  EndpointConfig: {
    EnableNetworkIsolation: false,
  },
  Job: {
    EnableNetworkIsolation: false,
    EnableInterContainerTrafficEncryption: false,
  },
  // Redshift changed these for clusters created or restored since 10 January 2025
  // (CreateCluster API reference; AWS Security Blog "Amazon Redshift enhances security
  // by changing default behavior in 2025"): private, encrypted, and attached to
  // default.redshift-2.0, whose require_ssl is true.
  RedshiftCluster: {
    PubliclyAccessible: false,
    Encrypted: true,
    EnhancedVpcRouting: false,
    ClusterParameterGroupName: 'default.redshift-2.0',
    // CreateCluster API reference: allowVersionUpgrade defaults to true, automatedSnapshotRetentionPeriod to 1 day.
    AllowVersionUpgrade: true,
    AutomatedSnapshotRetentionPeriod: 1,
    Port: 5439,
    MultiAZ: false,
    // CreateCluster and CreateNamespace: the first database is named dev when no name is given.
    DBName: 'dev',
  },
  RedshiftServerlessNamespace: {
    DbName: 'dev',
  },
  // CreateWorkgroup API reference: publiclyAccessible and enhancedVpcRouting default to false.
  RedshiftServerlessWorkgroup: {
    PubliclyAccessible: false,
    EnhancedVpcRouting: false,
  },
  VpcEndpoint: {
    PrivateDnsEnabled: false,
    VpcEndpointType: 'Gateway',
  },
};
