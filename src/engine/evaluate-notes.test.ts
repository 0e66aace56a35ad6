import { describe, expect, it } from 'vitest';
import { evaluateUnit } from './evaluate.js';
import { defineRule, type Rule } from '../core/rule.js';
import { prop } from '../model/resource.js';
import { loadForTest } from '../../test/rule-tester.js';

const TEMPLATE = ['Resources:', '  Nb:', '    Type: AWS::SageMaker::NotebookInstance', '    Properties:', '      SubnetId: !ImportValue shared', '  Other:', '    Type: AWS::SageMaker::NotebookInstance', ''].join('\n');

const noting: Rule = defineRule({
  id: 'XX001',
  name: 'notes-only',
  severity: 'low',
  appliesTo: ['NotebookInstance'],
  fixable: false,
  tags: [],
  presets: { recommended: true, reason: 'A test rule.' },
  docs: { summary: '', description: '', risk: '', guidance: [], remediation: {} },
  check(resource, { note }) {
    note({ at: prop(resource, 'SubnetId'), message: 'subnet is imported' });
    note({ at: prop(resource, 'SubnetId'), message: 'subnet is imported' });
    note({ message: 'shared cause' });
  },
});

describe('rule notes', () => {
  it('become notes with the file and line of the value (the resource by default), each identical note once, prefixed with the rule ID', () => {
    const { findings, notes } = evaluateUnit(loadForTest(TEMPLATE, 'nb.yaml'), { rules: [noting] });
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      { file: 'nb.yaml', line: 5, message: 'XX001: subnet is imported' },
      { file: 'nb.yaml', line: 2, message: 'XX001: shared cause' },
      // Other has no SubnetId: an omitted value points at its resource.
      { file: 'nb.yaml', line: 6, message: 'XX001: subnet is imported' },
      { file: 'nb.yaml', line: 6, message: 'XX001: shared cause' },
    ]);
  });

  it('several rules saying the same thing at the same place give one note naming them all', () => {
    const other: Rule = { ...noting, id: 'XX002' };
    const { notes } = evaluateUnit(loadForTest(TEMPLATE, 'nb.yaml'), { rules: [noting, other] });
    expect(notes[0]).toEqual({ file: 'nb.yaml', line: 5, message: 'XX001, XX002: subnet is imported' });
    expect(notes).toHaveLength(4);
  });
});
