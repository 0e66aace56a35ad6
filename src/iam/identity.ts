/**
 * Identities and the policies that apply to them, over the resource graph.
 *
 * Reads canonical (CloudFormation-shaped) properties: `AWS::IAM::Role`/`User`/
 * `Group` with inline `Policies`, `ManagedPolicyArns`, `PermissionsBoundary`,
 * a user's `Groups`; policy resources (`AWS::IAM::Policy`, `ManagedPolicy`,
 * `RolePolicy`, `UserPolicy`, `GroupPolicy`) with `PolicyDocument` attached
 * through `Roles`/`Users`/`Groups` or `RoleName`/`UserName`/`GroupName`.
 */
import type { Edge, ResourceGraph } from '../model/graph.js';
import { prop, propertyPathOf, SAGEMAKER_KINDS, type Resource, type ResourceKind } from '../model/resource.js';
import { stringOf, type Value } from '../model/value.js';
import type { ManagedPolicyCatalog } from './managed.js';
import { ALWAYS, both, eachLeaf, parsePolicyDocument, patternsOf, type Contingency, type Pattern, type PolicyDocument } from './policy.js';
import type { AttachedPolicy, PolicyScope, UnresolvedPolicy } from './scope.js';
import { trustsSageMaker } from './trust.js';

export const IDENTITY_KINDS: readonly ResourceKind[] = ['IamRole', 'IamUser', 'IamGroup'];

/** SageMaker resources, whose role SageMaker assumes to act for them. */
const SAGEMAKER_KIND_SET: ReadonlySet<ResourceKind> = new Set(SAGEMAKER_KINDS);

/** Properties through which a SageMaker resource names the role it runs as (at any depth). */
const ROLE_PROPERTIES = new Set(['RoleArn', 'ExecutionRoleArn', 'ExecutionRole']);

/** Properties through which a policy resource attaches itself to identities. */
const ATTACHMENT_PROPERTIES = new Set(['Roles', 'Users', 'Groups', 'RoleName', 'UserName', 'GroupName']);

export interface ExecutionRoleEvidence {
  /** The trust policy lets sagemaker.amazonaws.com assume the role. */
  trustedBySageMaker: boolean;
  /** SageMaker resources in scope that run as the role. */
  usedBy: Edge[];
}

/**
 * Why a role is a SageMaker execution role: SageMaker may assume it, or a
 * SageMaker resource in scope names it as its role. Undefined when neither.
 */
export function executionRoleEvidence(role: Resource, graph: ResourceGraph): ExecutionRoleEvidence | undefined {
  if (role.kind !== 'IamRole') return undefined;
  const trustedBySageMaker = trustsSageMaker(trustPolicyOf(role));
  const usedBy = graph
    .referrers(role)
    .filter((edge) => SAGEMAKER_KIND_SET.has(edge.from.kind) && propertyPathOf(edge.from, edge.via).some((seg) => ROLE_PROPERTIES.has(String(seg))));
  return trustedBySageMaker || usedBy.length > 0 ? { trustedBySageMaker, usedBy } : undefined;
}

const trustPolicies = new WeakMap<Resource, PolicyDocument>();

/** A role's trust policy (`AssumeRolePolicyDocument`), read once for the execution-role evidence and for SM062. */
export function trustPolicyOf(role: Resource): PolicyDocument {
  let trust = trustPolicies.get(role);
  if (!trust) trustPolicies.set(role, (trust = parsePolicyDocument(prop(role, 'AssumeRolePolicyDocument'))));
  return trust;
}

/** Every policy that applies to a role, user or group, and what cannot be read. */
export function scopeOfIdentity(identity: Resource, graph: ResourceGraph, managed: ManagedPolicyCatalog): PolicyScope {
  const scope: PolicyScope = { owner: identity, policies: [], unresolved: [] };
  const seen = new Set<Resource>();
  collectOwnPolicies(identity, graph, managed, scope, seen, '');
  if (identity.kind === 'IamUser') {
    for (const group of resolveAll(prop(identity, 'Groups'), graph, 'IamGroup')) {
      collectOwnPolicies(group, graph, managed, scope, seen, `group ${group.id}: `);
    }
  }
  const boundary = prop(identity, 'PermissionsBoundary');
  if (boundary.t !== 'omitted') {
    const found = attachedByArn(boundary, graph, managed, scope.unresolved);
    if (found.length === 1) scope.boundary = { ...found[0]!, label: `${found[0]!.label} (permissions boundary)` };
    else if (found.length > 1) scope.unresolved.push({ at: boundary, reason: 'the permissions boundary depends on deploy-time choices' });
  }
  return scope;
}

/**
 * The scope of a policy resource that no identity in scope carries (attached
 * elsewhere, or not yet): its own document only. Undefined when it is attached
 * in scope, since its statements are then judged with each identity.
 */
export function scopeOfUnattachedPolicy(policy: Resource, graph: ResourceGraph): PolicyScope | undefined {
  if (policy.kind !== 'IamPolicy') return undefined;
  const attached =
    graph.references(policy).some((edge) => IDENTITY_KINDS.includes(edge.to.kind) && isAttachment(edge, policy)) ||
    graph.referrers(policy).some((edge) => IDENTITY_KINDS.includes(edge.from.kind));
  if (attached) return undefined;
  return { owner: policy, policies: [policyResourceAsAttached(policy, ALWAYS)], unresolved: [] };
}

function collectOwnPolicies(
  identity: Resource,
  graph: ResourceGraph,
  managed: ManagedPolicyCatalog,
  scope: PolicyScope,
  seen: Set<Resource>,
  labelPrefix: string,
): void {
  eachLeaf(prop(identity, 'Policies'), ALWAYS, (list, whenList) => {
    if (list.t !== 'list') return;
    for (const item of list.items) {
      eachLeaf(item, whenList, (entry, when) => {
        if (entry.t !== 'map') return;
        const nameValue = entry.entries.get('PolicyName');
        const name = (nameValue && stringOf(nameValue)) ?? '(unnamed)';
        const document = entry.entries.get('PolicyDocument');
        if (!document) return;
        scope.policies.push({ ...when, label: `${labelPrefix}inline policy '${name}'`, holder: identity, document: parsePolicyDocument(document) });
      });
    }
  });
  for (const edge of graph.referrers(identity, 'IamPolicy')) {
    if (!isAttachment(edge, edge.from) || seen.has(edge.from)) continue;
    seen.add(edge.from);
    scope.policies.push(prefixed(policyResourceAsAttached(edge.from, existence(edge.from)), labelPrefix));
  }
  const arns = prop(identity, 'ManagedPolicyArns');
  for (const attached of attachedByArn(arns, graph, managed, scope.unresolved, seen)) scope.policies.push(prefixed(attached, labelPrefix));
}

/** The policies named by ARN values (ManagedPolicyArns, PermissionsBoundary): in scope, AWS managed, or unknown. */
function attachedByArn(
  value: Value,
  graph: ResourceGraph,
  managed: ManagedPolicyCatalog,
  unresolved: UnresolvedPolicy[],
  seen = new Set<Resource>(),
): AttachedPolicy[] {
  const out: AttachedPolicy[] = [];
  const patterns = patternsOf(value);
  for (const pattern of patterns.items) {
    const inScope = graph.resolve(pattern.value).filter((r) => r.kind === 'IamPolicy');
    if (inScope.length > 0) {
      for (const policy of inScope) {
        if (seen.has(policy)) continue;
        seen.add(policy);
        out.push(policyResourceAsAttached(policy, both(pattern, existence(policy)), pattern.value));
      }
      continue;
    }
    const found = lookupManaged(pattern, managed);
    if ('reason' in found) unresolved.push(found);
    else out.push(found);
  }
  for (const at of patterns.unseen) unresolved.push({ at, reason: 'the policy ARN is decided at deploy time' });
  return out;
}

function lookupManaged(pattern: Pattern, managed: ManagedPolicyCatalog): AttachedPolicy | UnresolvedPolicy {
  if (pattern.reference) return { at: pattern.value, reason: `${pattern.text} names a policy sagelint cannot read` };
  const found = managed.lookup(pattern.text, pattern.value.loc);
  if (found.status === 'unknown') return { at: pattern.value, reason: found.reason };
  return {
    certain: pattern.certain,
    via: pattern.via,
    label: `AWS managed policy ${found.record.name}`,
    document: found.document,
    attachment: pattern.value,
    awsManaged: found.record,
  };
}

function policyResourceAsAttached(policy: Resource, when: Contingency, attachment?: Value): AttachedPolicy {
  const name = stringOf(prop(policy, 'ManagedPolicyName')) ?? stringOf(prop(policy, 'PolicyName')) ?? policy.id;
  return {
    ...when,
    label: name === policy.id ? `policy ${name}` : `policy ${policy.id} ('${name}')`,
    holder: policy,
    attachment,
    document: parsePolicyDocument(prop(policy, 'PolicyDocument')),
  };
}

/** A resource created only under a CloudFormation condition exists only in some deployments. */
function existence(resource: Resource): Contingency {
  return resource.condition ? { certain: false, via: [`condition ${resource.condition} is true`] } : ALWAYS;
}

function prefixed(policy: AttachedPolicy, prefix: string): AttachedPolicy {
  return prefix ? { ...policy, label: prefix + policy.label } : policy;
}

/** Whether a policy resource's reference to an identity is an attachment (not, say, a Resource ARN in its document). */
function isAttachment(edge: Edge, policy: Resource): boolean {
  const first = propertyPathOf(policy, edge.via)[0];
  return typeof first === 'string' && ATTACHMENT_PROPERTIES.has(first);
}

function resolveAll(value: Value, graph: ResourceGraph, kind: ResourceKind): Resource[] {
  return graph.resolve(value).filter((r) => r.kind === kind);
}
