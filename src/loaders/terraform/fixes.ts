/**
 * Canonical fixes → text edits of HCL (and of JSON written in a heredoc or a
 * policy file). A present value is replaced where it is written; an omitted
 * property is inserted into the block its nearest present ancestor was read
 * from, under its Terraform name (the mapping table read backwards), creating
 * nested blocks as needed, at the block's indentation.
 */
import type { TextEdit } from '../../engine/finding.js';
import type { Fix, PropertyEdit } from '../../engine/rule.js';
import type { Path } from '../../model/location.js';
import type { MapValue, OmittedValue, Value } from '../../model/value.js';
import type { HclBlock, HclFile } from './hcl-ast.js';
import { blocksOf } from './hcl-ast.js';
import { reverseLookup, type ArgSpec, type ArgTable } from './schema.js';
import { writtenSyntax } from './values.js';

interface Anchor {
  file: HclFile;
  block: HclBlock;
  args: ArgTable;
  /** Canonical path of the object read from the block. */
  path: Path;
}

/** Remembers which HCL block each canonical object was read from. */
export class FixAnchors {
  private readonly anchors = new WeakMap<Value, Anchor>();

  /** The callback conversion calls for each object it reads from a block of `file`. */
  register(file: HclFile): (map: MapValue, block: HclBlock, args: ArgTable, path: Path) => void {
    return (map, block, args, path) => this.anchors.set(map, { file, block, args, path });
  }

  get(value: Value): Anchor | undefined {
    return this.anchors.get(value);
  }
}

export function renderTerraformFix(fix: Fix, anchors: FixAnchors): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    const rendered = renderEdit(edit, anchors);
    if (!rendered) return undefined;
    edits.push(rendered);
  }
  return edits;
}

function renderEdit({ target, value }: PropertyEdit, anchors: FixAnchors): TextEdit | undefined {
  if (target.t === 'omitted') return insert(target, value, anchors);
  const loc = target.loc;
  const syntax = writtenSyntax(target);
  if (loc.kind !== 'source' || loc.readOnly || !syntax) return undefined;
  return { file: loc.file, start: loc.start, end: loc.end, text: syntax === 'json' ? JSON.stringify(value) : hclLiteral(value) };
}

const INDENT = '  ';

function insert(target: OmittedValue, value: unknown, anchors: FixAnchors): TextEdit | undefined {
  const anchor = anchors.get(target.anchor);
  if (!anchor) return undefined;
  const keys = target.path.slice(anchor.path.length);
  if (!anchor.path.every((seg, i) => target.path[i] === seg) || keys.length === 0) return undefined;
  return insertInto(anchor.file, anchor.block, anchor.args, keys, value);
}

function insertInto(file: HclFile, block: HclBlock, args: ArgTable, keys: readonly (string | number)[], value: unknown): TextEdit | undefined {
  const step = reverseLookup(args, keys);
  if (!step) return undefined;
  // A block merged into its parent object (`to: []`) that is already written: insert inside it.
  const existing = step.covers === 0 ? blocksOf(block.body, step.name)[0] : undefined;
  if (existing) return insertInto(file, existing, step.spec.args ?? {}, keys, value);
  if (block.body.attributes.has(step.name) || (!step.spec.block && blocksOf(block.body, step.name).length)) return undefined;
  const lines = renderArgument(step.name, step.spec, keys.slice(step.covers), value);
  if (!lines) return undefined;
  return insertLines(file, block, lines);
}

/** The lines that write `value` at canonical `rest` below argument `name`. */
function renderArgument(name: string, spec: ArgSpec, rest: readonly (string | number)[], value: unknown): string[] | undefined {
  if (spec.block) {
    const inner = spec.block === 'list' && typeof rest[0] === 'number' ? rest.slice(1) : rest;
    const body = inner.length ? renderNested(spec.args ?? {}, inner, value) : renderBody(spec.args ?? {}, value);
    return body && [`${name} {`, ...body.map((l) => INDENT + l), '}'];
  }
  if (rest.length) return undefined;
  if (spec.keyValueList) return Array.isArray(value) ? [`${name} = ${hclLiteral(Object.fromEntries(value.map((e: { Key: unknown; Value: unknown }) => [String(e.Key), e.Value])))}`] : undefined;
  return [`${name} = ${spec.json === 'document' ? `jsonencode(${hclLiteral(value)})` : hclLiteral(value)}`];
}

function renderNested(args: ArgTable, keys: readonly (string | number)[], value: unknown): string[] | undefined {
  const step = reverseLookup(args, keys);
  return step && renderArgument(step.name, step.spec, keys.slice(step.covers), value);
}

/** The arguments of a block holding a canonical object. */
function renderBody(args: ArgTable, value: unknown): string[] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const lines: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const rendered = renderNested(args, [key], inner);
    if (!rendered) return undefined;
    lines.push(...rendered);
  }
  return lines;
}

/** Inserts lines before a block's closing brace, at the indentation of its content. */
function insertLines(file: HclFile, block: HclBlock, lines: string[]): TextEdit {
  const text = file.text;
  const close = block.closeRange.start.offset;
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const blockIndent = leadingWhitespace(text, block.range.start.offset);
  const first = [...block.body.attributes.values()].map((a) => a.range.start.offset).concat(block.body.blocks.map((b) => b.range.start.offset));
  const contentStart = first.length ? Math.min(...first) : undefined;
  const onOwnLine = (offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
  const indent = contentStart !== undefined && onOwnLine(contentStart) ? leadingWhitespace(text, contentStart) : blockIndent + INDENT;
  const body = lines.map((l) => indent + l).join('\n');
  if (text.slice(lineStart, close).trim() === '') {
    const at = file.positions.at(lineStart);
    return { file: file.path, start: at, end: at, text: `${body}\n` };
  }
  const at = file.positions.at(close);
  return { file: file.path, start: at, end: at, text: `\n${body}\n${blockIndent}` };
}

function leadingWhitespace(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** Plain data as an HCL expression. */
export function hclLiteral(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/([$%])\{/g, (_m, marker: string) => `${marker}${marker}{`);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclLiteral(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}
