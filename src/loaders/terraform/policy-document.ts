/**
 * `data "aws_iam_policy_document"` → the policy document it renders, as a
 * canonical Value (`Version`, `Statement: [{ Effect, Action, Resource,
 * Principal, Condition, … }]`), each part located in the data block.
 * `source_policy_documents` come first and `override_policy_documents` replace
 * statements with the same `Sid`, as the provider merges them.
 */
import { readOnlyAt, type Location } from '../../model/location.js';
import type { ListValue, MapValue, Value } from '../../model/value.js';
import { parseJsonString, type PositionsOf } from './json-document.js';
import { mapAt, relocate, scalarAt, unknownAt } from './values.js';
import { toCanonical, type ArgTable, type TfObject } from './schema.js';

/** `principals { type = "Service", identifiers = [...] }` blocks → `{ Service: [...] }`; type `*` → `"*"`. */
function principalMap(value: Value): Value {
  if (value.t !== 'list') return value;
  const entries = new Map<string, Value>();
  const keyLocs = new Map<string, Location>();
  for (const block of value.items) {
    const type = block.t === 'map' ? block.entries.get('Type') : undefined;
    const identifiers = block.t === 'map' ? block.entries.get('Identifiers') : undefined;
    if (type?.t !== 'scalar' || typeof type.v !== 'string' || !identifiers) return unknownAt(value.loc, 'a principal whose type is not known');
    if (type.v === '*') return scalarAt(type.loc, '*');
    const previous = entries.get(type.v);
    const merged: Value = previous?.t === 'list' && identifiers.t === 'list' ? { ...previous, items: [...previous.items, ...identifiers.items] } : identifiers;
    entries.set(type.v, merged);
    keyLocs.set(type.v, type.loc);
  }
  return mapAt(value.loc, entries, keyLocs);
}

/** `condition { test, variable, values }` blocks → `{ test: { variable: values } }`. */
function conditionMap(value: Value): Value {
  if (value.t !== 'list') return value;
  const tests = new Map<string, Value>();
  const keyLocs = new Map<string, Location>();
  for (const block of value.items) {
    const test = block.t === 'map' ? block.entries.get('Test') : undefined;
    const variable = block.t === 'map' ? block.entries.get('Variable') : undefined;
    const values = block.t === 'map' ? block.entries.get('Values') : undefined;
    if (test?.t !== 'scalar' || variable?.t !== 'scalar' || !values) return unknownAt(value.loc, 'a condition whose operator or key is not known');
    const operator = String(test.v);
    const byKey = (tests.get(operator) as MapValue | undefined) ?? mapAt(block.loc, new Map(), new Map());
    (byKey.entries as Map<string, Value>).set(String(variable.v), values);
    (byKey.keyLocs as Map<string, Location>).set(String(variable.v), variable.loc);
    tests.set(operator, byKey);
    keyLocs.set(operator, test.loc);
  }
  return mapAt(value.loc, tests, keyLocs);
}

/** A statement's `effect` defaults to Allow. */
function withEffect(value: Value): Value {
  if (value.t !== 'list') return value;
  const items = value.items.map((s) => {
    if (s.t !== 'map' || s.entries.has('Effect')) return s;
    const entries = new Map(s.entries);
    // Written nowhere: located at the statement, and not for fixes to replace.
    const loc = readOnlyAt(s.loc, [...s.loc.path, 'Effect']);
    entries.set('Effect', scalarAt(loc, 'Allow'));
    return { ...s, entries };
  });
  return { ...value, items };
}

const STATEMENT: ArgTable = {
  sid: { to: 'Sid' },
  effect: { to: 'Effect' },
  actions: { to: 'Action' },
  not_actions: { to: 'NotAction' },
  resources: { to: 'Resource' },
  not_resources: { to: 'NotResource' },
  principals: { to: 'Principal', block: 'list', reshape: principalMap },
  not_principals: { to: 'NotPrincipal', block: 'list', reshape: principalMap },
  condition: { to: 'Condition', block: 'list', reshape: conditionMap },
};

const DOCUMENT: ArgTable = {
  version: { to: 'Version' },
  policy_id: { to: 'Id' },
  statement: { to: 'Statement', block: 'list', args: STATEMENT, reshape: withEffect },
  source_policy_documents: { skip: true },
  override_policy_documents: { skip: true },
  source_json: { skip: true },
  override_json: { skip: true },
};

/** The document a data block renders; `documents` are its evaluated source and override documents. */
export function policyDocument(
  obj: TfObject,
  documents: { sources: Value[]; overrides: Value[] },
  positionsOf: PositionsOf,
): Value {
  const own = toCanonical(obj, DOCUMENT, [], { kind: 'IamPolicy', positionsOf, listsAreBlocks: false, defaultFor: () => undefined });
  if (documents.sources.length === 0 && documents.overrides.length === 0) return own;
  const statements = (doc: Value): Value[] => {
    const parsed = parseJsonString(doc, positionsOf);
    if (parsed.t !== 'map') return [unknownAt(doc.loc, 'a merged policy document that is not known')];
    const list = parsed.entries.get('Statement');
    return list?.t === 'list' ? [...list.items] : list ? [list] : [];
  };
  const ownStatements = own.entries.get('Statement') as ListValue | undefined;
  let merged = [...documents.sources.flatMap(statements), ...(ownStatements?.items ?? [])];
  for (const override of documents.overrides.flatMap(statements)) {
    const sid = sidOf(override);
    const at = sid === undefined ? -1 : merged.findIndex((s) => sidOf(s) === sid);
    if (at === -1) merged.push(override);
    else merged[at] = override;
  }
  merged = merged.map((s, i) => relocate(s, ['Statement', i]));
  const entries = new Map(own.entries);
  entries.set('Statement', { t: 'list', loc: ownStatements?.loc ?? own.loc, items: merged });
  return { ...own, entries };
}

function sidOf(statement: Value): string | undefined {
  const sid = statement.t === 'map' ? statement.entries.get('Sid') : undefined;
  return sid?.t === 'scalar' && typeof sid.v === 'string' ? sid.v : undefined;
}
