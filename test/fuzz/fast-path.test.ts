/**
 * The fast reader must be invisible: for any text, parseStructuredText gives
 * exactly what the general path (the `yaml` package) gives — the same tree,
 * the same positions, the same error. Texts come from templates in every style
 * the fast reader covers, mutated line by line and character by character so
 * that they also fall at the edges of what it covers.
 */
import { readFileSync } from 'node:fs';
import fc from '../helpers/property.js';
import { describe, expect, it } from 'vitest';
import { readStructuredTextFast } from '../../src/loaders/fast-structured-text.js';
import { PositionMap } from '../../src/loaders/source-text.js';
import { parseStructuredText } from '../../src/loaders/structured-text.js';
import { FUZZ_SUITE, fixtureFiles, mutatedText, yielding } from './mutations.js';

/** Documents that exercise what the fast reader reads: every collection and scalar style, tags, comments where they change ranges. */
const SEEDS: Record<string, string> = {
  'styles.yaml': `# leading comment
a: 1
b:
  c: "x y \\u00e9 \\n \\" \\\\ \\/ \\x41"
  d: 'it''s'
  e: [1, 2.5, -3, .inf, 0x1F, 0o17, ~, null, true, False, "s", 'q', !Ref X, 1e3, +7, .5, -.inf, .NaN]
  f: {k: v, "j": 'w', n: !GetAtt A.B, o: [x, {y: z}]}
  g: |
    line one
      indented
    three
  h: >-
    folded
    text

    para
  # trailing comment at the entries' indentation
i:
- x
- y: 1
  z: 2
-   w: 3
    # comment deeper than the sequence
# between
j: !Sub
  - "\${A}"
  - A: !Ref B
k: !If [Cond, !Ref "AWS::NoValue", {a: b}]   # after
l: plain text with # a comment
m: 2010-09-09
n: -1e3
o: 'multi word'
p:
  q:
    r: 1
    # at the inner map's indentation
  # at the middle map's indentation
s: |-
  keep
t:
  - !GetAtt [A, B]
  - [nested, {deeper: [1, 2]}]
u:   
v: arn:aws:s3:::bucket/* 
`,
  'template.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  A stack
Parameters:
  Env: {Type: String, AllowedValues: [dev, prod], Default: dev}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: !If [IsProd, Disabled, Enabled]
      Tags:
        - { Key: team, Value: !Ref Env }
  Config:
    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
    Properties:
      OnStart:
        - Content:
            Fn::Base64: !Sub |
              #!/bin/bash
              echo \${Env}
`,
  'template.json': `{
  "AWSTemplateFormatVersion" : "2010-09-09",
  "Resources": {
    "A": {"Type": "AWS::SageMaker::Model", "Properties": {"X": [1, 2, {"Ref": "Y"}], "Z": null, "E": "\\u00e9\\n\\"", "N": -0.5e-3, "T": true}}
  }
}
`,
  'root-tag.yaml': `      !Sub
  - "x\${A}"
  - {A: !Ref B}
`,
  'crlf.yaml': 'a: 1\r\nb:\r\n  - c\r\n  - d: |\r\n      x\r\n      y\r\n# c\r\ne: [1,\r\n  2]\r\n',
};

/** Just past what the fast reader covers, or just inside it: each must still come out as the general path has it. */
const EDGES = [
  'a: !Sub\n  # a comment between a tag and its collection\n  - x\n',
  'a: !Sub # a comment after a tag\n  - x\n',
  'a:   # a comment after an empty value\nb: 1\n',
  'a:\n  # a comment below an empty value\nb: 1\n',
  'a:\n  b:\n  # at the map\'s indentation, after an empty value\n',
  'a:\n  - x\n  # the last entry of a sequence\n',
  'a:\n  b: c\n    # deeper than the map, below a scalar\n\n    # again, after a blank line\n',
  'a:\n  b: [1,\n    2]\n    # below a flow collection\nz: 0\n',
  'a:\n  b: |\n    x\n   # less indented than the scalar, more than the map\nz: 0\n',
  'a: - b\n',
  '- - a\n',
  'a: b\n  c\n',
  'a: "b\n  c"\n',
  "a: 'b\n  c'\n",
  'a: &x 1\nb: *x\n',
  '---\na: 1\n',
  'a: 1\n...\n',
  'a:\tb\n',
  'a: [1,\n2]\n',
  'a: {b: 1,\n  c: 2\n}\n',
  'a: 1\na: 2\n',
  '1: a\n',
  'true: a\n',
  'a: |+\n  keep\n\n',
  'a: |2\n   x\n',
  '? a\n: b\n',
  'a : b\n',
  'a: b # c\n  # d\n',
  'a: !!str 1\n',
  'a: !Ref\n',
  'a:\n- b\n- c\nd: 1\n',
  'a:\n# c\n- b\n',
  '  a: 1\n  b:\n    c: 2\n',
  'a: [b: c]\n',
  'a: {b}\n',
  'a: [1, 2,]\n',
  '{"a": 1, "a": 2}',
  '{"a" : [1, {"b": null}], "c": "\\u00e9"}',
  'a: "\\q"\n',
  'a: |\n\n  x\n',
  'a: |\n  x\n\n\n',
  'a: >\n  x\n\n\n  y\n  z\n',
  'a: >\n  x\n    more indented\n',
  'a: "x"#no space\n',
  'a: b#c\n',
  'a: x:y\n',
  'a: [x:y]\n',
  '-1: a\n',
  'a: -\n',
  'a:\n  -\n  - b\n',
];

function expectSameOutcome(text: string, file: string): void {
  const fast = parseStructuredText(text, file);
  const general = parseStructuredText(text, file, { fastPath: false });
  expect(fast).toEqual(general);
}

describe('the fast reader builds what the general path builds', FUZZ_SUITE, () => {
  it.each(Object.entries(SEEDS))('for the seed %s, which it reads itself', (file, text) => {
    expect(readStructuredTextFast(text, file, new PositionMap(text))).toBeDefined();
    expectSameOutcome(text, file);
  });

  it.each(EDGES)('for %j', (text) => {
    expectSameOutcome(text, 'edge.yaml');
  });

  it.each(fixtureFiles(/\.(ya?ml|json|template)$/))('for the fixture %s', (file) => {
    expectSameOutcome(readFileSync(file, 'utf8'), file);
  });

  it('for mutated seeds and fixtures', async () => {
    const texts = [...Object.entries(SEEDS), ...fixtureFiles(/\.(ya?ml|json|template)$/).map((f) => [f, readFileSync(f, 'utf8')] as const)];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...texts), fc.infiniteStream(fc.nat()), yielding(([file, text], choices) => {
        expectSameOutcome(mutatedText(text, choices), file);
      })),
      { numRuns: 1500 },
    );
  });

  it('for strings over YAML syntax', async () => {
    const token = fc.constantFrom('a', 'b: ', '- ', ':', ': ', '\n', '\n  ', '\n    ', '\r\n', ' ', '#c', ' # c', '[', ']', '{', '}', ', ', '"q"', "'s'", '!Ref ', '!Sub ', '|', '|-', '>', '1', '-2.5', 'true', '~', 'null', '\\', '"\\n"', '&a ', '*a', '? ', '---', '\t');
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), fc.boolean(), yielding((tokens, json) => {
        expectSameOutcome(tokens.join(''), json ? 'x.json' : 'x.yaml');
      })),
      { numRuns: 3000 },
    );
  });
});
