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

/** The policies of a role, when it is a SageMaker execution role. */
export function executionRole(role: Resource, graph: ResourceGraph, knowledge: IamKnowledge): ExecutionRole | undefined {
  const evidence = executionRoleEvidence(role, graph);
  return evidence && { evidence, scope: scopeOfIdentity(role, graph, knowledge.managed) };
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
  if (IDENTITY_KINDS.includes(resource.kind)) return scopeOfIdentity(resource, graph, knowledge.managed);
  return scopeOfUnattachedPolicy(resource, graph);
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
