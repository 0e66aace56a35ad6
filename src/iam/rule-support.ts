/** What the IAM rules (SM060–SM066) judge for a resource, and how they report it. */
import type { ReportInput, RuleContext } from '../core/rule.js';
import type { ResourceGraph } from '../model/graph.js';
import type { Resource } from '../model/resource.js';
import { joinWords } from './access.js';
import type { IamFinding } from './finding.js';
import { executionRoleEvidence, IDENTITY_KINDS, scopeOfIdentity, scopeOfUnattachedPolicy, type ExecutionRoleEvidence } from './identity.js';
import type { IamKnowledge } from './knowledge.js';
import type { PolicyDocument } from './policy.js';
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

/** What an IAM rule needs of its context: the graph, and a way to say what it could not judge. */
type IamRuleContext = Pick<RuleContext, 'graph' | 'note'>;

/** Why a role is a SageMaker execution role, or undefined when it is not one (no IAM data needed). */
export function executionRoleEvidenceOf(role: Resource, graph: ResourceGraph): ExecutionRoleEvidence | undefined {
  return memoized(evidenceByGraph, graph, role, () => executionRoleEvidence(role, graph) ?? null) ?? undefined;
}

/** The policies of a role, when it is a SageMaker execution role; what cannot be read becomes a note. */
export function executionRole(role: Resource, { graph, note }: IamRuleContext, knowledge: IamKnowledge): ExecutionRole | undefined {
  const evidence = executionRoleEvidenceOf(role, graph);
  if (!evidence) return undefined;
  const scope = sharedScopeOfIdentity(role, graph, knowledge);
  noteUnjudged(scope, note);
  return { evidence, scope };
}

/** "the execution role of Notebook and Domain", or "an execution role SageMaker may assume". */
function describeExecutionRole(evidence: ExecutionRoleEvidence): string {
  const users = [...new Set(evidence.usedBy.map((e) => e.from.id))];
  if (users.length === 0) return 'an execution role SageMaker may assume';
  return `the execution role of ${joinWords(users.length > 3 ? [...users.slice(0, 3), `${users.length - 3} more`] : users)}`;
}

/**
 * The policies to judge for an identity rule: those of a role, user or group,
 * or a policy that no identity in scope carries (judged on its own).
 */
export function identityScope(resource: Resource, { graph, note }: IamRuleContext, knowledge: IamKnowledge): PolicyScope | undefined {
  const scope = IDENTITY_KINDS.includes(resource.kind) ? sharedScopeOfIdentity(resource, graph, knowledge) : scopeOfUnattachedPolicy(resource, graph);
  if (scope) noteUnjudged(scope, note);
  return scope;
}

/**
 * Policies the analyses cannot read (a customer managed policy defined
 * elsewhere, an ARN chosen at deploy time, a document that is not valid JSON
 * or has no Statement): each is said once, where it is written, so a silent
 * pass never hides them.
 */
function noteUnjudged(scope: PolicyScope, note: RuleContext['note']): void {
  for (const unresolved of scope.unresolved) note({ at: unresolved.at, message: `${unresolved.reason}: its statements are not judged` });
  for (const policy of [...scope.policies, ...(scope.boundary ? [scope.boundary] : [])]) noteDocumentProblems(policy.label, policy.document, note);
}

/** What keeps one policy document from being read in full (not valid JSON, no Statement, …), where it is written. */
export function noteDocumentProblems(label: string, document: PolicyDocument, note: RuleContext['note']): void {
  for (const problem of document.problems) note({ at: problem.at, message: `${label}: ${problem.message}, so it is not judged in full` });
}

/** Reports analysis findings on an execution role: why it is one, what the finding is, and the rule's consequence. */
export function reportExecutionRoleFindings<F extends IamFinding>(
  role: Resource,
  evidence: ExecutionRoleEvidence,
  findings: readonly F[],
  report: (input: ReportInput) => void,
  consequence: (finding: F) => string,
): void {
  for (const finding of findings) {
    report({ at: finding.at, certainty: finding.certainty, message: `${role.id} is ${describeExecutionRole(evidence)}, and ${finding.message}. ${consequence(finding)}`, fix: finding.fix });
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
