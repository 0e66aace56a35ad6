/** What the IAM rules (SM060–SM066) judge for a resource, and how they report it. */
import type { ReportInput } from '../engine/rule.js';
import type { ResourceGraph } from '../model/graph.js';
import type { Resource } from '../model/resource.js';
import { joinWords } from './access.js';
import type { IamFinding } from './finding.js';
import { executionRoleEvidence, IDENTITY_KINDS, scopeOfIdentity, scopeOfUnattachedPolicy, type ExecutionRoleEvidence } from './identity.js';
import type { IamKnowledge } from './knowledge.js';
import type { PolicyScope } from './scope.js';

export interface ExecutionRole {
  scope: PolicyScope;
  evidence: ExecutionRoleEvidence;
}

/**
 * Seven rules judge the same identities of a unit: each identity's policies
 * (AWS managed documents included) are read once per graph, not once per rule.
 */
const scopesByGraph = new WeakMap<ResourceGraph, WeakMap<Resource, PolicyScope>>();
const evidenceByGraph = new WeakMap<ResourceGraph, WeakMap<Resource, ExecutionRoleEvidence | null>>();

function memoized<T>(cache: WeakMap<ResourceGraph, WeakMap<Resource, T>>, graph: ResourceGraph, resource: Resource, compute: () => T): T {
  let byResource = cache.get(graph);
  if (!byResource) cache.set(graph, (byResource = new WeakMap()));
  if (byResource.has(resource)) return byResource.get(resource)!;
  const value = compute();
  byResource.set(resource, value);
  return value;
}

function sharedScopeOfIdentity(identity: Resource, graph: ResourceGraph, knowledge: IamKnowledge): PolicyScope {
  return memoized(scopesByGraph, graph, identity, () => scopeOfIdentity(identity, graph, knowledge.managed));
}

/** The policies of a role, when it is a SageMaker execution role. */
export function executionRole(role: Resource, graph: ResourceGraph, knowledge: IamKnowledge): ExecutionRole | undefined {
  const evidence = memoized(evidenceByGraph, graph, role, () => executionRoleEvidence(role, graph) ?? null);
  return evidence ? { evidence, scope: sharedScopeOfIdentity(role, graph, knowledge) } : undefined;
}

/** "the execution role of Notebook and Domain", or "an execution role SageMaker may assume". */
export function describeExecutionRole({ evidence }: ExecutionRole): string {
  const users = [...new Set(evidence.usedBy.map((e) => e.from.id))];
  if (users.length === 0) return 'an execution role SageMaker may assume';
  return `the execution role of ${joinWords(users.length > 3 ? [...users.slice(0, 3), `${users.length - 3} more`] : users)}`;
}

/**
 * The policies to judge for an identity rule: those of a role, user or group,
 * or a policy that no identity in scope carries (judged on its own).
 */
export function identityScope(resource: Resource, graph: ResourceGraph, knowledge: IamKnowledge): PolicyScope | undefined {
  if (IDENTITY_KINDS.includes(resource.kind)) return sharedScopeOfIdentity(resource, graph, knowledge);
  return scopeOfUnattachedPolicy(resource, graph);
}

/** Reports analysis findings on an execution role: why it is one, what the finding is, and the rule's consequence. */
export function reportExecutionRoleFindings<F extends IamFinding>(
  role: Resource,
  target: ExecutionRole,
  findings: readonly F[],
  report: (input: ReportInput) => void,
  consequence: (finding: F) => string,
): void {
  for (const finding of findings) {
    report({ at: finding.at, certainty: finding.certainty, message: `${role.id} is ${describeExecutionRole(target)}, and ${finding.message}. ${consequence(finding)}`, fix: finding.fix });
  }
}

/** Reports analysis findings with the rule's own consequence appended. */
export function reportFindings(findings: readonly IamFinding[], report: (input: ReportInput) => void, consequence: string): void {
  for (const finding of findings) {
    report({ at: finding.at, certainty: finding.certainty, message: `${capitalize(finding.message)}. ${consequence}`, fix: finding.fix });
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
