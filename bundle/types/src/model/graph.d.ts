import type { Resource, ResourceKind } from './resource.js';
import type { Value } from './value.js';
export interface Edge {
    from: Resource;
    to: Resource;
    /** The referring value (for locations and messages). */
    via: Value;
}
export declare class ResourceGraph {
    readonly resources: readonly Resource[];
    private readonly byName;
    private readonly outgoing;
    private readonly incoming;
    /** Referrers by kind, built on first ask: a security group or VPC can have thousands of referrers, asked for once per tenant. */
    private readonly incomingByKind;
    constructor(resources: readonly Resource[]);
    byId(id: string): Resource | undefined;
    ofKind(kind: ResourceKind): Resource[];
    /** Resources a value refers to: a reference, an ID, a name or an ARN, through every choice. */
    resolve(value: Value): Resource[];
    /** Resources this one refers to, optionally only of one kind. */
    references(resource: Resource, kind?: ResourceKind): Edge[];
    /** Resources that refer to this one, optionally only of one kind. */
    referrers(resource: Resource, kind?: ResourceKind): readonly Edge[];
    private collectTargets;
    private indexReferences;
    private addEdge;
}
