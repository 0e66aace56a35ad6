/**
 * Edits that IAM fixes make, in canonical terms. New list items are inserted
 * as omitted values at the index after the last item (`Statement[n]`,
 * `Policies[n]`), so a loader's fix renderer appends them in order.
 */
import type { Fix, PropertyEdit } from '../core/rule.js';
import type { Resource } from '../model/resource.js';
import { get, type Value } from '../model/value.js';
import type { AttachedPolicy } from './scope.js';

const POLICY_VERSION = '2012-10-17';

/**
 * Appends statements to a policy's Statement list. Undefined when the document
 * cannot take them in place: AWS managed, written as JSON text, or with a
 * single statement object instead of a list.
 */
export function appendStatements(policy: AttachedPolicy, statements: readonly unknown[]): PropertyEdit[] | undefined {
  if (policy.awsManaged || policy.document.value.t !== 'map') return undefined;
  const list = get(policy.document.value, 'Statement');
  if (list.t !== 'list') return undefined;
  return statements.map((value, i) => ({ target: get(list, list.items.length + i), value }));
}

/** Adds an inline policy to a role, user or group (the place for Denies that guard AWS managed grants). */
export function addInlinePolicy(identity: Resource, name: string, statements: readonly unknown[]): PropertyEdit[] | undefined {
  if (identity.kind !== 'IamRole' && identity.kind !== 'IamUser' && identity.kind !== 'IamGroup') return undefined;
  const policy = { PolicyName: name, PolicyDocument: { Version: POLICY_VERSION, Statement: statements } };
  const policies = get(identity.props, 'Policies');
  if (policies.t === 'omitted') return [{ target: policies, value: [policy] }];
  if (policies.t !== 'list') return undefined;
  return [{ target: get(policies, policies.items.length), value: policy }];
}

/** Replaces a value, or (for an item of a list) also appends siblings after the list's end. */
export function replaceWithItems(target: Value, container: Value | undefined, items: readonly unknown[]): PropertyEdit[] {
  if (items.length === 1 || container?.t !== 'list') return [{ target, value: items.length === 1 ? items[0] : items }];
  const [first, ...rest] = items;
  return [{ target, value: first }, ...rest.map((value, i) => ({ target: get(container, container.items.length + i), value }))];
}

/** A Deny statement that enforces one requirement (one condition clause, so it fires for every breach). */
export interface GuardStatement {
  Sid: string;
  Effect: 'Deny';
  Action: string[];
  Resource: '*';
  Condition: Record<string, Record<string, unknown>>;
}

/** A finding whose fix adds guards, for `assignGuardFixes`. */
export interface Guarded {
  policy: AttachedPolicy;
  guards: GuardStatement[];
  fix?: Fix;
}

/**
 * Gives each finding a fix that adds its guards: into the granting policy when
 * it can be edited; guards for AWS managed grants go together into one new
 * inline policy of the identity, on the first such finding (so applying every
 * fix adds the policy once).
 */
export function assignGuardFixes(findings: readonly Guarded[], owner: Resource, inlineName: string, description: string): void {
  const managed: Guarded[] = [];
  for (const finding of findings) {
    const edits = appendStatements(finding.policy, finding.guards);
    if (edits) finding.fix = { description, edits };
    else managed.push(finding);
  }
  const first = managed[0];
  const edits = first && addInlinePolicy(owner, inlineName, mergeGuards(managed.flatMap((f) => f.guards)));
  if (first && edits) first.fix = { description: `${description} (in a new inline policy ${inlineName})`, edits };
}

/** Guards for the same requirement (same Sid) merge their actions. */
function mergeGuards(guards: readonly GuardStatement[]): GuardStatement[] {
  const bySid = new Map<string, GuardStatement>();
  for (const guard of guards) {
    const existing = bySid.get(guard.Sid);
    bySid.set(guard.Sid, existing ? { ...existing, Action: [...new Set([...existing.Action, ...guard.Action])] } : guard);
  }
  return [...bySid.values()];
}
