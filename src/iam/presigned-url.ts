/**
 * Presigned URLs: whoever may call CreatePresignedNotebookInstanceUrl,
 * CreatePresignedDomainUrl or CreatePresignedMlflowTrackingServerUrl gets a
 * browser session (a notebook, a Studio domain, an MLflow tracking server), so
 * the call should be held to known networks with `aws:SourceIp` or
 * `aws:SourceVpce` (for Studio and MLflow also `aws:SourceVpc`).
 */
import { certaintyOf, describeChoices, matchAction, probeArns, reachesSome, resourceTargets, restrictions } from './access.js';
import type { ActionCatalog } from './actions.js';
import { assignGuardFixes, type GuardStatement } from './fixes.js';
import type { IamFinding } from './finding.js';
import { fromNetworks, enforcement, limited, type Requirement } from './requirement.js';
import { groupByManagedPolicy, statementsOf, type AttachedPolicy, type PolicyScope } from './scope.js';

/** One presigned-URL action and how findings and the guard statement name it. */
export interface PresignedUrlTarget {
  action: string;
  /** What the URL opens, for messages: 'a notebook URL'. */
  url: string;
  /** Condition keys that hold the call to named networks. */
  requirements: readonly Requirement[];
  /** How the message names them: 'aws:SourceIp or aws:SourceVpce'. */
  conditions: string;
  guard: GuardStatement;
  /** The inline policy a fix adds, and what the fix says. */
  policyName: string;
  fixDescription: string;
}

export const PRESIGNED_URL_ACTION = 'sagemaker:CreatePresignedNotebookInstanceUrl';

function denyOutsideNetwork(sid: string, actions: string[]): GuardStatement {
  return { Sid: sid, Effect: 'Deny', Action: actions, Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['<allowed-cidr>'] } } };
}

export const PRESIGNED_URL_GUARD: GuardStatement = denyOutsideNetwork('DenyNotebookUrlOutsideAllowedNetwork', [PRESIGNED_URL_ACTION]);

export const NOTEBOOK_URL: PresignedUrlTarget = {
  action: PRESIGNED_URL_ACTION,
  url: 'a notebook URL',
  requirements: [fromNetworks('aws:SourceIp'), limited('aws:SourceVpce')],
  conditions: 'aws:SourceIp or aws:SourceVpce',
  guard: PRESIGNED_URL_GUARD,
  policyName: 'SageMakerNotebookUrlGuardrail',
  fixDescription: 'Deny presigned notebook URLs from outside your network (replace <allowed-cidr>)',
};

/** AWS documents aws:SourceIp, aws:SourceVpc and aws:SourceVpce for these two (and the VPC keys for MLflow's own API, SM091). */
export const STUDIO_NETWORK_REQUIREMENTS = [fromNetworks('aws:SourceIp'), limited('aws:SourceVpce'), limited('aws:SourceVpc')];
export const STUDIO_CONDITIONS = 'aws:SourceIp, aws:SourceVpc or aws:SourceVpce';

export const STUDIO_URL_ACTION = 'sagemaker:CreatePresignedDomainUrl';
export const MLFLOW_URL_ACTION = 'sagemaker:CreatePresignedMlflowTrackingServerUrl';

export const STUDIO_URL: PresignedUrlTarget = {
  action: STUDIO_URL_ACTION,
  url: 'a Studio URL',
  requirements: STUDIO_NETWORK_REQUIREMENTS,
  conditions: STUDIO_CONDITIONS,
  guard: denyOutsideNetwork('DenyStudioUrlOutsideAllowedNetwork', [STUDIO_URL_ACTION]),
  policyName: 'SageMakerStudioUrlGuardrail',
  fixDescription: 'Deny presigned Studio URLs from outside your network (replace <allowed-cidr>)',
};

export const MLFLOW_URL: PresignedUrlTarget = {
  action: MLFLOW_URL_ACTION,
  url: 'an MLflow tracking server URL',
  requirements: STUDIO_NETWORK_REQUIREMENTS,
  conditions: STUDIO_CONDITIONS,
  guard: denyOutsideNetwork('DenyMlflowUrlOutsideAllowedNetwork', [MLFLOW_URL_ACTION]),
  policyName: 'SageMakerMlflowUrlGuardrail',
  fixDescription: 'Deny presigned MLflow tracking server URLs from outside your network (replace <allowed-cidr>)',
};

export interface PresignedUrlFinding extends IamFinding {
  policy: AttachedPolicy;
  guards: GuardStatement[];
}

export function analyzePresignedUrl(scope: PolicyScope, catalog: ActionCatalog, target: PresignedUrlTarget = NOTEBOOK_URL): PresignedUrlFinding[] {
  const { action } = target;
  const type = catalog.get(action)?.resourceTypes.find((r) => r.required)?.type;
  if (!type) return [];
  const probes = probeArns(type);
  const findings: PresignedUrlFinding[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== 'Allow') continue;
    const match = matchAction(scoped.statement, action);
    if (!match || !resourceTargets(scoped.statement).some((t) => reachesSome(t, type))) continue;
    const restriction = restrictions(scope, action, probes);
    if (restriction.removed) continue;
    const verdict = enforcement(scope, scoped, action, probes, target.requirements);
    if (verdict === 'always') continue;
    const doubts = [...restriction.doubts, ...(verdict === 'sometimes' ? ['a network condition applies only under some conditions'] : [])];
    const parts = [scoped.statement, scoped.policy, match];
    findings.push({
      policy: scoped.policy,
      guards: [target.guard],
      at: match.at,
      certainty: certaintyOf(parts, doubts),
      message: `${scoped.policy.label} allows ${action} without an ${target.conditions} condition, so ${target.url} can be created from any network${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
    });
  }
  const grouped = groupByManagedPolicy(findings, (f) => f.policy).map((group) => group[0]!);
  assignGuardFixes(grouped, scope.owner, target.policyName, target.fixDescription);
  return grouped;
}
