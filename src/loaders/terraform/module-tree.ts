/**
 * A Terraform root module and the local modules it calls, as scopes that
 * evaluate lazily: a variable takes the caller's argument, a `.tfvars` value or
 * its default; locals, outputs and data sources are computed when first asked
 * for, once. Module sources that are not local (registry, git) are noted, not
 * followed.
 */
import path from 'node:path';
import { awsManagedPolicyArn } from '../../iam/managed-names.js';
import type { Location } from '../../model/location.js';
import type { Value } from '../../model/value.js';
import { blocksOf, literalString, type HclAttribute, type HclBlock, type HclFile } from './hcl-ast.js';
import { evaluate, type EvalContext, type Scope } from './evaluator.js';
import { isLocalSource, withinRoot } from './file-access.js';
import { evaluateBlock, existence, repetitionBindings } from './blocks.js';
import { policyDocument } from './policy-document.js';
import { applyType } from './variables.js';
import { evaluationError, isEvaluationError, scalarAt, setTextOrigin, sourceLoc, unknownAt } from './values.js';
import type { UnitState } from './workspace.js';
import type { EvaluationBudget } from './budget.js';

interface Declared<T> {
  node: T;
  file: HclFile;
}

/** The blocks of one kind across a module's files, by name; repeats are kept (the file that refers to one picks it). */
function index(files: HclFile[], type: string, key: (b: HclBlock) => string | undefined): Map<string, Declared<HclBlock>[]> {
  const out = new Map<string, Declared<HclBlock>[]>();
  for (const file of files) {
    for (const block of blocksOf(file.body, type)) {
      const name = key(block);
      if (name === undefined) continue;
      const declared = out.get(name);
      if (declared) declared.push({ node: block, file });
      else out.set(name, [{ node: block, file }]);
    }
  }
  return out;
}

function attributesOf(files: HclFile[], type: string): Map<string, Declared<HclAttribute>> {
  const out = new Map<string, Declared<HclAttribute>>();
  for (const file of files) {
    for (const block of blocksOf(file.body, type)) for (const [name, attr] of block.body.attributes) out.set(name, { node: attr, file });
  }
  return out;
}

export interface ModuleCallInfo {
  name: string;
  block: HclBlock;
  file: HclFile;
  /** The called module, when its source is local and loads. */
  child?: ModuleInstance;
}

const MAX_MODULE_DEPTH = 16;

/** Where a module's variables get their values when the module is the root. */
export interface RootInputs {
  /** Values from `.tfvars` files, by variable name. */
  values: ReadonlyMap<string, Value>;
}

export class ModuleInstance implements Scope {
  readonly pathModule: string;
  readonly variables: Map<string, Declared<HclBlock>[]>;
  readonly resources: Map<string, Declared<HclBlock>[]>;
  readonly dataSources: Map<string, Declared<HclBlock>[]>;
  readonly calls = new Map<string, ModuleCallInfo>();
  private readonly locals: Map<string, Declared<HclAttribute>>;
  private readonly outputs: Map<string, Declared<HclBlock>[]>;
  private readonly memo = new Map<string, Value>();
  private readonly inProgress = new Set<string>();

  constructor(
    readonly unit: UnitState,
    readonly dir: string,
    readonly files: HclFile[],
    /** Module names from the root: `['a', 'b']` for `module.a.module.b`. */
    readonly modulePath: string[],
    private readonly inputs:
      | { root: RootInputs }
      | { caller: ModuleInstance; call: ModuleCallInfo; bindings: ReadonlyMap<string, Value>; /** When the call's count or for_each may make it absent. */ condition?: string },
  ) {
    this.pathModule = path.posix.relative(unit.rootDir, dir) || '.';
    this.variables = index(files, 'variable', (b) => b.labels[0]);
    this.resources = index(files, 'resource', (b) => (b.labels.length >= 2 ? `${b.labels[0]}.${b.labels[1]}` : undefined));
    this.dataSources = index(files, 'data', (b) => (b.labels.length >= 2 ? `${b.labels[0]}.${b.labels[1]}` : undefined));
    this.outputs = index(files, 'output', (b) => b.labels[0]);
    this.locals = attributesOf(files, 'locals');
  }

  /** `module.a.module.b.` */
  get addressPrefix(): string {
    return this.modulePath.map((m) => `module.${m}.`).join('');
  }

  /** `module.a.module.b`, or undefined for the root module. */
  get label(): string | undefined {
    return this.modulePath.length ? this.modulePath.map((m) => `module.${m}`).join('.') : undefined;
  }

  get budget(): EvaluationBudget {
    return this.unit.budget;
  }

  get caller(): ModuleInstance | undefined {
    return 'caller' in this.inputs ? this.inputs.caller : undefined;
  }

  /** What decides whether this module's resources exist at all (the `count` or `for_each` of its calls). */
  get conditions(): string[] {
    if (!('caller' in this.inputs)) return [];
    return [...this.inputs.caller.conditions, ...(this.inputs.condition ? [this.inputs.condition] : [])];
  }

  /** Context for evaluating expressions written in `file` of this module. */
  context(file: HclFile, bindings: ReadonlyMap<string, Value> = new Map()): EvalContext {
    return { scope: this, file: file.path, bindings };
  }

  /** Loads the module calls of this module and, recursively, the local modules they call. */
  loadCalls(): void {
    for (const [name, declared] of index(this.files, 'module', (b) => b.labels[0])) {
      const { node: block, file } = declared[0]!;
      const info: ModuleCallInfo = { name, block, file };
      this.calls.set(name, info);
      const source = literalString(block.body.attributes.get('source')?.expr);
      const where = { file: file.path, line: block.range.start.line };
      if (source === undefined) {
        this.unit.note({ ...where, message: `module "${name}": its source is not a plain string, so it is not checked` });
        continue;
      }
      let dir: string | undefined;
      if (isLocalSource(source)) dir = withinRoot(path.posix.join(this.dir, source));
      else {
        // Registry and git sources are read where `terraform init` put them.
        const installed = this.unit.installedModules().get([...this.modulePath, name].join('.'));
        if (installed === undefined) {
          if (!this.unit.uncheckedSources.has(source)) {
            this.unit.uncheckedSources.add(source);
            this.unit.note({ ...where, message: `module "${name}": source "${source}" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)` });
          }
          continue;
        }
        dir = withinRoot(path.posix.join(this.unit.rootDir, installed));
      }
      if (!dir) {
        this.unit.note({ ...where, message: `module "${name}": source "${source}" is outside the scan root; its resources are not checked` });
        continue;
      }
      const tfFiles = this.unit.workspace.terraformFiles(dir);
      if (!tfFiles) {
        this.unit.note({ ...where, message: `module "${name}": local source "${source}" has no Terraform files (missing, or not checked out); its resources are not checked` });
        continue;
      }
      if (this.modulePath.length >= MAX_MODULE_DEPTH || this.ancestorDirs().includes(dir)) {
        this.unit.note({ ...where, message: `module "${name}": source "${source}" calls itself; it is checked once` });
        continue;
      }
      const exists = existence(block, this.context(file));
      if (exists === 'never') continue;
      if (!this.unit.budget.moduleInstance(sourceLoc(file.path, block.headerRange))) continue;
      const files = tfFiles.map((f) => this.unit.parse(f)).filter((f): f is HclFile => f !== undefined);
      const bindings = repetitionBindings(block, this.context(file), name);
      const condition = typeof exists === 'object' ? `module.${name}: ${exists.condition}` : undefined;
      info.child = new ModuleInstance(this.unit, dir, files, [...this.modulePath, name], { caller: this, call: info, bindings, condition });
      info.child.loadCalls();
    }
  }

  private ancestorDirs(): string[] {
    return [this.dir, ...(this.caller?.ancestorDirs() ?? [])];
  }

  /** This module and every local module below it. */
  *walk(): Generator<ModuleInstance> {
    yield this;
    for (const call of this.calls.values()) if (call.child) yield* call.child.walk();
  }

  private memoized(key: string, loc: Location, compute: () => Value): Value {
    const known = this.memo.get(key);
    if (known) return known;
    if (this.inProgress.has(key)) return evaluationError(loc, `${key} refers to itself`);
    this.inProgress.add(key);
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } finally {
      this.inProgress.delete(key);
    }
  }

  variable(name: string, loc: Location): Value {
    const resolved = this.memoized(`var.${name}`, loc, () => this.resolveVariable(name, loc));
    if (resolved.t !== 'unknown') return resolved;
    // Unknown where it is used: a root variable's default holds unless whoever runs Terraform sets it.
    return isEvaluationError(resolved) ? evaluationError(loc, resolved.reason) : unknownAt(loc, resolved.reason, resolved.fallback);
  }

  private resolveVariable(name: string, loc: Location): Value {
    const declared = this.variables.get(name)?.[0];
    if (!declared) return evaluationError(loc, `var.${name} is not declared`);
    const { node: block, file } = declared;
    const ctx = this.context(file);
    const type = block.body.attributes.get('type')?.expr;
    const coerce = (v: Value) => applyType(v, type, ctx);
    const defaultAttr = block.body.attributes.get('default');
    const byDefault = defaultAttr && evaluate(defaultAttr.expr, ctx);
    if ('caller' in this.inputs) {
      const { caller, call, bindings } = this.inputs;
      const argument = call.block.body.attributes.get(name);
      if (argument) return coerce(evaluate(argument.expr, caller.context(call.file, bindings)));
      return byDefault ? coerce(byDefault) : unknownAt(loc, `var.${name} of ${this.label} has no default and module "${call.name}" does not set it`);
    }
    const set = this.inputs.root.values.get(name);
    if (set) return coerce(set);
    if (!byDefault) return unknownAt(loc, `var.${name} has no default and no .tfvars file sets it`);
    return unknownAt(loc, `var.${name} can be set when Terraform runs`, { via: `var.${name} keeps its default`, value: coerce(byDefault) });
  }

  local(name: string, loc: Location): Value {
    return this.memoized(`local.${name}`, loc, () => {
      const declared = this.locals.get(name);
      return declared ? evaluate(declared.node.expr, this.context(declared.file)) : evaluationError(loc, `local.${name} is not declared`);
    });
  }

  moduleOutput(module: string, output: string, loc: Location): Value {
    const call = this.calls.get(module);
    if (!call) return evaluationError(loc, `module.${module} is not declared`);
    if (!call.child) return unknownAt(loc, `module.${module} is not checked, so neither is its output ${output}`);
    return call.child.output(output, loc);
  }

  output(name: string, loc: Location): Value {
    return this.memoized(`output.${name}`, loc, () => {
      const declared = this.outputs.get(name)?.[0];
      const value = declared?.node.body.attributes.get('value');
      if (!declared || !value) return evaluationError(loc, `${this.label ?? 'the module'} has no output ${name}`);
      return evaluate(value.expr, this.context(declared.file));
    });
  }

  resourceAddress(type: string, name: string): string | undefined {
    return this.resources.has(`${type}.${name}`) ? `${this.addressPrefix}${type}.${name}` : undefined;
  }

  /** A declaration by name, preferring the one in `fromFile` when names repeat across files. */
  pick<T>(declared: Declared<T>[] | undefined, fromFile: string): Declared<T> | undefined {
    return declared?.find((d) => d.file.path === fromFile) ?? declared?.[0];
  }

  dataAttribute(type: string, name: string, attribute: string, fromFile: string, loc: Location): Value {
    const declared = this.pick(this.dataSources.get(`${type}.${name}`), fromFile);
    const text = `data.${type}.${name}.${attribute}`;
    if (!declared) return evaluationError(loc, `${text}: data.${type}.${name} is not declared`);
    if (type === 'aws_iam_policy_document' && (attribute === 'json' || attribute === 'minified_json')) {
      return this.memoized(`data.${type}.${name}@${declared.file.path}`, loc, () => this.policyDocument(declared));
    }
    const written = declared.node.body.attributes.get(attribute);
    if (written) return evaluate(written.expr, this.context(declared.file));
    const byName = type === 'aws_iam_policy' && attribute === 'arn' ? this.managedPolicyArn(declared) : undefined;
    return byName ?? unknownAt(loc, `${text} is read from AWS when Terraform plans`);
  }

  /** `data "aws_iam_policy" { name = "…" }` naming an AWS managed policy has that policy's ARN, located at the name. */
  private managedPolicyArn({ node: block, file }: Declared<HclBlock>): Value | undefined {
    const nameExpr = block.body.attributes.get('name')?.expr;
    if (!nameExpr) return undefined;
    const name = evaluate(nameExpr, this.context(file));
    if (name.t !== 'scalar' || typeof name.v !== 'string') return undefined;
    const arn = awsManagedPolicyArn(name.v);
    return arn === undefined ? undefined : scalarAt(name.loc, arn);
  }

  private policyDocument({ node: block, file }: Declared<HclBlock>): Value {
    const ctx = this.context(file, repetitionBindings(block, this.context(file), block.labels[1] ?? ''));
    const documents = (attr: string): Value[] => {
      const expr = block.body.attributes.get(attr)?.expr;
      if (!expr) return [];
      const value = evaluate(expr, ctx);
      return value.t === 'list' ? [...value.items] : [value];
    };
    const sources = [...documents('source_policy_documents'), ...documents('source_json')];
    const overrides = [...documents('override_policy_documents'), ...documents('override_json')];
    return policyDocument(evaluateBlock(block, ctx), { sources, overrides }, this.unit.workspace.positionsOf);
  }

  readFile(relative: string, loc: Location): Value {
    const file = path.posix.isAbsolute(relative) ? undefined : withinRoot(path.posix.join(this.unit.rootDir, relative));
    if (!file) return unknownAt(loc, `file("${relative}") is outside the scan root, so it is not read`);
    const read = this.unit.workspace.readText(file);
    if (!read.ok) return unknownAt(loc, `file("${relative}") cannot be read: ${read.message}`);
    this.unit.files.add(file);
    const positions = this.unit.workspace.positionsOf(file)!;
    const value = scalarAt(sourceLoc(file, { start: positions.at(0), end: positions.at(read.text.length) }), read.text);
    setTextOrigin(value, { file, pieces: [{ at: 0, length: read.text.length, sourceOffset: 0 }] });
    return value;
  }
}
