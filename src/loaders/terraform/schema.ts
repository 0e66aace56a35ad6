/**
 * How Terraform arguments map onto canonical (CloudFormation-named) properties,
 * and the converter that applies a mapping table to an evaluated Terraform
 * object (an HCL block or a plan's values). The same table, read backwards,
 * names the Terraform argument a canonical fix must write.
 *
 * An argument missing from a table maps by convention: `kms_key_id` → `KmsKeyId`
 * (and `volume_size_in_gb` → `VolumeSizeInGB`); its nested blocks map the same
 * way. Tables list what differs: other names, paths, block shapes, JSON documents.
 */
import type { Location, Path } from '../../model/location.js';
import type { ResourceKind } from '../../model/resource.js';
import { AWS_DEFAULTS } from '../../model/defaults.js';
import type { MapValue, OmittedValue, Scalar, Value } from '../../model/value.js';
import type { HclBlock } from './hcl-ast.js';
import { parseJsonString, type PositionsOf } from './json-document.js';
import { isJsonEncoded, mapAt, relocate, scalarAt, spanLoc, toPlainWithPlaceholders, unknownAt } from './values.js';

export type CanonicalPath = readonly (string | number)[];

export interface ArgSpec {
  /** Canonical property (or path below the enclosing object) the argument maps to; default: by convention. `[]` merges a block into its parent. */
  to?: string | CanonicalPath;
  /** A nested block: `object` when it appears at most once, `list` when it repeats. */
  block?: 'object' | 'list';
  /** The arguments of a nested block. */
  args?: ArgTable;
  /** A JSON document: `jsonencode()` keeps its structure, a JSON string is parsed (references and locations kept either way). */
  json?: 'document';
  /** Not part of the canonical model. */
  skip?: boolean;
  /** Why fixes never add this argument (deprecated, say): a fix that would renders no edit. */
  unwritable?: string;
  /** Reshapes the converted value where Terraform and CloudFormation differ beyond names; undefined drops it. */
  reshape?: (value: Value) => Value | undefined;
  /** One canonical object per element of these (list-valued) properties, as CloudFormation splits security group rules. */
  fanOut?: readonly string[];
  /** The canonical value is a `[{ Key, Value }]` list where Terraform writes a map (`tags`). */
  keyValueList?: boolean;
}

/** `tags` are read into the resource's tag set, not its properties; a fix that adds `Tags` writes them here. */
const TAGS: ArgSpec = { to: 'Tags', keyValueList: true };

export type ArgTable = Readonly<Record<string, ArgSpec>>;

/** Arguments Terraform itself interprets, on every resource. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', 'timeouts', 'tags', 'tags_all']);

const WORDS: Readonly<Record<string, string>> = { gb: 'GB', mb: 'MB', ssm: 'SSM' };

/** `volume_size_in_gb` → `VolumeSizeInGB`. */
export function pascalName(snake: string): string {
  return snake
    .split('_')
    .map((w) => WORDS[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** `VolumeSizeInGB` → `volume_size_in_gb`, `S3Uri` → `s3_uri`. */
export function snakeName(pascal: string): string {
  return pascal
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

export function canonicalPathOf(name: string, spec: ArgSpec | undefined): CanonicalPath {
  const to = spec?.to;
  if (to === undefined) return [pascalName(name)];
  return typeof to === 'string' ? [to] : to;
}

/** A Terraform object: an evaluated HCL block body, or an object of a plan's values. */
export interface TfObject {
  loc: Location;
  attributes: Map<string, { value: Value; nameLoc: Location }>;
  /** Nested blocks by type: known blocks, blocks that depend on a choice, or an unknown (a dynamic block over what is not known). */
  blocks: Map<string, TfObject[] | BlockChoices | Value>;
  /** The HCL block it was read from, for fixes. */
  block?: HclBlock;
}

/** Blocks that differ by deploy-time choice: a dynamic block over a conditional or a variable's default. */
export interface BlockChoices {
  loc: Location;
  choices: { via: string; blocks: TfObject[] }[];
  /** Set when the only choice is a default someone can override. */
  overridable?: string;
}

export interface ConversionContext {
  /** Absent for types that only expand into others (a monitoring schedule). */
  kind?: ResourceKind;
  positionsOf: PositionsOf;
  /** In plans every block is a list of objects. */
  listsAreBlocks: boolean;
  /** The default AWS (or the provider) applies when the property at this canonical path is omitted. */
  defaultFor(path: Path): Value | undefined;
  /** Remembers the HCL block a canonical object was read from, so a fix can insert into it. */
  onObject?(map: MapValue, block: HclBlock, args: ArgTable, path: Path): void;
}

type MutableMap = MapValue & { entries: Map<string, Value>; keyLocs: Map<string, Location> };
type MutableList = { t: 'list'; loc: Location; items: Value[] };

/** Converts a Terraform object to a canonical map whose locations carry canonical paths below `path`. */
export function toCanonical(obj: TfObject, table: ArgTable, path: Path, cx: ConversionContext): MapValue {
  const map = mapAt({ ...obj.loc, path }, new Map(), new Map()) as MutableMap;
  if (obj.block) cx.onObject?.(map, obj.block, table, path);
  for (const [name, { value, nameLoc }] of obj.attributes) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    // Blocks may come as values: declared ones written as attributes, and in plans every list of objects.
    const blocks = spec?.block ? objectsOf(value) : cx.listsAreBlocks && spec === undefined && value.t === 'list' ? objectsOf(value) : undefined;
    const converted = blocks
      ? convertBlocks(blocks, spec, [...path, ...target], cx)
      : convertAttribute(value, spec, [...path, ...target], map, cx);
    if (converted) setAt(map, target, converted, nameLoc, path);
  }
  for (const [name, blocks] of obj.blocks) {
    const spec = table[name];
    if (spec?.skip || META_ARGUMENTS.has(name)) continue;
    const target = canonicalPathOf(name, spec);
    const fullPath = [...path, ...target];
    let converted: Value | undefined;
    if (Array.isArray(blocks)) converted = convertBlocks(blocks, spec, fullPath, cx);
    else if ('choices' in blocks) converted = convertChoices(blocks, spec, fullPath, map, cx);
    else converted = relocate(blocks, fullPath);
    const first = Array.isArray(blocks) ? blocks[0]?.loc : blocks.loc;
    if (converted && first) setAt(map, target, converted, first, path);
  }
  return map;
}

/** One canonical value per choice; a choice without blocks leaves the property omitted. */
function convertChoices(blocks: BlockChoices, spec: ArgSpec | undefined, path: Path, parent: MapValue, cx: ConversionContext): Value {
  const options = blocks.choices.map((c) => ({
    via: c.via,
    value: convertBlocks(c.blocks, spec, path, cx) ?? omittedAt(blocks.loc, path, parent, cx),
  }));
  if (blocks.overridable) return unknownAt({ ...blocks.loc, path }, blocks.overridable, options[0]);
  return { t: 'oneOf', loc: { ...blocks.loc, path }, options };
}

function omittedAt(loc: Location, path: Path, parent: MapValue, cx: ConversionContext): OmittedValue {
  const omitted: OmittedValue = { t: 'omitted', loc: { ...loc, path }, path, anchor: parent };
  const fallback = cx.defaultFor(path);
  return fallback ? { ...omitted, fallback } : omitted;
}

/** Blocks written as an attribute (`ingress = [{ … }]`) or as a plan's list of objects. */
function objectsOf(value: Value): TfObject[] | undefined {
  const items = value.t === 'list' ? value.items : value.t === 'map' ? [value] : undefined;
  if (!items || !items.every((i) => i.t === 'map')) return undefined;
  return items.map((item) => tfObjectOf(item as MapValue));
}

export function tfObjectOf(map: MapValue): TfObject {
  const attributes = new Map<string, { value: Value; nameLoc: Location }>();
  for (const [k, v] of map.entries) attributes.set(k, { value: v, nameLoc: map.keyLocs.get(k) ?? v.loc });
  return { loc: map.loc, attributes, blocks: new Map() };
}

function convertBlocks(blocks: TfObject[], spec: ArgSpec | undefined, path: Path, cx: ConversionContext): Value | undefined {
  if (blocks.length === 0) return undefined;
  const asList = spec?.block === 'list' || (spec?.block === undefined && blocks.length > 1);
  const args = spec?.args ?? {};
  let value: Value;
  if (asList) {
    let items = blocks.map((b, i) => toCanonical(b, args, [...path, i], cx) as Value);
    if (spec?.fanOut) items = items.flatMap((item): Value[] => (item.t === 'map' ? fanOut(item, spec.fanOut!) : [item])).map((item, i) => relocate(item, [...path, i]));
    value = { t: 'list', loc: spanLoc(blocks[0]!.loc, blocks[blocks.length - 1]!.loc, path), items };
  } else {
    value = toCanonical(blocks[0]!, args, path, cx);
  }
  return spec?.reshape ? spec.reshape(value) : value;
}

function convertAttribute(value: Value, spec: ArgSpec | undefined, path: Path, parent: MapValue, cx: ConversionContext): Value | undefined {
  if (value.t === 'scalar' && value.v === null) return undefined;
  let converted: Value;
  if (spec?.json === 'document') converted = asDocument(value, cx);
  else if (isJsonEncoded(value)) converted = asJsonText(value);
  else converted = value;
  converted = withOmittedOptions(relocate(converted, path), path, parent, cx);
  return spec?.reshape ? spec.reshape(converted) : converted;
}

/** Applies `fn` to each possibility of a value: through choices, and to an overridable default. */
function eachPossibility(value: Value, fn: (possibility: Value) => Value): Value {
  if (value.t === 'oneOf') return { ...value, options: value.options.map((o) => ({ via: o.via, value: eachPossibility(o.value, fn) })) };
  if (value.t === 'unknown' && value.fallback) return { ...value, fallback: { via: value.fallback.via, value: eachPossibility(value.fallback.value, fn) } };
  return fn(value);
}

/** A `null` among choices (or as an overridable default) is the argument left out: AWS then applies its default. */
function withOmittedOptions(value: Value, path: Path, parent: MapValue, cx: ConversionContext): Value {
  return eachPossibility(value, (v) => (v.t === 'scalar' && v.v === null ? omittedAt(v.loc, path, parent, cx) : v));
}

function asDocument(value: Value, cx: ConversionContext): Value {
  return eachPossibility(value, (v) => parseJsonString(v, cx.positionsOf));
}

function asJsonText(value: Value): Value {
  return eachPossibility(value, (v) => (v.t === 'map' || v.t === 'list' ? scalarAt(v.loc, JSON.stringify(toPlainWithPlaceholders(v))) : v));
}

/** Puts `value` at `target` below `map`, creating the objects and lists in between; an empty target merges an object's entries. */
function setAt(map: MutableMap, target: CanonicalPath, value: Value, keyLoc: Location, base: Path): void {
  if (target.length === 0) {
    if (value.t !== 'map') return;
    for (const [k, v] of value.entries) setAt(map, [k], v, value.keyLocs.get(k) ?? keyLoc, base);
    return;
  }
  let container: MutableMap | MutableList = map;
  for (let i = 0; i < target.length; i++) {
    const seg = target[i]!;
    const last = i === target.length - 1;
    const path = [...base, ...target.slice(0, i + 1)];
    const existing: Value | undefined = container.t === 'map' ? container.entries.get(String(seg)) : container.items[Number(seg)];
    let child: Value;
    if (last) child = value;
    else if (existing && (existing.t === 'map' || existing.t === 'list')) child = existing;
    else child = typeof target[i + 1] === 'number' ? ({ t: 'list', loc: { ...value.loc, path }, items: [] } satisfies MutableList) : mapAt({ ...value.loc, path }, new Map(), new Map());
    if (container.t === 'map') {
      container.entries.set(String(seg), child);
      if (!container.keyLocs.has(String(seg))) container.keyLocs.set(String(seg), { ...keyLoc, path });
    } else {
      container.items[Number(seg)] = child;
    }
    container = child as MutableMap | MutableList;
  }
}

/**
 * One map per source: `{ CidrIp: [a, b] }` → `{ CidrIp: a }`, `{ CidrIp: b }`
 * (a security group rule per CIDR); `place` may relocate each item. A map with
 * none of the keys stays as it is.
 */
export function fanOut(map: MapValue, keys: readonly string[], place: (item: Value, key: string) => Value = (item) => item): MapValue[] {
  const base = [...map.entries].filter(([k]) => !keys.includes(k));
  const out: MapValue[] = [];
  for (const key of keys) {
    const sources = map.entries.get(key);
    if (!sources) continue;
    for (const item of sources.t === 'list' ? sources.items : [sources]) out.push({ ...map, entries: new Map([...base, [key, place(item, key)]]) });
  }
  return out.length ? out : [map];
}

/** The default AWS documents for an omitted property of a kind (list indices ignored). */
export function awsDefault(kind: ResourceKind, path: Path, loc: Location): Value | undefined {
  const key = path.filter((p) => typeof p === 'string').join('.');
  const v: Scalar | undefined = AWS_DEFAULTS[kind]?.[key];
  return v === undefined ? undefined : scalarAt(loc, v);
}

/** Reshape for blocks with an `enable` switch (Redshift `logging`): off drops the block, unknown makes it unknown. */
export function enabledBy(flag: string): (value: Value) => Value | undefined {
  return (value) => {
    if (value.t !== 'map') return value;
    const enabled = value.entries.get(flag);
    const rest = new Map([...value.entries].filter(([k]) => k !== flag));
    const without: Value = { ...value, entries: rest };
    if (!enabled || (enabled.t === 'scalar' && enabled.v === true)) return without;
    if (enabled.t === 'scalar' && (enabled.v === false || enabled.v === null)) return undefined;
    return unknownAt(value.loc, `${snakeName(flag)} is not known, so neither is whether this is configured`);
  };
}

/** A Terraform argument for a canonical property: the argument's name and spec in `table`. */
export interface ReverseStep {
  name: string;
  spec: ArgSpec;
  /** Canonical keys the argument covers. */
  covers: number;
}

/**
 * The Terraform argument that holds the property at canonical `keys` (relative
 * to the table's object): the explicit mapping covering most keys, else the
 * conventional name. A block merged into its parent counts only when its own
 * table names the property.
 */
export function reverseLookup(table: ArgTable, keys: readonly (string | number)[], explicitOnly = false): ReverseStep | undefined {
  let best: ReverseStep | undefined;
  for (const [name, spec] of Object.entries(table)) {
    if (spec.skip) continue;
    const path = canonicalPathOf(name, spec);
    if (path.length === 0) {
      if (!best && spec.args && reverseLookup(spec.args, keys, true)) best = { name, spec, covers: 0 };
      continue;
    }
    const matches = path.length <= keys.length && path.every((seg, i) => seg === keys[i]);
    if (matches && (!best || path.length > best.covers)) best = { name, spec, covers: path.length };
  }
  if (best || explicitOnly) return best;
  const first = keys[0];
  if (first === 'Tags') return { name: 'tags', spec: TAGS, covers: 1 };
  if (typeof first !== 'string') return undefined;
  const name = snakeName(first);
  // A conventional name taken by an explicit mapping to something else cannot be used.
  if (table[name]) return undefined;
  return { name, spec: {}, covers: 1 };
}
