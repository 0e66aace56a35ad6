/**
 * The HCL syntax tree sagelint evaluates: blocks, attributes and expressions
 * with exact source ranges. It is built from the tree-sitter tree and owns no
 * parser memory, so files can be parsed once and evaluated many times.
 */
import type { Position } from '../../model/location.js';
import type { PositionMap } from '../source-text.js';

export interface Range {
  start: Position;
  end: Position;
}

export interface HclFile {
  /** Relative to the scan root, with `/` separators. */
  path: string;
  text: string;
  positions: PositionMap;
  body: HclBody;
  /** Comments that stand alone on their line, by 1-based line number. */
  lineComments: ReadonlyMap<number, HclComment>;
}

export interface HclComment {
  text: string;
  range: Range;
}

export interface HclBody {
  /** In source order; a repeated name is kept once (the last), as Terraform rejects repeats anyway. */
  attributes: Map<string, HclAttribute>;
  blocks: HclBlock[];
}

export interface HclAttribute {
  name: string;
  nameRange: Range;
  expr: HclExpr;
  range: Range;
}

export interface HclBlock {
  type: string;
  labels: string[];
  /** From the block type to the last label: where a resource is "declared". */
  headerRange: Range;
  range: Range;
  /** The closing brace, where new attributes are inserted. */
  closeRange: Range;
  body: HclBody;
}

interface ExprBase {
  range: Range;
  /** The expression as written, for messages and placeholders. */
  text: string;
}

/** Numbers, booleans and null; strings are templates (`TemplateExpr`). */
export interface LiteralExpr extends ExprBase {
  kind: 'literal';
  value: number | boolean | null;
}

export type TemplatePart =
  | {
      kind: 'literal';
      text: string;
      range: Range;
      /** Runs of `text` that are the file's text verbatim (all of it, or each line of a `<<-` heredoc); none where escapes change it. */
      sourceRuns: readonly SourceRun[];
    }
  | { kind: 'interpolation'; expr: HclExpr; range: Range; /** `${ … }` as written. */ text: string }
  | { kind: 'directive'; text: string; range: Range };

/** `length` characters at `at` in a string are the file's text at `sourceOffset`. */
export interface SourceRun {
  at: number;
  length: number;
  sourceOffset: number;
}

export interface TemplateExpr extends ExprBase {
  kind: 'template';
  parts: TemplatePart[];
}

export interface TupleExpr extends ExprBase {
  kind: 'tuple';
  items: HclExpr[];
}

export interface ObjectItem {
  key: HclExpr;
  value: HclExpr;
}

export interface ObjectExpr extends ExprBase {
  kind: 'object';
  items: ObjectItem[];
}

/** A bare name: `var`, `local`, `aws_iam_role`, an iterator. */
export interface VariableExpr extends ExprBase {
  kind: 'variable';
  name: string;
}

export type TraversalStep =
  | { kind: 'attr'; name: string; range: Range }
  | { kind: 'index'; key: HclExpr; range: Range }
  /** `.*` or `[*]`: the steps inside apply to every element. */
  | { kind: 'splat'; steps: TraversalStep[]; range: Range };

export interface AccessExpr extends ExprBase {
  kind: 'access';
  target: HclExpr;
  steps: TraversalStep[];
}

export interface CallExpr extends ExprBase {
  kind: 'call';
  name: string;
  args: HclExpr[];
  /** `f(list...)`: the last argument is expanded. */
  expandLast: boolean;
}

export interface ConditionalExpr extends ExprBase {
  kind: 'conditional';
  condition: HclExpr;
  then: HclExpr;
  otherwise: HclExpr;
}

export interface ForExpr extends ExprBase {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: HclExpr;
  /** Present for `{ for … : k => v }`. */
  keyExpr?: HclExpr;
  valueExpr: HclExpr;
  condition?: HclExpr;
  grouping: boolean;
}

export interface UnaryExpr extends ExprBase {
  kind: 'unary';
  op: '-' | '!';
  operand: HclExpr;
}

export interface BinaryExpr extends ExprBase {
  kind: 'binary';
  op: string;
  left: HclExpr;
  right: HclExpr;
}

export interface ParensExpr extends ExprBase {
  kind: 'parens';
  inner: HclExpr;
}

export type HclExpr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | VariableExpr
  | AccessExpr
  | CallExpr
  | ConditionalExpr
  | ForExpr
  | UnaryExpr
  | BinaryExpr
  | ParensExpr;

/** The static string of an expression that is a plain string literal (no interpolation). */
export function literalString(expr: HclExpr | undefined): string | undefined {
  if (expr?.kind === 'template' && expr.parts.every((p) => p.kind === 'literal')) {
    return expr.parts.map((p) => (p.kind === 'literal' ? p.text : '')).join('');
  }
  return undefined;
}

/** The blocks of a body with a given type (and, optionally, first label). */
export function blocksOf(body: HclBody, type: string, label?: string): HclBlock[] {
  return body.blocks.filter((b) => b.type === type && (label === undefined || b.labels[0] === label));
}

/** The expression itself, without the parentheses around it. */
export function unparenthesized(expr: HclExpr): HclExpr {
  return expr.kind === 'parens' ? unparenthesized(expr.inner) : expr;
}

/** The key of an object item as written: a bare name or a plain string. */
export function objectKey(item: ObjectItem): string | undefined {
  return item.key.kind === 'variable' ? item.key.name : literalString(item.key);
}

/** What an object literal writes at a key, or a tuple literal at an index (with the key's range). */
export function childExpression(expr: HclExpr, segment: string | number): { expr: HclExpr; key?: Range } | undefined {
  const container = unparenthesized(expr);
  if (container.kind === 'object' && typeof segment === 'string') {
    // Terraform keeps the last of repeated keys.
    const item = container.items.findLast((i) => objectKey(i) === segment);
    return item && { expr: item.value, key: item.key.range };
  }
  if (container.kind === 'tuple' && typeof segment === 'number') {
    const item = container.items[segment];
    return item && { expr: item };
  }
  return undefined;
}

/**
 * What object and tuple literals write at `path` below `expr`: the expression
 * there (and its key's range) when the whole path is written, else the deepest
 * expression that is.
 */
export function expressionAt(expr: HclExpr, path: readonly (string | number)[]): { expr: HclExpr; key?: Range; complete: boolean } {
  let found: { expr: HclExpr; key?: Range } = { expr };
  for (const segment of path) {
    const child = childExpression(found.expr, segment);
    if (!child) return { expr: found.expr, complete: false };
    found = child;
  }
  return { ...found, complete: true };
}
