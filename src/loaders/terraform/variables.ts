/**
 * Values of variables: `.tfvars` files of a root module, and conversion to a
 * variable's declared type (primitive conversions, `optional` object attributes).
 */
import type { ConcreteValue, MapValue, Value } from '../../model/value.js';
import { parseStructuredText } from '../structured-text.js';
import { objectKey, type HclExpr } from './hcl-ast.js';
import { evaluate, type EvalContext, type Scope } from './evaluator.js';
import { evaluationError, lift, scalarAt, sourceLoc, unknownAt } from './values.js';
import { EvaluationLimitExceeded } from './budget.js';
import { loadError, type UnitState } from './workspace.js';

/**
 * Converts a value to a variable's type as Terraform does: `"true"` for a bool
 * becomes true, and an `object` type's `optional` attributes the value leaves
 * out take their default (or null).
 */
export function applyType(value: Value, type: HclExpr | undefined, ctx: EvalContext): Value {
  if (!type) return value;
  if (type.kind === 'variable') return ['bool', 'number', 'string'].includes(type.name) ? lift([value], value.loc, ([v]) => primitive(v!, type.name)) : value;
  if (type.kind !== 'call') return value;
  const [inner] = type.args;
  return lift([value], value.loc, ([v]) => {
    switch (type.name) {
      case 'optional':
        return applyType(v!, inner, ctx);
      case 'list':
      case 'set':
        return v!.t === 'list' ? { ...v!, items: v!.items.map((item) => applyType(item, inner, ctx)) } : v!;
      case 'tuple':
        return v!.t === 'list' && inner?.kind === 'tuple' ? { ...v!, items: v!.items.map((item, i) => applyType(item, inner.items[i], ctx)) } : v!;
      case 'map':
        return v!.t === 'map' ? { ...v!, entries: new Map([...v!.entries].map(([k, x]) => [k, applyType(x, inner, ctx)])) } : v!;
      case 'object':
        return v!.t === 'map' && inner?.kind === 'object' ? objectOfType(v!, inner, ctx) : v!;
      default:
        return v!;
    }
  });
}

function objectOfType(map: MapValue, shape: Extract<HclExpr, { kind: 'object' }>, scope: EvalContext): Value {
  const entries = new Map(map.entries);
  for (const item of shape.items) {
    const key = objectKey(item);
    if (key === undefined) continue;
    const given = map.entries.get(key);
    const attrType = item.value;
    if (given && !(given.t === 'scalar' && given.v === null)) {
      entries.set(key, applyType(given, attrType, scope));
      continue;
    }
    const isOptional = attrType.kind === 'call' && attrType.name === 'optional';
    const byDefault = isOptional && attrType.args[1] ? evaluate(attrType.args[1], scope) : scalarAt(map.loc, null);
    entries.set(key, isOptional ? applyType(byDefault, attrType.args[0], scope) : byDefault);
  }
  return { ...map, entries };
}

function primitive(v: ConcreteValue, type: string): Value {
  if (v.t !== 'scalar' || v.v === null) return v;
  const raw = v.v;
  switch (type) {
    case 'bool':
      return raw === 'true' ? { ...v, v: true } : raw === 'false' ? { ...v, v: false } : v;
    case 'number':
      return typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? { ...v, v: Number(raw) } : v;
    default:
      return typeof raw === 'string' ? v : { ...v, v: String(raw) };
  }
}

/** Values of root variables set by `.tfvars` and `.tfvars.json` files, later files winning. */
export function readVariableFiles(unit: UnitState, files: string[]): Map<string, Value> {
  const values = new Map<string, Value>();
  const constants: Scope = {
    pathModule: '.',
    variable: (name, loc) => evaluationError(loc, `var.${name} cannot be used in a .tfvars file`),
    local: (name, loc) => evaluationError(loc, `local.${name} cannot be used in a .tfvars file`),
    moduleOutput: (m, o, loc) => evaluationError(loc, `module.${m}.${o} cannot be used in a .tfvars file`),
    resourceAddress: () => undefined,
    dataAttribute: (t, n, a, _f, loc) => evaluationError(loc, `data.${t}.${n}.${a} cannot be used in a .tfvars file`),
    readFile: (p, loc) => evaluationError(loc, `file("${p}") cannot be used in a .tfvars file`),
    budget: unit.budget,
  };
  for (const file of files) {
    if (file.endsWith('.json')) {
      unit.files.add(file);
      const read = unit.workspace.readText(file);
      if (!read.ok) {
        unit.errors.push(loadError(file, read));
        continue;
      }
      const parsed = parseStructuredText(read.text, file);
      if (!parsed.ok) unit.errors.push(parsed.error);
      else if (parsed.doc.value.t !== 'map') unit.errors.push({ file, line: 1, column: 1, message: 'a .tfvars.json file must hold a JSON object' });
      else for (const [name, value] of parsed.doc.value.entries) values.set(name, value);
      continue;
    }
    const parsed = unit.parse(file);
    if (!parsed) continue;
    for (const [name, attr] of parsed.body.attributes) {
      try {
        values.set(name, evaluate(attr.expr, { scope: constants, file, bindings: new Map() }));
      } catch (err) {
        // A value too large to evaluate leaves the variable unknown, not at its default; the rest of the root is still checked.
        if (!(err instanceof EvaluationLimitExceeded)) throw err;
        unit.limitExceeded(err, file);
        values.set(name, unknownAt(sourceLoc(file, attr.expr.range), `var.${name} is set in ${file} to a value too large to evaluate`));
      }
    }
  }
  return values;
}
