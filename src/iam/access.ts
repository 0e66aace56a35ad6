/**
 * Which statements grant an action on which resources, and what takes it away.
 *
 * "Every bucket" or "every role" is decided with probes: ARNs of the resource
 * type (from the action data's ARN formats) named with probe names that share
 * no character (`aaa`, `999`, `x-y.z_w`, a 63-character name). A resource
 * pattern that matches all of them cannot constrain the name: only `*`-like
 * patterns do. Partition, region and account come from the pattern when it
 * writes them literally, so `arn:aws-cn:s3:::*` is every bucket in China and
 * `arn:aws:iam::111122223333:role/*` every role of that account.
 */
import type { Certainty, Value } from '../model/value.js';
import type { ActionInfo, ResourceType } from './actions.js';
import { ActionIndex } from './action-index.js';
import { BoundedCache, processCache } from './cache.js';
import { Glob } from './glob.js';
import { conditionsOf, patternsOf, type Conditions, type Contingency, type Pattern, type Patterns, type PolicyStatement } from './policy.js';
import { statementsOf, type PolicyScope, type ScopedStatement } from './scope.js';

/** What CloudFormation pseudo parameters read as in a probe: one consistent deployment. */
const DEPLOYMENT: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::URLSuffix': 'amazonaws.com',
};

const PROBE_NAMES = ['aaa', '999', 'x-y.z_w', 'q'.repeat(63)] as const;

/** Room for the distinct patterns of many policies; a glob is cheap to build again. */
const MAX_GLOBS = 8192;
const globCaches = { caseSensitive: processCache<Glob>(MAX_GLOBS), ignoreCase: processCache<Glob>(MAX_GLOBS) };

function glob(text: string, ignoreCase: boolean): Glob {
  const cache = ignoreCase ? globCaches.ignoreCase : globCaches.caseSensitive;
  return cache.getOrCompute(text, () => new Glob(text, { ignoreCase, substitutions: DEPLOYMENT }));
}

/** A glob over ARNs, which compare with case (actions do not). */
export function resourceGlob(text: string): Glob {
  return glob(text, false);
}

function actionGlob(text: string): Glob {
  return glob(text, true);
}

/** How a statement element covers something: where, and whether in every deployment. */
export interface Match extends Contingency {
  at: Value;
}

/** Whether the statement's Action (or NotAction) covers the action `service:Name`. */
export function matchAction(statement: PolicyStatement, actionId: string): Match | undefined {
  const hits = (patterns: Patterns) => compiledActions(patterns).hits(patterns, actionId);
  if (statement.action) return bestOf(hits(patternsOf(statement.action)));
  if (statement.notAction) return notCovered(patternsOf(statement.notAction), hits(patternsOf(statement.notAction)), statement.notAction);
  return undefined;
}

/** Action texts without a wildcard or a placeholder: the action they name, in any case (no glob needed). */
const PLAIN_ACTION = /^[^*?$]*$/;

/**
 * An Action element's patterns compiled once per element: literal IDs (most of
 * them) looked up by lower-cased text, and only the wildcards matched. Analyses
 * ask each element about hundreds of actions, and a managed policy's element
 * holds hundreds of patterns: the patterns that match each action asked are
 * kept, as are the candidates of each list the element names.
 */
class CompiledActions {
  /** Positions of the literal patterns, per lower-cased ID. */
  private readonly literal = new Map<string, number[]>();
  /** Positions of the patterns with a wildcard, and their globs. */
  private readonly wildcards: { position: number; glob: Glob }[] = [];
  /** Positions of the matching patterns per action ID asked (a catalog's worth of IDs fits). */
  private readonly positionsById = new BoundedCache<readonly number[]>(MAX_ACTIONS_PER_ELEMENT);
  /** The candidates the element names, per list of candidates (`candidateActions`). */
  readonly candidatesByList = new WeakMap<readonly unknown[], readonly unknown[]>();

  /** Only the texts of the patterns count: the compiled element serves every element of the same texts. */
  constructor(patterns: Patterns) {
    patterns.items.forEach((pattern, position) => {
      const plain = PLAIN_ACTION.test(pattern.text);
      const g = plain ? undefined : actionGlob(pattern.text);
      const { kind, literal } = g ? g.shape : { kind: 'exact', literal: pattern.text.toLowerCase() };
      if (kind === 'never') return;
      if (kind === 'exact') this.literal.set(literal, [...(this.literal.get(literal) ?? []), position]);
      else this.wildcards.push({ position, glob: g! });
    });
  }

  /** The patterns that match the action, in element order (as filtering them one by one gives them). */
  hits(patterns: Patterns, actionId: string): Pattern[] {
    const positions = this.positionsById.getOrCompute(actionId, () => this.positionsOf(actionId));
    return positions.map((p) => patterns.items[p]!);
  }

  private positionsOf(actionId: string): readonly number[] {
    const literal = this.literal.get(actionId.toLowerCase()) ?? [];
    const wildcard = this.wildcards.filter((w) => w.glob.matches(actionId)).map((w) => w.position);
    return wildcard.length === 0 ? literal : [...literal, ...wildcard].sort((a, b) => a - b);
  }
}

const MAX_ACTIONS_PER_ELEMENT = 4096;

/**
 * Compiled elements per element, and per pattern texts: a managed policy is
 * read anew for each identity that attaches it (its values stand where the
 * ARN is written), with the same texts every time.
 */
const compiledByPatterns = new WeakMap<Patterns, CompiledActions>();
const compiledByTexts = processCache<CompiledActions>(1024);

function compiledActions(patterns: Patterns): CompiledActions {
  let compiled = compiledByPatterns.get(patterns);
  if (!compiled) {
    const texts = JSON.stringify(patterns.items.map((p) => p.text));
    compiled = compiledByTexts.getOrCompute(texts, () => new CompiledActions(patterns));
    compiledByPatterns.set(patterns, compiled);
  }
  return compiled;
}

/** Per list of candidate actions: its index, and the IDs each Action pattern names, matched once per process. */
interface NamedCandidates {
  index: ActionIndex;
  idsByPattern: BoundedCache<ReadonlySet<string>>;
}
const namedByList = new WeakMap<readonly unknown[], NamedCandidates>();
const MAX_PATTERNS_PER_LIST = 4096;

/**
 * The candidates (a fixed list, e.g. every S3 action) a statement may grant:
 * those some Action pattern names, or all of them for a NotAction. Analyses
 * would otherwise match each of a service's hundreds of actions against every
 * statement; `matchAction` still decides how each candidate is covered.
 */
export function candidateActions<T>(statement: PolicyStatement, candidates: readonly T[], idOf: (candidate: T) => string): readonly T[] {
  if (!statement.action) return statement.notAction ? candidates : [];
  const patterns = patternsOf(statement.action);
  const compiled = compiledActions(patterns);
  let found = compiled.candidatesByList.get(candidates) as readonly T[] | undefined;
  if (!found) {
    let named = namedByList.get(candidates);
    if (!named) namedByList.set(candidates, (named = { index: new ActionIndex(candidates.map(idOf)), idsByPattern: new BoundedCache(MAX_PATTERNS_PER_LIST) }));
    const ids = new Set<string>();
    for (const pattern of patterns.items) for (const id of idsNamedBy(pattern.text, named)) ids.add(id);
    found = ids.size === 0 ? [] : candidates.filter((c) => ids.has(idOf(c)));
    compiled.candidatesByList.set(candidates, found);
  }
  return found;
}

function idsNamedBy(text: string, { index, idsByPattern }: NamedCandidates): ReadonlySet<string> {
  return idsByPattern.getOrCompute(text, () => new Set(index.matching(actionGlob(text))));
}

/** Whether the statement's Resource (or NotResource) covers every one of the ARNs. */
export function matchResources(statement: PolicyStatement, arns: readonly string[]): Match | undefined {
  const globOf = (p: Pattern) => (p.reference ? undefined : resourceGlob(p.text));
  const covers = (p: Pattern) => {
    const g = globOf(p);
    return g !== undefined && arns.every((arn) => g.matches(arn));
  };
  const excludes = (p: Pattern) => {
    const g = globOf(p);
    return g !== undefined && arns.some((arn) => g.matches(arn));
  };
  if (statement.resource) return matchElement(statement.resource, undefined, covers);
  return matchElement(undefined, statement.notResource, excludes);
}

/**
 * An element covers when one of its patterns matches; a Not-element covers
 * when none does, and is certain only if no uncertain or unreadable part could.
 */
function matchElement(positive: Value | undefined, negative: Value | undefined, test: (p: Pattern) => boolean): Match | undefined {
  if (positive) return bestOf(patternsOf(positive).items.filter(test));
  if (negative) {
    const patterns = patternsOf(negative);
    return notCovered(patterns, patterns.items.filter(test), negative);
  }
  return undefined;
}

/** How an element covers, given the patterns of it that match. */
function bestOf(hits: readonly Pattern[]): Match | undefined {
  const best = hits.find((p) => p.certain) ?? hits[0];
  return best && { certain: best.certain, via: best.via, at: best.value };
}

/** How a Not-element covers, given the patterns of it that match (which exclude). */
function notCovered(patterns: Patterns, excluding: readonly Pattern[], negative: Value): Match | undefined {
  if (excluding.some((p) => p.certain)) return undefined;
  const certain = excluding.length === 0 && patterns.unseen.length === 0;
  return { certain, via: excluding.flatMap((p) => p.via), at: negative };
}

/** Where a statement names its resources: one Resource pattern, or the NotResource element. */
export interface ResourceTarget extends Contingency {
  at: Value;
  /** The pattern text, for a Resource pattern. */
  pattern?: string;
}

export function resourceTargets(statement: PolicyStatement): ResourceTarget[] {
  if (statement.notResource) return [{ certain: true, via: [], at: statement.notResource }];
  return patternsOf(statement.resource)
    .items.filter((p) => !p.reference)
    .map((p) => ({ certain: p.certain, via: p.via, at: p.value, pattern: p.text }));
}

/** Whether a target covers every resource of the type (all its probes), and when. */
export function reachesEvery(statement: PolicyStatement, target: ResourceTarget, type: ResourceType): Contingency | undefined {
  if (target.pattern === undefined) return matchResources(statement, probeArns(type));
  return patternVerdict(reachCache, type, target.pattern, patternReachesEvery) ? target : undefined;
}

function patternReachesEvery(pattern: string, type: ResourceType): boolean {
  const g = resourceGlob(pattern);
  return probeArns(type, pattern).every((arn) => g.matches(arn));
}

/**
 * Verdicts on a resource pattern for a resource type, which depend on nothing
 * but the pattern and the type's ARN format: analyses ask them per action,
 * statement and identity, for a few dozen types and patterns.
 */
const MAX_VERDICTS = 8192;
const reachCache = processCache<boolean>(MAX_VERDICTS);
const openNameCache = processCache<boolean>(MAX_VERDICTS);
const someCache = processCache<boolean>(MAX_VERDICTS);

function patternVerdict(cache: BoundedCache<boolean>, type: ResourceType, pattern: string, decide: (pattern: string, type: ResourceType) => boolean): boolean {
  return cache.getOrCompute(`${type.arnFormat}\n${pattern}`, () => decide(pattern, type));
}

/** Whether a target can cover some resource of the type at all (NotResource is assumed to). */
export function reachesSome(target: ResourceTarget, type: ResourceType): boolean {
  return target.pattern === undefined || patternVerdict(someCache, type, target.pattern, canMatchType);
}

const ARN_HEAD = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):/;
const FORMAT_VARIABLE = /\$\{([^}]+)\}/g;
const DEPLOYMENT_VARIABLES = new Set(['Partition', 'Region', 'Account']);

/**
 * Probe ARNs of a resource type, in the partition, region and account the base
 * pattern writes literally (a deployment's defaults otherwise).
 */
export function probeArns(type: ResourceType, base?: string): readonly string[] {
  // Asked for per action, with a few dozen types and patterns: built once each.
  return probeCache.getOrCompute(`${type.arnFormat}\n${base ?? ''}`, () => {
    const fields = deploymentFields(base);
    return PROBE_NAMES.map((name) => fill(type.arnFormat, fields, name));
  });
}

/** Probes per ARN format and base pattern. */
const probeCache = processCache<readonly string[]>(8192);

/**
 * Whether a pattern leaves the name of the resource unanchored: it can match
 * some ARN of the type, and every probe name still fits what it writes before
 * its first wildcard, as with `arn:aws:s3:::*sagemaker*` (every bucket whose
 * name, or object whose key, contains "sagemaker") but not
 * `arn:aws:s3:::sagemaker-*`, nor a pattern for objects only (with `/`) for a bucket.
 */
export function leavesNameOpen(pattern: string, type: ResourceType): boolean {
  return patternVerdict(openNameCache, type, pattern, decideNameOpen);
}

function decideNameOpen(pattern: string, type: ResourceType): boolean {
  const firstName = [...type.arnFormat.matchAll(FORMAT_VARIABLE)].find((m) => !DEPLOYMENT_VARIABLES.has(m[1]!));
  if (!firstName || !canMatchType(pattern, type)) return false;
  const throughName = type.arnFormat.slice(0, firstName.index + firstName[0].length);
  const g = resourceGlob(pattern);
  const fields = deploymentFields(pattern);
  return PROBE_NAMES.every((name) => g.admitsPrefix(fill(throughName, fields, name)));
}

/**
 * Whether some ARN of the type matches: a probe, or the pattern with its
 * wildcards filled in a few ways. A pseudo parameter no deployment fixes
 * (`${AWS::StackName}`) stands for some name, so it is filled like a wildcard:
 * `notebook-instance/${AWS::StackName}*` names the stack's own notebooks.
 */
function canMatchType(pattern: string, type: ResourceType): boolean {
  const open = pattern.replace(UNFIXED_PSEUDO_PARAMETER, '*');
  const g = resourceGlob(open);
  if (probeArns(type, open).some((arn) => g.matches(arn))) return true;
  const shape = arnShape(type);
  const concrete = withDeployment(open);
  return ['', 'x', 'x/x'].some((filler) => shape.test(concrete.replace(/\*/g, filler).replace(/\?/g, 'x')));
}

/** CloudFormation pseudo parameters whose value differs per stack, not per deployment (`${AWS::StackName}`, `${AWS::StackId}`). */
const UNFIXED_PSEUDO_PARAMETER = /\$\{AWS::(?:StackName|StackId)\}/g;

/** The text with CloudFormation pseudo parameters read as in the probe deployment (they hold colons themselves). */
function withDeployment(text: string): string {
  return text.replace(/\$\{(AWS::[A-Za-z]+)\}/g, (placeholder, name: string) => DEPLOYMENT[name] ?? placeholder);
}

/** A regular expression for the ARNs of a type; only object keys and names with a path may hold `/`. */
function arnShape(type: ResourceType): RegExp {
  let source = '';
  let last = 0;
  for (const m of type.arnFormat.matchAll(FORMAT_VARIABLE)) {
    source += escapeRegExp(type.arnFormat.slice(last, m.index));
    const variable = m[1]!;
    source += DEPLOYMENT_VARIABLES.has(variable) ? '[^:]*' : /ObjectName|Path/.test(variable) ? '.+' : '[^/:]+';
    last = m.index + m[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(type.arnFormat.slice(last))}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The partition, region and account a probe takes: those the base pattern writes literally, else the deployment's. */
function deploymentFields(base: string | undefined): Record<string, string> {
  const head = base ? ARN_HEAD.exec(withDeployment(base)) : null;
  const literal = (field: string | undefined, fallback: string) => (field && !/[*?]|\$\{/.test(field) ? field : fallback);
  return {
    Partition: literal(head?.[1], DEPLOYMENT['AWS::Partition']!),
    Region: literal(head?.[3], DEPLOYMENT['AWS::Region']!),
    Account: literal(head?.[4], DEPLOYMENT['AWS::AccountId']!),
  };
}

function fill(format: string, fields: Readonly<Record<string, string>>, name: string): string {
  return format.replace(FORMAT_VARIABLE, (_, variable: string) => fields[variable] ?? name);
}

/** Why a grant may not hold, or what takes it away. */
export interface Restriction {
  /** The grant is gone in every deployment. */
  removed: boolean;
  /** Reasons it may not hold (conditional or uncertain Denies, a boundary that may not allow it). */
  doubts: string[];
}

/**
 * Whether Deny statements in scope, or the permissions boundary, take the
 * action on these resources away. A Deny with conditions, or one that exists
 * only for some deployment choices, leaves a doubt instead.
 */
export function restrictions(scope: PolicyScope, actionId: string, arns: readonly string[]): Restriction {
  const { denies, boundaryAllows } = limitsOf(scope);
  const doubts: string[] = [];
  for (const scoped of denies) {
    const verdict = covers(scoped, actionId, arns);
    if (verdict === 'always') return { removed: true, doubts: [] };
    if (verdict === 'sometimes') doubts.push(`a Deny in ${describeStatement(scoped)} may take it away`);
  }
  if (scope.boundary) {
    const verdicts = boundaryAllows.map((s) => covers(s, actionId, arns));
    if (!verdicts.includes('always')) {
      if (!verdicts.includes('sometimes')) return { removed: true, doubts: [] };
      doubts.push(`the permissions boundary ${scope.boundary.label} may not allow it`);
    }
  }
  return { removed: false, doubts };
}

interface Limits {
  denies: ScopedStatement[];
  boundaryAllows: ScopedStatement[];
}

/** Analyses ask for the restrictions of every action they find: a scope's Denies and boundary are gathered once. */
const limitsByScope = new WeakMap<PolicyScope, Limits>();

function limitsOf(scope: PolicyScope): Limits {
  let limits = limitsByScope.get(scope);
  if (!limits) {
    const boundary = scope.boundary ? statementsOf([scope.boundary]) : [];
    limits = {
      denies: [...statementsOf(scope.policies), ...boundary].filter((s) => s.statement.effect === 'Deny'),
      boundaryAllows: boundary.filter((s) => s.statement.effect === 'Allow'),
    };
    limitsByScope.set(scope, limits);
  }
  return limits;
}

/**
 * Whether a statement covers the action on every one of the resources.
 * 'always': in every deployment, for every request; 'sometimes': only for some
 * deployment choices, or under conditions on the resource (which may leave
 * some of them out). Conditions on the request alone (network, MFA, the
 * settings of what is created) do not change which resources are reachable:
 * an Allow with them still reaches them all, a Deny with them takes none away.
 */
function covers(scoped: ScopedStatement, actionId: string, arns: readonly string[]): 'always' | 'sometimes' | 'never' {
  const { statement, policy } = scoped;
  const action = matchAction(statement, actionId);
  const resource = action && matchResources(statement, arns);
  if (!action || !resource) return 'never';
  const conditions = conditionsOf(statement);
  const narrows = narrowsResources(conditions);
  if (statement.effect === 'Deny' && !narrows && conditions.clauses.length > 0) return 'never';
  const certain = action.certain && resource.certain && statement.certain && policy.certain;
  return !narrows && certain ? 'always' : 'sometimes';
}

/** Condition keys that describe the resource acted on rather than the request. */
const RESOURCE_KEY = /^(aws:resource|[a-z0-9-]+:resource(account|tag)|s3:(existingobjecttag|buckettag)\/|s3:prefix$)/;

/** Whether conditions may leave some resources out (conditions that cannot be read might). */
export function narrowsResources(conditions: Conditions): boolean {
  return conditions.unseen.length > 0 || conditions.clauses.some((c) => RESOURCE_KEY.test(c.keyLower));
}

function describeStatement(scoped: ScopedStatement): string {
  const sid = scoped.statement.sid ? ` (Sid ${scoped.statement.sid})` : '';
  return `${scoped.policy.label}${sid}`;
}

/** Definite only when every part holds in every deployment and nothing casts doubt. */
export function certaintyOf(parts: readonly Contingency[], doubts: readonly string[]): Certainty {
  return parts.every((p) => p.certain) && doubts.length === 0 ? 'definite' : 'possible';
}

/** The choices a finding depends on, worded for a message (empty when none). */
export function describeChoices(parts: readonly Contingency[]): string {
  const via = [...new Set(parts.flatMap((p) => p.via))];
  return via.length ? ` when ${via.join(' and ')}` : '';
}

/** Short list of actions for a message: "s3:GetObject, s3:PutObject and 9 more". */
export function listActions(actions: readonly ActionInfo[], shown = 3): string {
  const names = actions.map((a) => a.id);
  if (names.length <= shown + 1) return joinWords(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
