/**
 * One policy model for every input. CloudFormation, Terraform and live state
 * all hand over a policy document as a `Value` (or as JSON text inside one);
 * this module reads it into statements whose elements keep their `Value`, so
 * every finding points at the line that wrote it.
 *
 * Deploy-time choices stay honest: a statement that exists only under some
 * condition, or an element with several possible values, is marked uncertain,
 * and what cannot be seen at all (an unresolvable import) is kept as `unseen`.
 */
import { readOnlyAt, type Location, type Path } from '../model/location.js';
import { fromPlain } from '../model/plain.js';
import { leaves, type Value } from '../model/value.js';
import { appendAll } from '../collections.js';

export type Effect = 'Allow' | 'Deny';

/** Whether something holds in every deployment, and which choices it depends on otherwise. */
export interface Contingency {
  certain: boolean;
  via: string[];
}

export const ALWAYS: Contingency = { certain: true, via: [] };

export function both(a: Contingency, b: Contingency): Contingency {
  return { certain: a.certain && b.certain, via: [...a.via, ...b.via] };
}

export interface PolicyStatement extends Contingency {
  /** The statement object. */
  value: Value;
  sid?: string;
  effect: Effect;
  action?: Value;
  notAction?: Value;
  resource?: Value;
  notResource?: Value;
  principal?: Value;
  notPrincipal?: Value;
  condition?: Value;
}

/** Something in a document that keeps it from being read fully. */
export interface PolicyProblem {
  at: Value;
  message: string;
}

export interface PolicyDocument {
  value: Value;
  statements: PolicyStatement[];
  problems: PolicyProblem[];
}

/** One way an element can read: the text, the value it came from, and when it holds. */
export interface Pattern extends Contingency {
  text: string;
  /** The scalar (or reference) it was read from: the narrowest location. */
  value: Value;
  /** A reference to a resource in scope: a specific ARN or name, never a wildcard. */
  reference: boolean;
}

export interface Patterns {
  items: Pattern[];
  /** Parts that cannot be read: computed at deploy time with no known value. */
  unseen: Value[];
}

/**
 * Reads a policy document. A document given as text (Terraform `jsonencode`
 * output, a heredoc, a live URL-encoded document) is decoded first.
 */
export function parsePolicyDocument(value: Value): PolicyDocument {
  const doc: PolicyDocument = { value, statements: [], problems: [] };
  eachLeaf(value, ALWAYS, (leaf, when) => {
    if (leaf.t === 'scalar' && typeof leaf.v === 'string') {
      const decoded = decodePolicyText(leaf.v, leaf.loc);
      if ('problem' in decoded) doc.problems.push({ at: leaf, message: decoded.problem });
      else readDocument(decoded.value, when, doc);
    } else if (leaf.t === 'map') {
      readDocument(leaf, when, doc);
    } else if (leaf.t !== 'omitted') {
      doc.problems.push({ at: leaf, message: 'a policy document must be an object or JSON text' });
    }
  });
  collectUnseen(value, 'the policy document', doc);
  return doc;
}

/**
 * Decodes policy JSON text, raw or URL-encoded (as IAM's Get*Policy APIs return
 * it), into a value whose every node stands at `loc` with its path inside. In a
 * source file those nodes are read-only: the text is the string's, not theirs.
 */
export function decodePolicyText(text: string, loc: Location): { value: Value } | { problem: string } {
  const trimmed = text.trim();
  let json = trimmed;
  if (!trimmed.startsWith('{') && /%[0-9A-Fa-f]{2}/.test(trimmed)) {
    try {
      json = decodeURIComponent(trimmed.replace(/\+/g, ' '));
    } catch {
      return { problem: 'the policy document is neither JSON nor valid URL-encoded text' };
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problem: `the policy document is not valid JSON: ${describeJsonError(error, json)}` };
  }
  const inside = (path: Path): Location => readOnlyAt(loc, [...loc.path, ...path]);
  return { value: fromPlain(data, inside) };
}

/** Names the line and column inside the document text, which JSON.parse reports only as an offset. */
function describeJsonError(error: unknown, json: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = /position (\d+)/.exec(message);
  if (!offset) return message;
  const before = json.slice(0, Number(offset[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column} of the document`;
}

function readDocument(doc: Value, when: Contingency, out: PolicyDocument): void {
  if (doc.t !== 'map') return;
  const statementValue = doc.entries.get('Statement');
  if (!statementValue) {
    out.problems.push({ at: doc, message: 'the policy document has no Statement' });
    return;
  }
  collectUnseen(statementValue, 'a statement', out);
  eachLeaf(statementValue, when, (leaf, whenList) => {
    if (leaf.t === 'list') {
      for (const item of leaf.items) {
        collectUnseen(item, 'a statement', out);
        eachLeaf(item, whenList, (statement, whenItem) => readStatement(statement, whenItem, out));
      }
    } else {
      readStatement(leaf, whenList, out);
    }
  });
}

function readStatement(statement: Value, when: Contingency, out: PolicyDocument): void {
  if (statement.t === 'omitted') return;
  if (statement.t !== 'map') {
    out.problems.push({ at: statement, message: 'a policy statement must be an object' });
    return;
  }
  const field = (name: string) => statement.entries.get(name);
  const effectValue = field('Effect');
  if (!effectValue) {
    out.problems.push({ at: statement, message: 'the statement has no Effect' });
    return;
  }
  const sidValue = field('Sid');
  const sid = sidValue?.t === 'scalar' ? String(sidValue.v) : undefined;
  collectUnseen(effectValue, 'the Effect', out);
  eachLeaf(effectValue, when, (effect, whenEffect) => {
    if (effect.t === 'omitted') return;
    if (effect.t !== 'scalar' || (effect.v !== 'Allow' && effect.v !== 'Deny')) {
      out.problems.push({ at: effect, message: "Effect must be 'Allow' or 'Deny'" });
      return;
    }
    out.statements.push({
      certain: whenEffect.certain,
      via: whenEffect.via,
      value: statement,
      sid,
      effect: effect.v,
      action: field('Action'),
      notAction: field('NotAction'),
      resource: field('Resource'),
      notResource: field('NotResource'),
      principal: field('Principal'),
      notPrincipal: field('NotPrincipal'),
      condition: field('Condition'),
    });
  });
}

/** Calls `visit` for every concrete possibility of a value, with when it holds. */
export function eachLeaf(value: Value, when: Contingency, visit: (leaf: Value, when: Contingency) => void): void {
  // Most values are concrete: their only possibility is themselves, holding whenever `when` does.
  if (isConcrete(value)) visit(value, { certain: when.certain, via: when.via });
  else for (const leaf of leaves(value)) visit(leaf.value, both(when, { certain: leaf.certain, via: leaf.via }));
}

/** A value that `leaves` would give back as itself, with no choice: all but choices, unknowns and defaulted omissions. */
function isConcrete(value: Value): boolean {
  if (value.t === 'oneOf' || value.t === 'unknown') return false;
  return value.t !== 'omitted' || !value.fallback || value.fallback.t === 'omitted';
}

function collectUnseen(value: Value, what: string, out: PolicyDocument): void {
  if (value.t === 'unknown' && !value.fallback) out.problems.push({ at: value, message: `${what} cannot be read: ${value.reason}` });
  if (value.t === 'oneOf') for (const o of value.options) collectUnseen(o.value, what, out);
}

/**
 * Patterns of values read with no contingency, per value: the analyses ask for
 * the same Action element once per action of the catalog. Shared, so read-only.
 */
const unconditionalPatterns = new WeakMap<Value, Patterns>();

/** Every string an element (a string or a list of strings, possibly chosen at deploy time) can hold. Read-only. */
export function patternsOf(value: Value | undefined, when: Contingency = ALWAYS): Patterns {
  if (value && when === ALWAYS) {
    let patterns = unconditionalPatterns.get(value);
    if (!patterns) unconditionalPatterns.set(value, (patterns = flattened(value, when)));
    return patterns;
  }
  return value ? flattened(value, when) : { items: [], unseen: [] };
}

function flattened(value: Value, when: Contingency): Patterns {
  const out: Patterns = { items: [], unseen: [] };
  flatten(value, when, out);
  return out;
}

function flatten(value: Value, when: Contingency, out: Patterns): void {
  switch (value.t) {
    case 'scalar':
      if (value.v !== null) out.items.push({ certain: when.certain, via: when.via, text: String(value.v), value, reference: false });
      return;
    case 'ref':
      out.items.push({ certain: when.certain, via: when.via, text: value.text, value, reference: true });
      return;
    case 'list':
      for (const item of value.items) flatten(item, when, out);
      return;
    case 'oneOf':
      for (const o of value.options) flatten(o.value, both(when, { certain: false, via: [o.via] }), out);
      return;
    case 'unknown':
      out.unseen.push(value);
      if (value.fallback) flatten(value.fallback.value, both(when, { certain: false, via: [value.fallback.via] }), out);
      return;
    case 'map':
      out.unseen.push(value);
      return;
    case 'omitted':
      return;
  }
}

/** The condition operators that hold when the key is absent from the request. */
const NEGATED_OPERATORS = new Set([
  'stringnotequals',
  'stringnotequalsignorecase',
  'stringnotlike',
  'numericnotequals',
  'datenotequals',
  'notipaddress',
  'arnnotequals',
  'arnnotlike',
]);

export interface ConditionClause extends Contingency {
  /** As written, e.g. `ForAllValues:StringEqualsIfExists`. */
  operator: string;
  /** Lower-case operator without set qualifier or `IfExists`, e.g. `stringequals`. */
  test: string;
  qualifier?: 'forallvalues' | 'foranyvalue';
  ifExists: boolean;
  /** The operator is true for a request without the key (StringNotEquals, NotIpAddress, …). */
  negated: boolean;
  key: string;
  /** Condition keys compare without case. */
  keyLower: string;
  values: Patterns;
  /** The key's value in the document. */
  value: Value;
}

export interface Conditions {
  clauses: ConditionClause[];
  /** Parts of the Condition block that cannot be read. */
  unseen: Value[];
}

/** Conditions per statement: every analysis of every identity the statement applies to reads them. Shared, so read-only. */
const conditionsByStatement = new WeakMap<PolicyStatement, Conditions>();

/** The clauses of a statement's Condition block. Read-only. */
export function conditionsOf(statement: PolicyStatement): Conditions {
  let conditions = conditionsByStatement.get(statement);
  if (!conditions) conditionsByStatement.set(statement, (conditions = readConditions(statement)));
  return conditions;
}

function readConditions(statement: PolicyStatement): Conditions {
  const out: Conditions = { clauses: [], unseen: [] };
  if (!statement.condition) return out;
  eachLeaf(statement.condition, ALWAYS, (block, whenBlock) => {
    if (block.t === 'omitted') return;
    if (block.t !== 'map') return void out.unseen.push(block);
    for (const [operator, operands] of block.entries) {
      eachLeaf(operands, whenBlock, (keys, whenKeys) => {
        if (keys.t === 'omitted') return;
        if (keys.t !== 'map') return void out.unseen.push(keys);
        for (const [key, value] of keys.entries) out.clauses.push(clause(operator, key, value, whenKeys));
      });
    }
  });
  return out;
}

function clause(operator: string, key: string, value: Value, when: Contingency): ConditionClause {
  let rest = operator.toLowerCase();
  let qualifier: ConditionClause['qualifier'];
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === 'forallvalues' || prefix === 'foranyvalue') qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith('ifexists');
  const test = ifExists ? rest.slice(0, -'ifexists'.length) : rest;
  return {
    ...when,
    operator,
    test,
    qualifier,
    ifExists,
    negated: NEGATED_OPERATORS.has(test),
    key,
    keyLower: key.toLowerCase(),
    values: patternsOf(value),
    value,
  };
}

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | '*';

export interface PrincipalEntry {
  type: PrincipalType;
  pattern: Pattern;
}

export interface Principals {
  entries: PrincipalEntry[];
  unseen: Value[];
}

/** The principals of a Principal or NotPrincipal element: `"*"` or `{ Service: …, AWS: … }`. */
export function principalsOf(element: Value | undefined): Principals {
  const out: Principals = { entries: [], unseen: [] };
  if (!element) return out;
  eachLeaf(element, ALWAYS, (leaf, when) => {
    if (leaf.t === 'scalar') {
      out.entries.push({ type: '*', pattern: { ...when, text: String(leaf.v), value: leaf, reference: false } });
    } else if (leaf.t === 'map') {
      for (const [type, value] of leaf.entries) {
        const patterns = patternsOf(value, when);
        const known = (['AWS', 'Service', 'Federated', 'CanonicalUser'] as const).find((t) => t === type);
        for (const pattern of patterns.items) out.entries.push({ type: known ?? 'AWS', pattern });
        appendAll(out.unseen, patterns.unseen);
      }
    } else if (leaf.t !== 'omitted') {
      out.unseen.push(leaf);
    }
  });
  if (element.t === 'unknown' && !element.fallback) out.unseen.push(element);
  return out;
}
