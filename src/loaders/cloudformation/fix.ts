/**
 * Turns canonical fixes into text edits of a YAML or JSON template, keeping
 * comments, key order and indentation: a present value is replaced in place, an
 * omitted property is inserted into its nearest present map at that map's
 * indentation.
 */
import { stringify } from 'yaml';
import type { TextEdit } from '../../engine/finding.js';
import type { Fix, PropertyEdit } from '../../engine/rule.js';
import type { Path } from '../../model/location.js';
import type { ListValue, MapValue, Value } from '../../model/value.js';
import type { StructuredDocument } from '../structured-text.js';

export function renderCloudFormationFix(fix: Fix, doc: StructuredDocument, file: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    const rendered = renderEdit(edit, doc, file);
    if (!rendered) return undefined;
    edits.push(rendered);
  }
  return edits;
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
  const block = indentLines(stringify({ [key]: nested }, { indent: 2, lineWidth: 0 }).trimEnd(), indent);
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
    const rendered = file.toLowerCase().endsWith('.json') ? JSON.stringify(value) : renderYamlFlow(value);
    if (!last || last.loc.kind !== 'source') {
      const at = doc.positions.at(listStart + 1);
      return { file, start: at, end: at, text: rendered };
    }
    const at = doc.positions.at(last.loc.end.offset);
    return { file, start: at, end: at, text: `, ${rendered}` };
  }
  const first = list.items[0];
  if (!first || !last || first.loc.kind !== 'source' || last.loc.kind !== 'source') return undefined;
  const dash = text.lastIndexOf('-', first.loc.start.offset);
  const indent = ' '.repeat(dash - (text.lastIndexOf('\n', dash) + 1));
  const item = indentLines(stringify([value], { indent: 2, lineWidth: 0 }).trimEnd(), indent);
  const { offset, prefix, suffix } = lineAfter(text, last.loc.end.offset);
  const at = doc.positions.at(offset);
  return { file, start: at, end: at, text: `${prefix}${indent}${item}${suffix}` };
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
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}

function indentLines(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}
