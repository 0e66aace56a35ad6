/**
 * The network around SageMaker resources, as far as the graph knows it: the
 * VPC a resource attaches to (through its subnets, security groups or VPC ID),
 * the VPC endpoints of a VPC and the AWS services they reach, and whether a
 * VPC routes to the internet. Works the same for every input: the loaders
 * resolve references (CloudFormation `!Ref`, Terraform addresses, live IDs)
 * into the graph's edges.
 */
import type { ResourceGraph } from './graph.js';
import type { Resource, ResourceKind } from './resource.js';
import { prop } from './resource.js';
import { get, leaves, stringOf, type Value } from './value.js';

// ── Where SageMaker resources attach ─────────────────────────────────────────

/** SageMaker kinds that can place network interfaces in a VPC. */
export const VPC_TENANT_KINDS: readonly ResourceKind[] = ['NotebookInstance', 'Domain', 'Model', 'Job'];

/** The values through which a resource names its place in a VPC: subnets, security groups, or the VPC itself. */
export function attachmentsOf(resource: Resource): Value[] {
  switch (resource.kind) {
    case 'NotebookInstance':
      return [prop(resource, 'SubnetId'), prop(resource, 'SecurityGroupIds')];
    case 'Domain':
      return [prop(resource, 'VpcId'), prop(resource, 'SubnetIds')];
    case 'Model':
    case 'Job':
      return [prop(resource, 'VpcConfig', 'Subnets'), prop(resource, 'VpcConfig', 'SecurityGroupIds')];
    default:
      return [];
  }
}

/** The VPCs in the graph that a value names: directly, or through a subnet or security group. */
export function vpcsNamedBy(graph: ResourceGraph, value: Value): Resource[] {
  const found = new Set<Resource>();
  for (const target of graph.resolve(value)) {
    if (target.kind === 'Vpc') found.add(target);
    else if (target.kind === 'Subnet' || target.kind === 'SecurityGroup') {
      for (const vpc of graph.resolve(prop(target, 'VpcId'))) if (vpc.kind === 'Vpc') found.add(vpc);
    }
  }
  return [...found];
}

/** The VPCs in the graph a SageMaker resource attaches to. */
export function vpcsOf(graph: ResourceGraph, resource: Resource): Resource[] {
  return [...new Set(attachmentsOf(resource).flatMap((value) => vpcsNamedBy(graph, value)))];
}

/** SageMaker resources attached to a VPC, in graph order. */
export function tenantsOf(graph: ResourceGraph, vpc: Resource): Resource[] {
  return graph.resources.filter((r) => VPC_TENANT_KINDS.includes(r.kind) && vpcsOf(graph, r).includes(vpc));
}

/** The resources of a kind in the graph that a resource attaches to: its subnets, its security groups. */
export function attachedOf(graph: ResourceGraph, resource: Resource, kind: 'Subnet' | 'SecurityGroup'): Resource[] {
  return [...new Set(attachmentsOf(resource).flatMap((value) => graph.resolve(value).filter((r) => r.kind === kind)))];
}

/** The route tables in the graph that a VPC's `VpcId` places in it. */
export function routeTablesOf(graph: ResourceGraph, vpc: Resource): Resource[] {
  return graph.ofKind('RouteTable').filter((t) => graph.resolve(prop(t, 'VpcId')).includes(vpc));
}

// ── VPC endpoints and the services they reach ───────────────────────────────

/** The services sagelint reasons about; other service names parse to `other`. */
export type EndpointService = 'sagemaker.api' | 'sagemaker.runtime' | 'notebook' | 'studio' | 's3' | 'other';

export const SAGEMAKER_INTERFACE_SERVICES: readonly EndpointService[] = ['sagemaker.api', 'sagemaker.runtime', 'notebook', 'studio'];

export interface ServiceName {
  service: EndpointService;
  /** As written: `eu-west-1`, or a placeholder like `${AWS::Region}`. */
  region: string;
  /** China regions prefix AWS service names with `cn.`. */
  china: boolean;
  /** The service part after the region, e.g. `sagemaker.featurestore-runtime`. */
  suffix: string;
}

// The region is a name, an interpolation, or the `<region>` placeholder a fix writes for the user to fill.
const AWS_SERVICE = /^(cn\.)?com\.amazonaws\.(\$\{[^}]*\}|<region>|[a-z0-9-]+)\.(.+)$/;
const SAGEMAKER_CONSOLE_SERVICE = /^aws\.sagemaker\.(\$\{[^}]*\}|<region>|[a-z0-9-]+)\.(notebook|studio)$/;
const KNOWN_SUFFIXES: Readonly<Record<string, EndpointService>> = {
  'sagemaker.api': 'sagemaker.api',
  'sagemaker.runtime': 'sagemaker.runtime',
  s3: 's3',
};

/**
 * Reads an endpoint service name: `com.amazonaws.<region>.sagemaker.api`,
 * `cn.com.amazonaws.<region>.…` (China), `aws.sagemaker.<region>.notebook`.
 * FIPS variants (`sagemaker.api-fips`) count as their service.
 */
export function parseServiceName(name: string): ServiceName | undefined {
  const console = SAGEMAKER_CONSOLE_SERVICE.exec(name);
  if (console) return { service: console[2] as 'notebook' | 'studio', region: console[1]!, china: console[1]!.startsWith('cn-'), suffix: console[2]! };
  const aws = AWS_SERVICE.exec(name);
  if (!aws) return undefined;
  const suffix = aws[3]!;
  return { service: KNOWN_SUFFIXES[suffix.replace(/-fips$/, '')] ?? 'other', region: aws[2]!, china: aws[1] !== undefined || aws[2]!.startsWith('cn-'), suffix };
}

/** SageMaker's own endpoint services: API, runtime, notebook, Studio, and the other `sagemaker.*` services (Feature Store, metrics). */
export function isSageMakerService(name: ServiceName): boolean {
  return SAGEMAKER_INTERFACE_SERVICES.includes(name.service) || name.suffix.startsWith('sagemaker.');
}

/** The service name of an endpoint for `service` in a region (`china` picks the `cn.` prefix). */
export function serviceNameFor(service: Exclude<EndpointService, 'other'>, region: string, china: boolean): string {
  if (service === 'notebook' || service === 'studio') return `aws.sagemaker.${region}.${service}`;
  return `${china ? 'cn.' : ''}com.amazonaws.${region}.${service}`;
}

/** What an endpoint's `ServiceName` can be: the names that parse, and whether some possibility cannot be read. */
export interface EndpointServices {
  names: ServiceName[];
  unreadable: boolean;
}

export function servicesOf(endpoint: Resource): EndpointServices {
  const value = prop(endpoint, 'ServiceName');
  const out: EndpointServices = { names: [], unreadable: leaves(value).length === 0 };
  for (const leaf of leaves(value)) {
    const text = stringOf(leaf.value);
    const parsed = text === undefined ? undefined : parseServiceName(text);
    if (parsed) out.names.push(parsed);
    else if (leaf.value.t !== 'scalar') out.unreadable = true;
  }
  return out;
}

/** The VPC endpoints in the graph that belong to a VPC. */
export function endpointsOf(graph: ResourceGraph, vpc: Resource): Resource[] {
  return graph.ofKind('VpcEndpoint').filter((endpoint) => graph.resolve(prop(endpoint, 'VpcId')).includes(vpc));
}

/** Where to take region and partition from when naming missing endpoints. */
export interface Naming {
  /** Undefined when only the deploying region can say, which each input names its own way (the unit's dialect). */
  region?: string;
  china: boolean;
}

/**
 * The region and partition of a VPC: the live location's, else those an
 * endpoint in the graph names, else none: the region it is deployed in.
 */
export function namingFor(graph: ResourceGraph, vpc: Resource): Naming {
  if (vpc.loc.kind === 'live') return { region: vpc.loc.region, china: vpc.loc.partition === 'aws-cn' };
  const named = [...endpointsOf(graph, vpc), ...graph.ofKind('VpcEndpoint')].flatMap((e) => servicesOf(e).names);
  const concrete = named.find((n) => !n.region.startsWith('${') && n.region !== '<region>');
  if (concrete) return { region: concrete.region, china: concrete.china };
  return { china: named.some((n) => n.china) };
}

// ── Routes to the internet ───────────────────────────────────────────────────

export type Reach = 'yes' | 'no' | 'unknown';

/** Route targets through which private network interfaces reach the internet (an internet gateway needs a public IP). */
const EGRESS_TARGETS = ['NatGatewayId', 'TransitGatewayId', 'InstanceId', 'NetworkInterfaceId'];
const DEFAULT_ROUTES = ['0.0.0.0/0', '::/0'];

/**
 * Whether resources in these subnets of a VPC can reach the internet: a default
 * route to a NAT gateway, transit gateway or appliance. Live subnets carry
 * their routes; otherwise the routes of the VPC's route tables in the graph
 * count, since their subnet associations are not traced. A VPC declared with
 * no such route reaches nothing: its main route table has only the local route.
 */
export function internetPath(graph: ResourceGraph, vpc: Resource, subnets: readonly Resource[]): Reach {
  const live = subnets.filter((s) => prop(s, 'Routes').t !== 'omitted');
  if (live.length > 0) return worst(live.map((subnet) => reachOf(routeEntries(prop(subnet, 'Routes')))));
  const tables = routeTablesOf(graph, vpc);
  const entries = tables.flatMap((t) => routeEntries(prop(t, 'Routes')));
  let unresolved = false;
  for (const route of graph.ofKind('Route')) {
    const table = prop(route, 'RouteTableId');
    const targets = graph.resolve(table);
    // Terraform names a VPC's main table through the VPC (`aws_vpc.x.main_route_table_id`).
    if (targets.some((t) => t === vpc || tables.includes(t))) entries.push(route.props);
    else if (targets.length === 0 && leaves(table).every((l) => l.value.t !== 'scalar')) unresolved = true;
  }
  const reach = reachOf(entries);
  return reach === 'no' && unresolved ? 'unknown' : reach;
}

function routeEntries(routes: Value): Value[] {
  return leaves(routes).flatMap((l) => (l.value.t === 'list' ? [...l.value.items] : []));
}

function reachOf(routes: readonly Value[]): Reach {
  let reach: Reach = 'no';
  for (const route of routes) {
    const destinations = [get(route, 'DestinationCidrBlock'), get(route, 'DestinationIpv6CidrBlock')].flatMap(leaves);
    if (!destinations.some((d) => DEFAULT_ROUTES.includes(stringOf(d.value) ?? ''))) continue;
    const targets = EGRESS_TARGETS.flatMap((key) => leaves(get(route, key)));
    if (targets.some((t) => t.value.t !== 'omitted' && t.certain)) return 'yes';
    if (targets.some((t) => t.value.t !== 'omitted')) reach = 'unknown';
  }
  return reach;
}

function worst(reaches: readonly Reach[]): Reach {
  if (reaches.includes('no')) return 'no';
  return reaches.includes('unknown') ? 'unknown' : 'yes';
}

// ── Endpoint policies that fixes write ───────────────────────────────────────

/** The condition endpoint fixes add: only principals of your own account may use the endpoint. */
export const OWN_ACCOUNT_CONDITION = { StringEquals: { 'aws:PrincipalAccount': '<account-id>' } };

/** A full-access endpoint policy held to your account's principals: what fixes write where an endpoint has none. */
export const ACCOUNT_ENDPOINT_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: OWN_ACCOUNT_CONDITION }],
};
