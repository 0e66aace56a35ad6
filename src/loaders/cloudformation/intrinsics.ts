/**
 * Resolves CloudFormation intrinsic functions as far as the template allows.
 *
 * What deploy time decides stays visible: a parameter with AllowedValues becomes
 * one of them, an `Fn::If` on an undecidable condition becomes both branches,
 * a parameter with only a Default becomes unknown-with-fallback, and a reference
 * to a resource stays a reference (so the graph can follow it).
 */
import type { Location } from '../../model/location.js';
import type { Choice, MapValue, Value } from '../../model/value.js';

export interface ParameterInfo {
  name: string;
  type: string;
  default?: Value;
  allowed?: Value[];
  noEcho: boolean;
}

export interface TemplateScope {
  parameters: ReadonlyMap<string, ParameterInfo>;
  conditions: ReadonlyMap<string, Value>;
  mappings?: Value;
  resourceIds: ReadonlySet<string>;
}

/**
 * What a template's surroundings decide: values supplied for its parameters (a
 * parameter file, the parent stack), the exports of the other templates of the
 * repository, and the outputs of the stacks it nests. Each hook gives undefined
 * when it does not know, and the template alone decides as before.
 */
export interface TemplateLinks {
  /** Prefixed to resource references, so that templates loaded together never mix up their logical IDs. */
  namespace?: string;
  parameter?(name: string, loc: Location): Value | undefined;
  /** `name` as resolved, `written` as the template writes it. */
  importValue?(name: Value, loc: Location, written: Value): Value | undefined;
  stackOutput?(stackId: string, output: string, loc: Location): Value | undefined;
  /** The value of an SSM parameter that a template of the repository declares (`AWS::SSM::Parameter` by its Name). */
  ssmParameter?(name: string, loc: Location): Value | undefined;
}

const PSEUDO_PARAMETERS: Record<string, string> = {
  'AWS::Region': 'the region the stack is deployed in',
  'AWS::AccountId': 'the account the stack is deployed in',
  'AWS::Partition': 'the partition the stack is deployed in',
  'AWS::URLSuffix': 'the domain suffix of the partition',
  'AWS::StackName': 'the name given to the stack',
  'AWS::StackId': 'the ID of the stack',
  'AWS::NotificationARNs': 'the notification ARNs of the stack',
};

/** Above this many combinations, string building keeps placeholders instead of enumerating. */
const MAX_OPTIONS = 32;

export class IntrinsicResolver {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly conditionsInProgress = new Set<string>();

  constructor(
    private readonly scope: TemplateScope,
    private readonly links: TemplateLinks = {},
  ) {}

  /** A reference to a resource of this template, as the graph knows it. */
  private reference(target: string, loc: Location, text: string, attribute?: string): Value {
    const ref: Value = { t: 'ref', loc, target: `${this.links.namespace ?? ''}${target}`, text };
    return attribute === undefined ? ref : { ...ref, attribute };
  }

  /** `Stack.Outputs.Name` of a nested stack whose template the links know. */
  private nestedOutput(target: string, attribute: string | undefined, loc: Location): Value | undefined {
    const match = attribute === undefined ? null : /^Outputs\.(.+)$/.exec(attribute);
    return match ? this.links.stackOutput?.(target, match[1]!, loc) : undefined;
  }

  resolve(raw: Value): Value {
    switch (raw.t) {
      case 'map':
        return this.resolveMap(raw);
      case 'list': {
        const items: Value[] = [];
        for (const item of raw.items) {
          const resolved = this.resolve(item);
          if (resolved.t !== 'omitted') items.push(resolved);
        }
        return { t: 'list', loc: raw.loc, items };
      }
      default:
        return raw;
    }
  }

  /** Evaluates a condition by name: true, false, or undefined when deploy-time choices decide it. */
  evaluateCondition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    const expression = this.scope.conditions.get(name);
    if (!expression || this.conditionsInProgress.has(name)) return undefined;
    this.conditionsInProgress.add(name);
    const result = this.evaluateConditionExpression(expression);
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  private resolveMap(raw: MapValue): Value {
    const intrinsic = singleKey(raw);
    if (intrinsic && (intrinsic === 'Ref' || intrinsic.startsWith('Fn::'))) {
      return this.resolveIntrinsic(intrinsic, raw.entries.get(intrinsic)!, raw);
    }
    const entries = new Map<string, Value>();
    const keyLocs = new Map<string, Location>();
    for (const [key, child] of raw.entries) {
      const resolved = this.resolve(child);
      if (resolved.t === 'omitted') continue;
      entries.set(key, resolved);
      keyLocs.set(key, raw.keyLocs.get(key)!);
    }
    return { t: 'map', loc: raw.loc, entries, keyLocs };
  }

  private resolveIntrinsic(name: string, arg: Value, whole: MapValue): Value {
    const loc = whole.loc;
    switch (name) {
      case 'Ref':
        return this.resolveRef(arg, loc);
      case 'Fn::GetAtt':
        return this.resolveGetAtt(arg, loc);
      case 'Fn::If':
        return this.resolveIf(arg, whole);
      case 'Fn::Sub':
        return this.resolveSub(arg, loc);
      case 'Fn::Join':
        return this.resolveJoin(arg, loc);
      case 'Fn::Select':
        return this.resolveSelect(arg, loc);
      case 'Fn::Split':
        return this.resolveSplit(arg, loc);
      case 'Fn::FindInMap':
        return this.resolveFindInMap(arg, loc);
      case 'Fn::Base64':
        return relocate(this.resolve(arg), loc);
      case 'Fn::ImportValue': {
        const exported = this.resolve(arg);
        const imported = this.links.importValue?.(exported, loc, arg);
        if (imported) return imported;
        const label = exported.t === 'scalar' ? `'${String(exported.v)}'` : 'a computed name';
        return unknown(loc, `imported from another stack's export ${label}`);
      }
      case 'Fn::GetAZs':
        return unknown(loc, 'the availability zones of the region');
      case 'Fn::Transform':
        return unknown(loc, 'produced by a macro (Fn::Transform), which sagelint does not run');
      default:
        return unknown(loc, `computed by ${name}`);
    }
  }

  private resolveRef(arg: Value, loc: Location): Value {
    const name = arg.t === 'scalar' ? String(arg.v) : undefined;
    if (name === undefined) return unknown(loc, 'Ref to a computed name');
    if (name === 'AWS::NoValue') return { t: 'omitted', loc, anchor: arg, path: loc.path };
    const pseudo = PSEUDO_PARAMETERS[name];
    if (pseudo) return withPlaceholder(unknown(loc, pseudo), name);
    const parameter = this.scope.parameters.get(name);
    if (parameter) return withPlaceholder(this.suppliedValue(parameter, loc) ?? this.parameterValue(parameter, loc), name);
    if (this.scope.resourceIds.has(name)) return this.reference(name, loc, `!Ref ${name}`);
    return unknown(loc, `Ref to '${name}', which the template does not define`);
  }

  /**
   * The value given for a parameter from outside the template. A NoEcho value
   * stays unread, so it is never shown; an SSM parameter's value names the SSM
   * parameter, whose own value only the account knows.
   */
  private suppliedValue(parameter: ParameterInfo, loc: Location): Value | undefined {
    if (parameter.noEcho || parameter.type.startsWith('AWS::SSM::Parameter::Value')) return undefined;
    const supplied = this.links.parameter?.(parameter.name, loc);
    return supplied && isListParameter(parameter) ? splitList(supplied) : supplied;
  }

  private parameterValue(parameter: ParameterInfo, loc: Location): Value {
    const { name } = parameter;
    if (parameter.noEcho) return unknown(loc, `parameter ${name} is NoEcho`);
    if (parameter.type.startsWith('AWS::SSM::Parameter::Value')) {
      // The parameter's value names an SSM parameter: a scanned template may declare it.
      const named = this.links.parameter?.(name, loc) ?? parameter.default;
      const declared = named?.t === 'scalar' && this.links.ssmParameter?.(String(named.v), loc);
      return declared || unknown(loc, `parameter ${name} is read from SSM at deploy time`);
    }
    const shape = (v: Value): Value => (isListParameter(parameter) ? splitList(v) : v);
    if (parameter.allowed && parameter.allowed.length > 0) {
      return {
        t: 'oneOf',
        loc,
        options: parameter.allowed.map((v) => ({ value: relocate(shape(v), loc), via: `parameter ${name} is ${show(v)}` })),
      };
    }
    if (parameter.default) {
      const def = parameter.default;
      return {
        t: 'unknown',
        loc,
        reason: `parameter ${name} can be set at deploy time`,
        fallback: { value: relocate(shape(def), loc), via: `parameter ${name} keeps its default ${show(def)}` },
      };
    }
    return unknown(loc, `parameter ${name} has no default`);
  }

  private resolveGetAtt(arg: Value, loc: Location): Value {
    let target: string | undefined;
    let attribute: string | undefined;
    if (arg.t === 'scalar' && typeof arg.v === 'string') {
      const dot = arg.v.indexOf('.');
      target = dot === -1 ? arg.v : arg.v.slice(0, dot);
      attribute = dot === -1 ? undefined : arg.v.slice(dot + 1);
    } else if (arg.t === 'list' && arg.items[0]?.t === 'scalar') {
      target = String(arg.items[0].v);
      const attr = arg.items[1] && this.resolve(arg.items[1]);
      attribute = attr?.t === 'scalar' ? String(attr.v) : undefined;
    }
    if (!target) return unknown(loc, 'Fn::GetAtt of a computed name');
    const text = `!GetAtt ${target}${attribute ? `.${attribute}` : ''}`;
    if (!this.scope.resourceIds.has(target)) return unknown(loc, `${text} names a resource the template does not define`);
    return this.nestedOutput(target, attribute, loc) ?? this.reference(target, loc, text, attribute);
  }

  private resolveIf(arg: Value, whole: MapValue): Value {
    const loc = whole.loc;
    if (arg.t !== 'list' || arg.items.length !== 3 || arg.items[0]!.t !== 'scalar') return unknown(loc, 'malformed Fn::If');
    const condition = String((arg.items[0] as { v: unknown }).v);
    const whenTrue = this.resolve(arg.items[1]!);
    const whenFalse = this.resolve(arg.items[2]!);
    const verdict = this.evaluateCondition(condition);
    if (verdict === true) return whenTrue;
    if (verdict === false) return whenFalse;
    const options: Choice[] = [
      { value: absentAt(whenTrue, whole), via: `condition ${condition} is true` },
      { value: absentAt(whenFalse, whole), via: `condition ${condition} is false` },
    ];
    return { t: 'oneOf', loc, options };
  }

  private resolveSub(arg: Value, loc: Location): Value {
    let templateValue: Value | undefined = arg;
    let variables: MapValue | undefined;
    if (arg.t === 'list') {
      templateValue = arg.items[0];
      const vars = arg.items[1];
      if (vars?.t === 'map') variables = vars;
    }
    if (templateValue?.t !== 'scalar' || typeof templateValue.v !== 'string') return unknown(loc, 'Fn::Sub of a computed string');
    const parts: Value[] = [];
    const text = templateValue.v;
    const pattern = /\$\{([^}]*)\}/g;
    let last = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match.index > last) parts.push(literal(text.slice(last, match.index), loc));
      const name = match[1]!.trim();
      if (name.startsWith('!')) parts.push(literal(`\${${name.slice(1)}}`, loc));
      else parts.push(this.substitution(name, variables, loc));
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(literal(text.slice(last), loc));
    return concatenate(parts, loc);
  }

  private substitution(name: string, variables: MapValue | undefined, loc: Location): Value {
    const variable = variables?.entries.get(name);
    if (variable) return withPlaceholder(this.resolve(variable), name);
    const dot = name.indexOf('.');
    if (dot > 0 && this.scope.resourceIds.has(name.slice(0, dot))) {
      const [target, attribute] = [name.slice(0, dot), name.slice(dot + 1)];
      const output = this.nestedOutput(target, attribute, loc);
      return output ? withPlaceholder(output, name) : this.reference(target, loc, `\${${name}}`, attribute);
    }
    const resolved = this.resolveRef(literal(name, loc), loc);
    return resolved.t === 'ref' ? { ...resolved, text: `\${${name}}` } : withPlaceholder(resolved, name);
  }

  private resolveJoin(arg: Value, loc: Location): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown(loc, 'malformed Fn::Join');
    const delimiter = arg.items[0]!.t === 'scalar' ? String((arg.items[0] as { v: unknown }).v ?? '') : undefined;
    const list = this.resolve(arg.items[1]!);
    if (delimiter === undefined || list.t !== 'list') return unknown(loc, 'Fn::Join of a computed list');
    const parts: Value[] = [];
    list.items.forEach((item, i) => {
      if (i > 0 && delimiter) parts.push(literal(delimiter, loc));
      parts.push(item);
    });
    return concatenate(parts, loc);
  }

  private resolveSelect(arg: Value, loc: Location): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown(loc, 'malformed Fn::Select');
    const index = this.resolve(arg.items[0]!);
    const list = this.resolve(arg.items[1]!);
    const i = index.t === 'scalar' ? Number(index.v) : NaN;
    if (list.t === 'list' && Number.isInteger(i) && list.items[i]) return list.items[i]!;
    // A part of a resource's attribute (`!Select [0, !GetAtt Endpoint.DnsEntries]`) still refers to that resource.
    if (list.t === 'ref') return { ...list, loc };
    return unknown(loc, 'Fn::Select from a list known only at deploy time');
  }

  private resolveSplit(arg: Value, loc: Location): Value {
    if (arg.t !== 'list' || arg.items.length !== 2) return unknown(loc, 'malformed Fn::Split');
    const delimiter = this.resolve(arg.items[0]!);
    const source = this.resolve(arg.items[1]!);
    if (delimiter.t !== 'scalar') return unknown(loc, 'Fn::Split by a delimiter known only at deploy time');
    const split = (text: Value): Value | undefined =>
      text.t === 'scalar' && typeof text.v === 'string' ? { t: 'list', loc, items: text.v.split(String(delimiter.v)).map((s) => literal(s, loc)) } : undefined;
    const known = split(source);
    if (known) return known;
    // A parameter split into a list keeps what decides it: the parameter, and its default as the fallback.
    if (source.t === 'unknown') {
      const fallback = source.fallback && split(source.fallback.value);
      return { t: 'unknown', loc, reason: source.reason, ...(fallback && { fallback: { via: source.fallback!.via, value: fallback } }) };
    }
    if (source.t === 'oneOf' && source.options.every((o) => split(o.value))) {
      return { t: 'oneOf', loc, options: source.options.map((o) => ({ via: o.via, value: split(o.value)! })) };
    }
    if (source.t === 'ref') return { ...source, loc };
    return unknown(loc, 'Fn::Split of a string known only at deploy time');
  }

  private resolveFindInMap(arg: Value, loc: Location): Value {
    if (arg.t !== 'list' || arg.items.length < 3 || !this.scope.mappings) return unknown(loc, 'Fn::FindInMap on a missing mapping');
    const keys = arg.items.slice(0, 3).map((k) => this.resolve(k));
    return this.lookup(this.scope.mappings, keys, [], loc);
  }

  /** Walks the Mappings section; a key decided at deploy time fans out over every entry. */
  private lookup(node: Value, keys: Value[], via: string[], loc: Location): Value {
    if (keys.length === 0) return via.length ? node : this.resolve(node);
    if (node.t !== 'map') return unknown(loc, 'Fn::FindInMap into a value that is not a map');
    const [key, ...rest] = keys as [Value, ...Value[]];
    if (key.t === 'scalar') {
      const next = node.entries.get(String(key.v));
      return next ? this.lookup(next, rest, via, loc) : unknown(loc, `Fn::FindInMap key '${String(key.v)}' is not in the mapping`);
    }
    const keysToTry: Choice[] =
      key.t === 'oneOf'
        ? key.options.filter((o) => o.value.t === 'scalar').map((o) => ({ value: o.value, via: o.via }))
        : [...node.entries.keys()].map((k) => ({ value: literal(k, loc), via: `${key.t === 'unknown' ? key.reason : 'the key'} is '${k}'` }));
    if (keysToTry.length === 0 || keysToTry.length > MAX_OPTIONS) return unknown(loc, 'Fn::FindInMap with a key known only at deploy time');
    const options = keysToTry.map((k) => ({ via: k.via, value: this.resolve(this.lookup(node, [k.value, ...rest], [...via, k.via], loc)) }));
    return { t: 'oneOf', loc, options };
  }

  private evaluateConditionExpression(expression: Value): boolean | undefined {
    if (expression.t !== 'map') return undefined;
    const fn = singleKey(expression);
    const arg = fn ? expression.entries.get(fn)! : undefined;
    if (!fn || !arg) return undefined;
    if (fn === 'Condition') return arg.t === 'scalar' ? this.evaluateCondition(String(arg.v)) : undefined;
    if (arg.t !== 'list') return undefined;
    switch (fn) {
      case 'Fn::Equals': {
        const [a, b] = arg.items.map((i) => this.resolve(i));
        if (a?.t === 'scalar' && b?.t === 'scalar') return String(a.v) === String(b.v);
        return undefined;
      }
      case 'Fn::Not': {
        const inner = arg.items[0] && this.evaluateConditionExpression(arg.items[0]);
        return inner === undefined ? undefined : !inner;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const results = arg.items.map((i) => this.evaluateConditionExpression(i));
        const decisive = fn === 'Fn::And' ? false : true;
        if (results.includes(decisive)) return decisive;
        return results.includes(undefined) ? undefined : !decisive;
      }
      default:
        return undefined;
    }
  }
}

function singleKey(map: MapValue): string | undefined {
  if (map.entries.size !== 1) return undefined;
  return map.entries.keys().next().value;
}

function unknown(loc: Location, reason: string): Value {
  return { t: 'unknown', loc, reason };
}

function literal(text: string, loc: Location): Value {
  return { t: 'scalar', v: text, loc };
}

function show(v: Value): string {
  return v.t === 'scalar' ? `'${String(v.v)}'` : 'a computed value';
}

function relocate(value: Value, loc: Location): Value {
  return { ...value, loc } as Value;
}

/** `AWS::NoValue` inside an `Fn::If` branch: the property is absent on that branch. */
function absentAt(value: Value, whole: MapValue): Value {
  return value.t === 'omitted' ? { t: 'omitted', loc: whole.loc, anchor: whole, path: whole.loc.path } : value;
}

function isListParameter(parameter: ParameterInfo): boolean {
  return parameter.type === 'CommaDelimitedList' || parameter.type.startsWith('List<');
}

function splitList(v: Value): Value {
  if (v.t !== 'scalar' || typeof v.v !== 'string') return v;
  return { t: 'list', loc: v.loc, items: v.v === '' ? [] : v.v.split(',').map((s) => literal(s.trim(), v.loc)) };
}

/** Carries the `${Name}` text a substitution leaves when its value is not a plain string. */
function withPlaceholder(value: Value, name: string): Value {
  return value.t === 'unknown' ? { ...value, placeholder: `\${${name}}` } : value;
}

/**
 * Joins string parts. All known → one string; one part with choices → one
 * string per choice; anything else → a string keeping `${…}` placeholders, so
 * ARNs and embedded JSON stay readable.
 */
function concatenate(parts: Value[], loc: Location): Value {
  const choiceIndex = parts.findIndex((p) => p.t === 'oneOf' || (p.t === 'unknown' && p.fallback));
  const onlyOneChoice = choiceIndex !== -1 && parts.every((p, i) => i === choiceIndex || p.t === 'scalar');
  if (onlyOneChoice) {
    const choice = parts[choiceIndex]!;
    const build = (v: Value): Value => concatenate(parts.map((p, i) => (i === choiceIndex ? v : p)), loc);
    if (choice.t === 'oneOf' && choice.options.length <= MAX_OPTIONS) {
      return { t: 'oneOf', loc, options: choice.options.map((o) => ({ via: o.via, value: build(o.value) })) };
    }
    if (choice.t === 'unknown' && choice.fallback) {
      return { t: 'unknown', loc, reason: choice.reason, fallback: { via: choice.fallback.via, value: build(choice.fallback.value) } };
    }
  }
  return { t: 'scalar', loc, v: parts.map(textOf).join('') };
}

/** A reference's logical ID without the namespace of templates loaded together (logical IDs have no `#`). */
function localTarget(target: string): string {
  return target.slice(target.lastIndexOf('#') + 1);
}

function textOf(part: Value): string {
  switch (part.t) {
    case 'scalar':
      return part.v === null ? '' : String(part.v);
    case 'ref':
      return part.text.startsWith('${') ? part.text : `\${${localTarget(part.target)}${part.attribute ? `.${part.attribute}` : ''}}`;
    case 'unknown':
      return part.placeholder ?? '${?}';
    default:
      return '${?}';
  }
}

