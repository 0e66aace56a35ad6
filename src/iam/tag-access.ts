/**
 * Tag-based access: SageMaker actions granted on every resource with no tag
 * condition (`aws:ResourceTag/…`, `sagemaker:ResourceTag/…`,
 * `aws:RequestTag/…`), so tags cannot limit who touches which resource.
 * Actions without resource-level permissions are left out: no condition on a
 * resource's tags can apply to them. So are List actions and the Read actions
 * that only read settings (Describe…, Get…, Search), which change nothing. Read
 * actions that reach a resource's data or run it stay: invoking an endpoint,
 * reading Feature Store records, a model package's artifacts.
 */
import { candidateActions, certaintyOf, describeChoices, listActions, matchAction, probeArns, reachesEvery, resourceTargets, restrictions, type ResourceTarget } from './access.js';
import type { ActionCatalog, ActionInfo, ResourceType } from './actions.js';
import type { IamFinding } from './finding.js';
import { both, conditionsOf, type Contingency } from './policy.js';
import { groupByManagedPolicy, statementsOf, type AttachedPolicy, type PolicyScope, type ScopedStatement } from './scope.js';

const TAG_KEY = /^(aws:resourcetag|sagemaker:resourcetag|aws:requesttag)\//;

export interface TagAccessFinding extends IamFinding {
  policy: AttachedPolicy;
  actions: ActionInfo[];
}

export function analyzeTagAccess(scope: PolicyScope, catalog: ActionCatalog): TagAccessFinding[] {
  const taggable = taggableActions(catalog);
  const grants: Grant[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    const { statement } = scoped;
    if (statement.effect !== 'Allow') continue;
    if (conditionsOf(statement).clauses.some((c) => TAG_KEY.test(c.keyLower))) continue;
    const granted = candidateActions(statement, taggable, (a) => a.id).flatMap((action) => {
      const match = matchAction(statement, action.id);
      return match ? [{ action, match }] : [];
    });
    if (granted.length === 0) continue;
    for (const target of resourceTargets(statement)) {
      const grant: Grant = { scoped, target, actions: [], grants: [], doubts: new Set() };
      // Hundreds of actions share a few dozen resource types.
      const reachOf = new Map<ResourceType, Contingency | undefined>();
      const reachesEveryOf = (type: ResourceType) => {
        if (!reachOf.has(type)) reachOf.set(type, reachesEvery(statement, target, type));
        return reachOf.get(type);
      };
      for (const { action, match } of granted) {
        const type = action.resourceTypes.find((r) => r.required)?.type ?? action.resourceTypes[0]?.type;
        const reach = type && reachesEveryOf(type);
        if (!type || !reach) continue;
        const restriction = restrictions(scope, action.id, probeArns(type, target.pattern));
        if (restriction.removed) continue;
        restriction.doubts.forEach((d) => grant.doubts.add(d));
        grant.actions.push(action);
        grant.grants.push(both(match, reach));
      }
      if (grant.actions.length > 0) grants.push(grant);
    }
  }
  return groupByManagedPolicy(grants, (g) => g.scoped.policy).map(render);
}

const taggableByCatalog = new WeakMap<ActionCatalog, ActionInfo[]>();

/** SageMaker actions with resource-level permissions that do more than list or read settings, listed once per catalog. */
function taggableActions(catalog: ActionCatalog): ActionInfo[] {
  let taggable = taggableByCatalog.get(catalog);
  if (!taggable) taggableByCatalog.set(catalog, (taggable = catalog.actionsOf('sagemaker').filter((a) => !a.wildcardOnly && !readsOnly(a))));
  return taggable;
}

/** Read actions named for reading settings; `GetRecord` and `BatchGetRecord` read Feature Store data. */
const SETTINGS_READ = /^sagemaker:(?:Describe|List|Search|BatchDescribe|Get(?!Record$)|BatchGet(?!Record$))/i;

function readsOnly(action: ActionInfo): boolean {
  if (action.accessLevels.length === 0) return false;
  if (action.accessLevels.every((level) => level === 'List')) return true;
  return action.accessLevels.every((level) => level === 'List' || level === 'Read') && SETTINGS_READ.test(action.id);
}

/** SageMaker actions one statement grants, through one resource target, with no tag condition. */
interface Grant {
  scoped: ScopedStatement;
  target: ResourceTarget;
  actions: ActionInfo[];
  grants: Contingency[];
  doubts: Set<string>;
}

function render(group: Grant[]): TagAccessFinding {
  const first = group[0]!;
  const { statement, policy } = first.scoped;
  const actions = [...new Map(group.flatMap((g) => g.actions).map((a) => [a.id, a])).values()];
  const grants = group.flatMap((g) => g.grants);
  const doubts = [...new Set(group.flatMap((g) => [...g.doubts]))];
  const parts = [statement, policy, grants.find((g) => g.certain) ?? grants.reduce(both)];
  return {
    policy,
    actions,
    at: first.target.at,
    certainty: certaintyOf(parts, doubts),
    message: `${policy.label} allows ${listActions(actions)} on every SageMaker resource with no aws:ResourceTag, sagemaker:ResourceTag or aws:RequestTag condition, so tags cannot limit which resources it reaches${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
  };
}
