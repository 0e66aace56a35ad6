/**
 * Access to MLflow tracking servers: their REST API and UI are authorized by
 * the `sagemaker-mlflow:*` actions, signed with the caller's credentials, and a
 * tracking server has no network setting of its own. AWS's guidance is to hold
 * every identity that uses MLflow to your VPC with `aws:SourceVpce` or
 * `aws:SourceVpc`: otherwise its credentials reach the server from anywhere,
 * interface endpoint or not.
 */
import { candidateActions, certaintyOf, describeChoices, listActions, matchAction, matchResources, probeArns, reachesSome, resourceTargets, restrictions, type Match } from './access.js';
import type { ActionCatalog, ActionInfo } from './actions.js';
import { assignGuardFixes, type GuardStatement } from './fixes.js';
import type { IamFinding } from './finding.js';
import type { PolicyStatement } from './policy.js';
import { STUDIO_CONDITIONS, STUDIO_NETWORK_REQUIREMENTS } from './presigned-url.js';
import { enforcement } from './requirement.js';
import { groupByManagedPolicy, statementsOf, type AttachedPolicy, type PolicyScope } from './scope.js';

export const MLFLOW_SERVICE = 'sagemaker-mlflow';

/** The Deny a fix adds: MLflow only through your MLflow interface endpoint. */
export const MLFLOW_ACCESS_GUARD: GuardStatement = {
  Sid: 'DenyMlflowOutsideVpcEndpoint',
  Effect: 'Deny',
  Action: [`${MLFLOW_SERVICE}:*`],
  Resource: '*',
  Condition: { StringNotEquals: { 'aws:SourceVpce': ['<vpc-endpoint-id>'] } },
};

/** What an action without resource types (AccessUI) is granted on: only `Resource: "*"` covers it. */
const ANY_RESOURCE = ['*'] as const;

export interface MlflowAccessFinding extends IamFinding {
  policy: AttachedPolicy;
  guards: GuardStatement[];
}

/** The resources to probe an action with in this statement; undefined when the statement cannot grant it on any. */
function probesFor(statement: PolicyStatement, action: ActionInfo): readonly string[] | undefined {
  const type = action.resourceTypes[0]?.type;
  if (!type) return matchResources(statement, ANY_RESOURCE) ? ANY_RESOURCE : undefined;
  return resourceTargets(statement).some((t) => reachesSome(t, type)) ? probeArns(type) : undefined;
}

/** One finding per Allow statement that grants MLflow actions no network condition in scope holds to your networks. */
export function analyzeMlflowAccess(scope: PolicyScope, catalog: ActionCatalog): MlflowAccessFinding[] {
  const actions = catalog.actionsOf(MLFLOW_SERVICE);
  const findings: MlflowAccessFinding[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== 'Allow') continue;
    const open: { action: ActionInfo; match: Match }[] = [];
    const doubts = new Set<string>();
    for (const action of candidateActions(scoped.statement, actions, (a) => a.id)) {
      const match = matchAction(scoped.statement, action.id);
      const probes = match && probesFor(scoped.statement, action);
      if (!match || !probes) continue;
      const restriction = restrictions(scope, action.id, probes);
      if (restriction.removed) continue;
      const verdict = enforcement(scope, scoped, action.id, probes, STUDIO_NETWORK_REQUIREMENTS);
      if (verdict === 'always') continue;
      for (const doubt of restriction.doubts) doubts.add(doubt);
      if (verdict === 'sometimes') doubts.add('a network condition applies only under some conditions');
      open.push({ action, match });
    }
    const first = open.find((o) => o.match.certain) ?? open[0];
    if (!first) continue;
    const parts = [scoped.statement, scoped.policy, first.match];
    const named = open.length === actions.length ? `every ${MLFLOW_SERVICE} action` : listActions(open.map((o) => o.action));
    findings.push({
      policy: scoped.policy,
      guards: [MLFLOW_ACCESS_GUARD],
      at: first.match.at,
      certainty: certaintyOf(parts, [...doubts]),
      message: `${scoped.policy.label} allows ${named} on MLflow tracking servers without an ${STUDIO_CONDITIONS} condition, so these credentials reach the tracking server's experiments, registered models and artifacts from any network${describeChoices(parts)}${doubts.size ? `; ${[...doubts].join('; ')}` : ''}`,
    });
  }
  const grouped = groupByManagedPolicy(findings, (f) => f.policy).map((group) => group[0]!);
  assignGuardFixes(grouped, scope.owner, 'SageMakerMlflowNetworkGuardrail', 'Deny MLflow tracking server access from outside your MLflow VPC endpoint (replace <vpc-endpoint-id>)');
  return grouped;
}
