/**
 * Placeholders filled from the unit itself. Before a fix leaves `<kms-key-arn>`,
 * `<subnet-id>`, `<security-group-id>` or `<account-id>` for the user, it takes
 * what the template (or Terraform module) already uses: the KMS key other
 * resources encrypt with, the subnets and security groups other SageMaker
 * resources run in, the account ID from `AWS::AccountId`. Applied to every
 * rule's fix, so no rule looks these up on its own.
 */
import type { ResourceGraph } from '../model/graph.js';
import { prop, type Resource, type ResourceKind } from '../model/resource.js';
import { type Value } from '../model/value.js';
import type { Fix } from '../core/rule.js';
import { asFixData, modulePrefix } from '../model/fix-data.js';

type Source = readonly [ResourceKind, readonly string[]];

/** Where resources name the customer managed key of their storage. */
const KMS_KEY_SOURCES: readonly Source[] = [
  ['NotebookInstance', ['KmsKeyId']],
  ['Domain', ['KmsKeyId']],
  ['EndpointConfig', ['KmsKeyId']],
  ['RedshiftCluster', ['KmsKeyId']],
  ['Job', ['ResourceConfig', 'VolumeKmsKeyId']],
  ['Job', ['OutputDataConfig', 'KmsKeyId']],
  ['TransformJob', ['TransformResources', 'VolumeKmsKeyId']],
  ['TransformJob', ['TransformOutput', 'KmsKeyId']],
];

/** Where SageMaker resources name their subnets (a notebook names one). */
const SUBNET_SOURCES: readonly Source[] = [
  ['NotebookInstance', ['SubnetId']],
  ['Domain', ['SubnetIds']],
  ['Job', ['VpcConfig', 'Subnets']],
  ['Model', ['VpcConfig', 'Subnets']],
];

const SECURITY_GROUP_SOURCES: readonly Source[] = [
  ['NotebookInstance', ['SecurityGroupIds']],
  ['Domain', ['DefaultUserSettings', 'SecurityGroups']],
  ['Job', ['VpcConfig', 'SecurityGroupIds']],
  ['Model', ['VpcConfig', 'SecurityGroupIds']],
];

const KMS_KEY = '<kms-key-arn>';
const SUBNET = '<subnet-id>';
const SECURITY_GROUP = '<security-group-id>';
const ACCOUNT = '<account-id>';

/** The fix with every placeholder the unit can fill replaced by the unit's own value; the fix itself when none can be. */
export function fillFromUnit(fix: Fix, resource: Resource, graph: ResourceGraph): Fix {
  const found = new Map<string, unknown[] | undefined>();
  const lookup = (placeholder: string): unknown[] | undefined => {
    if (!found.has(placeholder)) found.set(placeholder, valuesFor(placeholder, resource, graph));
    return found.get(placeholder);
  };
  const fill = (data: unknown): unknown => {
    if (typeof data === 'string') {
      const values = lookup(data);
      return values && values.length ? values[0] : data;
    }
    if (Array.isArray(data)) {
      // `['<subnet-id>']` becomes every subnet of the resource it is taken from.
      if (data.length === 1 && typeof data[0] === 'string') return lookup(data[0]) ?? data;
      return data.map(fill);
    }
    if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, fill(v)]));
    return data;
  };
  const edits = fix.edits.map((edit) => ({ ...edit, value: fill(edit.value) }));
  const additions = fix.additions?.map((addition) => ({ ...addition, properties: fill(addition.properties) as Record<string, unknown> }));
  return { ...fix, edits, ...(additions ? { additions } : {}) };
}

/** What the unit gives for a placeholder, as fix data (a list: a notebook's one subnet, a job's several). */
function valuesFor(placeholder: string, into: Resource, graph: ResourceGraph): unknown[] | undefined {
  switch (placeholder) {
    case KMS_KEY:
      return mostUsed(KMS_KEY_SOURCES, into, graph);
    case SUBNET:
      return mostUsed(SUBNET_SOURCES, into, graph);
    case SECURITY_GROUP:
      return mostUsed(SECURITY_GROUP_SOURCES, into, graph);
    case ACCOUNT:
      if (into.source === 'cloudformation') return [{ Ref: 'AWS::AccountId' }];
      return into.source === 'terraform' ? callerIdentityIn(into, graph) : undefined;
    default:
      return undefined;
  }
}

/** The values resources use at some places, with how often each resource uses each. */
interface Tally {
  data: unknown[];
  count: number;
  byResource: Map<Resource, number>;
}

/**
 * Tallies by graph, by places and by what a value must mean to be written (the
 * input format and, for Terraform, the module): every finding of a unit asks
 * the same question, so the resources are read once, not once per finding.
 */
const talliesByGraph = new WeakMap<ResourceGraph, Map<readonly Source[], Map<string, Tally[]>>>();

function talliesFor(sources: readonly Source[], into: Resource, graph: ResourceGraph): Tally[] {
  let bySources = talliesByGraph.get(graph);
  if (!bySources) talliesByGraph.set(graph, (bySources = new Map()));
  let byScope = bySources.get(sources);
  if (!byScope) bySources.set(sources, (byScope = new Map()));
  const scope = `${into.source}\0${into.source === 'terraform' ? modulePrefix(into.id) : ''}`;
  let tallies = byScope.get(scope);
  if (!tallies) byScope.set(scope, (tallies = tally(sources, into, graph)));
  return tallies;
}

function tally(sources: readonly Source[], into: Resource, graph: ResourceGraph): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const from of graph.resources) {
    if (from.source !== into.source) continue;
    for (const [kind, path] of sources) {
      if (from.kind !== kind) continue;
      const data = asFixData(prop(from, ...path), from, into);
      if (data === undefined) continue;
      const list = Array.isArray(data) ? data : [data];
      const key = JSON.stringify(list);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { data: list, count: 0, byResource: new Map() }));
      entry.count++;
      entry.byResource.set(from, (entry.byResource.get(from) ?? 0) + 1);
    }
  }
  return [...byKey.values()];
}

/**
 * The value other resources use most at these places (the first in document
 * order on a tie), as a list of fix data; undefined when none can be written
 * into `into` (a reference to another module, a value chosen at deploy time).
 */
function mostUsed(sources: readonly Source[], into: Resource, graph: ResourceGraph): unknown[] | undefined {
  let best: { data: unknown[]; count: number } | undefined;
  for (const entry of talliesFor(sources, into, graph)) {
    // The resource being fixed does not count: its own value is what the fix replaces.
    const count = entry.count - (entry.byResource.get(into) ?? 0);
    if (count > 0 && (!best || count > best.count)) best = { data: entry.data, count };
  }
  return best?.data;
}

/** `data.aws_caller_identity.X.account_id`, when a resource of the same module already reads it. */
const CALLER_IDENTITY = /\$\{(data\.aws_caller_identity\.[A-Za-z0-9_-]+)\.account_id\}/;

function callerIdentityIn(into: Resource, graph: ResourceGraph): unknown[] | undefined {
  const module = modulePrefix(into.id);
  for (const from of graph.resources) {
    if (from.source !== 'terraform' || modulePrefix(from.id) !== module) continue;
    const source = findText(from.props, (text) => CALLER_IDENTITY.exec(text)?.[1]);
    if (source) return [{ 'Fn::GetAtt': [source, 'account_id'] }];
  }
  return undefined;
}

/** The first answer `match` gives for a string (or a deploy-time placeholder) anywhere in the value. */
function findText(value: Value, match: (text: string) => string | undefined): string | undefined {
  switch (value.t) {
    case 'scalar':
      return typeof value.v === 'string' ? match(value.v) : undefined;
    case 'unknown':
      return (value.placeholder && match(value.placeholder)) ?? (value.fallback && findText(value.fallback.value, match));
    case 'map':
      for (const entry of value.entries.values()) {
        const found = findText(entry, match);
        if (found) return found;
      }
      return undefined;
    case 'list':
      for (const item of value.items) {
        const found = findText(item, match);
        if (found) return found;
      }
      return undefined;
    case 'oneOf':
      for (const option of value.options) {
        const found = findText(option.value, match);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}
