/**
 * All resources of one unit of scanning (a template, a Terraform root module, an
 * account snapshot), with the references between them resolved into edges.
 */
import { addToGroup } from '../collections.js';
import type { Resource, ResourceKind } from './resource.js';
import type { Value } from './value.js';

export interface Edge {
  from: Resource;
  to: Resource;
  /** The referring value (for locations and messages). */
  via: Value;
}

export class ResourceGraph {
  readonly resources: readonly Resource[];
  private readonly byName = new Map<string, Resource>();
  private readonly outgoing = new Map<Resource, Edge[]>();
  private readonly incoming = new Map<Resource, Edge[]>();
  /** Referrers by kind, built on first ask: a security group or VPC can have thousands of referrers, asked for once per tenant. */
  private readonly incomingByKind = new Map<Resource, Map<ResourceKind, Edge[]>>();

  constructor(resources: readonly Resource[]) {
    this.resources = resources;
    for (const r of resources) {
      this.byName.set(r.id, r);
      for (const alias of r.aliases) if (!this.byName.has(alias)) this.byName.set(alias, r);
    }
    for (const r of resources) this.indexReferences(r, r.props);
  }

  byId(id: string): Resource | undefined {
    return this.byName.get(id);
  }

  ofKind(kind: ResourceKind): Resource[] {
    return this.resources.filter((r) => r.kind === kind);
  }

  /** Resources a value refers to: a reference, an ID, a name or an ARN, through every choice. */
  resolve(value: Value): Resource[] {
    const found = new Set<Resource>();
    this.collectTargets(value, found);
    return [...found];
  }

  /** Resources this one refers to, optionally only of one kind. */
  references(resource: Resource, kind?: ResourceKind): Edge[] {
    const edges = this.outgoing.get(resource) ?? [];
    return kind ? edges.filter((e) => e.to.kind === kind) : edges;
  }

  /** Resources that refer to this one, optionally only of one kind. */
  referrers(resource: Resource, kind?: ResourceKind): readonly Edge[] {
    const edges = this.incoming.get(resource) ?? [];
    if (!kind) return edges;
    let byKind = this.incomingByKind.get(resource);
    if (!byKind) {
      byKind = new Map();
      for (const edge of edges) addToGroup(byKind, edge.from.kind, edge);
      this.incomingByKind.set(resource, byKind);
    }
    return byKind.get(kind) ?? [];
  }

  private collectTargets(value: Value, found: Set<Resource>): void {
    switch (value.t) {
      case 'ref': {
        const target = this.byName.get(value.target);
        if (target) found.add(target);
        return;
      }
      case 'scalar': {
        const target = typeof value.v === 'string' ? this.byName.get(value.v) : undefined;
        if (target) found.add(target);
        return;
      }
      case 'list':
        for (const item of value.items) this.collectTargets(item, found);
        return;
      case 'oneOf':
        for (const o of value.options) this.collectTargets(o.value, found);
        return;
      case 'unknown':
        if (value.fallback) this.collectTargets(value.fallback.value, found);
        return;
      default:
        return;
    }
  }

  private indexReferences(from: Resource, value: Value): void {
    switch (value.t) {
      case 'map':
        for (const v of value.entries.values()) this.indexReferences(from, v);
        return;
      case 'list':
        for (const item of value.items) this.indexReferences(from, item);
        return;
      case 'oneOf':
        for (const o of value.options) this.indexReferences(from, o.value);
        return;
      case 'unknown':
        if (value.fallback) this.indexReferences(from, value.fallback.value);
        return;
      case 'ref':
      case 'scalar':
        for (const to of this.resolve(value)) if (to !== from) this.addEdge({ from, to, via: value });
        return;
      case 'omitted':
        return;
    }
  }

  private addEdge(edge: Edge): void {
    addToGroup(this.outgoing, edge.from, edge);
    addToGroup(this.incoming, edge.to, edge);
  }
}
