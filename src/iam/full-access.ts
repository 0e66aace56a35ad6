/**
 * Full access: AmazonSageMakerFullAccess or AdministratorAccess attached, or a
 * statement that allows every SageMaker action on every SageMaker resource
 * (`sagemaker:*`, `*`, a NotAction that leaves them; PowerUserAccess does).
 */
import { certaintyOf, describeChoices, matchAction, probeArns, reachesEvery, resourceTargets, restrictions, type ResourceTarget } from './access.js';
import type { ActionCatalog, ResourceType } from './actions.js';
import type { IamFinding } from './finding.js';
import { both, type Contingency } from './policy.js';
import { statementsOf, type PolicyScope, type ScopedStatement } from './scope.js';

/** AWS managed policies that are full access by name. */
const FULL_ACCESS_POLICIES = ['AmazonSageMakerFullAccess', 'AdministratorAccess'] as const;

/** The resource types whose reach stands for "every SageMaker resource". */
const CORE_TYPES = ['notebook-instance', 'training-job', 'processing-job', 'model', 'endpoint'];

export function analyzeFullAccess(scope: PolicyScope, catalog: ActionCatalog): IamFinding[] {
  const findings: IamFinding[] = [];
  for (const policy of scope.policies) {
    const name = policy.awsManaged?.name;
    if (!name || !(FULL_ACCESS_POLICIES as readonly string[]).includes(name) || !policy.attachment) continue;
    findings.push({
      at: policy.attachment,
      certainty: certaintyOf([policy], []),
      message: `${policy.label} is attached: it allows ${name === 'AdministratorAccess' ? 'every action on every resource' : 'every SageMaker action and broad access to S3, IAM PassRole and other services'}${describeChoices([policy])}`,
    });
  }
  const types = CORE_TYPES.map((t) => catalog.resourceType('sagemaker', t)).filter((t): t is ResourceType => t !== undefined);
  const judged = statementsOf(scope.policies).filter(
    (s) => s.statement.effect === 'Allow' && !(FULL_ACCESS_POLICIES as readonly string[]).includes(s.policy.awsManaged?.name ?? ''),
  );
  for (const scoped of judged) {
    const grant = everySageMakerAction(scoped, catalog);
    if (!grant) continue;
    for (const target of resourceTargets(scoped.statement)) {
      const reach = types.map((t) => reachesEvery(scoped.statement, target, t));
      if (types.length === 0 || reach.some((r) => r === undefined)) continue;
      const doubts = denialDoubts(scope, catalog, types[0]!, target);
      if (doubts === 'removed') continue;
      const parts = [scoped.statement, scoped.policy, grant, ...(reach as Contingency[])];
      findings.push({
        at: target.at,
        certainty: certaintyOf(parts, doubts),
        message: `${scoped.policy.label} allows every SageMaker action on every resource (${describeTarget(target)})${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
      });
    }
  }
  return findings;
}

/** Whether the statement's actions cover every SageMaker action, and when. */
function everySageMakerAction(scoped: ScopedStatement, catalog: ActionCatalog): Contingency | undefined {
  let when: Contingency = { certain: true, via: [] };
  for (const action of catalog.actionsOf('sagemaker')) {
    const match = matchAction(scoped.statement, action.id);
    if (!match) return undefined;
    when = both(when, match);
  }
  return { certain: when.certain, via: [...new Set(when.via)] };
}

/** Denies take full access away only if they take every action away. */
function denialDoubts(scope: PolicyScope, catalog: ActionCatalog, type: ResourceType, target: ResourceTarget): string[] | 'removed' {
  const probes = probeArns(type, target.pattern);
  const verdicts = catalog.actionsOf('sagemaker').map((a) => restrictions(scope, a.id, probes));
  if (verdicts.every((v) => v.removed)) return 'removed';
  return [...new Set(verdicts.flatMap((v) => v.doubts))];
}

function describeTarget(target: ResourceTarget): string {
  return target.pattern === undefined ? 'NotResource leaves them' : `Resource '${target.pattern}'`;
}
