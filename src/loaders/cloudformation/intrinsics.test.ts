import { describe, expect, it } from 'vitest';
import { loadCloudFormationText } from './index.js';
import type { Value } from '../../model/value.js';

/** Plain rendering of a resolved value, for readable expectations. */
function show(v: Value): unknown {
  switch (v.t) {
    case 'map':
      return Object.fromEntries([...v.entries].map(([k, c]) => [k, show(c)]));
    case 'list':
      return v.items.map(show);
    case 'scalar':
      return v.v;
    case 'oneOf':
      return { oneOf: v.options.map((o) => [o.via, show(o.value)]) };
    case 'unknown':
      return v.fallback ? { unknown: v.reason, fallback: [v.fallback.via, show(v.fallback.value)] } : { unknown: v.reason };
    case 'ref':
      return { ref: v.target, attribute: v.attribute };
    case 'omitted':
      return 'omitted';
  }
}

function resolveProperty(header: string, expression: string): unknown {
  const template = `${header}\nResources:\n  Target: { Type: AWS::KMS::Key }\n  Subject:\n    Type: AWS::SageMaker::Model\n    Properties:\n      Value: ${expression}\n`;
  const unit = loadCloudFormationText(template, 't.yaml')!;
  expect(unit.errors).toEqual([]);
  const subject = unit.resources.find((r) => r.id === 'Subject')!;
  const props = subject.props;
  if (props.t !== 'map') throw new Error('no properties');
  const value = props.entries.get('Value');
  return value ? show(value) : 'omitted';
}

const PARAMS = `Parameters:
  Allowed: { Type: String, AllowedValues: [a, b] }
  WithDefault: { Type: String, Default: d }
  Bare: { Type: String }
  Secret: { Type: String, NoEcho: true, Default: hunter2 }
  Names: { Type: CommaDelimitedList, Default: "x,y" }
  FromSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /path }
Conditions:
  Yes: !Equals [1, 1]
  No: !Not [!Condition Yes]
  Depends: !Equals [!Ref Bare, prod]
  Either: !Or [!Condition Depends, !Condition Yes]
Mappings:
  Region:
    us-east-1: { Ami: ami-1 }
    eu-west-1: { Ami: ami-2 }`;

describe('IntrinsicResolver', () => {
  it.each([
    ['a plain string', 'hello', 'hello'],
    ['CloudFormation string booleans stay strings for rules to compare', '"true"', 'true'],
    ['Ref to a parameter with AllowedValues', '!Ref Allowed', { oneOf: [["parameter Allowed is 'a'", 'a'], ["parameter Allowed is 'b'", 'b']] }],
    ['Ref to a parameter with a Default', '!Ref WithDefault', { unknown: 'parameter WithDefault can be set at deploy time', fallback: ["parameter WithDefault keeps its default 'd'", 'd'] }],
    ['Ref to a parameter without default', '!Ref Bare', { unknown: 'parameter Bare has no default' }],
    ['Ref to a NoEcho parameter never exposes its value', '!Ref Secret', { unknown: 'parameter Secret is NoEcho' }],
    ['Ref to an SSM parameter', '!Ref FromSsm', { unknown: 'parameter FromSsm is read from SSM at deploy time' }],
    ['a list parameter', '!Ref Names', { unknown: 'parameter Names can be set at deploy time', fallback: ["parameter Names keeps its default 'x,y'", ['x', 'y']] }],
    ['Ref to a resource', '!Ref Target', { ref: 'Target' }],
    ['GetAtt short form', '!GetAtt Target.Arn', { ref: 'Target', attribute: 'Arn' }],
    ['GetAtt long form', '{ "Fn::GetAtt": [Target, Arn] }', { ref: 'Target', attribute: 'Arn' }],
    ['pseudo parameter', '!Ref AWS::Region', { unknown: 'the region the stack is deployed in' }],
    ['If on a decidable condition', '!If [Yes, on, off]', 'on'],
    ['If on a negated condition', '!If [No, on, off]', 'off'],
    ['Or with one true operand is decided', '!If [Either, on, off]', 'on'],
    ['If on a deploy-time condition', '!If [Depends, on, off]', { oneOf: [['condition Depends is true', 'on'], ['condition Depends is false', 'off']] }],
    ['If with NoValue drops the property on one branch', '!If [Depends, on, !Ref AWS::NoValue]', { oneOf: [['condition Depends is true', 'on'], ['condition Depends is false', 'omitted']] }],
    ['NoValue removes the property', '!Ref AWS::NoValue', 'omitted'],
    ['Sub with pseudo parameters keeps placeholders', '!Sub "arn:${AWS::Partition}:s3:::${AWS::AccountId}-data/*"', 'arn:${AWS::Partition}:s3:::${AWS::AccountId}-data/*'],
    ['Sub with a resource attribute', '!Sub "${Target.Arn}/x"', '${Target.Arn}/x'],
    ['Sub with a choice fans out', '!Sub "ml-${Allowed}"', { oneOf: [["parameter Allowed is 'a'", 'ml-a'], ["parameter Allowed is 'b'", 'ml-b']] }],
    ['Sub with a variable map', '!Sub ["${X}-${Y}", { X: one, Y: !Ref WithDefault }]', { unknown: 'parameter WithDefault can be set at deploy time', fallback: ["parameter WithDefault keeps its default 'd'", 'one-d'] }],
    ['Sub escapes ${!Literal}', '!Sub "${!Literal}"', '${Literal}'],
    ['Join of literals and a reference', '!Join ["", ["arn:", !Ref AWS::Partition, ":s3:::", !Ref Target]]', 'arn:${AWS::Partition}:s3:::${Target}'],
    ['Select', '!Select [1, [a, b, c]]', 'b'],
    ['Split', '!Split [",", "a,b"]', ['a', 'b']],
    ['FindInMap with known keys', '!FindInMap [Region, eu-west-1, Ami]', 'ami-2'],
    ['FindInMap by region fans out over every entry', '!FindInMap [Region, !Ref AWS::Region, Ami]', { oneOf: [["the region the stack is deployed in is 'us-east-1'", 'ami-1'], ["the region the stack is deployed in is 'eu-west-1'", 'ami-2']] }],
    ['Base64 is transparent', '!Base64 "echo hi"', 'echo hi'],
    ['ImportValue is unknown', '!ImportValue shared-vpc', { unknown: "imported from another stack's export 'shared-vpc'" }],
    ['GetAZs is unknown', '!GetAZs ""', { unknown: 'the availability zones of the region' }],
    ['Ref to an undefined name', '!Ref Nowhere', { unknown: "Ref to 'Nowhere', which the template does not define" }],
  ])('%s', (_name, expression, expected) => {
    expect(resolveProperty(PARAMS, expression)).toEqual(expected);
  });

  it('drops NoValue items from lists', () => {
    expect(resolveProperty(PARAMS, '[a, !Ref AWS::NoValue, b]')).toEqual(['a', 'b']);
  });

  it('survives conditions that refer to each other in a loop', () => {
    const header = 'Conditions:\n  A: !Condition B\n  B: !Condition A';
    expect(resolveProperty(header, '!If [A, x, y]')).toEqual({ oneOf: [['condition A is true', 'x'], ['condition A is false', 'y']] });
  });
});
