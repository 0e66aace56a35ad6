/**
 * `judge()` on values as the CloudFormation loader reads them: the tri-state
 * cases every rule shares (a literal, an omitted property with an AWS default,
 * a parameter with only a default or with allowed values, a condition) are
 * tested here once, not in each rule's table.
 */
import { describe, expect, it } from 'vitest';
import { cfn, loadForTest } from '../plugin-api/rule-tester.js';
import { prop } from './resource.js';
import { judge, type Value } from './value.js';

/** DirectInternetAccess of the one notebook of a template whose Resources follow `parameters`. */
function access(parameters: string, properties: string, conditions = ''): Value {
  const template = [
    parameters,
    conditions,
    'Resources:',
    '  Notebook:',
    '    Type: AWS::SageMaker::NotebookInstance',
    '    Properties:',
    '      InstanceType: ml.t3.medium',
    properties && `      ${properties}`,
  ];
  const unit = loadForTest(template.filter(Boolean).join('\n') + '\n');
  return prop(unit.resources.find((r) => r.id === 'Notebook')!, 'DirectInternetAccess');
}

const isEnabled = (value: Value) => judge(value, (v) => v.t === 'scalar' && String(v.v) === 'Enabled');

describe('judge on CloudFormation values', () => {
  it.each([
    ['a literal', '', 'DirectInternetAccess: Enabled', 'definite', "is 'Enabled'"],
    ['an omitted property that defaults to the value', '', '', 'definite', "is omitted and defaults to 'Enabled'"],
    [
      'a parameter with only a default',
      'Parameters:\n  Access: { Type: String, Default: Enabled }',
      'DirectInternetAccess: !Ref Access',
      'possible',
      "can be 'Enabled' when parameter Access keeps its default 'Enabled'",
    ],
    [
      'a parameter whose allowed values include the value',
      'Parameters:\n  Access: { Type: String, AllowedValues: [Enabled, Disabled], Default: Disabled }',
      'DirectInternetAccess: !Ref Access',
      'possible',
      "can be 'Enabled' when parameter Access is 'Enabled'",
    ],
  ])('%s', (_name, parameters, properties, certainty, because) => {
    const verdict = isEnabled(access(parameters, properties));
    expect(verdict?.certainty).toBe(certainty);
    expect(verdict?.because).toBe(because);
  });

  it('a parameter with only a default of a Number type is possible, naming the default', () => {
    const unit = loadForTest(cfn`
      Parameters:
        Count: { Type: Number, Default: 1 }
      Resources:
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            ProductionVariants:
              - { VariantName: main, ModelName: m, InstanceType: ml.m5.large, InitialInstanceCount: !Ref Count }
    `);
    const count = prop(unit.resources[0]!, 'ProductionVariants', 0, 'InitialInstanceCount');
    const verdict = judge(count, (v) => v.t === 'scalar' && Number(v.v) === 1);
    expect(verdict).toMatchObject({ certainty: 'possible', because: "can be 1 when parameter Count keeps its default '1'" });
  });

  it('a condition: the branch that sets the value, and the branch that drops it to its default', () => {
    const conditions = 'Conditions:\n  IsProd: !Equals [!Ref AWS::StackName, prod]';
    expect(isEnabled(access('', 'DirectInternetAccess: !If [IsProd, Disabled, Enabled]', conditions))).toMatchObject({
      certainty: 'possible',
      because: "can be 'Enabled' when condition IsProd is false",
    });
    expect(isEnabled(access('', 'DirectInternetAccess: !If [IsProd, Disabled, !Ref AWS::NoValue]', conditions))).toMatchObject({
      certainty: 'possible',
      because: "can be omitted (defaulting to 'Enabled') when condition IsProd is false",
    });
  });

  it('allowed values without the value, and an imported value, are not judged bad', () => {
    expect(isEnabled(access('Parameters:\n  Access: { Type: String, AllowedValues: [Disabled] }', 'DirectInternetAccess: !Ref Access'))).toBeUndefined();
    expect(isEnabled(access('', 'DirectInternetAccess: !ImportValue shared-access'))).toBeUndefined();
  });
});
