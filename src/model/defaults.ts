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
  Job: {
    EnableNetworkIsolation: false,
    EnableInterContainerTrafficEncryption: false,
  },
  RedshiftCluster: {
    PubliclyAccessible: false,
    Encrypted: false,
    EnhancedVpcRouting: false,
  },
  VpcEndpoint: {
    PrivateDnsEnabled: false,
    VpcEndpointType: 'Gateway',
  },
};
