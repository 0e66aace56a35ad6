/**
 * Where a plan's values are written in the configuration. The plan gives each
 * resource's values by Terraform name; laid over the resource's HCL block, each
 * value is located at the attribute, nested block or literal element that sets
 * it, where a scan of the HCL locates it. What the block does not write (a
 * default, a computed value) is located at the block header, where the HCL
 * scan locates an omitted property. No expression is evaluated: a value set
 * through a variable or a function is located at the expression that sets it.
 */
import type { Location } from '../../model/location.js';
import type { InlineSuppression } from '../../model/resource.js';
import type { ListValue, MapValue, Value } from '../../model/value.js';
import { assembleString } from './evaluator.js';
import type { FileAccess } from './file-access.js';
import { blocksOf, childExpression, literalString, unparenthesized, type HclBlock, type HclBody, type HclExpr, type HclFile } from './hcl-ast.js';
import { terraformParser } from './hcl-parser.js';
import type { PositionsOf } from './json-document.js';
import { suppressionsOf } from './suppressions.js';
import { setEncodedFrom, sourceLoc, spanLoc } from './values.js';
import { Workspace } from './workspace.js';

/** A resource's block in the configuration. */
export interface ResourceConfiguration {
  file: HclFile;
  block: HclBlock;
  /** The block header, where the HCL scan locates the resource. */
  header: Location;
  suppressions: InlineSuppression[];
}

/** Finds resource blocks in a directory's `.tf` files, parsing each directory once and only when asked. */
export class ConfigurationLocator {
  private workspace?: Promise<Workspace>;
  private readonly byDir = new Map<string, Promise<Map<string, ResourceConfiguration>>>();
  private readonly parsed = new Map<string, HclFile>();

  constructor(private readonly access: FileAccess) {}

  /** Positions in the files read so far, for JSON documents written in them. */
  readonly positionsOf: PositionsOf = (file) => this.parsed.get(file)?.positions;

  async locate(dir: string, type: string, name: string): Promise<ResourceConfiguration | undefined> {
    let found = this.byDir.get(dir);
    if (!found) this.byDir.set(dir, (found = this.resourcesIn(dir)));
    return (await found).get(`${type}.${name}`);
  }

  private async resourcesIn(dir: string): Promise<Map<string, ResourceConfiguration>> {
    const out = new Map<string, ResourceConfiguration>();
    // The parser loads only for a plan whose configuration is in the scan root.
    if (!this.access.list(dir)?.files.some((f) => f.endsWith('.tf'))) return out;
    this.workspace ??= terraformParser().then((parser) => new Workspace(parser, this.access));
    const workspace = await this.workspace;
    for (const path of workspace.terraformFiles(dir) ?? []) {
      // A file that does not parse locates nothing: its resources stay at the plan (the HCL scan reports the error).
      const { file } = workspace.parse(path);
      if (!file) continue;
      this.parsed.set(path, file);
      for (const block of blocksOf(file.body, 'resource')) {
        const [type, name] = block.labels;
        const key = `${type}.${name}`;
        if (!type || !name || out.has(key)) continue;
        out.set(key, { file, block, header: sourceLoc(file.path, block.headerRange), suppressions: suppressionsOf(block, file) });
      }
    }
    return out;
  }
}

/** A resource's planned values (Terraform names) located where its block writes them. */
export function locatedInConfiguration(values: MapValue, config: ResourceConfiguration): MapValue {
  return overBlock(values, config.block, { file: config.file.path, header: config.header });
}

/** Where the tags of a resource are: its `tags` attribute, else its header (as the HCL scan has it). */
export function tagsLocation(config: ResourceConfiguration): Location {
  const tags = config.block.body.attributes.get('tags');
  return tags ? sourceLoc(config.file.path, tags.range) : config.header;
}

interface Placing {
  file: string;
  header: Location;
}

function overBlock(values: MapValue, block: HclBlock, cx: Placing): MapValue {
  const entries = new Map<string, Value>();
  const keyLocs = new Map<string, Location>();
  for (const [name, value] of values.entries) {
    const attribute = block.body.attributes.get(name);
    const nested = attribute ? undefined : nestedBlocks(block.body, name);
    if (attribute) {
      entries.set(name, overExpression(value, attribute.expr, cx));
      keyLocs.set(name, sourceLoc(cx.file, attribute.nameRange));
    } else if (nested) {
      const located = overBlocks(value, nested, cx);
      entries.set(name, located);
      keyLocs.set(name, located.loc);
    } else {
      entries.set(name, placedAt(value, cx.header));
      keyLocs.set(name, cx.header);
    }
  }
  return { t: 'map', loc: sourceLoc(cx.file, block.range), entries, keyLocs };
}

/** The blocks of a type a body writes: its own, and the `content` of `dynamic` blocks, which may stand for any number. */
interface NestedBlocks {
  written: HclBlock[];
  dynamic: HclBlock[];
}

function nestedBlocks(body: HclBody, type: string): NestedBlocks | undefined {
  const written = blocksOf(body, type);
  const dynamic = blocksOf(body, 'dynamic', type).flatMap((d) => blocksOf(d.body, 'content'));
  return written.length || dynamic.length ? { written, dynamic } : undefined;
}

/**
 * Plans give blocks as a list of objects, sets of blocks in Terraform's own
 * order: each object goes to the first unused block whose literal arguments
 * agree with it (source order when nothing tells them apart), else to a
 * dynamic block's content that agrees.
 */
function overBlocks(value: Value, nested: NestedBlocks, cx: Placing): Value {
  const objects = value.t === 'list' ? value.items : [value];
  const used = new Set<HclBlock>();
  const items = objects.map((object) => {
    if (object.t !== 'map') return placedAt(object, cx.header);
    const block = nested.written.find((b) => !used.has(b) && agrees(object, b.body)) ?? nested.dynamic.find((b) => agrees(object, b.body));
    if (!block) return placedAt(object, cx.header);
    used.add(block);
    return overBlock(object, block, cx);
  });
  if (value.t !== 'list') return items[0]!;
  const loc = items.length ? spanLoc(items[0]!.loc, items[items.length - 1]!.loc, value.loc.path) : cx.header;
  return { t: 'list', loc, items } satisfies ListValue;
}

/** No literal argument of the block contradicts the object's value for it. */
function agrees(object: MapValue, body: HclBody): boolean {
  for (const [name, attribute] of body.attributes) {
    const planned = object.entries.get(name);
    const written = literalOf(attribute.expr);
    if (planned?.t === 'scalar' && written !== undefined && planned.v !== written) return false;
  }
  return true;
}

function literalOf(expr: HclExpr): string | number | boolean | null | undefined {
  const inner = unparenthesized(expr);
  return inner.kind === 'literal' ? inner.value : literalString(inner);
}

/** A value laid over the expression that sets it, descending into object and tuple literals. */
function overExpression(value: Value, expr: HclExpr, cx: Placing): Value {
  const loc = sourceLoc(cx.file, expr.range, value.loc.path);
  switch (value.t) {
    case 'map': {
      const entries = new Map<string, Value>();
      const keyLocs = new Map<string, Location>();
      for (const [k, v] of value.entries) {
        const child = childExpression(expr, k);
        entries.set(k, child ? overExpression(v, child.expr, cx) : placedAt(v, loc));
        keyLocs.set(k, child?.key ? sourceLoc(cx.file, child.key) : loc);
      }
      return { t: 'map', loc, entries, keyLocs };
    }
    case 'list':
      return {
        t: 'list',
        loc,
        items: value.items.map((item, i) => {
          const child = childExpression(expr, i);
          return child ? overExpression(item, child.expr, cx) : placedAt(item, loc);
        }),
      };
    case 'scalar':
      return typeof value.v === 'string' ? stringAt(value.v, expr, loc, cx.file) : { ...value, loc };
    default:
      return placedAt(value, loc);
  }
}

/**
 * A string where it is written. When it is the text of a string literal (a JSON
 * heredoc), it keeps where each character stands; when it is a `jsonencode`
 * result, the object it encodes: either way a JSON document parsed from it is
 * located node by node, as in the HCL scan.
 */
function stringAt(text: string, expr: HclExpr, loc: Location, file: string): Value {
  const inner = unparenthesized(expr);
  if (inner.kind === 'template' && literalString(inner) === text) {
    return assembleString(inner.parts.flatMap((p) => (p.kind === 'literal' ? [{ text: p.text, runs: p.sourceRuns }] : [])), loc, file);
  }
  const value: Value = { t: 'scalar', v: text, loc };
  if (inner.kind === 'call' && inner.name === 'jsonencode' && inner.args.length === 1 && !inner.expandLast) setEncodedFrom(value, { file, expr: inner.args[0]! });
  return value;
}

/** A value, and everything in it, located at one place. */
function placedAt(value: Value, at: Location): Value {
  const loc = { ...at, path: value.loc.path };
  switch (value.t) {
    case 'map':
      return {
        t: 'map',
        loc,
        entries: new Map([...value.entries].map(([k, v]) => [k, placedAt(v, at)])),
        keyLocs: new Map([...value.keyLocs.keys()].map((k) => [k, loc])),
      };
    case 'list':
      return { t: 'list', loc, items: value.items.map((item) => placedAt(item, at)) };
    case 'oneOf':
      return { t: 'oneOf', loc, options: value.options.map((o) => ({ via: o.via, value: placedAt(o.value, at) })) };
    case 'unknown':
      return value.fallback ? { ...value, loc, fallback: { via: value.fallback.via, value: placedAt(value.fallback.value, at) } } : { ...value, loc };
    default:
      return { ...value, loc };
  }
}
