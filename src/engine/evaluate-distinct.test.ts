import { describe, expect, it } from 'vitest';
import { evaluateUnit } from './evaluate.js';
import { defineRule, type Rule } from '../core/rule.js';
import { prop } from '../model/resource.js';
import { loadForTest } from '../../test/rule-tester.js';

const TEMPLATE = ['Resources:', '  Nb:', '    Type: AWS::SageMaker::NotebookInstance', '    Properties:', '      SubnetId: subnet-0a', ''].join('\n');

/** Reports the subnet twice with one message (as a walk reaching it by two paths would), and once more with another. */
const repeating: Rule = defineRule({
  id: 'XX001',
  name: 'repeats',
  severity: 'low',
  appliesTo: ['NotebookInstance'],
  fixable: false,
  tags: [],
  presets: { recommended: true, reason: 'A test rule.' },
  docs: { summary: '', description: '', risk: '', guidance: [], remediation: {} },
  check(resource, { report }) {
    report({ at: prop(resource, 'SubnetId'), message: 'subnet' });
    report({ at: prop(resource, 'SubnetId'), message: 'subnet' });
    report({ at: prop(resource, 'SubnetId'), message: 'another cause' });
    report({ at: resource, message: 'subnet' });
  },
});

describe('findings of one rule on one resource', () => {
  it('are one per place and message: the same report twice is one finding', () => {
    const { findings } = evaluateUnit(loadForTest(TEMPLATE, 'nb.yaml'), { rules: [repeating] });
    expect(findings.map((f) => [f.location.kind === 'source' ? f.location.start.line : 0, f.message])).toEqual([
      [5, 'subnet'],
      [5, 'another cause'],
      [2, 'subnet'],
    ]);
  });

  it('of two rules at the same place stay two', () => {
    const { findings } = evaluateUnit(loadForTest(TEMPLATE, 'nb.yaml'), { rules: [repeating, { ...repeating, id: 'XX002' }] });
    expect(findings.filter((f) => f.location.kind === 'source' && f.location.start.line === 5 && f.message === 'subnet').map((f) => f.ruleId)).toEqual(['XX001', 'XX002']);
  });
});
