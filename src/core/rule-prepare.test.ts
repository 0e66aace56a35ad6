import { describe, expect, it } from 'vitest';
import sm060 from '../../rules/sm060-role-any-s3-bucket.js';
import { loadCloudFormationText } from '../loaders/cloudformation/index.js';
import { evaluateUnit } from '../engine/evaluate.js';
import { prepareRules, prepareRulesFor, RuleNotPreparedError, type Rule } from './rule.js';

const BROAD_EXECUTION_ROLE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: sagemaker.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: data
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
`;

const unit = () => loadCloudFormationText(BROAD_EXECUTION_ROLE, 'role.yaml')!;

describe('rule prepare hooks', () => {
  // Runs first: this file's module state starts unprepared.
  it('a rule checked before it is prepared throws instead of reporting nothing', () => {
    expect(() => evaluateUnit(unit(), { rules: [sm060] })).toThrow(RuleNotPreparedError);
    expect(() => evaluateUnit(unit(), { rules: [sm060] })).toThrow(/rule SM060 was checked before its prepare\(\) hook ran/);
  });

  it('once prepared, the rule judges', async () => {
    await prepareRules([sm060]);
    expect(evaluateUnit(unit(), { rules: [sm060] }).findings.map((f) => f.ruleId)).toEqual(['SM060']);
  });

  it('prepareRules awaits every hook and skips rules without one', async () => {
    const prepared: string[] = [];
    const rule = (id: string, prepare?: () => Promise<void>): Rule => ({ ...sm060, id, prepare, check: () => undefined });
    const slow = rule('SLOW', async () => {
      await new Promise((resume) => setTimeout(resume, 10));
      prepared.push('SLOW');
    });
    await prepareRules([slow, rule('NONE')]);
    expect(prepared).toEqual(['SLOW']);
  });

  it('prepareRulesFor prepares the rules that apply to the kinds given, each once', async () => {
    const prepared: string[] = [];
    const rule = (id: string, appliesTo: Rule['appliesTo']): Rule => ({ ...sm060, id, appliesTo, prepare: async () => void prepared.push(id), check: () => undefined });
    const rules = [rule('ROLE', ['IamRole']), rule('NOTEBOOK', ['NotebookInstance']), rule('EITHER', ['IamPolicy', 'NotebookInstance'])];
    await prepareRulesFor(rules, new Set(['NotebookInstance', 'Vpc']));
    expect(prepared).toEqual(['NOTEBOOK', 'EITHER']);
    await prepareRulesFor(rules, new Set(['NotebookInstance', 'IamRole']));
    expect(prepared).toEqual(['NOTEBOOK', 'EITHER', 'ROLE']);
  });

  it('a preparation that failed is tried again by the next evaluator', async () => {
    let attempts = 0;
    const flaky: Rule = {
      ...sm060,
      id: 'FLAKY',
      prepare: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('data not readable');
      },
      check: () => undefined,
    };
    await expect(prepareRules([flaky])).rejects.toThrow('data not readable');
    await prepareRules([flaky]);
    await prepareRules([flaky]);
    expect(attempts).toBe(2);
  });
});
