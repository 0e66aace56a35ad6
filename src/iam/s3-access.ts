/**
 * Any-S3-bucket access: an allowed S3 bucket or object action (per the action
 * data's resource types) on every bucket.
 *
 * Two breadths:
 * - every bucket: the resource matches every bucket name (`*`,
 *   `arn:aws:s3:::*` and its object form ending in `/*`,
 *   `arn:${AWS::Partition}:s3:::*`, or a NotResource that leaves them): a
 *   definite finding.
 * - open name: a wildcard before any fixed text of the name, as in AWS's own
 *   `arn:aws:s3:::*sagemaker*`. Not "any" bucket, yet S3 ARNs name no account,
 *   so a bucket anyone creates with a matching name (or an object whose key
 *   matches, in any bucket) is covered: reported as a possible finding, one
 *   level lower. A pattern anchored at the start (`arn:aws:s3:::sagemaker-*`)
 *   is not reported.
 * A Deny in scope that takes the access away removes the finding; one with
 * conditions, or only for some deployment choices, makes it possible.
 */
import {
  candidateActions,
  certaintyOf,
  describeChoices,
  leavesNameOpen,
  listActions,
  matchAction,
  narrowsResources,
  probeArns,
  reachesEvery,
  resourceTargets,
  restrictions,
  type Match,
  type ResourceTarget,
} from './access.js';
import { describeAccessLevels, type AccessLevel, type ActionCatalog, type ActionInfo, type ResourceType } from './actions.js';
import { replaceWithItems } from './fixes.js';
import type { IamFinding } from './finding.js';
import { both, conditionsOf, type Contingency, type PolicyStatement } from './policy.js';
import { groupByManagedPolicy, isEditable, statementsOf, type AttachedPolicy, type PolicyScope, type ScopedStatement } from './scope.js';
import { minOf } from '../collections.js';

export type Breadth = 'every-bucket' | 'open-name';

export interface AnyBucketFinding extends IamFinding {
  breadth: Breadth;
  actions: ActionInfo[];
  policy: AttachedPolicy;
  statement: PolicyStatement;
}

/** An S3 action with the resource type it is judged on (object actions by object ARNs, bucket actions by bucket ARNs). */
interface S3Action {
  action: ActionInfo;
  type: ResourceType;
}

const s3ActionsByCatalog = new WeakMap<ActionCatalog, S3Action[]>();

/** S3 actions that work on buckets or objects, from the action data (listed once per catalog). */
function bucketAndObjectActions(catalog: ActionCatalog): S3Action[] {
  let actions = s3ActionsByCatalog.get(catalog);
  if (!actions) s3ActionsByCatalog.set(catalog, (actions = s3ActionsOf(catalog)));
  return actions;
}

function s3ActionsOf(catalog: ActionCatalog): S3Action[] {
  return catalog.actionsOf('s3').flatMap((action) => {
    const names = action.resourceTypes.map((r) => r.type.name);
    const type = names.includes('object') ? 'object' : names.includes('bucket') ? 'bucket' : undefined;
    const resourceType = type && catalog.resourceType('s3', type);
    return resourceType ? [{ action, type: resourceType }] : [];
  });
}

export function analyzeS3Access(scope: PolicyScope, catalog: ActionCatalog): AnyBucketFinding[] {
  const s3Actions = bucketAndObjectActions(catalog);
  const grants: Grant[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== 'Allow') continue;
    const granted = candidateActions(scoped.statement, s3Actions, (s) => s.action.id).flatMap((s) => {
      const match = matchAction(scoped.statement, s.action.id);
      return match ? [{ ...s, match }] : [];
    });
    if (granted.length === 0) continue;
    for (const target of resourceTargets(scoped.statement)) {
      const grant = judgeTarget(scope, scoped, target, 'every-bucket', granted) ?? judgeTarget(scope, scoped, target, 'open-name', granted);
      if (grant) grants.push(grant);
    }
  }
  // An AWS managed policy gives one finding at its ARN, both breadths in one.
  return groupByManagedPolicy(grants, (g) => g.scoped.policy, (g) => (g.scoped.policy.awsManaged ? '' : g.breadth)).map((group) => renderBreadths(group, s3Actions.length));
}

/** An S3 grant of one statement through one resource target. */
interface Grant {
  scoped: ScopedStatement;
  target: ResourceTarget;
  breadth: Breadth;
  actions: S3Action[];
  parts: Contingency[];
  doubts: Set<string>;
}

function judgeTarget(
  scope: PolicyScope,
  scoped: ScopedStatement,
  target: ResourceTarget,
  breadth: Breadth,
  granted: (S3Action & { match: Match })[],
): Grant | undefined {
  const { statement, policy } = scoped;
  const actions: S3Action[] = [];
  const doubts = new Set<string>();
  const grants: Contingency[] = [];
  for (const { action, type, match } of granted) {
    const reaches = breadth === 'every-bucket' ? reachesEvery(statement, target, type) : opensName(target, type);
    if (!reaches) continue;
    const restriction = restrictions(scope, action.id, probeArns(type, target.pattern));
    if (restriction.removed) continue;
    restriction.doubts.forEach((d) => doubts.add(d));
    grants.push(both(reaches, match));
    actions.push({ action, type });
  }
  if (actions.length === 0) return undefined;
  if (narrowsResources(conditionsOf(statement))) doubts.add('its conditions may leave some buckets out');
  // One action granted in every deployment makes the grant certain; otherwise the choices it needs are named.
  const parts: Contingency[] = [statement, policy, grants.find((g) => g.certain) ?? grants.reduce(both)];
  return { scoped, target, breadth, actions, parts, doubts };
}

/** One finding for grants of one or both breadths: every bucket first, as the broader. */
function renderBreadths(group: Grant[], total: number): AnyBucketFinding {
  const [broadest, narrower] = (['every-bucket', 'open-name'] as const)
    .map((breadth) => group.filter((g) => g.breadth === breadth))
    .filter((grants) => grants.length > 0)
    .map((grants) => render(grants, total));
  if (!narrower) return broadest!;
  const label = `${broadest!.policy.label} allows `;
  return {
    ...broadest!,
    actions: [...new Set([...broadest!.actions, ...narrower.actions])],
    message: `${broadest!.message}; it also allows ${narrower.message.slice(label.length)}`,
    fix: undefined,
  };
}

function render(group: Grant[], total: number): AnyBucketFinding {
  const first = group[0]!;
  const { breadth, scoped } = first;
  const actions = [...new Map(group.flatMap((g) => g.actions).map((a) => [a.action.id, a.action])).values()];
  const doubts = [...new Set(group.flatMap((g) => [...g.doubts]))];
  const sure = group.find((g) => g.doubts.size === 0 && g.parts.every((p) => p.certain));
  const parts = sure ? sure.parts : group.flatMap((g) => g.parts);
  const patterns = group.map((g) => (g.target.pattern === undefined ? undefined : `'${g.target.pattern}'`));
  const written = [...new Set(patterns.filter((p) => p !== undefined))].join(', ');
  const where =
    breadth === 'open-name'
      ? `any bucket whose name (or object whose key) matches ${written}, in any account`
      : patterns.includes(undefined)
        ? 'every S3 bucket (NotResource leaves them all)'
        : `every S3 bucket (Resource ${written})`;
  const hedge = !sure && doubts.length ? `; ${doubts.join('; ')}` : '';
  return {
    breadth,
    actions,
    policy: scoped.policy,
    statement: scoped.statement,
    at: first.target.at,
    certainty: breadth === 'open-name' ? 'possible' : sure ? 'definite' : certaintyOf(parts, doubts),
    message: `${scoped.policy.label} allows ${describeGranted(actions, total)} on ${where}${describeChoices(parts)}${hedge}`,
    fix: group.length === 1 ? narrowingFix(first) : undefined,
  };
}

/** "every S3 bucket and object action", or the actions with object reads and writes first: they touch the data. */
function describeGranted(actions: readonly ActionInfo[], total: number): string {
  if (actions.length === total) return 'every S3 bucket and object action';
  const onObjects = (a: ActionInfo) => (a.resourceTypes.some((r) => r.type.name === 'object') ? 0 : 1);
  const level = (a: ActionInfo) => minOf(a.accessLevels.map((l) => IMPORTANCE.indexOf(l)));
  const ordered = [...actions].sort((a, b) => onObjects(a) - onObjects(b) || level(a) - level(b) || a.id.localeCompare(b.id));
  return `${listActions(ordered)} (${describeAccessLevels(actions)})`;
}

const IMPORTANCE: readonly AccessLevel[] = ['Read', 'Write', 'Permissions management', 'List', 'Tagging'];

function opensName(target: ResourceTarget, type: ResourceType): Contingency | undefined {
  return target.pattern !== undefined && leavesNameOpen(target.pattern, type) ? target : undefined;
}

/** Replaces the broad resource with the bucket (and its objects) the role needs. */
function narrowingFix({ scoped, target, actions }: Grant): AnyBucketFinding['fix'] {
  const { statement, policy } = scoped;
  if (!isEditable(policy) || target.pattern === undefined || !statement.resource) return undefined;
  const container = statement.resource.t === 'list' ? statement.resource : undefined;
  if (!container && statement.resource !== target.at) return undefined;
  const partition = /^arn:(aws[a-z-]*):/.exec(target.pattern)?.[1] ?? 'aws';
  const bucket = `arn:${partition}:s3:::<bucket-name>`;
  const kinds = new Set(actions.map((a) => a.type.name));
  const items = [...(kinds.has('bucket') ? [bucket] : []), ...(kinds.has('object') ? [`${bucket}/*`] : [])];
  return {
    description: 'Limit the statement to the bucket the role needs (replace <bucket-name>)',
    edits: replaceWithItems(target.at, container, items),
  };
}
