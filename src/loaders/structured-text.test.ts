import { describe, expect, it } from 'vitest';
import { firstJsonSyntaxError, MAX_NESTING_DEPTH, parseStructuredText } from './structured-text.js';
import { get, type Value } from '../model/value.js';

function parse(text: string) {
  const outcome = parseStructuredText(text, 'f.yaml');
  if (!outcome.ok) throw new Error(`${outcome.error.line}:${outcome.error.column} ${outcome.error.message}`);
  return outcome.doc.value;
}

function at(value: Value) {
  if (value.loc.kind !== 'source') throw new Error('not a source location');
  return [value.loc.start.line, value.loc.start.column, value.loc.end.line, value.loc.end.column];
}

describe('parseStructuredText', () => {
  it('gives every node its range, tags included', () => {
    const value = parse('a:\n  b: !Ref X\n  c: [1, 2]\n');
    expect(at(get(value, 'a', 'b'))).toEqual([2, 6, 2, 12]);
    expect(at(get(value, 'a', 'c', 1))).toEqual([3, 10, 3, 11]);
  });

  it('turns short-form tags into long-form intrinsics', () => {
    const value = parse('x: !GetAtt A.B\ny: !Ref Z\nz: !Condition C\nw: !Sub [a, {}]\n');
    const keysOf = (v: Value) => (v.t === 'map' ? [...v.entries.keys()] : []);
    expect(keysOf(get(value, 'x'))).toEqual(['Fn::GetAtt']);
    expect(keysOf(get(value, 'y'))).toEqual(['Ref']);
    expect(keysOf(get(value, 'z'))).toEqual(['Condition']);
    expect(get(value, 'w', 'Fn::Sub').t).toBe('list');
  });

  it('keeps an unquoted template version a string, not a date', () => {
    expect(get(parse('AWSTemplateFormatVersion: 2010-09-09\n'), 'AWSTemplateFormatVersion')).toMatchObject({ t: 'scalar', v: '2010-09-09' });
  });

  it('reads JSON with positions', () => {
    const value = parse('{\n  "a": {\n    "b": true\n  }\n}');
    expect(at(get(value, 'a', 'b'))).toEqual([3, 10, 3, 14]);
  });

  it('keeps positions right with CRLF and mixed line endings', () => {
    const value = parse('a: 1\r\nb:\r\n  c: 2\nd: 3\r\n');
    expect(at(get(value, 'b', 'c'))[0]).toBe(3);
    expect(at(get(value, 'd'))).toEqual([4, 4, 4, 5]);
  });

  it.each([
    ['duplicate YAML keys', 'a: 1\nb: 2\na: 3\n', 3, /unique/],
    ['duplicate JSON keys', '{"a": 1,\n "a": 2}', 2, /unique/],
    ['invalid YAML', 'a: [1, 2\nb: 3\n', 2, /./],
    // The reason is JSON.parse's own, which differs between Node.js releases.
    ['invalid JSON', '{"a": 1,\n "b" 2}', 2, /^invalid JSON: (Unexpected number|Expected ':' after property name)/],
  ])('reports %s with file and line', (_name, text, line, message) => {
    const outcome = parseStructuredText(text, text.startsWith('{') ? 'bad.json' : 'bad.yaml');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ line });
    expect(outcome.error.message).toMatch(message);
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = process.cpuUsage();
    const outcome = parseStructuredText(levels.join('\n'), 'bomb.yaml');
    const { user, system } = process.cpuUsage(started);
    // CPU time, which a busy machine does not stretch as it does wall time.
    expect((user + system) / 1000).toBeLessThan(5000);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/aliases expand/);
  });

  it('accepts a quoted scalar whose closing line is no more indented than its key, as CloudFormation does', () => {
    const value = parse("a:\n  b: !Sub '{\n    \"x\": 1\n  }'\n  c: 2\n");
    expect(get(value, 'a', 'b', 'Fn::Sub')).toMatchObject({ t: 'scalar', v: '{ "x": 1 }' });
    expect(at(get(value, 'a', 'c'))).toEqual([5, 6, 5, 7]);
  });

  it('accepts flow collections closed left of their key, past block scalars that open braces, with exact positions', () => {
    const text = 'a:\n  s: |\n    f() {\n  l: [\n    x, y\n]\n  m:\n    - { k: 1,\n  j: 2 }\n  n: 3\n';
    const outcome = parseStructuredText(text, 'f.yaml');
    expect(outcome.ok && outcome.doc.leniency).toMatchObject({ offset: text.indexOf(']'), what: /flow collection/ });
    const value = parse(text);
    expect(get(value, 'a', 's')).toMatchObject({ v: 'f() {\n' });
    expect(at(get(value, 'a', 'l', 1))).toEqual([5, 8, 5, 9]);
    expect(at(get(value, 'a', 'm', 0, 'j'))).toEqual([9, 6, 9, 7]);
    expect(at(get(value, 'a', 'n'))).toEqual([10, 6, 10, 7]);
  });

  it('holds .json files to strict JSON, and names where it breaks', () => {
    const outcome = parseStructuredText('{\n  "a": }', 'x.json');
    expect(outcome).toMatchObject({ ok: false, error: { file: 'x.json', line: 2, column: 8, message: /invalid JSON/ } });
  });

  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["{'a': 1}", 1],
    ['[1, 2', 5],
    ['{"a": 1} x', 9],
    ['{"a" 1}', 5],
    ['[tru]', 1],
  ])('finds the first JSON syntax error in %s', (text, offset) => {
    expect(firstJsonSyntaxError(text)).toBe(offset);
  });

  it('finds no error in valid JSON', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, "x\\"y", true, null, {"b": {}}]}', ' 3 ']) expect(firstJsonSyntaxError(text)).toBeUndefined();
  });

  it('shares an alias target instead of copying it', () => {
    const value = parse('x: &x { k: v }\ny: *x\n');
    expect(get(value, 'y', 'k')).toMatchObject({ t: 'scalar', v: 'v' });
  });

  it.each([
    ['YAML flow', (n: number) => '['.repeat(n) + ']'.repeat(n)],
    ['JSON objects', (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)],
    ['YAML block sequences', (n: number) => `${'- '.repeat(n)}1`],
    ['YAML block maps', (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1'],
  ])('refuses 10,000 levels of %s nesting without crashing', (_name, build) => {
    const outcome = parseStructuredText(build(10_000), 'deep.yaml');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/nesting/);
  });

  it(`accepts nesting up to ${MAX_NESTING_DEPTH} levels`, () => {
    expect(parseStructuredText('['.repeat(100) + ']'.repeat(100), 'ok.yaml').ok).toBe(true);
  });
});
