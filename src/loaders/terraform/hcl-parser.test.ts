import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHcl } from './hcl-parser.js';
import { literalString, type HclExpr, type HclFile } from './hcl-ast.js';
import { FIXTURES } from './testing.js';

async function parsed(text: string): Promise<HclFile> {
  const outcome = await parseHcl(text, 'main.tf');
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.file;
}

function attribute(file: HclFile, name: string): HclExpr {
  const expr = file.body.blocks[0]!.body.attributes.get(name)?.expr;
  if (!expr) throw new Error(`no attribute ${name}`);
  return expr;
}

describe('HCL parser', () => {
  it('reads blocks, labels and attributes with exact 1-based positions and UTF-16 offsets', async () => {
    const text = '# ünïcode 😀\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16" # é\n}\n';
    const file = await parsed(text);
    const block = file.body.blocks[0]!;
    expect([block.type, ...block.labels]).toEqual(['resource', 'aws_vpc', 'main']);
    expect(block.headerRange.start).toEqual({ line: 2, column: 1, offset: text.indexOf('resource') });
    expect(block.headerRange.end.column).toBe('resource "aws_vpc" "main"'.length + 1);
    const cidr = block.body.attributes.get('cidr_block')!;
    expect(cidr.expr.range.start).toEqual({ line: 3, column: 16, offset: text.indexOf('"10.0') });
    expect(text.slice(cidr.expr.range.start.offset, cidr.expr.range.end.offset)).toBe('"10.0.0.0/16"');
    expect(block.closeRange.start.line).toBe(4);
  });

  it('keeps only comments that stand alone on their line', async () => {
    const file = await parsed('# alone\nresource "a" "b" {\n  x = 1 # trailing\n  // also alone\n}\n');
    expect([...file.lineComments.keys()]).toEqual([1, 4]);
    expect(file.lineComments.get(4)!.text).toBe('// also alone');
  });

  it('cooks quoted-string escapes and keeps interpolations as parts', async () => {
    const file = await parsed('resource "a" "b" {\n  s = "tab\\there \\"q\\" $${literal} ${var.x}!"\n}\n');
    const expr = attribute(file, 's');
    expect(expr.kind).toBe('template');
    if (expr.kind !== 'template') return;
    expect(expr.parts.map((p) => p.kind)).toEqual(['literal', 'interpolation', 'literal']);
    const first = expr.parts[0]!;
    expect(first.kind === 'literal' && first.text).toBe('tab\there "q" ${literal} ');
    expect(first.kind === 'literal' && first.sourceRuns).toEqual([]);
    const hole = expr.parts[1]!;
    expect(hole.kind === 'interpolation' && hole.text).toBe('${var.x}');
  });

  it('reads heredocs verbatim, and strips the common indentation of <<- heredocs', async () => {
    const file = await parsed('resource "a" "b" {\n  plain = <<EOT\n{\n  "k": 1\n}\nEOT\n  flush = <<-EOT\n    line one\n      nested\n    EOT\n}\n');
    expect(literalString(attribute(file, 'plain'))).toBe('{\n  "k": 1\n}\n');
    const plain = attribute(file, 'plain');
    expect(plain.kind === 'template' && plain.parts[0]!.kind === 'literal' && plain.parts[0]!.sourceRuns.length).toBe(1);
    expect(literalString(attribute(file, 'flush'))).toBe('line one\n  nested\n');
  });

  it('builds operators, conditionals, calls, for expressions and traversals', async () => {
    const file = await parsed(
      'resource "a" "b" {\n  c = var.on && !local.off ? max(1, 2) : -3\n  f = [for s in var.l : s.id if s.ok]\n  t = aws_subnet.a[0].id\n  s = aws_subnet.a[*].id\n}\n',
    );
    const c = attribute(file, 'c');
    expect(c.kind).toBe('conditional');
    if (c.kind === 'conditional') {
      expect(c.condition.kind === 'binary' && c.condition.op).toBe('&&');
      expect(c.then.kind === 'call' && c.then.name).toBe('max');
      expect(c.otherwise.kind).toBe('unary');
    }
    const f = attribute(file, 'f');
    expect(f.kind === 'for' && [f.valueVar, f.condition?.text]).toEqual(['s', 's.ok']);
    const t = attribute(file, 't');
    expect(t.kind === 'access' && t.steps.map((s) => s.kind)).toEqual(['attr', 'index', 'attr']);
    const s = attribute(file, 's');
    expect(s.kind === 'access' && s.steps.map((x) => x.kind)).toEqual(['attr', 'splat']);
  });

  it('reports a syntax error at the token where the parser lost track, with file, line and column', async () => {
    const text = readFileSync(path.join(FIXTURES, 'syntax-error/broken.tf'), 'utf8');
    const outcome = await parseHcl(text, 'syntax-error/broken.tf');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ file: 'syntax-error/broken.tf', line: 7 });
    expect(outcome.error.message).toMatch(/^invalid HCL syntax: unexpected `=/);
  });

  it('refuses nesting deep enough to exhaust the stack, as a load error', async () => {
    const deep = `x = ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const outcome = await parseHcl(deep, 'deep.tf');
    expect(outcome).toEqual({ ok: false, error: { file: 'deep.tf', line: 1, column: expect.any(Number), message: 'not read: nesting deeper than 200 levels' } });
  });

  it('reads past comments inside expressions', async () => {
    const file = await parsed('resource "a" "b" {\n  x = /* the answer */ 42\n  y = [ /* first */ 1, 2 ][ /* index */ 0 ]\n}\n');
    expect(attribute(file, 'x')).toMatchObject({ kind: 'literal', value: 42 });
    expect(attribute(file, 'y')).toMatchObject({ kind: 'access', steps: [{ kind: 'index', key: { kind: 'literal', value: 0 } }] });
  });

  it('reads an empty file as an empty body', async () => {
    const file = await parsed('');
    expect(file.body.blocks).toEqual([]);
  });
});
