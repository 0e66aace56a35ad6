import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../core/apply-edits.js';
import { evaluateUnit } from '../../engine/evaluate.js';
import sm001 from '../../../rules/sm001-notebook-direct-internet.js';
import sm010 from '../../../rules/sm010-domain-public-internet.js';
import type { Rule } from '../../core/rule.js';
import { cfn, loadForTest } from '../../../test/rule-tester.js';

function fixedBy(rule: Rule, text: string, file = 'template.yaml'): string {
  const [finding] = evaluateUnit(loadForTest(text, file), { rules: [rule] }).findings;
  return applyTextEdits(text, finding!.fix!.edits);
}

const TEMPLATE = cfn`
  Parameters:
    Environment:
      Type: String
      AllowedValues: [dev, prod]
    NotebookInternet:
      Type: String
      AllowedValues: [Enabled, Disabled]
      Default: Disabled

  Conditions:
    IsProd: !Equals [!Ref Environment, prod]

  Resources:
    Notebook:
      Type: AWS::SageMaker::NotebookInstance
      Properties:
        InstanceType: ml.t3.medium
        DirectInternetAccess: !Ref NotebookInternet
    Domain:
      Type: AWS::SageMaker::Domain
      Properties:
        AppNetworkAccessType: !If [IsProd, VpcOnly, PublicInternetOnly]
        DefaultUserSettings: { SecurityGroups: [sg-1] }
`;

describe('a fix deletes the parameters and conditions it leaves unused', () => {
  it('a parameter whose only use the fix replaces', () => {
    const fixed = fixedBy(sm001, TEMPLATE);
    expect(fixed).toContain('DirectInternetAccess: Disabled');
    expect(fixed).not.toContain('NotebookInternet');
    expect(fixed).toContain('  Environment:\n    Type: String\n    AllowedValues: [dev, prod]\n\nConditions:');
  });

  it('leaves a condition alone: no fix replaces a value chosen by one', () => {
    const [finding] = evaluateUnit(loadForTest(TEMPLATE, 'template.yaml'), { rules: [sm010] }).findings;
    expect(finding!.ruleId).toBe('SM010');
    expect(finding!.fix).toBeUndefined();
  });

  it('keeps a parameter used elsewhere', () => {
    const shared = TEMPLATE.replace('    InstanceType: ml.t3.medium\n', '    InstanceType: ml.t3.medium\n      Tags: [{ Key: internet, Value: !Ref NotebookInternet }]\n');
    expect(shared).toContain('Value: !Ref NotebookInternet');
    const fixed = fixedBy(sm001, shared);
    expect(fixed).toContain('DirectInternetAccess: Disabled');
    expect(fixed).toContain('  NotebookInternet:\n    Type: String');
  });

  it('reads past a section that is not a map (an emptied `Conditions:`)', () => {
    const emptied = TEMPLATE.replace('  IsProd: !Equals [!Ref Environment, prod]\n', '');
    expect(emptied).toContain('Conditions:\n\nResources:');
    const fixed = fixedBy(sm001, emptied);
    expect(fixed).toContain('DirectInternetAccess: Disabled');
    expect(fixed).not.toContain('NotebookInternet');
    expect(fixed).toContain('Conditions:\n');
  });

  it('in JSON, with the comma that joined the entry', () => {
    const json = `${JSON.stringify(
      {
        Parameters: { Keep: { Type: 'String' }, NotebookInternet: { Type: 'String', AllowedValues: ['Enabled', 'Disabled'] } },
        Resources: {
          Notebook: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', DirectInternetAccess: { Ref: 'NotebookInternet' }, Tags: [{ Key: 'k', Value: { Ref: 'Keep' } }] } },
        },
      },
      null,
      2,
    )}\n`;
    const fixed = fixedBy(sm001, json, 'template.json');
    expect(JSON.parse(fixed)).toMatchObject({ Parameters: { Keep: { Type: 'String' } } });
    expect(Object.keys(JSON.parse(fixed).Parameters)).toEqual(['Keep']);
  });
});
