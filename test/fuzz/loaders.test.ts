/**
 * Whatever text reaches the loaders — arbitrary strings, near-templates,
 * templates whose intrinsics are nonsense or circular — parsing, loading and
 * resolving end, throw nothing, and every position they give lies inside the file.
 */
import fc from '../helpers/property.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { prepareRules } from '../../src/core/rule.js';
import { loadCloudFormationText } from '../../src/loaders/cloudformation/index.js';
import { parseStructuredText } from '../../src/loaders/structured-text.js';
import type { Location } from '../../src/model/location.js';
import type { Value } from '../../src/model/value.js';
import { FUZZ_SUITE, yielding } from './mutations.js';

beforeAll(() => prepareRules(ALL_RULES));

/** Every location a value tree holds: its nodes', its keys', its choices' and fallbacks'. */
function locationsOf(value: Value, out: Location[] = [], seen = new Set<Value>()): Location[] {
  if (seen.has(value)) return out;
  seen.add(value);
  out.push(value.loc);
  switch (value.t) {
    case 'map':
      for (const [key, child] of value.entries) {
        out.push(value.keyLocs.get(key)!);
        locationsOf(child, out, seen);
      }
      break;
    case 'list':
      for (const item of value.items) locationsOf(item, out, seen);
      break;
    case 'oneOf':
      for (const option of value.options) locationsOf(option.value, out, seen);
      break;
    case 'unknown':
      if (value.fallback) locationsOf(value.fallback.value, out, seen);
      break;
    case 'omitted':
      locationsOf(value.anchor, out, seen);
      if (value.fallback) locationsOf(value.fallback, out, seen);
      break;
  }
  return out;
}

function expectInside(locations: Location[], text: string, file: string): void {
  const lines = text.split('\n').length;
  for (const loc of locations) {
    if (loc.kind !== 'source' || loc.file !== file) continue;
    expect(loc.start.offset).toBeGreaterThanOrEqual(0);
    expect(loc.end.offset).toBeGreaterThanOrEqual(loc.start.offset);
    expect(loc.end.offset).toBeLessThanOrEqual(text.length);
    for (const p of [loc.start, loc.end]) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
}

function expectErrorsInside(errors: { line?: number; column?: number }[], text: string): void {
  const lines = text.split('\n').length;
  for (const e of errors) {
    if (e.line !== undefined) expect(e.line).toBeLessThanOrEqual(lines);
    if (e.column !== undefined) expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

/** Parse, load as CloudFormation, and run every rule: nothing may throw, every position must be in the file. */
function loadFully(text: string, file: string): void {
  const parsed = parseStructuredText(text, file);
  if (parsed.ok) expectInside(locationsOf(parsed.doc.value), text, file);
  else expectErrorsInside([parsed.error], text);
  const unit = loadCloudFormationText(text, file);
  if (!unit) return;
  expectErrorsInside(unit.errors, text);
  for (const resource of unit.resources) expectInside([resource.loc, ...locationsOf(resource.props)], text, file);
  const evaluation = evaluateUnit(unit, { rules: ALL_RULES });
  expectInside(
    evaluation.findings.map((f) => f.location),
    text,
    file,
  );
}

const yamlish = fc
  .array(fc.constantFrom('Resources:', '\n  R:', '\n    Type: AWS::SageMaker::NotebookInstance', '\n    Properties:', '\n      ', 'a: ', '- ', ':', '!Ref ', '!If ', '[', ']', '{', '}', ', ', '"', "'", '#', '|', '\n', '\r\n', 'x', '1', '&a ', '*a', '\t', '\u2028', '\uFEFF', 'é'), { maxLength: 60 })
  .map((tokens) => tokens.join(''));

const INTRINSICS = ['Ref', 'Fn::If', 'Fn::Sub', 'Fn::Join', 'Fn::Select', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::Split', 'Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Condition', 'Fn::Base64', 'Fn::ImportValue', 'Fn::Transform', 'Fn::GetAZs', 'Fn::Cidr', 'Fn::ToJsonString', 'Fn::Length'];
const NAMES = ['Env', 'IsProd', 'Loop', 'Map', 'Notebook', 'Role', 'AWS::Region', 'AWS::NoValue', 'Missing', '${Env}-${AWS::Region}', '${Missing}', '${!Literal}', '${Role.Arn}'];

/** Values where intrinsics nest at random, with arguments of any shape: the resolver must not care. */
const { value: intrinsicValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...NAMES, 0, 1, -1, 99, true, null, 'Enabled', 'Disabled', ''),
    fc.tuple(fc.constantFrom(...INTRINSICS), tie('value')).map(([name, arg]) => ({ [name]: arg })),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('Key', 'Value', 'A', 'B', 'DirectInternetAccess'), tie('value'), { maxKeys: 3 }),
  ),
}));

const template = fc
  .record({
    parameters: fc.dictionary(fc.constantFrom('Env', 'Role', 'Flag'), fc.record({ Type: fc.constantFrom('String', 'Number', 'CommaDelimitedList'), Default: intrinsicValue, AllowedValues: fc.array(intrinsicValue, { maxLength: 3 }) }, { requiredKeys: ['Type'] })),
    // Conditions that name each other, in circles too.
    conditions: fc.dictionary(fc.constantFrom('IsProd', 'Loop', 'Other'), intrinsicValue),
    mappings: fc.dictionary(fc.constantFrom('Map', 'Sizes'), fc.dictionary(fc.constantFrom('dev', 'prod', 'Env'), fc.dictionary(fc.constantFrom('Key', 'Size'), intrinsicValue))),
    properties: fc.dictionary(fc.constantFrom('DirectInternetAccess', 'RootAccess', 'SubnetId', 'KmsKeyId', 'RoleArn', 'Tags', 'InstanceMetadataServiceConfiguration', 'SecurityGroupIds'), intrinsicValue),
    type: fc.constantFrom('AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::Domain', 'AWS::SageMaker::Model', 'AWS::SageMaker::EndpointConfig', 'AWS::Redshift::Cluster', 'AWS::IAM::Role', 'AWS::EC2::SecurityGroup', 'AWS::SageMaker::Pipeline'),
  })
  .map(({ parameters, conditions, mappings, properties, type }) =>
    JSON.stringify({ Parameters: parameters, Conditions: { ...conditions, Loop: { Condition: 'Loop' } }, Mappings: mappings, Resources: { Notebook: { Type: type, Properties: properties }, Role: { Type: 'AWS::IAM::Role', Properties: {} } } }, null, 1),
  );

describe('loaders on any input', FUZZ_SUITE, () => {
  it('parse and load any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), yamlish), fc.constantFrom('t.yaml', 't.json'), yielding((text, file) => loadFully(text, file))),
      { numRuns: 1500 },
    );
  });

  it('resolve templates whose intrinsics are nonsense, nested or circular, and run every rule on them', async () => {
    await fc.assert(
      fc.asyncProperty(template, yielding((text) => loadFully(text, 't.json'))),
      { numRuns: 400 },
    );
  });
});
