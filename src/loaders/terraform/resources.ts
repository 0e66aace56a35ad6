/**
 * Terraform resources → model resources, whatever they were read from (HCL or
 * a plan): the mapping table gives kind and canonical properties; IAM
 * attachments and resources that configure another one (Redshift logging, a VPC
 * endpoint policy) become properties of the resource they attach to.
 */
import type { Note } from '../../core/finding.js';
import { readOnlyAt, type Location, type Path } from '../../model/location.js';
import type { InlineSuppression, Resource, ResourceKind, SourceFormat, TagSet } from '../../model/resource.js';
import { leaves, type MapValue, type OmittedValue, type Value } from '../../model/value.js';
import { CLOUDFORMATION_KINDS, TAGGABLE_TYPES } from '../../model/resource-types.js';
import { RESOURCE_EXPANDERS } from '../expanders/expanders.js';
import { versionedDefault, type AwsProviderVersions } from './provider-version.js';
import { ATTACHMENT_MAPPINGS, CONTRIBUTION_MAPPINGS, type ResourceMapping } from './resource-tables.js';
import { awsDefault, fanOut, toCanonical, type ConversionContext, type TfObject } from './schema.js';
import { relocate, scalarAt } from './values.js';
import { addToGroup } from '../../collections.js';

export interface ResourceInput {
  /** The Terraform type, e.g. `aws_sagemaker_notebook_instance`. */
  type: string;
  mapping: ResourceMapping;
  /** The address without instance keys: `module.a.aws_iam_role.x`. */
  address: string;
  obj: TfObject;
  /** Where the resource is declared. */
  loc: Location;
  source: Extract<SourceFormat, 'terraform' | 'terraform-plan'>;
  label?: string;
  condition?: string;
  suppressions: InlineSuppression[];
  tags: TagSet;
  /** Further names it answers to (a plan's `arn` and `id`). */
  aliases?: string[];
  /** AWS provider versions, for defaults that changed between them; absent when values are already resolved (plans). */
  versions?: AwsProviderVersions;
  conversion: Pick<ConversionContext, 'positionsOf' | 'listsAreBlocks' | 'onObject'>;
}

export function kindOf(mapping: ResourceMapping): ResourceKind | undefined {
  return mapping.kind ?? CLOUDFORMATION_KINDS[mapping.cloudFormationType];
}

/**
 * The model resources one Terraform resource stands for: more than one when
 * CloudFormation would split it, and what it declares when CloudFormation's
 * type expands (pipelines, state machines, monitoring schedules).
 */
export function mappedResources(input: ResourceInput): { resources: Resource[]; notes: Note[] } {
  const { mapping, obj } = input;
  const kind = kindOf(mapping);
  const expander = mapping.kind ? undefined : RESOURCE_EXPANDERS[mapping.cloudFormationType];
  if (!kind && !expander) return { resources: [], notes: [] };
  const cx: ConversionContext = {
    ...input.conversion,
    kind,
    defaultFor: (path) => providerDefault(mapping, input.versions, path, obj.loc) ?? (kind && awsDefault(kind, path, obj.loc)),
  };
  const props = toCanonical(obj, mapping.args, [], cx);
  const entries = props.entries as Map<string, Value>;
  for (const change of input.versions ? (mapping.providerDefaults ?? []) : []) {
    if (entries.has(change.property)) continue;
    const omitted: OmittedValue = { t: 'omitted', loc: props.loc, path: [change.property], anchor: props };
    entries.set(change.property, { ...omitted, fallback: versionedDefault(input.versions!, change, obj.loc) });
  }
  for (const [name, v] of Object.entries(mapping.constants ?? {})) entries.set(name, scalarAt(readOnlyAt(input.loc, [name]), v));

  const aliases = [...new Set([...namesOf(obj, mapping), ...(input.aliases ?? [])])];
  const base = (id: string, p: MapValue): Omit<Resource, 'kind'> => ({
    id,
    type: input.type,
    source: input.source,
    loc: input.loc,
    props: p,
    tags: TAGGABLE_TYPES.has(mapping.cloudFormationType) ? input.tags : undefined,
    suppressions: input.suppressions,
    aliases,
    ...(input.label ? { label: input.label } : {}),
    ...(input.condition ? { condition: input.condition } : {}),
  });
  const variants = mapping.fanOut ? fanOut(props, mapping.fanOut, (item, key) => relocate(item, [key])) : [props];
  const resources = kind ? variants.map<Resource>((p, i) => ({ kind, ...base(i === 0 ? input.address : `${input.address}#${i + 1}`, p) })) : [];
  if (!expander) return { resources, notes: [] };
  const expanded = expander({ logicalId: input.address, type: mapping.cloudFormationType, props, loc: input.loc, file: fileOf(input.loc), base: base(input.address, props) });
  return { resources: [...resources, ...expanded.resources], notes: expanded.notes };
}

function fileOf(loc: Location): string {
  return loc.kind === 'source' ? loc.file : loc.arn;
}

function providerDefault(mapping: ResourceMapping, versions: AwsProviderVersions | undefined, path: Path, loc: Location): Value | undefined {
  const change = versions && path.length === 1 ? mapping.providerDefaults?.find((c) => c.property === path[0]) : undefined;
  return change && versions ? versionedDefault(versions, change, loc) : undefined;
}

function namesOf(obj: TfObject, mapping: ResourceMapping): string[] {
  return (mapping.names ?? []).flatMap((name) => {
    const value = obj.attributes.get(name)?.value;
    return value?.t === 'scalar' && typeof value.v === 'string' && !value.v.includes('${') ? [value.v] : [];
  });
}

/**
 * Tags from `default_tags` and `tags` (later sources win); what cannot be read
 * makes the set partial. `written` is the resource's own `tags` argument, if
 * it has one: `loc` is then that argument, which findings about tags point at.
 */
export function tagSetOf(sources: readonly Value[], loc: Location, written?: Value): TagSet {
  const known = new Map<string, string | undefined>();
  let partial = false;
  for (const source of sources) {
    if (source.t === 'scalar' && source.v === null) continue;
    if (source.t === 'map') {
      for (const [k, v] of source.entries) known.set(k, v.t === 'scalar' && v.v !== null ? String(v.v) : undefined);
      continue;
    }
    // Choices: keys every choice has are certain.
    const maps = leaves(source).map((l) => l.value);
    partial = true;
    if (source.t === 'oneOf' && maps.length && maps.every((m) => m.t === 'map')) {
      const [first, ...others] = maps as MapValue[];
      for (const key of first!.entries.keys()) if (others.every((m) => m.entries.has(key))) known.set(key, undefined);
    }
  }
  return { known, partial, loc, ...(written ? { written: { ...written, loc: { ...loc, path: ['Tags'] } } } : {}) };
}

/** A Terraform resource that attaches to or configures another (IAM attachments, Redshift logging, endpoint policies). */
export interface LinkInput {
  type: string;
  address: string;
  obj: TfObject;
  suppressions: InlineSuppression[];
  conversion: Pick<ConversionContext, 'positionsOf' | 'listsAreBlocks'>;
}

export function isLinkType(type: string): boolean {
  return type in ATTACHMENT_MAPPINGS || type in CONTRIBUTION_MAPPINGS;
}

/** Applies links to the resources they name (by reference, ID or name); links to nothing in scope are dropped. */
export function applyLinks(resources: Resource[], links: readonly LinkInput[]): void {
  const byName = new Map<string, Resource[]>();
  const add = (name: string, r: Resource) => addToGroup(byName, name, r);
  for (const r of resources) {
    add(r.id, r);
    for (const alias of r.aliases) add(alias, r);
  }
  const resolve = (value: Value | undefined, kinds: readonly ResourceKind[]): Resource[] => {
    if (!value) return [];
    const found = new Set<Resource>();
    for (const leaf of leaves(value)) {
      const v = leaf.value;
      const name = v.t === 'ref' ? v.target : v.t === 'scalar' && typeof v.v === 'string' ? v.v : undefined;
      for (const r of (name && byName.get(name)) || []) if (kinds.includes(r.kind)) found.add(r);
    }
    return [...found];
  };
  for (const link of links) {
    const attachment = ATTACHMENT_MAPPINGS[link.type];
    if (attachment) {
      const policyArn = link.obj.attributes.get(attachment.policyArgument)?.value;
      const policies = resolve(policyArn, ['IamPolicy']);
      for (const identity of attachment.identities) {
        const written = link.obj.attributes.get(identity.argument)?.value;
        const names = identity.many && written?.t === 'list' ? written.items : written ? [written] : [];
        const identityKind: ResourceKind = identity.list === 'Roles' ? 'IamRole' : identity.list === 'Users' ? 'IamUser' : 'IamGroup';
        for (const name of names) {
          if (policies.length) {
            for (const policy of policies) append(policy, identity.list, name, link.suppressions);
          } else if (policyArn) {
            for (const target of resolve(name, [identityKind])) append(target, 'ManagedPolicyArns', policyArn, link.suppressions);
          }
        }
      }
      continue;
    }
    const contribution = CONTRIBUTION_MAPPINGS[link.type];
    if (!contribution) continue;
    for (const target of resolve(link.obj.attributes.get(contribution.target.argument)?.value, [contribution.target.kind])) {
      if (contribution.appends) {
        for (const [argument, list] of Object.entries(contribution.appends)) {
          const value = link.obj.attributes.get(argument)?.value;
          if (value) append(target, list, value, link.suppressions);
        }
        continue;
      }
      const cx: ConversionContext = { ...link.conversion, kind: target.kind, defaultFor: () => undefined };
      const converted = toCanonical(link.obj, contribution.args, contribution.into, cx);
      const props = target.props as MapValue;
      const entries = new Map(props.entries);
      if (contribution.into.length === 0) for (const [k, v] of converted.entries) entries.set(k, v);
      else entries.set(contribution.into[0]!, converted);
      target.props = { ...props, entries };
      target.suppressions = [...target.suppressions, ...link.suppressions];
    }
  }
}

/** Adds an item to a list property (creating it), located where the link writes it. */
function append(resource: Resource, key: string, value: Value, suppressions: InlineSuppression[]): void {
  const props = resource.props as MapValue;
  const existing = props.entries.get(key);
  const items = existing?.t === 'list' ? [...existing.items] : existing && existing.t !== 'omitted' ? [existing] : [];
  items.push(relocate(value, [key, items.length]));
  const list: Value = { t: 'list', loc: existing && existing.t !== 'omitted' ? existing.loc : { ...value.loc, path: [key] }, items };
  const entries = new Map(props.entries);
  entries.set(key, list);
  resource.props = { ...props, entries };
  resource.suppressions = [...resource.suppressions, ...suppressions];
}
