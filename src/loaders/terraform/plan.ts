/**
 * `terraform show -json` output → one unit. Values come resolved from
 * `planned_values` (child modules included); what the plan knows only after
 * apply (`after_unknown`) stays unknown, or becomes a reference when the
 * configuration says which resource it comes from. When a resource's HCL block
 * is in the scanned root, the resource and its values are located there (see
 * `plan-locations.ts`); else at its object in the plan.
 */
import path from 'node:path';
import type { Location } from '../../model/location.js';
import type { Resource, TagSet } from '../../model/resource.js';
import { get, stringOf, type MapValue, type Value } from '../../model/value.js';
import { parseStructuredText } from '../structured-text.js';
import type { LoadedUnit } from '../../core/unit.js';
import { TERRAFORM_DIALECT } from './dialect.js';
import { diskAccess, localModuleDir, withinRoot, type FileAccess } from './file-access.js';
import { ConfigurationLocator, locatedInConfiguration, tagsLocation, type ResourceConfiguration } from './plan-locations.js';
import { RESOURCE_MAPPINGS } from './resource-tables.js';
import { applyLinks, isLinkType, mappedResources, tagSetOf, type LinkInput } from './resources.js';
import { tfObjectOf } from './schema.js';
import { unknownAt } from './values.js';
import { appendAll } from '../../collections.js';

/** A plan has a format version and planned values or resource changes. */
export function isTerraformPlan(value: Value): value is MapValue {
  return value.t === 'map' && value.entries.has('format_version') && (value.entries.has('planned_values') || value.entries.has('resource_changes'));
}

export interface PlanLoadOptions {
  /** Files larger than this are refused when looking for the HCL of a resource (default 5 MB). */
  maxFileBytes?: number;
}

/** Loads one plan file (`file` relative to `root`), given its text. */
export async function loadTerraformPlan(root: string, file: string, text: string, options: PlanLoadOptions = {}): Promise<LoadedUnit> {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return { files: [file], resources: [], errors: [parsed.error], notes: [] };
  if (!isTerraformPlan(parsed.doc.value)) {
    return { files: [file], resources: [], errors: [{ file, message: 'not a Terraform plan: expected the output of `terraform show -json`' }], notes: [] };
  }
  return loadTerraformPlanValue(root, file, parsed.doc.value, options);
}

/** Loads a plan already parsed with `parseStructuredText` (as the input router does); `isTerraformPlan` tells one. */
export function loadTerraformPlanValue(root: string, file: string, plan: MapValue, options: PlanLoadOptions = {}): Promise<LoadedUnit> {
  return readPlan(plan, file, diskAccess(root, options.maxFileBytes));
}

async function readPlan(plan: MapValue, file: string, access: FileAccess): Promise<LoadedUnit> {
  const rootDir = withinRoot(path.posix.dirname(file)) ?? '.';
  const modules = configuredModules(get(plan, 'configuration', 'root_module'), '', rootDir);
  const afterUnknown = new Map<string, Value>();
  for (const change of listOf(get(plan, 'resource_changes'))) {
    const address = stringOf(get(change, 'address'));
    if (address) afterUnknown.set(address, get(change, 'change', 'after_unknown'));
  }
  const locator = new ConfigurationLocator(access);
  const resources: Resource[] = [];
  const links: LinkInput[] = [];
  const notes: LoadedUnit['notes'] = [];
  const files = new Set([file]);
  for (const planned of plannedResources(get(plan, 'planned_values', 'root_module'))) {
    const address = stringOf(get(planned, 'address'));
    const type = stringOf(get(planned, 'type'));
    const name = stringOf(get(planned, 'name'));
    const values = get(planned, 'values');
    if (!address || !type || !name || values.t !== 'map' || stringOf(get(planned, 'mode')) !== 'managed') continue;
    const mapping = RESOURCE_MAPPINGS[type];
    if (!mapping && !isLinkType(type)) continue;
    const configAddress = withoutInstanceKeys(address);
    const modulePath = configAddress.slice(0, configAddress.length - `${type}.${name}`.length).replace(/\.$/, '');
    const module = modules.get(modulePath);
    const config = module?.resources.get(`${type}.${name}`);
    const marks = afterUnknown.get(address);
    const withMarks = (marks ? withUnknowns(values, marks, config ? get(config, 'expressions') : get(values, 'expressions'), { modules, modulePath, configured: config !== undefined }, values.loc) : values) as MapValue;
    const hcl = module?.dir ? await locator.locate(module.dir, type, name) : undefined;
    if (hcl) files.add(hcl.file.path);
    const resolved = hcl ? locatedInConfiguration(withMarks, hcl) : withMarks;
    const obj = tfObjectOf(resolved);
    const suppressions = hcl?.suppressions ?? [];
    const conversion = { positionsOf: locator.positionsOf, listsAreBlocks: true };
    if (!mapping) {
      links.push({ type, address, obj, suppressions, conversion });
      continue;
    }
    const tags = resolved.entries.get('tags_all') ?? resolved.entries.get('tags');
    const aliases = [configAddress, ...['arn', 'id'].map((k) => stringOf(get(values, k))).filter((v): v is string => v !== undefined)];
    const built = mappedResources({
      type,
      mapping,
      address,
      obj,
      loc: hcl?.header ?? planned.loc,
      source: 'terraform-plan',
      label: modulePath || undefined,
      suppressions,
      tags: planTags(tags, resolved.entries.get('tags'), hcl, planned.loc),
      aliases,
      conversion,
    });
    appendAll(resources, built.resources);
    appendAll(notes, built.notes);
  }
  applyLinks(resources, links);
  return { files: [...files].sort(), resources, errors: [], notes, dialect: TERRAFORM_DIALECT };
}

/**
 * A planned resource's tags (`tags_all` holds the provider's default tags
 * too), located at the `tags` argument its configuration writes, else at the
 * plan's own `tags` when no configuration was found.
 */
function planTags(tags: Value | undefined, own: Value | undefined, hcl: ResourceConfiguration | undefined, resourceLoc: Location): TagSet {
  const sources = tags ? [tags] : [];
  if (hcl) return tagSetOf(sources, tagsLocation(hcl), hcl.block.body.attributes.has('tags') ? own : undefined);
  return tagSetOf(sources, tags?.loc ?? resourceLoc, own);
}

function listOf(value: Value): Value[] {
  return value.t === 'list' ? [...value.items] : [];
}

/** Every resource of a module in `planned_values` and of its child modules. */
function* plannedResources(module: Value): Generator<Value> {
  yield* listOf(get(module, 'resources'));
  for (const child of listOf(get(module, 'child_modules'))) yield* plannedResources(child);
}

/** `module.a["x"].aws_x.y[0]` → `module.a.aws_x.y`. */
function withoutInstanceKeys(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '');
}

interface ConfiguredModule {
  resources: Map<string, Value>;
  outputs: Value;
  /** Its directory under the scan root, when its source is local. */
  dir?: string;
}

/** The configuration's modules by path (`module.a.module.b`), with their resources and directories. */
function configuredModules(module: Value, modulePath: string, dir: string | undefined): Map<string, ConfiguredModule> {
  const out = new Map<string, ConfiguredModule>();
  const resources = new Map<string, Value>();
  for (const r of listOf(get(module, 'resources'))) {
    const type = stringOf(get(r, 'type'));
    const name = stringOf(get(r, 'name'));
    if (type && name && stringOf(get(r, 'mode')) === 'managed') resources.set(`${type}.${name}`, r);
  }
  out.set(modulePath, { resources, outputs: get(module, 'outputs'), dir });
  const calls = get(module, 'module_calls');
  for (const [name, call] of calls.t === 'map' ? calls.entries : []) {
    const source = stringOf(get(call, 'source'));
    const childDir = dir && source ? localModuleDir(dir, source) : undefined;
    const childPath = modulePath ? `${modulePath}.module.${name}` : `module.${name}`;
    for (const [k, v] of configuredModules(get(call, 'module'), childPath, childDir)) out.set(k, v);
  }
  return out;
}

/** Where a configuration expression is: to follow its references to resources, through module outputs. */
interface ExpressionScope {
  modules: ReadonlyMap<string, ConfiguredModule>;
  modulePath: string;
  /** Whether the configuration of the resource is in the plan (else nothing says which attributes it sets). */
  configured?: boolean;
}

/**
 * Planned values with what is known only after apply put back: a reference to
 * the resource the configuration takes it from, or an unknown. (Plans leave
 * unknown attributes out and write unknown list elements as null;
 * `after_unknown` marks where.)
 */
function withUnknowns(values: Value | undefined, marks: Value, expressions: Value, scope: ExpressionScope, loc: Location): Value | undefined {
  if (marks.t === 'scalar') {
    if (marks.v !== true || (values && !(values.t === 'scalar' && values.v === null))) return values;
    // An attribute the configuration does not set is computed by AWS (an ARN, an ID): not part of what is checked.
    if (scope.configured && expressions.t === 'omitted') return values;
    return referencesOf(expressions, scope, loc)[0] ?? unknownAt(loc, 'known only after apply');
  }
  if (marks.t === 'map' && values?.t === 'map') {
    const entries = new Map(values.entries);
    for (const [k, m] of marks.entries) {
      const merged = withUnknowns(values.entries.get(k), m, get(expressions, k), scope, values.loc);
      if (merged) entries.set(k, merged);
    }
    return { ...values, entries };
  }
  if (marks.t === 'list' && values?.t === 'list') {
    const known = [...values.items];
    const references = referencesOf(expressions, scope, values.loc);
    let unknowns = 0;
    const items = marks.items.map((mark, i) => {
      if (mark.t === 'scalar' && mark.v === true) {
        // Terraform writes null in the element's place; hand-written plans may leave it out.
        if (known[0]?.t === 'scalar' && known[0].v === null) known.shift();
        const reference = references[Math.min(unknowns++, references.length - 1)];
        return reference ?? unknownAt(values.loc, 'known only after apply');
      }
      const item = known.shift();
      return item ? (withUnknowns(item, mark, get(expressions, i), scope, item.loc) ?? item) : unknownAt(values.loc, 'known only after apply');
    });
    return { ...values, items: [...items, ...known] };
  }
  return values;
}

const NOT_RESOURCES = new Set(['var', 'local', 'data', 'each', 'count', 'path', 'terraform', 'self']);

/** The resources an expression refers to (one reference each), following module outputs to their resources. */
function referencesOf(expression: Value, scope: ExpressionScope, loc: Location, depth = 0): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  const prefix = scope.modulePath ? `${scope.modulePath}.` : '';
  for (const reference of listOf(get(expression, 'references'))) {
    const text = stringOf(reference);
    const [type, name, attribute] = text?.split('.') ?? [];
    if (!text || !type || !name || NOT_RESOURCES.has(type)) continue;
    if (type === 'module') {
      const childPath = `${prefix}module.${name.replace(/\[.*$/, '')}`;
      const child = scope.modules.get(childPath);
      if (!child || !attribute || depth > 16) continue;
      for (const found of referencesOf(get(child.outputs, attribute, 'expression'), { modules: scope.modules, modulePath: childPath }, loc, depth + 1)) {
        if (found.t === 'ref' && !seen.has(found.target)) {
          seen.add(found.target);
          out.push({ ...found, text });
        }
      }
      continue;
    }
    const target = `${prefix}${type}.${name.replace(/\[.*$/, '')}`;
    if (seen.has(target)) continue;
    seen.add(target);
    out.push({ t: 'ref', loc, target, text, ...(attribute ? { attribute } : {}) });
  }
  return out;
}
