/**
 * `iam:PassRole` on every role without `iam:PassedToService`: the identity can
 * hand any role, however powerful, to SageMaker (or any other service) and run
 * code with it.
 */
import { get } from '../model/value.js';
import {
  certaintyOf,
  describeChoices,
  matchAction,
  probeArns,
  reachesEvery,
  resourceTargets,
  restrictions,
  type ResourceTarget,
} from './access.js';
import type { ActionCatalog } from './actions.js';
import type { IamFinding } from './finding.js';
import { patternsOf, type PolicyStatement } from './policy.js';
import { enforcement, limited } from './requirement.js';
import { isEditable, statementsOf, type AttachedPolicy, type PolicyScope } from './scope.js';

const PASS_ROLE = 'iam:PassRole';
const PASSED_TO_SERVICE = limited('iam:PassedToService');

export interface PassRoleFinding extends IamFinding {
  policy: AttachedPolicy;
  statement: PolicyStatement;
}

export function analyzePassRole(scope: PolicyScope, catalog: ActionCatalog): PassRoleFinding[] {
  const roleType = catalog.resourceType('iam', 'role');
  if (!roleType) return [];
  const findings: PassRoleFinding[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    const { statement, policy } = scoped;
    if (statement.effect !== 'Allow') continue;
    const match = matchAction(statement, PASS_ROLE);
    if (!match) continue;
    for (const target of resourceTargets(statement)) {
      const reach = reachesEvery(statement, target, roleType);
      if (!reach) continue;
      const probes = probeArns(roleType, target.pattern);
      const restriction = restrictions(scope, PASS_ROLE, probes);
      if (restriction.removed) continue;
      const verdict = enforcement(scope, scoped, PASS_ROLE, probes, [PASSED_TO_SERVICE]);
      if (verdict === 'always') continue;
      const doubts = [...restriction.doubts, ...(verdict === 'sometimes' ? ['iam:PassedToService is enforced only under some conditions'] : [])];
      const parts = [statement, policy, match, reach];
      findings.push({
        policy,
        statement,
        at: target.at,
        certainty: certaintyOf(parts, doubts),
        message: `${policy.label} allows iam:PassRole on every role (${describeTarget(target)}) without an iam:PassedToService condition, so any role can be handed to SageMaker or any other service${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
        fix: passedToServiceFix(statement, policy),
      });
    }
  }
  return findings;
}

function describeTarget(target: ResourceTarget): string {
  return target.pattern === undefined ? 'NotResource leaves them all' : `Resource '${target.pattern}'`;
}

/**
 * Adds the condition when the statement grants PassRole alone: on a statement
 * with other actions it would also deny those (the key is absent for them).
 */
function passedToServiceFix(statement: PolicyStatement, policy: AttachedPolicy): PassRoleFinding['fix'] {
  if (!isEditable(policy) || !statement.action) return undefined;
  const patterns = patternsOf(statement.action);
  const onlyPassRole = patterns.unseen.length === 0 && patterns.items.every((p) => p.text.toLowerCase() === PASS_ROLE.toLowerCase());
  if (!onlyPassRole) return undefined;
  return {
    description: 'Let the role be passed only to SageMaker',
    edits: [{ target: get(statement.value, 'Condition', 'StringEquals', 'iam:PassedToService'), value: 'sagemaker.amazonaws.com' }],
  };
}
