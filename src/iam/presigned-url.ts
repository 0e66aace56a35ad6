/**
 * Presigned notebook URLs: whoever may call CreatePresignedNotebookInstanceUrl
 * gets a browser session on the notebook, so the call should be held to known
 * networks with `aws:SourceIp` or `aws:SourceVpce`.
 */
import { certaintyOf, describeChoices, matchAction, probeArns, reachesSome, resourceTargets, restrictions } from './access.js';
import type { ActionCatalog } from './actions.js';
import { assignGuardFixes, type GuardStatement } from './fixes.js';
import type { IamFinding } from './finding.js';
import { fromNetworks, enforcement, limited } from './requirement.js';
import { groupByManagedPolicy, statementsOf, type AttachedPolicy, type PolicyScope } from './scope.js';

export const PRESIGNED_URL_ACTION = 'sagemaker:CreatePresignedNotebookInstanceUrl';

const NETWORK_REQUIREMENTS = [fromNetworks('aws:SourceIp'), limited('aws:SourceVpce')];

export const PRESIGNED_URL_GUARD: GuardStatement = {
  Sid: 'DenyNotebookUrlOutsideAllowedNetwork',
  Effect: 'Deny',
  Action: [PRESIGNED_URL_ACTION],
  Resource: '*',
  Condition: { NotIpAddress: { 'aws:SourceIp': ['<allowed-cidr>'] } },
};

export interface PresignedUrlFinding extends IamFinding {
  policy: AttachedPolicy;
  guards: GuardStatement[];
}

export function analyzePresignedUrl(scope: PolicyScope, catalog: ActionCatalog): PresignedUrlFinding[] {
  const type = catalog.get(PRESIGNED_URL_ACTION)?.resourceTypes.find((r) => r.required)?.type;
  if (!type) return [];
  const probes = probeArns(type);
  const findings: PresignedUrlFinding[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== 'Allow') continue;
    const match = matchAction(scoped.statement, PRESIGNED_URL_ACTION);
    if (!match || !resourceTargets(scoped.statement).some((t) => reachesSome(t, type))) continue;
    const restriction = restrictions(scope, PRESIGNED_URL_ACTION, probes);
    if (restriction.removed) continue;
    const verdict = enforcement(scope, scoped, PRESIGNED_URL_ACTION, probes, NETWORK_REQUIREMENTS);
    if (verdict === 'always') continue;
    const doubts = [...restriction.doubts, ...(verdict === 'sometimes' ? ['a network condition applies only under some conditions'] : [])];
    const parts = [scoped.statement, scoped.policy, match];
    findings.push({
      policy: scoped.policy,
      guards: [PRESIGNED_URL_GUARD],
      at: match.at,
      certainty: certaintyOf(parts, doubts),
      message: `${scoped.policy.label} allows ${PRESIGNED_URL_ACTION} without an aws:SourceIp or aws:SourceVpce condition, so a notebook URL can be created from any network${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
    });
  }
  const grouped = groupByManagedPolicy(findings, (f) => f.policy).map((group) => group[0]!);
  assignGuardFixes(grouped, scope.owner, 'SageMakerNotebookUrlGuardrail', 'Deny presigned notebook URLs from outside your network (replace <allowed-cidr>)');
  return grouped;
}
