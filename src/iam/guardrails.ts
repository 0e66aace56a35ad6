/**
 * Guardrails on creating SageMaker resources: an identity allowed to call
 * CreateNotebookInstance, CreateTrainingJob, CreateHyperParameterTuningJob,
 * CreateProcessingJob or CreateModel should be held, by condition keys, to a
 * VPC, no direct internet, no root, network isolation, encrypted traffic
 * between containers and an encrypted volume. Which keys apply to which action
 * comes from the action data (each action lists the keys it supports).
 */
import { certaintyOf, describeChoices, joinWords, matchAction, probeArns, reachesSome, resourceTargets, restrictions, type Match } from './access.js';
import { supportsConditionKey, type ActionCatalog, type ActionInfo } from './actions.js';
import { assignGuardFixes, type GuardStatement } from './fixes.js';
import type { IamFinding } from './finding.js';
import type { Contingency, PolicyStatement } from './policy.js';
import { enforcement, equals, present, type Requirement } from './requirement.js';
import { groupByManagedPolicy, statementsOf, type AttachedPolicy, type PolicyScope, type ScopedStatement } from './scope.js';

export const CREATE_ACTIONS = [
  'sagemaker:CreateNotebookInstance',
  'sagemaker:CreateTrainingJob',
  'sagemaker:CreateHyperParameterTuningJob',
  'sagemaker:CreateProcessingJob',
  'sagemaker:CreateModel',
] as const;

export interface Guardrail {
  /** The condition key, as AWS spells it. */
  key: string;
  /** An older name of the key that policies may still use. */
  alias?: string;
  requirement: Requirement;
  /** The Condition of a Deny statement that enforces it. */
  deny: Record<string, Record<string, string>>;
  sid: string;
}

export const GUARDRAILS: readonly Guardrail[] = [
  {
    key: 'sagemaker:VpcSubnets',
    requirement: present('sagemaker:VpcSubnets'),
    deny: { Null: { 'sagemaker:VpcSubnets': 'true' } },
    sid: 'DenySageMakerOutsideVpc',
  },
  {
    key: 'sagemaker:DirectInternetAccess',
    requirement: equals('sagemaker:DirectInternetAccess', 'Disabled'),
    deny: { StringNotEquals: { 'sagemaker:DirectInternetAccess': 'Disabled' } },
    sid: 'DenyNotebookDirectInternetAccess',
  },
  {
    key: 'sagemaker:RootAccess',
    requirement: equals('sagemaker:RootAccess', 'Disabled'),
    deny: { StringNotEquals: { 'sagemaker:RootAccess': 'Disabled' } },
    sid: 'DenyNotebookRootAccess',
  },
  {
    key: 'sagemaker:NetworkIsolation',
    requirement: equals('sagemaker:NetworkIsolation', 'true'),
    deny: { BoolIfExists: { 'sagemaker:NetworkIsolation': 'false' } },
    sid: 'DenyWithoutNetworkIsolation',
  },
  {
    key: 'sagemaker:InterContainerTrafficEncryption',
    requirement: equals('sagemaker:InterContainerTrafficEncryption', 'true'),
    deny: { BoolIfExists: { 'sagemaker:InterContainerTrafficEncryption': 'false' } },
    sid: 'DenyWithoutInterContainerEncryption',
  },
  {
    key: 'sagemaker:VolumeKmsKeyArn',
    alias: 'sagemaker:VolumeKmsKey',
    requirement: present('sagemaker:VolumeKmsKeyArn', 'sagemaker:VolumeKmsKey'),
    deny: { Null: { 'sagemaker:VolumeKmsKeyArn': 'true' } },
    sid: 'DenyUnencryptedVolumes',
  },
];

/** The guardrails that apply to an action: those whose key it supports. */
function guardrailsFor(action: ActionInfo): Guardrail[] {
  return GUARDRAILS.filter((g) => supportsConditionKey(action, g.key) || (g.alias !== undefined && supportsConditionKey(action, g.alias)));
}

export interface MissingGuardrails {
  action: string;
  /** Keys nothing enforces. */
  keys: string[];
  /** Keys enforced only by conditional or deploy-time-dependent statements. */
  doubtful: string[];
}

export interface GuardrailFinding extends IamFinding {
  policy: AttachedPolicy;
  statement: PolicyStatement;
  missing: MissingGuardrails[];
  /** Deny statements that would enforce the missing keys. */
  guards: GuardStatement[];
}

export function analyzeGuardrails(scope: PolicyScope, catalog: ActionCatalog): GuardrailFinding[] {
  const entries: Entry[] = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== 'Allow') continue;
    const entry: Entry = { scoped, missing: [], matches: [], doubts: new Set() };
    for (const id of CREATE_ACTIONS) {
      const action = catalog.get(id);
      const match = action && matchAction(scoped.statement, id);
      const type = action?.resourceTypes.find((r) => r.required)?.type;
      if (!action || !match || !type || !resourceTargets(scoped.statement).some((t) => reachesSome(t, type))) continue;
      const probes = probeArns(type);
      const restriction = restrictions(scope, id, probes);
      if (restriction.removed) continue;
      restriction.doubts.forEach((d) => entry.doubts.add(d));
      const verdicts = guardrailsFor(action).map((g) => ({ g, verdict: enforcement(scope, scoped, id, probes, [g.requirement]) }));
      const keys = verdicts.filter((v) => v.verdict === 'never').map((v) => v.g.key);
      const doubtful = verdicts.filter((v) => v.verdict === 'sometimes').map((v) => v.g.key);
      if (keys.length === 0 && doubtful.length === 0) continue;
      entry.missing.push({ action: action.id, keys, doubtful });
      entry.matches.push(match);
    }
    if (entry.missing.length > 0) entries.push(entry);
  }
  const findings = groupByManagedPolicy(entries, (e) => e.scoped.policy).map(render);
  assignGuardFixes(findings, scope.owner, 'SageMakerCreateGuardrails', 'Add Deny statements that enforce the SageMaker guardrail condition keys');
  return findings;
}

/** What one Allow statement lets an identity create without guardrails. */
interface Entry {
  scoped: ScopedStatement;
  missing: MissingGuardrails[];
  matches: Match[];
  doubts: Set<string>;
}

/** One finding per statement; for an AWS managed policy, one for all its statements (keys a statement misses count). */
function render(group: Entry[]): GuardrailFinding {
  const first = group[0]!;
  const { statement, policy } = first.scoped;
  const missing = mergeMissing(group.flatMap((e) => e.missing));
  const matches = group.flatMap((e) => e.matches);
  const definite = missing.some((m) => m.keys.length > 0);
  const doubts = [...new Set(group.flatMap((e) => [...e.doubts]))];
  if (!definite) doubts.push('every missing key is enforced only under some conditions');
  const parts: Contingency[] = [statement, policy, matches.find((m) => m.certain) ?? matches[0]!];
  return {
    policy,
    statement,
    missing,
    guards: guardsFor(missing),
    at: matches[0]!.at,
    certainty: certaintyOf(parts, doubts),
    message: `${policy.label} allows ${missing.map(describeMissing).join('; ')}${describeChoices(parts)}${doubts.length ? `; ${doubts.join('; ')}` : ''}`,
  };
}

function mergeMissing(all: readonly MissingGuardrails[]): MissingGuardrails[] {
  const byAction = new Map<string, MissingGuardrails>();
  for (const m of all) {
    const seen = byAction.get(m.action) ?? { action: m.action, keys: [], doubtful: [] };
    const keys = union(seen.keys, m.keys);
    byAction.set(m.action, { action: m.action, keys, doubtful: union(seen.doubtful, m.doubtful).filter((k) => !keys.includes(k)) });
  }
  return [...byAction.values()];
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return GUARDRAILS.map((g) => g.key).filter((k) => a.includes(k) || b.includes(k));
}

function describeMissing(m: MissingGuardrails): string {
  const keys = [...m.keys, ...m.doubtful.map((k) => `${k} (enforced only under some conditions)`)];
  return `${m.action} without ${joinWords(keys)}`;
}

/** One Deny per key, listing every action that lacks it. */
function guardsFor(missing: readonly MissingGuardrails[]): GuardStatement[] {
  return GUARDRAILS.flatMap((g) => {
    const actions = missing.filter((m) => m.keys.includes(g.key) || m.doubtful.includes(g.key)).map((m) => m.action);
    return actions.length ? [{ Sid: g.sid, Effect: 'Deny' as const, Action: actions, Resource: '*' as const, Condition: g.deny }] : [];
  });
}
