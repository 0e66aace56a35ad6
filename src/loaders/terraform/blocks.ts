/**
 * Evaluating blocks: `count` and `for_each` (one resource, its instances as
 * choices), whether a repeated block exists at all, and block bodies with their
 * `dynamic` blocks.
 */
import type { Location } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import { blocksOf, type HclBlock } from './hcl-ast.js';
import { evaluate, iteratorValue, withBindings, type EvalContext } from './evaluator.js';
import type { BlockChoices, TfObject } from './schema.js';
import { MAX_OPTIONS, scalarAt, sourceLoc, unknownAt } from './values.js';

/**
 * Bindings for a block with `count` or `for_each`: `count.index` or `each.key`
 * / `each.value` are one of the instances (a choice, when there are several).
 */
export function repetitionBindings(block: HclBlock, ctx: EvalContext, what: string): Map<string, Value> {
  const count = block.body.attributes.get('count');
  const forEach = block.body.attributes.get('for_each');
  const loc = sourceLoc(ctx.file, block.headerRange);
  if (count) {
    const n = evaluate(count.expr, ctx);
    const index: Value =
      n.t === 'scalar' && typeof n.v === 'number' && n.v > 1
        ? { t: 'oneOf', loc, options: Array.from({ length: Math.min(n.v, MAX_OPTIONS) }, (_, i) => ({ via: `count.index is ${i}`, value: scalarAt(loc, i) })) }
        : n.t === 'scalar' && n.v === 1
          ? scalarAt(loc, 0)
          : unknownAt(loc, `count.index of ${what}`);
    return new Map([['count', { t: 'map', loc, entries: new Map([['index', index]]), keyLocs: new Map() }]]);
  }
  if (forEach) {
    const collection = evaluate(forEach.expr, ctx);
    const elements: [Value, Value][] =
      collection.t === 'map'
        ? [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v])
        : collection.t === 'list'
          ? collection.items.map((item) => [item, item])
          : [];
    if (elements.length === 1) return new Map([['each', iteratorValue(elements[0]![0], elements[0]![1], loc)]]);
    if (elements.length > 1 && elements.length <= MAX_OPTIONS) {
      const options = elements.map(([k, v]) => ({ via: `each.key is ${k.t === 'scalar' ? JSON.stringify(k.v) : '…'}`, value: iteratorValue(k, v, loc) as Value }));
      return new Map([['each', { t: 'oneOf', loc, options }]]);
    }
    return new Map([['each', unknownAt(loc, `for_each of ${what} (${forEach.expr.text}) is not known`)]]);
  }
  return new Map();
}

/** Whether a repeated block exists: certainly, certainly not (count 0, empty for_each), or only for some choices. */
export function existence(block: HclBlock, ctx: EvalContext): 'always' | 'never' | { condition: string } {
  const count = block.body.attributes.get('count');
  const forEach = block.body.attributes.get('for_each');
  const attr = count ?? forEach;
  if (!attr) return 'always';
  const value = evaluate(attr.expr, ctx);
  const empty = (v: Value): boolean | undefined => {
    if (count) return v.t === 'scalar' ? v.v === 0 || v.v === null : undefined;
    if (v.t === 'list') return v.items.length === 0;
    if (v.t === 'map') return v.entries.size === 0;
    return v.t === 'scalar' && v.v === null ? true : undefined;
  };
  if (value.t !== 'oneOf' && value.t !== 'unknown') {
    const e = empty(value);
    if (e === true) return 'never';
    if (e === false) return 'always';
  }
  if (value.t === 'oneOf' && value.options.every((o) => empty(o.value) === false)) return 'always';
  return { condition: `${count ? 'count' : 'for_each'} = ${attr.expr.text}` };
}

/** Evaluates a block's body: attributes, nested blocks, and `dynamic` blocks expanded when their `for_each` is known. */
export function evaluateBlock(block: HclBlock, ctx: EvalContext): TfObject {
  const attributes = new Map<string, { value: Value; nameLoc: Location }>();
  for (const [name, attr] of block.body.attributes) {
    const value = evaluate(attr.expr, ctx);
    // What lands in a resource is walked whole by what follows (conversion, every rule): work in its size.
    ctx.scope.budget.walk([value], sourceLoc(ctx.file, attr.expr.range));
    attributes.set(name, { value, nameLoc: sourceLoc(ctx.file, attr.nameRange) });
  }
  const blocks = new Map<string, TfObject[] | BlockChoices | Value>();
  const add = (type: string, objects: TfObject[] | BlockChoices | Value) => {
    const existing = blocks.get(type);
    if (Array.isArray(existing) && Array.isArray(objects)) blocks.set(type, [...existing, ...objects]);
    else if (!existing || Array.isArray(existing)) blocks.set(type, objects);
  };
  for (const nested of block.body.blocks) {
    if (nested.type === 'dynamic' && nested.labels[0]) add(nested.labels[0], dynamicBlocks(nested, ctx));
    else add(nested.type, [evaluateBlock(nested, ctx)]);
  }
  return { loc: sourceLoc(ctx.file, block.range), attributes, blocks, block };
}

function dynamicBlocks(dynamic: HclBlock, ctx: EvalContext): TfObject[] | BlockChoices | Value {
  const name = dynamic.labels[0]!;
  const content = blocksOf(dynamic.body, 'content')[0];
  const forEach = dynamic.body.attributes.get('for_each');
  const loc = sourceLoc(ctx.file, dynamic.range);
  if (!content || !forEach) return [];
  const iteratorExpr = dynamic.body.attributes.get('iterator')?.expr;
  const iterator = iteratorExpr?.kind === 'variable' ? iteratorExpr.name : name;
  const expand = (collection: Value): TfObject[] | undefined =>
    elementsOf(collection)?.map(([key, value]) => evaluateBlock(content, withBindings(ctx, [[iterator, iteratorValue(key, value, loc)]])));
  const collection = evaluate(forEach.expr, ctx);
  const known = expand(collection);
  if (known) return known;
  if (collection.t === 'oneOf') {
    const choices = collection.options.map((o) => ({ via: o.via, blocks: expand(o.value) }));
    if (choices.every((c) => c.blocks)) return { loc, choices: choices as { via: string; blocks: TfObject[] }[] };
  }
  const byDefault = collection.t === 'unknown' && collection.fallback ? expand(collection.fallback.value) : undefined;
  if (byDefault && collection.t === 'unknown') return { loc, choices: [{ via: collection.fallback!.via, blocks: byDefault }], overridable: collection.reason };
  return unknownAt(loc, `dynamic "${name}" repeats over ${forEach.expr.text}, which is not known`);
}

/** The elements a `for_each` iterates: `[key, value]` pairs of a known list or map (null is none). */
function elementsOf(collection: Value): [Value, Value][] | undefined {
  if (collection.t === 'list') return collection.items.map((item, i) => [scalarAt(item.loc, i), item]);
  if (collection.t === 'map') return [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v]);
  return collection.t === 'scalar' && collection.v === null ? [] : undefined;
}
