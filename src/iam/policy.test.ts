import { describe, expect, it } from 'vitest';
import type { Location, Path } from '../model/location.js';
import { fromPlain } from '../model/plain.js';
import type { Value } from '../model/value.js';
import { conditionsOf, decodePolicyText, parsePolicyDocument, patternsOf, principalsOf } from './policy.js';

const at = (path: Path): Location => ({ kind: 'source', file: 'policy.yaml', start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 9, offset: 24 }, path });
const value = (data: unknown): Value => fromPlain(data, at);
const oneOf = (...options: [unknown, string][]): Value => ({
  t: 'oneOf',
  loc: at(['x']),
  options: options.map(([v, via]) => ({ value: value(v), via })),
});

describe('parsePolicyDocument', () => {
  it('reads a single statement object and a statement list alike', () => {
    const single = parsePolicyDocument(value({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } }));
    const list = parsePolicyDocument(value({ Statement: [{ Effect: 'Deny', Action: ['s3:*'], NotResource: ['arn:aws:s3:::b'] }] }));
    expect(single.statements.map((s) => s.effect)).toEqual(['Allow']);
    expect(list.statements[0]!.effect).toBe('Deny');
    expect(patternsOf(list.statements[0]!.notResource).items.map((p) => p.text)).toEqual(['arn:aws:s3:::b']);
  });

  it('keeps the location of every element', () => {
    const doc = parsePolicyDocument(value({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }));
    expect(doc.statements[0]!.resource!.loc.path).toEqual(['Statement', 0, 'Resource']);
  });

  it('reads JSON text and URL-encoded JSON text', () => {
    const json = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    for (const text of [json, encodeURIComponent(json)]) {
      const doc = parsePolicyDocument({ t: 'scalar', v: text, loc: at(['PolicyDocument']) });
      expect(doc.problems).toEqual([]);
      const resource = doc.statements[0]!.resource!;
      expect(resource.loc).toMatchObject({ file: 'policy.yaml', path: ['PolicyDocument', 'Statement', 0, 'Resource'], readOnly: true });
    }
  });

  it('reports invalid JSON text with its position inside the document', () => {
    const result = decodePolicyText('{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}', at([]));
    expect(result).toHaveProperty('problem');
    expect((result as { problem: string }).problem).toMatch(/line 3, column \d+ of the document/);
    const doc = parsePolicyDocument({ t: 'scalar', v: '{oops', loc: at(['PolicyDocument']) });
    expect(doc.statements).toEqual([]);
    expect(doc.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('reports statements it cannot read instead of guessing', () => {
    const doc = parsePolicyDocument(value({ Statement: [{ Action: 's3:*', Resource: '*' }, { Effect: 'Maybe', Action: '*' }, 'text'] }));
    expect(doc.statements).toEqual([]);
    expect(doc.problems.map((p) => p.message)).toEqual(["the statement has no Effect", "Effect must be 'Allow' or 'Deny'", 'a policy statement must be an object']);
    const unknown = parsePolicyDocument({ t: 'unknown', loc: at([]), reason: "imported from another stack's export" });
    expect(unknown.problems[0]!.message).toMatch(/cannot be read: imported/);
  });

  it('marks statements that exist only for some deployment choices as uncertain', () => {
    const statement = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    const doc = parsePolicyDocument({
      t: 'map',
      loc: at([]),
      keyLocs: new Map(),
      entries: new Map([['Statement', { t: 'list', loc: at(['Statement']), items: [oneOf([statement, 'condition Dev is true'], [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }, 'condition Dev is false'])] }]]),
    } as Value);
    expect(doc.statements.map((s) => [s.effect, s.certain, s.via])).toEqual([
      ['Allow', false, ['condition Dev is true']],
      ['Deny', false, ['condition Dev is false']],
    ]);
  });
});

describe('patternsOf', () => {
  it('flattens strings, lists, choices, references and unknowns', () => {
    const ref: Value = { t: 'ref', loc: at([]), target: 'Bucket', attribute: 'Arn', text: '!GetAtt Bucket.Arn' };
    const unknown: Value = { t: 'unknown', loc: at([]), reason: 'parameter P has no default' };
    const withFallback: Value = { t: 'unknown', loc: at([]), reason: 'parameter Q can be set', fallback: { value: value('*'), via: 'parameter Q keeps its default' } };
    const list: Value = { t: 'list', loc: at([]), items: [value('a'), ref, unknown, withFallback, oneOf(['b', 'x is 1'])] };
    const patterns = patternsOf(list);
    expect(patterns.items.map((p) => [p.text, p.certain, p.reference])).toEqual([
      ['a', true, false],
      ['!GetAtt Bucket.Arn', true, true],
      ['*', false, false],
      ['b', false, false],
    ]);
    expect(patterns.unseen).toEqual([unknown, withFallback]);
  });
});

describe('conditionsOf', () => {
  it('splits operators into test, set qualifier, IfExists and negation', () => {
    const doc = parsePolicyDocument(
      value({
        Statement: [
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: {
              'ForAllValues:StringEqualsIfExists': { 'sagemaker:VpcSubnets': ['subnet-1'] },
              StringNotEquals: { 'AWS:SourceAccount': '123456789012' },
              Null: { 'sagemaker:VolumeKmsKeyArn': 'false' },
            },
          },
        ],
      }),
    );
    const clauses = conditionsOf(doc.statements[0]!).clauses;
    expect(clauses.map((c) => [c.test, c.qualifier, c.ifExists, c.negated, c.keyLower])).toEqual([
      ['stringequals', 'forallvalues', true, false, 'sagemaker:vpcsubnets'],
      ['stringnotequals', undefined, false, true, 'aws:sourceaccount'],
      ['null', undefined, false, false, 'sagemaker:volumekmskeyarn'],
    ]);
  });
});

describe('principalsOf', () => {
  it('reads "*" and typed principals', () => {
    expect(principalsOf(value('*')).entries.map((e) => [e.type, e.pattern.text])).toEqual([['*', '*']]);
    const typed = principalsOf(value({ Service: ['sagemaker.amazonaws.com', 'ec2.amazonaws.com'], AWS: 'arn:aws:iam::111122223333:root' }));
    expect(typed.entries.map((e) => [e.type, e.pattern.text])).toEqual([
      ['Service', 'sagemaker.amazonaws.com'],
      ['Service', 'ec2.amazonaws.com'],
      ['AWS', 'arn:aws:iam::111122223333:root'],
    ]);
  });
});
