/**
 * Parses Terraform's HCL with the tree-sitter Terraform grammar (WASM, loaded
 * lazily and once) into the syntax tree of `hcl-ast.ts`. A file with a syntax
 * error yields a LoadError at the first innermost ERROR or MISSING node, which
 * is where the parser lost track, and no tree: Terraform would not load it either.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import type { LoadError } from '../../core/finding.js';
import { PositionMap } from '../source-text.js';
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclComment,
  HclExpr,
  HclFile,
  ObjectItem,
  Range,
  SourceRun,
  TemplatePart,
  TraversalStep,
} from './hcl-ast.js';
import { minOf } from '../../collections.js';

let parserPromise: Promise<Parser> | undefined;

/** The shared parser; the first call loads the runtime and the grammar. */
export function terraformParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    await Parser.init();
    const language = await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export type HclParseOutcome = { ok: true; file: HclFile } | { ok: false; error: LoadError };

/** Parses one file's text; `path` is relative to the scan root. */
export async function parseHcl(text: string, path: string): Promise<HclParseOutcome> {
  return parseHclWith(await terraformParser(), text, path);
}

/** Deeper nesting than this is refused, so hostile input cannot exhaust the stack of later steps. */
export const MAX_NESTING_DEPTH = 200;

class NestingTooDeep extends Error {
  constructor(readonly offset: number) {
    super(`nesting deeper than ${MAX_NESTING_DEPTH} levels`);
  }
}

export function parseHclWith(parser: Parser, text: string, path: string): HclParseOutcome {
  const tree = parser.parse(text);
  if (!tree) return { ok: false, error: { file: path, message: 'the HCL parser gave up on this file' } };
  const positions = new PositionMap(text);
  try {
    const root = tree.rootNode;
    if (root.hasError) return { ok: false, error: syntaxError(root, text, path, positions) };
    const builder = new TreeBuilder(text, positions);
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    const body = bodyNode ? builder.body(bodyNode) : emptyBody();
    return { ok: true, file: { path, text, positions, body, lineComments: lineComments(root, text, positions) } };
  } catch (err) {
    if (!(err instanceof NestingTooDeep) && !(err instanceof RangeError)) throw err;
    const at = positions.at(err instanceof NestingTooDeep ? err.offset : 0);
    return { ok: false, error: { file: path, line: at.line, column: at.column, message: `not read: nesting deeper than ${MAX_NESTING_DEPTH} levels` } };
  } finally {
    tree.delete();
  }
}

function emptyBody(): HclBody {
  return { attributes: new Map(), blocks: [] };
}

function syntaxError(root: Node, text: string, path: string, positions: PositionMap): LoadError {
  const found: Node[] = [];
  collectInnermostErrors(root, found);
  const first = found[0] ?? root;
  const at = positions.at(first.startIndex);
  const near = text.slice(first.startIndex, first.startIndex + 60).split('\n')[0]!.trim();
  const what = near ? `unexpected \`${near}\`` : first.isMissing ? `missing \`${first.type}\`` : 'unexpected end of file';
  const more = found.length > 1 ? ` (and ${found.length - 1} more syntax error${found.length > 2 ? 's' : ''})` : '';
  return { file: path, line: at.line, column: at.column, message: `invalid HCL syntax: ${what}${more}` };
}

/** ERROR/MISSING nodes with no ERROR/MISSING inside, in document order. */
function collectInnermostErrors(node: Node, out: Node[]): void {
  if (!node.hasError && !node.isMissing && !node.isError) return;
  let inner = false;
  for (const child of node.children) {
    if (!child) continue;
    if (child.isError || child.isMissing || child.hasError) {
      const before = out.length;
      collectInnermostErrors(child, out);
      inner ||= out.length > before;
    }
  }
  if (!inner && (node.isError || node.isMissing)) out.push(node);
}

function lineComments(root: Node, text: string, positions: PositionMap): Map<number, HclComment> {
  const out = new Map<number, HclComment>();
  for (const node of root.descendantsOfType('comment')) {
    if (!node) continue;
    const start = positions.at(node.startIndex);
    const lineStart = node.startIndex - (start.column - 1);
    if (text.slice(lineStart, node.startIndex).trim() !== '') continue;
    out.set(start.line, { text: node.text, range: { start, end: positions.at(node.endIndex) } });
  }
  return out;
}

const BINARY_OPERATORS = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

class TreeBuilder {
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly positions: PositionMap,
  ) {}

  /** Runs a step one level deeper, refusing nesting past the limit. */
  private nested<T>(node: Node, step: () => T): T {
    if (++this.depth > MAX_NESTING_DEPTH) throw new NestingTooDeep(node.startIndex);
    try {
      return step();
    } finally {
      this.depth--;
    }
  }

  body(node: Node): HclBody {
    return this.nested(node, () => this.bodyItems(node));
  }

  private bodyItems(node: Node): HclBody {
    const body = emptyBody();
    for (const child of node.namedChildren) {
      if (child?.type === 'attribute') {
        const attribute = this.attribute(child);
        body.attributes.set(attribute.name, attribute);
      } else if (child?.type === 'block') {
        body.blocks.push(this.block(child));
      }
    }
    return body;
  }

  private attribute(node: Node): HclAttribute {
    const [name, , expr] = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    return { name: this.src(name!), nameRange: this.range(name!), expr: this.expression(expr!), range: this.range(node) };
  }

  private block(node: Node): HclBlock {
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    const typeNode = children[0]!;
    const labels: string[] = [];
    let headerEnd = typeNode;
    let bodyNode: Node | undefined;
    let close = node;
    for (const child of children.slice(1)) {
      if (child.type === 'string_lit') {
        labels.push(this.cookedString(child));
        headerEnd = child;
      } else if (child.type === 'identifier') {
        labels.push(this.src(child));
        headerEnd = child;
      } else if (child.type === 'body') {
        bodyNode = child;
      } else if (child.type === 'block_end') {
        close = child;
      }
    }
    return {
      type: this.src(typeNode),
      labels,
      headerRange: { start: this.pos(typeNode.startIndex), end: this.pos(headerEnd.endIndex) },
      range: this.range(node),
      closeRange: this.range(close),
      body: bodyNode ? this.body(bodyNode) : emptyBody(),
    };
  }

  /** An `expression` node: a conditional, or a term with its postfix steps. */
  expression(node: Node): HclExpr {
    return this.nested(node, () => this.expressionOf(node));
  }

  private expressionOf(node: Node): HclExpr {
    if (node.type !== 'expression') return this.term([node]);
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (children.length === 1 && children[0]!.type === 'conditional') return this.conditional(children[0]!);
    return this.term(children);
  }

  private conditional(node: Node): HclExpr {
    const parts = node.namedChildren.filter((c): c is Node => c?.type === 'expression');
    return {
      kind: 'conditional',
      condition: this.expression(parts[0]!),
      then: this.expression(parts[1]!),
      otherwise: this.expression(parts[2]!),
      ...this.span(node),
    };
  }

  /** A primary expression (or a parenthesized one) followed by `.attr`, `[index]` and splats. */
  private term(children: Node[]): HclExpr {
    let rest: Node[];
    let primary: HclExpr;
    if (children[0]!.type === '(') {
      const close = children.findIndex((c) => c.type === ')');
      primary = { kind: 'parens', inner: this.expression(children[1]!), ...this.spanOf(children[0]!, children[close]!) };
      rest = children.slice(close + 1);
    } else {
      primary = this.primary(children[0]!);
      rest = children.slice(1);
    }
    const steps = rest.map((c) => this.step(c));
    if (steps.length === 0) return primary;
    return { kind: 'access', target: primary, steps, ...this.spanOf(children[0]!, children[children.length - 1]!) };
  }

  private step(node: Node): TraversalStep {
    const range = this.range(node);
    switch (node.type) {
      case 'get_attr':
        return { kind: 'attr', name: this.src(node.namedChildren[0]!), range };
      case 'index': {
        const inner = node.namedChildren[0]!;
        if (inner.type === 'legacy_index') {
          const digits = this.src(inner).replace(/^\./, '');
          return { kind: 'index', key: { kind: 'literal', value: Number(digits), range, text: digits }, range };
        }
        return { kind: 'index', key: this.expression(inner.namedChildren.find((c) => c?.type === 'expression')!), range };
      }
      case 'splat': {
        const inner = node.namedChildren[0]!;
        const steps = inner.namedChildren.filter((c): c is Node => c !== null).map((c) => this.step(c));
        return { kind: 'splat', steps, range };
      }
      default:
        return { kind: 'attr', name: this.src(node), range };
    }
  }

  private primary(node: Node): HclExpr {
    switch (node.type) {
      case 'literal_value':
        return this.literal(node.namedChildren[0]!);
      case 'template_expr':
        return this.template(node.namedChildren[0]!);
      case 'collection_value':
        return this.collection(node.namedChildren[0]!);
      case 'variable_expr':
        return { kind: 'variable', name: this.src(node), ...this.span(node) };
      case 'function_call':
        return this.call(node);
      case 'for_expr':
        return this.forExpr(node.namedChildren[0]!);
      case 'operation':
        return this.operation(node.namedChildren[0]!);
      case 'expression':
        return this.expression(node);
      default:
        return { kind: 'literal', value: null, ...this.span(node) };
    }
  }

  private literal(node: Node): HclExpr {
    switch (node.type) {
      case 'numeric_lit':
        return { kind: 'literal', value: Number(this.src(node)), ...this.span(node) };
      case 'bool_lit':
        return { kind: 'literal', value: this.src(node) === 'true', ...this.span(node) };
      case 'null_lit':
        return { kind: 'literal', value: null, ...this.span(node) };
      default:
        return this.template(node);
    }
  }

  private collection(node: Node): HclExpr {
    if (node.type === 'tuple') {
      const items = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => this.expression(c));
      return { kind: 'tuple', items, ...this.span(node) };
    }
    const items: ObjectItem[] = [];
    for (const elem of node.namedChildren) {
      if (elem?.type !== 'object_elem') continue;
      const key = elem.childForFieldName('key');
      const value = elem.childForFieldName('val');
      if (key && value) items.push({ key: this.expression(key), value: this.expression(value) });
    }
    return { kind: 'object', items, ...this.span(node) };
  }

  private call(node: Node): HclExpr {
    const name = this.src(node.namedChildren[0]!);
    const argsNode = node.namedChildren.find((c) => c?.type === 'function_arguments');
    const args = argsNode ? argsNode.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => this.expression(c)) : [];
    const expandLast = argsNode?.namedChildren.some((c) => c?.type === 'ellipsis') ?? false;
    return { kind: 'call', name, args, expandLast, ...this.span(node) };
  }

  private forExpr(node: Node): HclExpr {
    const intro = node.namedChildren.find((c) => c?.type === 'for_intro')!;
    const names = intro.namedChildren.filter((c): c is Node => c?.type === 'identifier').map((c) => this.src(c));
    const collection = this.expression(intro.namedChildren.find((c) => c?.type === 'expression')!);
    const bodies = node.namedChildren.filter((c): c is Node => c?.type === 'expression').map((c) => this.expression(c));
    const cond = node.namedChildren.find((c) => c?.type === 'for_cond');
    const condition = cond ? this.expression(cond.namedChildren[0]!) : undefined;
    const isObject = node.type === 'for_object_expr';
    return {
      kind: 'for',
      keyVar: names.length > 1 ? names[0] : undefined,
      valueVar: names[names.length - 1]!,
      collection,
      keyExpr: isObject ? bodies[0] : undefined,
      valueExpr: isObject ? bodies[1]! : bodies[0]!,
      condition,
      grouping: node.namedChildren.some((c) => c?.type === 'ellipsis'),
      ...this.span(node),
    };
  }

  private operation(node: Node): HclExpr {
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (node.type === 'unary_operation') {
      const op = children[0]!.type === '!' ? '!' : '-';
      return { kind: 'unary', op, operand: this.term(children.slice(1)), ...this.span(node) };
    }
    let depth = 0;
    let split = -1;
    children.forEach((c, i) => {
      if (c.type === '(') depth++;
      else if (c.type === ')') depth--;
      else if (split === -1 && depth === 0 && !c.isNamed && BINARY_OPERATORS.has(c.type)) split = i;
    });
    const left = children.slice(0, split);
    const right = children.slice(split + 1);
    return {
      kind: 'binary',
      op: children[split]!.type,
      left: this.term(left),
      right: this.term(right),
      ...this.span(node),
    };
  }

  /** Quoted strings, string literals and heredocs. */
  private template(node: Node): HclExpr {
    const children = node.children.filter((c): c is Node => c !== null);
    if (node.type === 'heredoc_template') return this.heredoc(node, children);
    const open = children.find((c) => c.type === 'quoted_template_start');
    const close = [...children].reverse().find((c) => c.type === 'quoted_template_end');
    const contentStart = open ? open.endIndex : node.startIndex;
    const contentEnd = close ? close.startIndex : node.endIndex;
    const holes = children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
    const parts = this.templateParts(contentStart, contentEnd, holes, (raw) => unescapeQuoted(raw));
    return { kind: 'template', parts, ...this.span(node) };
  }

  private heredoc(node: Node, children: Node[]): HclExpr {
    const flush = children.find((c) => c.type === 'heredoc_start')?.text === '<<-';
    const markers = children.filter((c) => c.type === 'heredoc_identifier');
    const openEnd = markers[0]?.endIndex ?? node.startIndex;
    const firstNewline = this.text.indexOf('\n', openEnd);
    const contentStart = firstNewline === -1 ? openEnd : firstNewline + 1;
    const closing = markers.length > 1 ? markers[markers.length - 1]! : undefined;
    // The closing marker may be indented; the content ends where its line starts.
    const contentEnd = closing ? this.text.lastIndexOf('\n', closing.startIndex - 1) + 1 : node.endIndex;
    const holes = children.filter((c) => c.type === 'template_interpolation' || c.type === 'template_directive');
    const cook = (raw: string) => raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    let parts = this.templateParts(contentStart, Math.max(contentStart, contentEnd), holes, cook);
    if (flush) parts = stripIndentation(parts, this.text.slice(contentStart, contentEnd));
    return { kind: 'template', parts, ...this.span(node) };
  }

  private templateParts(start: number, end: number, holes: Node[], cook: (raw: string) => string): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let at = start;
    const literalUpTo = (to: number) => {
      if (to <= at) return;
      const raw = this.text.slice(at, to);
      const text = cook(raw);
      const sourceRuns = text === raw ? [{ at: 0, length: text.length, sourceOffset: at }] : [];
      parts.push({ kind: 'literal', text, sourceRuns, range: { start: this.pos(at), end: this.pos(to) } });
    };
    for (const hole of holes) {
      literalUpTo(hole.startIndex);
      if (hole.type === 'template_interpolation') {
        const expr = hole.namedChildren.find((c) => c?.type === 'expression');
        if (expr) parts.push({ kind: 'interpolation', expr: this.expression(expr), range: this.range(hole), text: this.src(hole) });
        else parts.push({ kind: 'directive', text: this.src(hole), range: this.range(hole) });
      } else {
        parts.push({ kind: 'directive', text: this.src(hole), range: this.range(hole) });
      }
      at = hole.endIndex;
    }
    literalUpTo(end);
    return parts;
  }

  /** Cooked text of a `string_lit` block label. */
  private cookedString(node: Node): string {
    const inner = node.namedChildren.find((c) => c?.type === 'template_literal');
    return inner ? unescapeQuoted(this.src(inner)) : '';
  }

  private pos(offset: number) {
    return this.positions.at(offset);
  }

  private range(node: Node): Range {
    return { start: this.pos(node.startIndex), end: this.pos(node.endIndex) };
  }

  private span(node: Node): { range: Range; text: string } {
    return { range: this.range(node), text: this.src(node) };
  }

  /** A node's text, sliced from the file rather than copied out of the parser. */
  private src(node: Node): string {
    return this.text.slice(node.startIndex, node.endIndex);
  }

  private spanOf(first: Node, last: Node): { range: Range; text: string } {
    return { range: { start: this.pos(first.startIndex), end: this.pos(last.endIndex) }, text: this.text.slice(first.startIndex, last.endIndex) };
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL quoted-string escapes, plus `$${` and `%%{` for literal template markers. */
export function unescapeQuoted(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (match, escape: string | undefined) => {
    if (match === '$${') return '${';
    if (match === '%%{') return '%{';
    if (escape === undefined) return match;
    if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    return ESCAPES[escape] ?? match;
  });
}

/** `<<-` heredocs drop the indentation common to every non-blank line; each line's remaining text keeps its place. */
function stripIndentation(parts: TemplatePart[], raw: string): TemplatePart[] {
  const indents = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)![0].length);
  const cut = indents.length ? minOf(indents) : 0;
  if (cut === 0) return parts;
  let atLineStart = true;
  return parts.map((part) => {
    if (part.kind !== 'literal') {
      atLineStart = false;
      return part;
    }
    const verbatim = part.sourceRuns.length === 1 && part.sourceRuns[0]!.length === part.text.length;
    const lines = part.text.split('\n');
    const runs: SourceRun[] = [];
    let text = '';
    let sourceOffset = part.range.start.offset;
    lines.forEach((line, i) => {
      const strip = i > 0 || atLineStart ? /^[ \t]*/.exec(line)![0].length : 0;
      const kept = line.slice(Math.min(strip, cut));
      if (i > 0) text += '\n';
      if (verbatim && kept.length) runs.push({ at: text.length, length: kept.length, sourceOffset: sourceOffset + (line.length - kept.length) });
      text += kept;
      sourceOffset += line.length + 1;
    });
    atLineStart = part.text.endsWith('\n');
    return { ...part, text, sourceRuns: runs };
  });
}
