/**
 * One Terraform root module (with the local modules it calls) → the model
 * resources it declares: each resource block is evaluated in its module's
 * scope, with `count`/`for_each` as one resource whose instance values are
 * choices, tags merged from the provider's `default_tags`, and suppressions
 * read from comments.
 */
import type { Location } from '../../model/location.js';
import type { Resource, TagSet } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { blocksOf, literalString, type HclBlock, type HclExpr, type HclFile } from './hcl-ast.js';
import { evaluate, type EvalContext } from './evaluator.js';
import type { FixAnchors } from './fixes.js';
import { evaluateBlock, existence, repetitionBindings } from './blocks.js';
import type { ModuleInstance } from './module-tree.js';
import type { AwsProviderVersions } from './provider-version.js';
import { RESOURCE_MAPPINGS, type ResourceMapping } from './resource-tables.js';
import { applyLinks, isLinkType, mappedResources, tagSetOf, type LinkInput } from './resources.js';
import { suppressionsOf } from './suppressions.js';
import { sourceLoc } from './values.js';
import { EvaluationLimitExceeded } from './budget.js';
import { appendAll } from '../../collections.js';

export function buildResources(root: ModuleInstance, versions: AwsProviderVersions, anchors: FixAnchors): Resource[] {
  const unit = root.unit;
  const resources: Resource[] = [];
  const links: LinkInput[] = [];
  const defaultTagsByProvider: DefaultTags = new Map();
  /** One declaration of a resource: a mapped resource, a link, or nothing when it does not exist (or its `when` filter leaves it out). */
  const build = (module: ModuleInstance, type: string, address: string, { node: block, file }: { node: HclBlock; file: HclFile }) => {
    const mapping = RESOURCE_MAPPINGS[type];
    const baseCtx = module.context(file);
    const exists = existence(block, baseCtx);
    if (exists === 'never') return;
    const ctx = module.context(file, repetitionBindings(block, baseCtx, address));
    if (mapping?.when && !selected(block, ctx, mapping)) return;
    const obj = evaluateBlock(block, ctx);
    const suppressions = suppressionsOf(block, file);
    const conversion = { positionsOf: unit.workspace.positionsOf, listsAreBlocks: false, onObject: anchors.register(file) };
    if (!mapping) {
      links.push({ type, address, obj, suppressions, conversion });
      return;
    }
    const loc = sourceLoc(file.path, block.headerRange);
    const built = mappedResources({
      type,
      mapping,
      address,
      obj,
      loc,
      source: 'terraform',
      label: module.label,
      condition: [...module.conditions, ...(typeof exists === 'object' ? [exists.condition] : [])].join(' and ') || undefined,
      suppressions,
      tags: tagsOf(module, block, ctx, loc, defaultTagsByProvider),
      versions,
      conversion,
    });
    // A module outside the root may be called by other roots too: each root's instance is its own finding.
    if (module.pathModule.startsWith('../')) for (const r of built.resources) r.root = unit.rootDir;
    appendAll(resources, built.resources);
    for (const note of built.notes) unit.note(note);
  };
  for (const module of root.walk()) {
    for (const file of module.files) anchors.addFile(file);
    for (const [key, declared] of module.resources) {
      const type = key.slice(0, key.indexOf('.'));
      if (!RESOURCE_MAPPINGS[type] && !isLinkType(type)) continue;
      const address = module.addressPrefix + key;
      if (declared.length > 1) {
        const where = declared.map((d) => `${d.file.path}:${d.node.range.start.line}`).join(', ');
        unit.note({ file: declared[1]!.file.path, line: declared[1]!.node.range.start.line, message: `resource ${address} is declared more than once (${where}); Terraform rejects this, sagelint checks each` });
      }
      for (const declaration of declared) {
        try {
          build(module, type, address, declaration);
        } catch (err) {
          // A limit stops this resource; the others are still built.
          if (!(err instanceof EvaluationLimitExceeded)) throw err;
          unit.limitExceeded(err, declaration.file.path);
        }
      }
    }
  }
  applyLinks(resources, links);
  return resources;
}

/** A `when` filter (`type = "ingress"`): a value that is not known keeps the resource. */
function selected(block: HclBlock, ctx: EvalContext, mapping: ResourceMapping): boolean {
  const { argument, equals } = mapping.when!;
  const expr = block.body.attributes.get(argument)?.expr;
  const value = expr ? evaluate(expr, ctx) : undefined;
  return !(value?.t === 'scalar' && value.v !== equals);
}

/** The `default_tags` of each module's provider configurations, read once per load. */
type DefaultTags = Map<string, Value[]>;

function tagsOf(module: ModuleInstance, block: HclBlock, ctx: EvalContext, resourceLoc: Location, known: DefaultTags): TagSet {
  const providerName = block.body.attributes.get('provider')?.expr.text ?? 'aws';
  const key = `${module.addressPrefix}|${providerName}`;
  let defaults = known.get(key);
  if (!defaults) known.set(key, (defaults = defaultTags(module, providerName)));
  const tags = block.body.attributes.get('tags');
  if (!tags) return tagSetOf(defaults, resourceLoc);
  const own = tagSources(tags.expr, ctx);
  // One value stands for the argument: `merge(…)` read argument by argument is still one argument.
  const written = own.length === 1 ? own[0] : evaluate(tags.expr, ctx);
  return tagSetOf([...defaults, ...own], sourceLoc(ctx.file, tags.range), written);
}

/** `merge(a, b)` is read argument by argument, so the known part of a partly known merge still counts. */
function tagSources(expr: HclExpr, ctx: EvalContext): Value[] {
  if (expr.kind === 'call' && expr.name === 'merge' && !expr.expandLast) return expr.args.flatMap((a) => tagSources(a, ctx));
  return [evaluate(expr, ctx)];
}

function defaultTags(module: ModuleInstance, providerName: string): Value[] {
  const config = providerConfig(module, providerName);
  const tags = config && blocksOf(config.block.body, 'default_tags')[0]?.body.attributes.get('tags');
  return config && tags ? tagSources(tags.expr, config.module.context(config.file)) : [];
}

/**
 * The provider configuration a module's resources use: its own `provider`
 * block, the one its caller passes in `providers`, or (for the default
 * configuration) the caller's, as Terraform inherits it.
 */
function providerConfig(module: ModuleInstance, name: string): { module: ModuleInstance; block: HclBlock; file: HclFile } | undefined {
  const [local, alias] = name.split('.');
  for (const file of module.files) {
    for (const block of blocksOf(file.body, 'provider', local)) {
      if (literalString(block.body.attributes.get('alias')?.expr) === alias) return { module, block, file };
    }
  }
  const caller = module.caller;
  const call = caller?.calls.get(module.modulePath[module.modulePath.length - 1]!);
  if (!caller || !call) return undefined;
  const passed = call.block.body.attributes.get('providers')?.expr;
  if (passed?.kind === 'object') {
    for (const item of passed.items) {
      const key = literalString(item.key) ?? item.key.text;
      if (key === name) return providerConfig(caller, item.value.text);
    }
  }
  return alias === undefined ? providerConfig(caller, local!) : undefined;
}
