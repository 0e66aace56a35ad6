/**
 * Snapshot → model: each collected record becomes a Resource with canonical
 * (CloudFormation) property names, live locations (ARN + API path), tags, and
 * aliases (ARN, physical IDs, name) so the graph links a notebook to its subnet,
 * security groups, role and lifecycle configuration, an endpoint to its config
 * and models, a cluster to its parameter group, a role to its policies.
 *
 * Names are per region and per kind, but references resolve across the whole
 * account: a name becomes an alias only when nothing else in the account bears
 * it, and a reference by a shared name points at the ARN of its target instead.
 *
 * How each kind maps is a table per AWS service (`model/<service>.ts`); this
 * file walks the snapshot through them.
 */
import type { Note } from '../../core/finding.js';
import type { Resource } from '../../model/resource.js';
import { GLOBAL_REGION } from './coverage.js';
import { cloudFormationLabel, liveTagSet, LiveValues } from './live-values.js';
import type { AccountState, ApiTag, RegionState } from './snapshot.js';
import { appendAll } from '../../collections.js';
import { ec2Specs } from './model/ec2.js';
import { IAM_SPECS } from './model/iam.js';
import { redshiftSpecs } from './model/redshift.js';
import { sageMakerSpecs } from './model/sagemaker.js';
import { MappingContext, type Part, type Source, type Spec, type SpecTable, type Where } from './model/spec.js';

export interface MappedAccount {
  resources: Resource[];
  notes: Note[];
  /** Where each resource's record sits in the snapshot (`accounts[<id>].regions[<region>].<service>.<collection>[<i>]`), by resource ID. */
  recordPaths: Map<string, string>;
}

/** Maps one account of a snapshot; `file` (the snapshot's path) is named in notes. */
export function mapAccountState(account: AccountState, file?: string): MappedAccount {
  const sources = [...iamSources(account), ...account.regions.flatMap((region) => regionSources(account, region))];
  const context = new MappingContext(sources);
  const notes: Note[] = [];
  const resources: Resource[] = [];
  const recordPaths = new Map<string, string>();
  for (const { spec, record, where, path } of sources) {
    const note = (message: string) => notes.push({ ...(file ? { file } : {}), message });
    try {
      const built = buildResources(spec, record, where, context);
      if (built) {
        appendAll(resources, built);
        for (const resource of built) recordPaths.set(resource.id, path);
      } else note(`${path}: the record has no ARN or identifier; it is left out`);
    } catch (err) {
      note(`${path}: the record could not be read (${err instanceof Error ? err.message : String(err)}); it is left out`);
    }
  }
  appendAll(notes, context.notes.map((message) => ({ ...(file ? { file } : {}), message })));
  return { resources, notes, recordPaths };
}

function sourcesOf<R extends object>(spec: Spec<R>, records: readonly R[] | undefined, where: Where, path: string): Source[] {
  const sources = (records ?? []).map((record, i) => ({ spec: spec as Spec<never>, record, where, path: `${path}[${i}]` }));
  return spec.include ? sources.filter((source) => spec.include!(source.record as R)) : sources;
}

/** The records of one service's state, collection by collection as its table orders them. */
function tableSources<S extends object>(specs: SpecTable<S>, state: S, where: Where, path: string): Source[] {
  return Object.entries(specs).flatMap(([collection, spec]) =>
    sourcesOf(spec as Spec<object>, (state as Record<string, readonly object[] | undefined>)[collection], where, `${path}.${collection}`),
  );
}

function regionSources(account: AccountState, state: RegionState): Source[] {
  const where: Where = { account: account.accountId, partition: account.partition, region: state.region };
  const at = `accounts[${account.accountId}].regions[${state.region}]`;
  return [
    ...tableSources(sageMakerSpecs(state.sagemaker), state.sagemaker, where, `${at}.sagemaker`),
    ...tableSources(ec2Specs(state.ec2), state.ec2, where, `${at}.ec2`),
    ...tableSources(redshiftSpecs(state.redshift), state.redshift, where, `${at}.redshift`),
  ];
}

function iamSources(account: AccountState): Source[] {
  if (!account.iam) return [];
  const where: Where = { account: account.accountId, partition: account.partition, region: GLOBAL_REGION };
  return tableSources(IAM_SPECS, account.iam, where, `accounts[${account.accountId}].iam`);
}

/** The resources of one record; undefined when it has no ARN. */
function buildResources(spec: Spec<never>, record: object, where: Where, context: MappingContext): Resource[] | undefined {
  const typed = record as never;
  const arn = spec.arn(typed, where);
  if (!arn) return undefined;
  const values = new LiveValues({ arn, ...where });
  const tags = spec.tags === 'none' ? undefined : liveTagSet((record as { Tags?: ApiTag[] }).Tags, values, spec.tags === 'inline');
  const name = spec.name?.(typed);
  const label = tags && cloudFormationLabel(tags);
  const props = spec.props(typed, values, context);
  const parts: Part[] = Array.isArray(props) ? props : [{ props }];
  return parts.map(({ props, suffix }) => ({
    kind: spec.kind,
    id: suffix ? `${arn}/${suffix}` : arn,
    type: spec.type,
    source: 'live',
    loc: values.loc([]),
    props,
    ...(tags ? { tags } : {}),
    suppressions: [],
    // A part answers to its own identity only: the record's ARN and name stand for the whole.
    aliases: suffix
      ? [`${arn}/${suffix}`]
      : [...new Set([arn, ...(spec.ids?.(typed) ?? []).filter((id): id is string => !!id), ...(name && context.isUniqueName(name) ? [name] : [])])],
    ...(label ? { label } : {}),
  }));
}
