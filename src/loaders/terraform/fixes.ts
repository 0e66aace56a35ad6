/**
 * Canonical fixes → text edits of HCL (and of JSON written in a heredoc or a
 * policy file). A present value is replaced where it is written; an omitted
 * property is inserted into the block its nearest present ancestor was read
 * from, under its Terraform name (the mapping table read backwards), creating
 * nested blocks as needed, at the block's indentation. An omitted key of an
 * object literal (a policy in `jsonencode({ … })`) becomes a new item of that
 * literal, and the next item of a tuple literal is appended to it. Missing tags
 * go into an existing `tags = { … }` literal. An added resource becomes a
 * `resource` block after its neighbour's block.
 *
 * An edit is written only where its target is the expression of the resource
 * block (or one of its nested blocks) that writes the property it sets
 * (`pathSought`): not a module call's argument or a local that the value came
 * from, not a conditional (`c ? a : b`) or `for` expression at or above it,
 * and not a value located at a choice above the property. Otherwise the whole
 * fix renders no edit.
 */
import path from 'node:path';
import { joinInsertions } from '../../core/apply-edits.js';
import type { TextEdit } from '../../core/finding.js';
import type { Fix, PropertyEdit, ResourceAddition } from '../../core/rule.js';
import type { Path } from '../../model/location.js';
import { pathOf, pathSought, type MapValue, type OmittedValue, type Value } from '../../model/value.js';
import type { HclAttribute, HclBlock, HclBody, HclExpr, HclFile, ObjectExpr, TupleExpr } from './hcl-ast.js';
import { blocksOf, objectKey } from './hcl-ast.js';
import { RESOURCE_MAPPINGS } from './resource-tables.js';
import { TERRAFORM_DIALECT } from './dialect.js';
import { REGION_VARIABLE } from '../../core/rule.js';
import { reverseLookup, type ArgSpec, type ArgTable } from './schema.js';
import { writtenSyntax } from './values.js';
import { appendAll, maxOf, minOf } from '../../collections.js';

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
  private readonly files = new Set<HclFile>();
  private readonly filesByPath = new Map<string, HclFile>();
  /** The object each block was read into, by block. */
  private readonly blockAnchors = new Map<HclBlock, Anchor>();

  /** A file of the unit, so names an added resource must not take include its blocks (even ones that create nothing, `count = 0`). */
  addFile(file: HclFile): void {
    this.files.add(file);
    this.filesByPath.set(file.path, file);
  }

  /** The callback conversion calls for each object it reads from a block of `file`. */
  register(file: HclFile): (map: MapValue, block: HclBlock, args: ArgTable, path: Path) => void {
    this.addFile(file);
    return (map, block, args, path) => {
      const anchor = { file, block, args, path };
      this.anchors.set(map, anchor);
      this.blockAnchors.set(block, anchor);
    };
  }

  /**
   * Where the text from `start` to `end` of `file` is written: the innermost
   * block around it with the object read from that block (none for a block no
   * object was read from: a module call, a variable, a local), the argument
   * of that block around it, and the expressions from that argument's down
   * to the one written exactly there, if one is. Undefined for a file that is not HCL.
   */
  placeOf(file: string, start: number, end: number): { anchor?: Anchor; argument?: string; expressions: HclExpr[]; exact: boolean } | undefined {
    const hcl = this.filesByPath.get(file);
    if (!hcl) return undefined;
    let block: HclBlock | undefined;
    let body = hcl.body;
    for (let inner = innermostBlock(body, start, end); inner; inner = innermostBlock(body, start, end)) {
      block = inner;
      body = inner.body;
    }
    const attribute = [...body.attributes.values()].find((a) => a.expr.range.start.offset <= start && end <= a.expr.range.end.offset);
    const expressions = attribute ? expressionsDownTo(attribute.expr, start, end) : [];
    const last = expressions[expressions.length - 1];
    const exact = last?.range.start.offset === start && last.range.end.offset === end;
    return { anchor: block && this.blockAnchors.get(block), argument: attribute?.name, expressions, exact };
  }

  get(value: Value): Anchor | undefined {
    return this.anchors.get(value);
  }

  /**
   * The object of the block that a list of repeated blocks (`parameter { … }`
   * written several times) was read from, when `list` is one: a new item is a
   * new block of that block.
   */
  aroundBlocks(list: Value): Anchor | undefined {
    if (list.t !== 'list') return undefined;
    const items = list.items.map((item) => this.anchors.get(item));
    const first = items[0];
    if (!first || items.some((item) => item?.block === undefined)) return undefined;
    for (const anchor of this.blockAnchors.values()) {
      if (anchor.file === first.file && anchor.block.body.blocks.includes(first.block)) return anchor;
    }
    return undefined;
  }

  /** The object or tuple literal written at `offset` of `file`, with that file. */
  literalAt(file: string, offset: number): { file: HclFile; literal: ObjectExpr | TupleExpr } | undefined {
    for (const hcl of this.files) {
      if (hcl.path !== file) continue;
      const literal = literalIn(hcl.body, offset);
      if (literal) return { file: hcl, literal };
    }
    return undefined;
  }

  /** Names of the `resource "<type>"` blocks in the module (folder) of `file`. */
  resourceNames(file: HclFile, type: string): Set<string> {
    const dir = path.posix.dirname(file.path);
    const names = new Set<string>();
    for (const other of this.files) {
      if (path.posix.dirname(other.path) !== dir) continue;
      for (const block of blocksOf(other.body, 'resource', type)) if (block.labels[1] !== undefined) names.add(block.labels[1]);
    }
    return names;
  }
}

export function renderTerraformFix(fix: Fix, anchors: FixAnchors): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    if (!writtenAtItsProperty(edit.target, anchors)) return undefined;
    const rendered = renderEdit(edit, anchors);
    if (!rendered) return undefined;
    edits.push(rendered);
  }
  const claimed = new Set<string>();
  const additions: TextEdit[] = [];
  for (const addition of fix.additions ?? []) {
    const rendered = renderAddition(addition, anchors, claimed);
    if (!rendered) return undefined;
    additions.push(rendered);
  }
  return [...edits, ...joinInsertions(additions)];
}

/**
 * Whether the target is written in the resource's own block at the property
 * it stands for, with no choice at or above it: see the module comment. An
 * omitted property is inserted into the block or literal its anchor was read
 * from, which must hold no choice either.
 */
function writtenAtItsProperty(target: Value, anchors: FixAnchors): boolean {
  const sought = pathSought(target);
  if (target.t !== 'omitted' && !samePath(pathOf(target), sought)) return false;
  const written = target.t === 'omitted' ? target.anchor : target;
  const { loc } = written;
  if (loc.kind !== 'source') return false;
  // A new `parameter { … }` after those written: inserted into the block around them.
  const around = target.t === 'omitted' ? anchors.aroundBlocks(target.anchor) : undefined;
  const range = around ? around.block.range : { start: loc.start, end: loc.end };
  const place = anchors.placeOf(loc.file, range.start.offset, range.end.offset);
  // JSON read from a policy file (`file("policy.json")`) holds no choice.
  if (!place) return true;
  const { anchor, argument, expressions, exact } = place;
  if (!anchor || !anchor.path.every((segment, i) => sought[i] === segment)) return false;
  // The argument around it must be the one that holds the property (not a value copied from another argument or resource).
  if (argument !== undefined && reverseLookup(anchor.args, sought.slice(anchor.path.length))?.name !== argument) return false;
  if (expressions.some((expr) => expr.kind === 'conditional' || expr.kind === 'for')) return false;
  // Inside JSON text (a heredoc), or the expression itself: no choice anywhere in it.
  const last = expressions[expressions.length - 1];
  return !last || (exact ? !holdsChoice(last) : last.kind === 'template' && !holdsChoice(last));
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, i) => b[i] === segment);
}

/** The block of `body` whose range holds `start`–`end`, if any. */
function innermostBlock(body: HclBody, start: number, end: number): HclBlock | undefined {
  return body.blocks.find((b) => b.range.start.offset <= start && end <= b.range.end.offset);
}

/** The sub-expressions of `expr` holding `start`–`end`, outermost first, as deep as one holds it. */
function expressionsDownTo(expr: HclExpr, start: number, end: number): HclExpr[] {
  const path: HclExpr[] = [];
  for (let current: HclExpr | undefined = expr; current; current = childrenOf(current).find((c) => c.range.start.offset <= start && end <= c.range.end.offset)) {
    path.push(current);
  }
  return path;
}

function childrenOf(expr: HclExpr): HclExpr[] {
  switch (expr.kind) {
    case 'object':
      return expr.items.map((item) => item.value);
    case 'tuple':
      return expr.items;
    case 'call':
      return expr.args;
    case 'parens':
      return [expr.inner];
    case 'conditional':
      return [expr.condition, expr.then, expr.otherwise];
    case 'for':
      return [expr.collection, expr.valueExpr];
    case 'template':
      return expr.parts.flatMap((part) => (part.kind === 'interpolation' ? [part.expr] : []));
    case 'unary':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'access':
      return [expr.target];
    default:
      return [];
  }
}

function holdsChoice(expr: HclExpr): boolean {
  return expr.kind === 'conditional' || expr.kind === 'for' || childrenOf(expr).some(holdsChoice);
}

function renderEdit({ target, value: canonical }: PropertyEdit, anchors: FixAnchors): TextEdit | undefined {
  // `{ Ref }` and `{ 'Fn::GetAtt' }` name resources of the same module (a key, subnets other resources use).
  const value = withReferences(canonical, (id, attribute) => new HclExpression(`${id}.${attribute ?? 'id'}`));
  if (value === undefined) return undefined;
  if (target.t === 'omitted') return insert(target, value, anchors);
  const loc = target.loc;
  const syntax = writtenSyntax(target);
  if (loc.kind !== 'source' || loc.readOnly || !syntax) return undefined;
  if (syntax === 'json') return hasReference(value) ? undefined : { file: loc.file, start: loc.start, end: loc.end, text: JSON.stringify(value) };
  return { file: loc.file, start: loc.start, end: loc.end, text: hclLiteral(value) };
}

const INDENT = '  ';

function insert(target: OmittedValue, value: unknown, anchors: FixAnchors): TextEdit | undefined {
  const anchor = anchors.get(target.anchor) ?? anchors.aroundBlocks(target.anchor);
  if (!anchor) return insertIntoLiteral(target, value, anchors);
  const keys = target.path.slice(anchor.path.length);
  if (!anchor.path.every((seg, i) => target.path[i] === seg) || keys.length === 0) return undefined;
  return insertInto(anchor.file, anchor.block, anchor.args, keys, value);
}

function insertInto(file: HclFile, block: HclBlock, args: ArgTable, keys: readonly (string | number)[], value: unknown): TextEdit | undefined {
  const step = reverseLookup(args, keys);
  if (!step || step.spec.unwritable) return undefined;
  // A block merged into its parent object (`to: []`) that is already written: insert inside it.
  const existing = step.covers === 0 ? blocksOf(block.body, step.name)[0] : undefined;
  if (existing) return insertInto(file, existing, step.spec.args ?? {}, keys, value);
  const written = block.body.attributes.get(step.name);
  if (written && step.spec.keyValueList && keys.length === step.covers) return addToObject(file, written, value);
  // Never a second argument or block of a name already written: a block the loader read as absent (`logging { enable = false }`) is still there.
  const blockWritten = blocksOf(block.body, step.name).length > 0 && (!step.spec.block || keys.length === step.covers);
  if (written || blockWritten) return undefined;
  const lines = renderArgument(step.name, step.spec, keys.slice(step.covers), value);
  if (!lines) return undefined;
  return insertLines(file, block, lines);
}

/** The lines that write `value` at canonical `rest` below argument `name`. */
function renderArgument(name: string, spec: ArgSpec, rest: readonly (string | number)[], value: unknown): string[] | undefined {
  if (spec.block === 'list' && rest.length === 0 && Array.isArray(value)) {
    // One block per item: `parameter { … }` written once for each.
    const blocks = value.map((item) => renderArgument(name, spec, [0], item));
    return blocks.every((b) => b !== undefined) ? blocks.flat() : undefined;
  }
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
    appendAll(lines, rendered);
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
  const contentStart = first.length ? minOf(first) : undefined;
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

/**
 * Adds `{ Key, Value }` entries to an attribute written as an object literal
 * (`tags = { Team = "ml" }`), with keys quoted when the literal quotes its own.
 * Anything but a literal (a variable, `merge(…)`) gets no edit.
 */
function addToObject(file: HclFile, attribute: HclAttribute, value: unknown): TextEdit | undefined {
  const object = attribute.expr;
  if (object.kind !== 'object' || !Array.isArray(value)) return undefined;
  const present = new Set(object.items.map(objectKey));
  const entries = (value as { Key: unknown; Value: unknown }[]).filter((e) => !present.has(String(e.Key)));
  if (entries.length === 0) return undefined;
  const quoted = object.items.length > 0 && object.items.every((item) => item.key.text.startsWith('"'));
  const keyText = (key: string) => (quoted ? JSON.stringify(key) : hclKey(key));
  return addObjectItems(file, object, entries.map((e) => ({ key: keyText(String(e.Key)), value: hclLiteral(e.Value) })));
}

/**
 * Adds items to an object literal: on one line after the last item, or one
 * line per key at the items' indentation, with `=` aligned when the items
 * align theirs.
 */
function addObjectItems(file: HclFile, object: ObjectExpr, items: readonly { key: string; value: string }[]): TextEdit {
  const text = file.text;
  const last = object.items[object.items.length - 1];
  const multiline = last !== undefined && text.slice(object.range.start.offset, last.key.range.start.offset).includes('\n');
  if (!multiline) {
    const written = items.map((item) => `${item.key} = ${item.value}`).join(', ');
    const at = file.positions.at(last ? last.value.range.end.offset : object.range.start.offset + 1);
    return { file: file.path, start: at, end: at, text: last ? `, ${written}` : ` ${written} ` };
  }
  const indent = leadingWhitespace(text, last.key.range.start.offset);
  const equalsColumn = alignedEqualsColumn(text, object);
  const lines = items.map((item) => {
    const pad = equalsColumn === undefined ? 1 : Math.max(1, equalsColumn - item.key.length);
    return `\n${indent}${item.key}${' '.repeat(pad)}= ${item.value}`;
  });
  const at = file.positions.at(last.value.range.end.offset);
  return { file: file.path, start: at, end: at, text: lines.join('') };
}

/**
 * An omitted key of a map, or the next item of a list, whose parent is written
 * as an HCL object or tuple literal rather than a block (a policy document in
 * `jsonencode`): a new item of that literal.
 */
function insertIntoLiteral(target: OmittedValue, value: unknown, anchors: FixAnchors): TextEdit | undefined {
  const { loc } = target.anchor;
  if (loc.kind !== 'source' || loc.readOnly || !loc.path.every((seg, i) => target.path[i] === seg)) return undefined;
  const found = anchors.literalAt(loc.file, loc.start.offset);
  const [first, ...rest] = target.path.slice(loc.path.length);
  if (!found || first === undefined) return undefined;
  const { file, literal } = found;
  if (literal.kind === 'object' && target.anchor.t === 'map' && typeof first === 'string' && rest.every((k) => typeof k === 'string')) {
    const nested = rest.reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
    return addObjectItems(file, literal, [{ key: hclKey(first), value: hclLiteral(nested) }]);
  }
  // Several items appended in one fix all land after the last written one.
  if (literal.kind === 'tuple' && target.anchor.t === 'list' && typeof first === 'number' && first >= literal.items.length && rest.length === 0) {
    return appendTupleItem(file, literal, hclLiteral(value));
  }
  return undefined;
}

/** A new last item of a tuple literal, on its own line when the items are, keeping a trailing comma. */
function appendTupleItem(file: HclFile, tuple: TupleExpr, item: string): TextEdit {
  const text = file.text;
  const last = tuple.items[tuple.items.length - 1];
  if (!last) {
    const at = file.positions.at(tuple.range.start.offset + 1);
    return { file: file.path, start: at, end: at, text: item };
  }
  const end = last.range.end.offset;
  const trailingComma = /^\s*,/.exec(text.slice(end, tuple.range.end.offset));
  if (!text.slice(tuple.range.start.offset, last.range.start.offset).includes('\n')) {
    const at = file.positions.at(end);
    return { file: file.path, start: at, end: at, text: `, ${item}` };
  }
  const indent = leadingWhitespace(text, last.range.start.offset);
  const at = file.positions.at(trailingComma ? end + trailingComma[0].length : end);
  return { file: file.path, start: at, end: at, text: trailingComma ? `\n${indent}${item},` : `,\n${indent}${item}` };
}

/** The object or tuple literal that starts at `offset`, anywhere in the arguments of `body`. */
function literalIn(body: HclBody, offset: number): ObjectExpr | TupleExpr | undefined {
  for (const attribute of body.attributes.values()) {
    const found = literalInExpr(attribute.expr, offset);
    if (found) return found;
  }
  for (const block of body.blocks) {
    const found = literalIn(block.body, offset);
    if (found) return found;
  }
  return undefined;
}

function literalInExpr(expr: HclExpr, offset: number): ObjectExpr | TupleExpr | undefined {
  if (offset < expr.range.start.offset || offset >= expr.range.end.offset) return undefined;
  if ((expr.kind === 'object' || expr.kind === 'tuple') && expr.range.start.offset === offset) return expr;
  const inner = expr.kind === 'object' ? expr.items.map((item) => item.value) : expr.kind === 'tuple' ? expr.items : expr.kind === 'call' ? expr.args : expr.kind === 'parens' ? [expr.inner] : [];
  for (const child of inner) {
    const found = literalInExpr(child, offset);
    if (found) return found;
  }
  return undefined;
}

/** Where `=` stands after the key (in characters) when two or more items align it, as `terraform fmt` does. */
function alignedEqualsColumn(text: string, object: ObjectExpr): number | undefined {
  if (object.items.length < 2) return undefined;
  const columns = object.items.map((item) => {
    const between = text.slice(item.key.range.end.offset, item.value.range.start.offset);
    return item.key.text.length + between.indexOf('=');
  });
  return columns.every((c) => c === columns[0]) ? columns[0] : undefined;
}

/**
 * A `resource` block after the block of the resource the addition sits near,
 * under the Terraform type that stands for its canonical type. References go
 * to resources of the same module (`aws_vpc.main.id`); anything else gets no edit.
 */
function renderAddition(addition: ResourceAddition, anchors: FixAnchors, claimed: Set<string>): TextEdit | undefined {
  const anchor = anchors.get(addition.near.props);
  const type = TERRAFORM_DIALECT.resourceType(addition.type);
  const mapping = type === undefined ? undefined : RESOURCE_MAPPINGS[type];
  if (!anchor || anchor.path.length !== 0 || !type || !mapping) return undefined;
  const modulePrefix = addition.near.id.slice(0, addition.near.id.length - `${anchor.block.labels.join('.')}`.length);
  const inModule = (id: string) => id.startsWith(modulePrefix) && !id.startsWith('module.', modulePrefix.length);
  const data = withReferences(addition.properties, (id, attribute) => (inModule(id) ? new HclExpression(`${id.slice(modulePrefix.length)}.${attribute ?? 'id'}`) : undefined));
  const body = data === undefined ? undefined : renderBody(mapping.args ?? {}, data);
  if (!body) return undefined;
  const taken = anchors.resourceNames(anchor.file, type);
  const preferred = TERRAFORM_DIALECT.proposedId(addition.id, addition.type);
  let name = preferred;
  for (let n = 2; taken.has(name) || claimed.has(`${type}.${name}`); n++) name = `${preferred}_${n}`;
  claimed.add(`${type}.${name}`);
  const indent = leadingWhitespace(anchor.file.text, anchor.block.range.start.offset);
  const lines = [`resource "${type}" "${name}" {`, ...alignEquals(body).map((l) => INDENT + l), '}'];
  const at = anchor.file.positions.at(anchor.block.range.end.offset);
  return { file: anchor.file.path, start: at, end: at, text: `\n\n${lines.map((l) => indent + l).join('\n')}` };
}

/** Consecutive one-line arguments with their `=` aligned, as `terraform fmt` writes them. */
function alignEquals(lines: readonly string[]): string[] {
  const width = maxOf(lines.map((l) => (/^\S+ = /.test(l) ? l.indexOf(' = ') : 0)));
  return lines.map((l) => (/^\S+ = /.test(l) ? l.replace(/^(\S+) = /, (_m, name: string) => `${name.padEnd(width)} = `) : l));
}

/** Canonical plain data with `{ Ref: id }` and `{ 'Fn::GetAtt': [id, attribute] }` turned into HCL references; undefined when one cannot be written. */
function withReferences(value: unknown, reference: (id: string, attribute?: string) => HclExpression | undefined): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => withReferences(item, reference));
    return items.includes(undefined) ? undefined : items;
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const [first] = entries;
  if (entries.length === 1 && first![0] === 'Ref' && typeof first![1] === 'string') return reference(first![1]);
  const getAtt = entries.length === 1 && first![0] === 'Fn::GetAtt' ? first![1] : undefined;
  if (Array.isArray(getAtt) && getAtt.length === 2 && getAtt.every((part) => typeof part === 'string')) return reference(getAtt[0] as string, getAtt[1] as string);
  const sub = entries.length === 1 && first![0] === 'Fn::Sub' ? first![1] : undefined;
  // A name built from the region only: the dialect's region, a placeholder Terraform leaves to fill in.
  if (typeof sub === 'string' && !sub.replaceAll(REGION_VARIABLE, '').includes('${')) return sub.replaceAll(REGION_VARIABLE, TERRAFORM_DIALECT.region);
  if (entries.some(([key]) => key.startsWith('Fn::'))) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of entries) {
    const converted = withReferences(inner, reference);
    if (converted === undefined) return undefined;
    out[key] = converted;
  }
  return out;
}

/** Whether data holds an HCL reference, which JSON text cannot write. */
function hasReference(data: unknown): boolean {
  if (data instanceof HclExpression) return true;
  if (data === null || typeof data !== 'object') return false;
  return Object.values(data).some(hasReference);
}

/** An HCL expression written as is (a reference), inside plain data. */
class HclExpression {
  constructor(readonly text: string) {}
}

function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

/** Plain data as an HCL expression. */
export function hclLiteral(value: unknown): string {
  if (value instanceof HclExpression) return value.text;
  if (typeof value === 'string') return JSON.stringify(value).replace(/([$%])\{/g, (_m, marker: string) => `${marker}${marker}{`);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(hclLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${hclKey(k)} = ${hclLiteral(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}
