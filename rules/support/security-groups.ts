/** What the rules that follow a resource to its security groups (SM007, RS014) share: finding the groups, their ingress rules, and what a rule lets in. */
import type { ResourceGraph } from '../../src/model/graph.js';
import { prop, type Resource } from '../../src/model/resource.js';
import { get, leaves, type Value } from '../../src/model/value.js';

/** Addresses that mean "anywhere". */
export const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** Where an ingress rule names its source range, and the placeholder a fix puts there. */
export const CIDR_FIELDS = [
  { field: 'CidrIp', placeholder: '<trusted-cidr>' },
  { field: 'CidrIpv6', placeholder: '<trusted-ipv6-cidr>' },
] as const;

/** Something that holds only for some deploy-time choices is uncertain. */
export interface Possibly<T> {
  item: T;
  certain: boolean;
}

/** Security groups of the template that the resource's list of group IDs (`property`) names, through every choice. */
export function securityGroupsOf(resource: Resource, graph: ResourceGraph, property: string): Possibly<Resource>[] {
  const found = new Map<Resource, boolean>();
  for (const list of leaves(prop(resource, property))) {
    if (list.value.t !== 'list') continue;
    for (const entry of list.value.items.flatMap(leaves)) {
      for (const group of graph.resolve(entry.value)) {
        if (group.kind === 'SecurityGroup') found.set(group, found.get(group) === true || (list.certain && entry.certain));
      }
    }
  }
  return [...found].map(([item, certain]) => ({ item, certain }));
}

/** An ingress rule, with the resource that declares it (the group, or a standalone ingress resource), whose names its fields take. */
export interface IngressRule extends Possibly<Value> {
  holder: Resource;
}

/**
 * The ingress rules of a group: its inline `SecurityGroupIngress` entries, and
 * standalone ingress resources whose `GroupId` (or, in a default VPC, `GroupName`)
 * refers to it.
 */
export function ingressRulesOf(group: Resource, graph: ResourceGraph): IngressRule[] {
  const rules: IngressRule[] = [];
  for (const list of leaves(prop(group, 'SecurityGroupIngress'))) {
    if (list.value.t !== 'list') continue;
    for (const entry of list.value.items.flatMap(leaves)) rules.push({ item: entry.value, certain: list.certain && entry.certain, holder: group });
  }
  const standalone = new Set(graph.referrers(group, 'SecurityGroupIngress').map((e) => e.from));
  for (const ingress of standalone) {
    const targets = ['GroupId', 'GroupName'].flatMap((key) => leaves(prop(ingress, key))).filter((l) => l.value.t !== 'omitted');
    const hits = targets.filter((l) => graph.resolve(l.value).includes(group));
    if (hits.length) rules.push({ item: ingress.props, certain: hits.length === targets.length && hits.every((l) => l.certain), holder: ingress });
  }
  return rules;
}

/** A known scalar of an ingress rule as trimmed text. */
function textOf(rule: Value, key: string): string | undefined {
  const v = get(rule, key);
  return v.t === 'scalar' && v.v !== null ? String(v.v).trim() : undefined;
}

/** Protocol `-1` (or Terraform's `all`): every protocol and port. */
function isAllTraffic(protocol: string | undefined): boolean {
  return protocol === '-1' || protocol?.toLowerCase() === 'all';
}

/** "TCP port 22", "TCP ports 8000-8999", "all traffic", as far as the rule is known. */
export function describeTraffic(rule: Value): string {
  const protocol = textOf(rule, 'IpProtocol');
  if (isAllTraffic(protocol)) return 'all traffic';
  const name = protocol && /^[a-z]+$/i.test(protocol) ? protocol.toUpperCase() : `protocol ${protocol ?? 'unknown'}`;
  const [from, to] = [textOf(rule, 'FromPort'), textOf(rule, 'ToPort')];
  if (from === undefined || to === undefined) return `${name} traffic`;
  return from === to ? `${name} port ${from}` : `${name} ports ${from}-${to}`;
}

/**
 * Whether an ingress rule lets TCP traffic reach `port`: 'yes', 'no', or
 * 'unknown' when its protocol or ports are not known. All traffic (`-1`)
 * covers every port; for TCP (`tcp` or `6`), `FromPort`–`ToPort` must hold it,
 * where -1 on both ends (as EC2 writes "all ports") does.
 */
export function coversTcpPort(rule: Value, port: number): 'yes' | 'no' | 'unknown' {
  const protocol = textOf(rule, 'IpProtocol');
  if (isAllTraffic(protocol)) return 'yes';
  if (protocol === undefined) return 'unknown';
  if (protocol.toLowerCase() !== 'tcp' && protocol !== '6') return 'no';
  const [from, to] = [Number(textOf(rule, 'FromPort')), Number(textOf(rule, 'ToPort'))];
  if (Number.isNaN(from) || Number.isNaN(to)) return 'unknown';
  if (from === -1 && to === -1) return 'yes';
  return from <= port && port <= to ? 'yes' : 'no';
}
