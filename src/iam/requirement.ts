/**
 * Requirements a request must meet (run in a VPC, from an allowed network, pass
 * roles only to SageMaker), and whether a scope enforces them for an action:
 * by the Allow's own condition, or by a Deny elsewhere in scope that fires for
 * every request that breaks the requirement.
 *
 * IAM semantics that matter here: a condition on a key absent from the
 * request is false, except for negated operators (StringNotEquals,
 * NotIpAddress, …) and `…IfExists`, which are true; ForAllValues is true for an
 * absent key. So `"Bool": {"sagemaker:NetworkIsolation": "false"}` in a Deny
 * misses requests that leave the setting out, while `BoolIfExists` catches them.
 * Clauses of one statement are ANDed: only a Deny with a single clause is
 * sure to fire for every request that breaks the requirement.
 */
import type { ScopedStatement, PolicyScope } from './scope.js';
import { statementsOf } from './scope.js';
import { matchAction, matchResources, resourceGlob } from './access.js';
import { conditionsOf, type ConditionClause, type Pattern } from './policy.js';

export interface Requirement {
  /** The condition keys that express it, lower case (deprecated aliases included). */
  keys: readonly string[];
  /** An Allow condition clause that lets only compliant requests through. */
  allowEnforces(clause: ConditionClause): boolean;
  /** A lone Deny clause that fires for every request that breaks it. */
  denyEnforces(clause: ConditionClause): boolean;
}

/** The key must be present (any value): `sagemaker:VpcSubnets`, `sagemaker:VolumeKmsKeyArn`. */
export function present(...keys: string[]): Requirement {
  return {
    keys: keys.map((k) => k.toLowerCase()),
    allowEnforces: (c) => (c.test === 'null' ? allValues(c, (v) => v.text.toLowerCase() === 'false') : restrictive(c)),
    denyEnforces: (c) => c.test === 'null' && allValues(c, (v) => v.text.toLowerCase() === 'true'),
  };
}

/** The key must have one value: `sagemaker:RootAccess` = `Disabled`, `sagemaker:NetworkIsolation` = `true`. */
export function equals(key: string, required: string): Requirement {
  const same = (v: Pattern, expected: string) => v.text.toLowerCase() === expected.toLowerCase() && !resourceGlob(v.text).hasWildcard;
  const opposite = required === 'true' ? 'false' : required === 'false' ? 'true' : undefined;
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => restrictive(c) && allValues(c, (v) => same(v, required)),
    denyEnforces: (c) =>
      (c.negated && !c.qualifier && allValues(c, (v) => same(v, required))) ||
      (opposite !== undefined && c.test === 'bool' && c.ifExists && allValues(c, (v) => same(v, opposite))),
  };
}

/** The key must be limited to named values: `iam:PassedToService`, `aws:SourceVpce`. */
export function limited(key: string): Requirement {
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => restrictive(c) && c.test !== 'null' && allValues(c, (v) => !isEverything(v.text)),
    denyEnforces: (c) => c.negated && !c.qualifier && c.test !== 'notipaddress' && allValues(c, (v) => !isEverything(v.text)),
  };
}

/** The request must come from named networks: `aws:SourceIp`. */
export function fromNetworks(key: string): Requirement {
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => c.test === 'ipaddress' && !c.ifExists && allValues(c, (v) => !isEverything(v.text)),
    denyEnforces: (c) => c.test === 'notipaddress' && allValues(c, (v) => !isEverything(v.text)),
  };
}

/** A clause that is false for a request without the key, so it only admits requests that set it. */
function restrictive(c: ConditionClause): boolean {
  return !c.negated && !c.ifExists && c.qualifier !== 'forallvalues';
}

function allValues(c: ConditionClause, test: (v: Pattern) => boolean): boolean {
  return c.values.items.length > 0 && c.values.unseen.length === 0 && c.values.items.every(test);
}

/** Values that restrict nothing. */
function isEverything(text: string): boolean {
  return /^\*+$/.test(text) || text === '0.0.0.0/0' || text === '::/0';
}

export type Enforcement = 'always' | 'sometimes' | 'never';

/**
 * Whether the scope enforces any of the requirements for an action granted by
 * `allow` on the probe resources.
 */
export function enforcement(scope: PolicyScope, allow: ScopedStatement, actionId: string, probes: readonly string[], requirements: readonly Requirement[]): Enforcement {
  let sometimes = false;
  for (const clause of conditionsOf(allow.statement).clauses) {
    if (!requirements.some((r) => r.keys.includes(clause.keyLower) && r.allowEnforces(clause))) continue;
    if (clause.certain) return 'always';
    sometimes = true;
  }
  const denies = statementsOf(scope.boundary ? [...scope.policies, scope.boundary] : scope.policies);
  for (const deny of denies) {
    if (deny.statement.effect !== 'Deny') continue;
    const conditions = conditionsOf(deny.statement);
    const clause = conditions.clauses[0];
    if (conditions.clauses.length !== 1 || conditions.unseen.length > 0 || !clause) continue;
    if (!requirements.some((r) => r.keys.includes(clause.keyLower) && r.denyEnforces(clause))) continue;
    const action = matchAction(deny.statement, actionId);
    const resource = action && matchResources(deny.statement, probes);
    if (!action || !resource) continue;
    if ([deny.statement, deny.policy, action, resource, clause].every((p) => p.certain)) return 'always';
    sometimes = true;
  }
  return sometimes ? 'sometimes' : 'never';
}
