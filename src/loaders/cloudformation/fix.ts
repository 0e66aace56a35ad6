/**
 * Turns canonical fixes into text edits of a YAML or JSON template, keeping
 * comments, key order and indentation: a present value is replaced in place, an
 * omitted property is inserted into its nearest present map at that map's
 * indentation (on the same line when the map is written on one line), and an
 * added resource goes into `Resources` right after its neighbour, in the
 * template's style (short-form intrinsics in YAML, long form in JSON).
 *
 * An edit is written only where its target is the node of the template, as
 * written, at the property it sets (`pathSought`): a value reached through an
 * intrinsic function above it (an `Fn::If` around `Properties` or a block, a
 * `Ref`) is located at that function, and a property written as a conditional
 * holds a choice the fix would drop. Either way the whole fix renders no edit.
 */
import { Document, isPair, isScalar, Scalar, stringify, visit } from 'yaml';
import { joinInsertions } from '../../core/apply-edits.js';
import type { TextEdit } from '../../core/finding.js';
import type { Fix, PropertyEdit, ResourceAddition } from '../../core/rule.js';
import type { Path } from '../../model/location.js';
import { pathSought, type ListValue, type MapValue, type Value } from '../../model/value.js';
import type { StructuredDocument } from '../structured-text.js';
import { deleteUnusedDeclarations } from './unused-declarations.js';

/**
 * CloudFormation reads YAML 1.1, where `2012-10-17` is a date and `yes`/`on`
 * are booleans: such strings are written quoted, so a policy's Version stays a string.
 */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0 } as const;

export function renderCloudFormationFix(fix: Fix, doc: StructuredDocument, file: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    if (!standsAtItsProperty(edit.target, doc.value)) return undefined;
    const rendered = renderEdit(edit, doc, file);
    if (!rendered) return undefined;
    edits.push(rendered);
  }
  const taken = fix.additions?.length ? logicalIds(doc.value) : new Set<string>();
  const additions: TextEdit[] = [];
  for (const addition of fix.additions ?? []) {
    const rendered = renderAddition(addition, doc, file, taken);
    if (!rendered) return undefined;
    additions.push(rendered);
  }
  const replaced = fix.edits.flatMap(({ target }) => (target.t !== 'omitted' && target.loc.kind === 'source' ? [{ start: target.loc.start.offset, end: target.loc.end.offset }] : []));
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  return [...edits, ...joinInsertions(additions), ...deleteUnusedDeclarations(doc, file, replaced, written)];
}

/**
 * Whether `target` is the node at the path of the property it stands for in
 * the template as written (`template`, intrinsics unresolved): every node on
 * the way a plain map or list (or the string holding an embedded JSON
 * document the target is written in), never an intrinsic function; at the end the
 * target itself (of its kind: a value a loader made up and located at its
 * parent block is not that block), holding no `Fn::If`; or, for an omitted
 * property, nothing below its anchor.
 */
function standsAtItsProperty(target: Value, template: Value): boolean {
  let node = template;
  const written = target.t === 'omitted' ? target.anchor : target;
  for (const key of pathSought(target)) {
    // A JSON document in a string (a state machine or pipeline definition, maybe built by `Fn::Sub`) is written inside its text.
    if (node.t === 'scalar' || (EMBEDDING.has(intrinsicName(node) ?? '') && !holdsConditional(node))) return within(written, node) && !sameNode(written, node);
    if (intrinsicName(node)) return false;
    const child = node.t === 'map' && typeof key === 'string' ? node.entries.get(key) : node.t === 'list' && typeof key === 'number' ? node.items[key] : undefined;
    if (!child) return target.t === 'omitted' && sameNode(node, target.anchor);
    node = child;
  }
  if (target.t === 'omitted' || !sameNode(node, target) || holdsConditional(node)) return false;
  return intrinsicName(node) !== undefined || node.t === target.t;
}

/** `Ref` or `Fn::…` when the node is an intrinsic function call (a one-key map). */
function intrinsicName(node: Value): string | undefined {
  if (node.t !== 'map' || node.entries.size !== 1) return undefined;
  const [name] = node.entries.keys();
  return name === 'Ref' || name!.startsWith('Fn::') ? name : undefined;
}

function holdsConditional(node: Value): boolean {
  if (intrinsicName(node) === 'Fn::If') return true;
  if (node.t === 'map') return [...node.entries.values()].some(holdsConditional);
  return node.t === 'list' && node.items.some(holdsConditional);
}

/** Intrinsic functions that build a string, in which a template may write a JSON document. */
const EMBEDDING = new Set(['Fn::Sub', 'Fn::Join']);

function within(inner: Value, outer: Value): boolean {
  const [x, y] = [inner.loc, outer.loc];
  return x.kind === 'source' && y.kind === 'source' && x.file === y.file && y.start.offset <= x.start.offset && x.end.offset <= y.end.offset;
}

/** The same text in the same file: a resolved value keeps the range of the node it was read from. */
function sameNode(a: Value, b: Value): boolean {
  const [x, y] = [a.loc, b.loc];
  return x.kind === 'source' && y.kind === 'source' && x.file === y.file && x.start.offset === y.start.offset && x.end.offset === y.end.offset;
}

function renderEdit({ target, value }: PropertyEdit, doc: StructuredDocument, file: string): TextEdit | undefined {
  if (target.t === 'omitted') return insertInto(target.anchor, target.path, value, doc, file);
  if (target.loc.kind !== 'source' || target.loc.file !== file || target.loc.readOnly) return undefined;
  const { start, end } = target.loc;
  const flow = isJsonLike(doc.text, start.offset);
  const text = flow ? JSON.stringify(value) : renderYamlFlow(value);
  return { file, start, end, text };
}

function insertInto(anchor: Value, fullPath: Path, value: unknown, doc: StructuredDocument, file: string): TextEdit | undefined {
  if (anchor.t === 'list') return appendTo(anchor, fullPath, value, doc, file);
  if (anchor.t !== 'map' || anchor.loc.kind !== 'source' || anchor.loc.file !== file || anchor.loc.readOnly) return undefined;
  const relative = fullPath.slice(anchor.loc.path.length);
  if (relative.length === 0 || relative.some((k) => typeof k !== 'string')) return undefined;
  const key = relative[0] as string;
  const rest = relative.slice(1) as string[];
  const nested = rest.reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
  const text = doc.text;
  const mapStart = anchor.loc.start.offset;
  const last = lastEntry(anchor);
  if (isJsonLike(text, mapStart)) {
    const { minified, comma, colon } = spacingAt(text, mapStart);
    if (minified && onOneLine(text, mapStart, last?.valueEnd ?? mapStart)) {
      const entry = `${JSON.stringify(key)}${colon}${JSON.stringify(nested)}`;
      const at = doc.positions.at(last ? last.valueEnd : mapStart + 1);
      return { file, start: at, end: at, text: last ? `${comma}${entry}` : entry };
    }
    const indent = last ? ' '.repeat(last.keyColumn - 1) : ' '.repeat(anchor.loc.start.column + 1);
    const entry = `${JSON.stringify(key)}: ${indentLines(JSON.stringify(nested, null, 2), indent)}`;
    if (!last) {
      const at = doc.positions.at(mapStart + 1);
      return { file, start: at, end: at, text: `\n${indent}${entry}\n${' '.repeat(anchor.loc.start.column - 1)}` };
    }
    const at = doc.positions.at(last.valueEnd);
    return { file, start: at, end: at, text: `,\n${indent}${entry}` };
  }
  if (!last) return undefined;
  const indent = ' '.repeat(last.keyColumn - 1);
  const block = indentLines(rememberedYaml('block', { [key]: nested }, (data) => stringify(data, { ...YAML_OPTIONS, indent: 2 }).trimEnd()), indent);
  const { offset, prefix, suffix } = lineAfter(text, last.valueEnd);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${block}${suffix}` };
}

/** Appends an item to a list: a new `- item` line in a block list, `, item` in a flow or JSON list. */
function appendTo(list: ListValue, fullPath: Path, value: unknown, doc: StructuredDocument, file: string): TextEdit | undefined {
  if (list.loc.kind !== 'source' || list.loc.file !== file || list.loc.readOnly) return undefined;
  const relative = fullPath.slice(list.loc.path.length);
  if (relative.length !== 1 || typeof relative[0] !== 'number') return undefined;
  const text = doc.text;
  const last = list.items[list.items.length - 1];
  const listStart = list.loc.start.offset;
  if (text[listStart] === '[') {
    const rendered = isJson(file) ? JSON.stringify(value) : renderYamlFlow(value);
    if (!last || last.loc.kind !== 'source') {
      const at = doc.positions.at(listStart + 1);
      return { file, start: at, end: at, text: rendered };
    }
    const at = doc.positions.at(last.loc.end.offset);
    return { file, start: at, end: at, text: `${spacingAt(text, listStart).comma}${rendered}` };
  }
  const first = list.items[0];
  if (!first || !last || first.loc.kind !== 'source' || last.loc.kind !== 'source') return undefined;
  const dash = text.lastIndexOf('-', first.loc.start.offset);
  const indent = ' '.repeat(dash - (text.lastIndexOf('\n', dash) + 1));
  const item = indentLines(rememberedYaml('block', [value], (data) => stringify(data, { ...YAML_OPTIONS, indent: 2 }).trimEnd()), indent);
  const { offset, prefix, suffix } = lineAfter(text, last.loc.end.offset);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${item}${suffix}` };
}

/** Top-level keys of every section: a new logical ID must differ from all of them. */
function logicalIds(template: Value): Set<string> {
  const taken = new Set<string>();
  if (template.t !== 'map') return taken;
  for (const section of template.entries.values()) if (section.t === 'map') for (const key of section.entries.keys()) taken.add(key);
  return taken;
}

/** A logical ID not yet taken (`Name`, else `Name2`, `Name3`…), then taken. */
function claimId(preferred: string, taken: Set<string>): string {
  let id = preferred;
  for (let n = 2; taken.has(id); n++) id = `${preferred}${n}`;
  taken.add(id);
  return id;
}

/** A new entry of `Resources` right after the `near` resource, in the template's indentation and style. */
function renderAddition(addition: ResourceAddition, doc: StructuredDocument, file: string, taken: Set<string>): TextEdit | undefined {
  const { near } = addition;
  if (near.loc.kind !== 'source' || near.loc.file !== file || near.loc.readOnly) return undefined;
  const [section, nearId] = near.loc.path;
  if (section !== 'Resources' || typeof nearId !== 'string' || near.loc.path.length !== 2 || doc.value.t !== 'map') return undefined;
  const resources = doc.value.entries.get('Resources');
  const sectionKey = doc.value.keyLocs.get('Resources');
  if (resources?.t !== 'map' || resources.loc.kind !== 'source' || sectionKey?.kind !== 'source') return undefined;
  const nearValue = resources.entries.get(nearId);
  const nearKey = resources.keyLocs.get(nearId);
  if (nearValue?.loc.kind !== 'source' || nearKey?.kind !== 'source') return undefined;
  const id = claimId(addition.id, taken);
  const body = { Type: addition.type, Properties: addition.properties };
  const text = doc.text;
  const valueEnd = nearValue.loc.end.offset;
  const step = Math.max(1, nearKey.start.column - sectionKey.start.column);
  const indent = ' '.repeat(nearKey.start.column - 1);
  if (isJsonLike(text, resources.loc.start.offset)) {
    const at = doc.positions.at(valueEnd);
    const entry = onOneLine(text, resources.loc.start.offset, valueEnd)
      ? `,${JSON.stringify(id)}:${JSON.stringify(body)}`
      : `,\n${indent}${JSON.stringify(id)}: ${indentLines(JSON.stringify(body, null, step), indent)}`;
    return { file, start: at, end: at, text: entry };
  }
  const block = indentLines(rememberedYaml(`short forms ${step}`, { [id]: body }, (data) => yamlWithShortForms(data, step)), indent);
  const { offset, prefix, suffix } = lineAfter(text, valueEnd);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${block}${suffix}` };
}

const SHORT_FORMS: Readonly<Record<string, string>> = { Ref: '!Ref', 'Fn::Sub': '!Sub', 'Fn::GetAtt': '!GetAtt', 'Fn::ImportValue': '!ImportValue' };

/** Plain data as block YAML, with `{ Ref: X }`-style intrinsics of a scalar written in short form (`!Ref X`). */
function yamlWithShortForms(value: unknown, indent: number): string {
  const doc = new Document(value, YAML_OPTIONS);
  visit(doc, {
    Map(_, map) {
      const only = map.items.length === 1 ? map.items[0] : undefined;
      if (!isPair(only) || !isScalar(only.key) || !isScalar(only.value) || typeof only.value.value !== 'string') return undefined;
      const tag = SHORT_FORMS[String(only.key.value)];
      if (!tag) return undefined;
      const short = new Scalar(only.value.value);
      short.tag = tag;
      return short;
    },
  });
  return doc.toString({ ...YAML_OPTIONS, indent }).trimEnd();
}

/** Whether the text from `from` to `to` has no line break: a one-line (minified) map or list. */
function onOneLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

/** How the line at `offset` separates items: minified JSON writes `,` and `:`, people write `, ` and `: `. */
function spacingAt(text: string, offset: number): { minified: boolean; comma: string; colon: string } {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end === -1 ? text.length : end);
  const minified = /[,:]/.test(line) && !/[,:] /.test(line);
  return minified ? { minified, comma: ',', colon: ':' } : { minified, comma: ', ', colon: ': ' };
}

function isJson(file: string): boolean {
  return file.toLowerCase().endsWith('.json');
}

function lastEntry(map: MapValue): { keyColumn: number; valueEnd: number } | undefined {
  let keyColumn: number | undefined;
  let valueEnd = -1;
  for (const [key, child] of map.entries) {
    const keyLoc = map.keyLocs.get(key);
    if (keyLoc?.kind !== 'source' || child.loc.kind !== 'source') continue;
    keyColumn ??= keyLoc.start.column;
    valueEnd = Math.max(valueEnd, child.loc.end.offset, keyLoc.end.offset);
  }
  return keyColumn === undefined ? undefined : { keyColumn, valueEnd };
}

/** Where a new line after the one holding `offset` starts, and the newlines it needs. */
function lineAfter(text: string, offset: number): { offset: number; prefix: string; suffix: string } {
  if (offset > 0 && text[offset - 1] === '\n') return { offset, prefix: '', suffix: '\n' };
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return { offset: text.length, prefix: '\n', suffix: '' };
  return { offset: newline + 1, prefix: '', suffix: '\n' };
}

function isJsonLike(text: string, offset: number): boolean {
  const c = text[offset];
  return c === '{' || c === '[' || c === '"';
}

function renderYamlFlow(value: unknown): string {
  return rememberedYaml('flow', value, (data) => stringify(data, { ...YAML_OPTIONS, collectionStyle: 'flow' }).trimEnd());
}

/**
 * Rules propose the same few values over and over (a key ARN placeholder, a
 * setting), and building a YAML document for each was a tenth of a scan: the
 * text of plain JSON data is remembered per style. Other data is rendered each time.
 */
const yamlByData = new Map<string, string>();
const MAX_REMEMBERED_YAML = 4096;

function rememberedYaml(style: string, data: unknown, render: (data: unknown) => string): string {
  if (!isPlainJson(data)) return render(data);
  const key = `${style}\u0000${JSON.stringify(data)}`;
  let text = yamlByData.get(key);
  if (text === undefined) {
    if (yamlByData.size >= MAX_REMEMBERED_YAML) yamlByData.clear();
    text = render(data);
    yamlByData.set(key, text);
  }
  return text;
}

/** Whether `JSON.stringify` tells the data apart from any other: strings, finite numbers, booleans, null, arrays and plain objects of them. */
function isPlainJson(data: unknown): boolean {
  if (data === null || typeof data === 'string' || typeof data === 'boolean') return true;
  if (typeof data === 'number') return Number.isFinite(data) && !Object.is(data, -0);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) if (!(i in data) || !isPlainJson(data[i])) return false;
    return true;
  }
  if (typeof data !== 'object') return false;
  const proto = Object.getPrototypeOf(data) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(data).every(isPlainJson);
}

function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}
