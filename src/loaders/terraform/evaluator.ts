/**
 * Evaluates HCL expressions to Values as far as the configuration alone allows.
 * Variables, locals, module outputs and `for` expressions are resolved; a
 * reference to a resource stays a reference (so the graph links it); a
 * conditional on something undecided becomes both branches; the rest is
 * unknown, with the reason.
 */
import type { Location } from '../../model/location.js';
import { toPlain, type ConcreteValue, type ListValue, type MapValue, type RefValue, type Value } from '../../model/value.js';
import type { ConditionalExpr, ForExpr, HclExpr, SourceRun, TemplateExpr, TraversalStep } from './hcl-ast.js';
import { callFunction } from './functions.js';
import { checkElementCount, checkStringLength, checkValueSize, measuredSoFar, type EvaluationBudget } from './budget.js';
import {
  evaluationError,
  lift,
  mapAt,
  markWritten,
  scalarAt,
  writtenSyntax,
  scalarText,
  setTextOrigin,
  sourceLoc,
  unknownAt,
  type TextOrigin,
} from './values.js';

/** What an expression can see in its module. */
export interface Scope {
  /** The module's directory relative to the root module's (`.` for the root), as `path.module` gives it. */
  readonly pathModule: string;
  variable(name: string, loc: Location): Value;
  local(name: string, loc: Location): Value;
  moduleOutput(module: string, output: string, loc: Location): Value;
  /** The full address of a resource declared in this module, if it is. */
  resourceAddress(type: string, name: string): string | undefined;
  /** An attribute of a data source (`data.TYPE.NAME.ATTR`), read from the file that refers to it when names repeat. */
  dataAttribute(type: string, name: string, attribute: string, fromFile: string, loc: Location): Value;
  /** `file()`: a path relative to the root module, confined to the scan root. */
  readFile(path: string, loc: Location): Value;
  /** The work its root module's evaluation may still do. */
  readonly budget: EvaluationBudget;
}

export interface EvalContext {
  scope: Scope;
  /** The file the expression is written in. */
  file: string;
  /** Names bound here: `count`, `each`, `for` variables, dynamic block iterators. */
  bindings: ReadonlyMap<string, Value>;
}

export function withBindings(ctx: EvalContext, added: Iterable<[string, Value]>): EvalContext {
  return { ...ctx, bindings: new Map([...ctx.bindings, ...added]) };
}

export function evaluate(expr: HclExpr, ctx: EvalContext): Value {
  const loc = sourceLoc(ctx.file, expr.range);
  const budget = ctx.scope.budget;
  budget.evaluation(loc);
  const measuredBefore = measuredSoFar();
  const value = evaluateAt(expr, ctx, loc);
  checkValueSize(value, loc);
  budget.charge(measuredSoFar() - measuredBefore, loc);
  // Only a value standing exactly where the expression is written may have its text replaced by a fix.
  const here = value.loc.kind === 'source' && value.loc.file === ctx.file && value.loc.start.offset === expr.range.start.offset && value.loc.end.offset === expr.range.end.offset;
  return here && !writtenSyntax(value) ? markWritten(value, 'hcl') : value;
}

function evaluateAt(expr: HclExpr, ctx: EvalContext, loc: Location): Value {
  switch (expr.kind) {
    case 'literal':
      return scalarAt(loc, expr.value);
    case 'template':
      return evaluateTemplate(expr, ctx);
    case 'tuple':
      return { t: 'list', loc, items: expr.items.map((item) => evaluate(item, ctx)) };
    case 'object':
      return evaluateObject(expr, ctx);
    case 'variable':
      return evaluateTraversal(expr.name, [], expr.text, loc, ctx);
    case 'access':
      return evaluateAccess(expr.target, expr.steps, expr.text, loc, ctx);
    case 'call':
      return callFunction(expr, ctx, loc);
    case 'conditional':
      return evaluateConditional(expr, ctx, loc);
    case 'for':
      return evaluateFor(expr, ctx, loc);
    case 'parens':
      return evaluate(expr.inner, ctx);
    case 'unary':
      return lift([evaluate(expr.operand, ctx)], loc, ([v]) => unary(expr.op, v!, loc));
    case 'binary':
      return lift([evaluate(expr.left, ctx), evaluate(expr.right, ctx)], loc, ([l, r]) => binary(expr.op, l!, r!, loc, ctx.scope.budget));
  }
}

function evaluateObject(expr: Extract<HclExpr, { kind: 'object' }>, ctx: EvalContext): Value {
  const loc = sourceLoc(ctx.file, expr.range);
  const entries = new Map<string, Value>();
  const keyLocs = new Map<string, Location>();
  for (const item of expr.items) {
    // A bare name as key is the name itself, not a variable.
    const key = item.key.kind === 'variable' ? item.key.name : evaluate(item.key, ctx);
    const name = typeof key === 'string' ? key : key.t === 'scalar' && key.v !== null ? String(key.v) : undefined;
    if (name === undefined) return unknownAt(loc, `object key ${item.key.text} is not known`);
    entries.set(name, evaluate(item.value, ctx));
    keyLocs.set(name, sourceLoc(ctx.file, item.key.range));
  }
  return mapAt(loc, entries, keyLocs);
}

/** One piece of a string being assembled: which of its runs are the file's own text, and the value a placeholder stands for. */
export interface TextPiece {
  text: string;
  runs?: readonly SourceRun[];
  hole?: Value;
}

/** Joins pieces into a string scalar that remembers which of its characters are file text, and its placeholders. */
export function assembleString(pieces: readonly TextPiece[], loc: Location, file: string): Value {
  let text = '';
  const mapped: { at: number; length: number; sourceOffset: number }[] = [];
  const holes = new Map<string, Value>();
  for (const piece of pieces) {
    if (piece.hole) holes.set(piece.text, piece.hole);
    for (const run of piece.runs ?? []) {
      if (run.length === 0) continue;
      const at = text.length + run.at;
      const last = mapped[mapped.length - 1];
      // Runs contiguous in the string and in the file are one, so a range inside either is exact.
      if (last && last.at + last.length === at && last.sourceOffset + last.length === run.sourceOffset) last.length += run.length;
      else mapped.push({ at, length: run.length, sourceOffset: run.sourceOffset });
    }
    checkStringLength(text.length + piece.text.length, loc);
    text += piece.text;
  }
  const value = scalarAt(loc, text);
  if (mapped.length || holes.size) setTextOrigin(value, { file, pieces: mapped, ...(holes.size ? { holes } : {}) } satisfies TextOrigin);
  return value;
}

/**
 * `"${x}"` is x itself; otherwise the parts are joined. Choices among the parts
 * give one string per combination; a part known only at deploy time stays in
 * the string as its `${…}` text, so ARNs and embedded JSON stay readable.
 */
function evaluateTemplate(expr: TemplateExpr, ctx: EvalContext): Value {
  const loc = sourceLoc(ctx.file, expr.range);
  const [only] = expr.parts;
  if (expr.parts.length === 1 && only!.kind === 'interpolation') return evaluate(only!.expr, ctx);
  const values = expr.parts.map((part) => (part.kind === 'interpolation' ? evaluate(part.expr, ctx) : undefined));
  const piecesFor = (resolved: (ConcreteValue | undefined)[]): TextPiece[] =>
    expr.parts.map((part, i) => {
      if (part.kind === 'literal') return { text: part.text, runs: part.sourceRuns };
      const v = resolved[i];
      const text = v?.t === 'scalar' ? scalarText(v) : undefined;
      if (text !== undefined) return { text };
      return { text: part.text, runs: [{ at: 0, length: part.text.length, sourceOffset: part.range.start.offset }], hole: v ?? values[i] };
    });
  const fixed = values.map((v) => (v && v.t !== 'unknown' && v.t !== 'oneOf' && v.t !== 'omitted' ? v : undefined));
  const choices = values.flatMap((v, i) => (v && (v.t === 'oneOf' || (v.t === 'unknown' && v.fallback)) ? [i] : []));
  if (choices.length === 0) return assembleString(piecesFor(fixed), loc, ctx.file);
  return lift(
    choices.map((i) => values[i]!),
    loc,
    (concrete) => assembleString(piecesFor(fixed.map((v, i) => (choices.includes(i) ? concrete[choices.indexOf(i)] : v))), loc, ctx.file),
  );
}

function evaluateConditional(expr: ConditionalExpr, ctx: EvalContext, loc: Location): Value {
  const condition = evaluate(expr.condition, ctx);
  const branch = (v: boolean) => evaluate(v ? expr.then : expr.otherwise, ctx);
  if (condition.t === 'scalar' && typeof condition.v === 'boolean') return branch(condition.v);
  if (condition.t === 'oneOf' && condition.options.every((o) => o.value.t === 'scalar' && typeof o.value.v === 'boolean')) {
    const options = condition.options.map((o) => ({ via: o.via, value: branch((o.value as { v: boolean }).v) }));
    return { t: 'oneOf', loc, options };
  }
  return {
    t: 'oneOf',
    loc,
    options: [
      { via: `${expr.condition.text} is true`, value: branch(true) },
      { via: `${expr.condition.text} is false`, value: branch(false) },
    ],
  };
}

function evaluateFor(expr: ForExpr, ctx: EvalContext, loc: Location): Value {
  const collection = evaluate(expr.collection, ctx);
  if (collection.t !== 'list' && collection.t !== 'map') {
    return unknownAt(loc, `${expr.collection.text} is not known, so neither is the for expression over it`);
  }
  const elements: [Value, Value][] =
    collection.t === 'list'
      ? collection.items.map((item, i) => [scalarAt(item.loc, i), item])
      : [...collection.entries].map(([k, v]) => [scalarAt(collection.keyLocs.get(k) ?? v.loc, k), v]);
  const items: Value[] = [];
  const entries = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  const keyLocs = new Map<string, Location>();
  for (const [key, value] of elements) {
    const bound = withBindings(ctx, [[expr.valueVar, value], ...(expr.keyVar ? [[expr.keyVar, key] as [string, Value]] : [])]);
    if (expr.condition) {
      const keep = evaluate(expr.condition, bound);
      if (keep.t !== 'scalar' || typeof keep.v !== 'boolean') return unknownAt(loc, `the condition ${expr.condition.text} is not known`);
      if (!keep.v) continue;
    }
    const result = evaluate(expr.valueExpr, bound);
    if (!expr.keyExpr) {
      items.push(result);
      continue;
    }
    const k = evaluate(expr.keyExpr, bound);
    if (k.t !== 'scalar' || k.v === null) return unknownAt(loc, `the key ${expr.keyExpr.text} is not known`);
    const name = String(k.v);
    if (expr.grouping) {
      // Each group is one list, grown in place: a copy per element is quadratic in the group's size.
      const group = groups.get(name);
      if (group) group.push(result);
      else {
        const grouped = [result];
        groups.set(name, grouped);
        entries.set(name, { t: 'list', loc, items: grouped } satisfies ListValue);
      }
    } else {
      entries.set(name, result);
    }
    keyLocs.set(name, k.loc);
  }
  checkElementCount(items.length + entries.size, loc);
  return expr.keyExpr ? mapAt(loc, entries, keyLocs) : { t: 'list', loc, items };
}

function evaluateAccess(target: HclExpr, steps: TraversalStep[], text: string, loc: Location, ctx: EvalContext): Value {
  if (target.kind === 'variable') return evaluateTraversal(target.name, steps, text, loc, ctx);
  return navigate(evaluate(target, ctx), steps, ctx, loc);
}

/** A name and the steps after it: variables, locals, modules, data sources, resources, bound names. */
function evaluateTraversal(root: string, steps: TraversalStep[], text: string, loc: Location, ctx: EvalContext): Value {
  const bound = ctx.bindings.get(root);
  if (bound) return navigate(bound, steps, ctx, loc);
  const [first, ...rest] = steps;
  const firstName = first?.kind === 'attr' ? first.name : undefined;
  switch (root) {
    case 'var':
      return firstName ? navigate(ctx.scope.variable(firstName, loc), rest, ctx, loc) : evaluationError(loc, `${text} names no variable`);
    case 'local':
      return firstName ? navigate(ctx.scope.local(firstName, loc), rest, ctx, loc) : evaluationError(loc, `${text} names no local value`);
    case 'module':
      return moduleOutput(firstName, rest, text, loc, ctx);
    case 'data':
      return dataAttribute(steps, text, loc, ctx);
    case 'path':
      return firstName === 'module' ? scalarAt(loc, ctx.scope.pathModule) : firstName === 'root' || firstName === 'cwd' ? scalarAt(loc, '.') : evaluationError(loc, `${text} is not a path`);
    case 'terraform':
      return unknownAt(loc, `${text} depends on the workspace Terraform runs in`);
    case 'count':
    case 'each':
      return evaluationError(loc, `${text} is used outside a resource with ${root === 'count' ? 'count' : 'for_each'}`);
    case 'self':
      return unknownAt(loc, `${text} is known only when the resource exists`);
  }
  if (firstName) {
    const address = ctx.scope.resourceAddress(root, firstName);
    if (address) return resourceReference(address, rest, text, loc);
  }
  return evaluationError(loc, `${text} refers to nothing declared in this module`);
}

function moduleOutput(module: string | undefined, steps: TraversalStep[], text: string, loc: Location, ctx: EvalContext): Value {
  // `module.x[0].out` and `module.x["k"].out`: every instance is the same configuration.
  const afterIndex = steps.findIndex((s) => s.kind !== 'index');
  const rest = afterIndex === -1 ? [] : steps.slice(afterIndex);
  const output = rest[0];
  if (!module || output?.kind !== 'attr') return unknownAt(loc, `${text} is the whole module object, which sagelint does not build`);
  return navigate(ctx.scope.moduleOutput(module, output.name, loc), rest.slice(1), ctx, loc);
}

function dataAttribute(steps: TraversalStep[], text: string, loc: Location, ctx: EvalContext): Value {
  const names = steps.filter((s): s is Extract<TraversalStep, { kind: 'attr' }> => s.kind === 'attr');
  const [type, name, attribute] = names;
  if (!type || !name) return evaluationError(loc, `${text} names no data source`);
  if (!attribute) return unknownAt(loc, `${text} is read at plan time`);
  const afterAttribute = steps.slice(steps.indexOf(attribute) + 1);
  return navigate(ctx.scope.dataAttribute(type.name, name.name, attribute.name, ctx.file, loc), afterAttribute, ctx, loc);
}

/** `aws_iam_role.x.arn`, `aws_subnet.a[0].id`, `aws_subnet.a[*].id`: a reference to the resource (whatever its index). */
function resourceReference(address: string, steps: TraversalStep[], text: string, loc: Location): Value {
  const splat = steps.find((s) => s.kind === 'splat');
  const attrSteps = splat?.kind === 'splat' ? splat.steps : steps;
  const attribute = attrSteps.find((s) => s.kind === 'attr');
  const ref: RefValue = { t: 'ref', loc, target: address, text, ...(attribute?.kind === 'attr' ? { attribute: attribute.name } : {}) };
  return splat ? { t: 'list', loc, items: [ref] } : ref;
}

/** Applies `.attr`, `[key]` and splats to a value; choices and unknowns are carried through. */
export function navigate(value: Value, steps: readonly TraversalStep[], ctx: EvalContext, loc: Location): Value {
  let current = value;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === 'splat') {
      const inner = step.steps;
      current = lift([current], loc, ([c]) => {
        // A new list, not the one written: its own location object, so fixes do not take it for that text.
        if (c!.t === 'list') return { t: 'list', loc: { ...c!.loc }, items: c!.items.map((item) => navigate(item, inner, ctx, loc)) };
        if (c!.t === 'scalar' && c!.v === null) return { t: 'list', loc: { ...c!.loc }, items: [] };
        return { t: 'list', loc: { ...c!.loc }, items: [navigate(c!, inner, ctx, loc)] };
      });
      continue;
    }
    const key: Value = step.kind === 'attr' ? scalarAt(loc, step.name) : evaluate(step.key, ctx);
    current = lift([current, key], loc, ([c, k]) => stepInto(c!, k!, loc));
  }
  return current;
}

function stepInto(container: ConcreteValue, key: ConcreteValue, loc: Location): Value {
  if (key.t !== 'scalar' || key.v === null) return unknownAt(loc, 'an index that is not known');
  // An attribute of a referenced resource is still a reference to that resource.
  if (container.t === 'ref') return { ...container, attribute: container.attribute ?? String(key.v) };
  if (container.t === 'map') {
    return container.entries.get(String(key.v)) ?? evaluationError(loc, `no key "${String(key.v)}"`);
  }
  if (container.t === 'list') {
    const index = Number(key.v);
    return container.items[index] ?? evaluationError(loc, `no element [${String(key.v)}]`);
  }
  return evaluationError(loc, `cannot take "${String(key.v)}" of a ${container.t === 'scalar' ? typeof container.v : 'value'}`);
}

function unary(op: '-' | '!', v: ConcreteValue, loc: Location): Value {
  if (v.t !== 'scalar') return unknownAt(loc, `${op} of a value known only at deploy time`);
  if (op === '!' && typeof v.v === 'boolean') return scalarAt(loc, !v.v);
  if (op === '-' && typeof v.v === 'number') return scalarAt(loc, -v.v);
  return evaluationError(loc, `${op} cannot apply to ${JSON.stringify(v.v)}`);
}

function binary(op: string, l: ConcreteValue, r: ConcreteValue, loc: Location, budget: EvaluationBudget): Value {
  if (op === '==' || op === '!=') {
    budget.walk([l, r], loc);
    const a = toPlain(l);
    const b = toPlain(r);
    if (a === undefined || b === undefined) return unknownAt(loc, 'a comparison with a value known only at deploy time');
    const equal = JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b));
    return scalarAt(loc, op === '==' ? equal : !equal);
  }
  if (l.t !== 'scalar' || r.t !== 'scalar') return unknownAt(loc, `${op} with a value known only at deploy time`);
  const a = l.v;
  const b = r.v;
  if (op === '&&' || op === '||') {
    if (typeof a !== 'boolean' || typeof b !== 'boolean') return evaluationError(loc, `${op} needs two booleans`);
    return scalarAt(loc, op === '&&' ? a && b : a || b);
  }
  const x = Number(a);
  const y = Number(b);
  if (a === null || b === null || Number.isNaN(x) || Number.isNaN(y)) return evaluationError(loc, `${op} needs two numbers`);
  switch (op) {
    case '+':
      return scalarAt(loc, x + y);
    case '-':
      return scalarAt(loc, x - y);
    case '*':
      return scalarAt(loc, x * y);
    case '/':
      return scalarAt(loc, x / y);
    case '%':
      return scalarAt(loc, x % y);
    case '<':
      return scalarAt(loc, x < y);
    case '<=':
      return scalarAt(loc, x <= y);
    case '>':
      return scalarAt(loc, x > y);
    default:
      return scalarAt(loc, x >= y);
  }
}

function sortedKeys(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(sortedKeys);
  if (data !== null && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedKeys(v)]));
  }
  return data;
}

/** A map value for `each` or a dynamic block iterator: `{ key, value }`. */
export function iteratorValue(key: Value, value: Value, loc: Location): MapValue {
  return mapAt(loc, new Map([['key', key], ['value', value]]));
}
