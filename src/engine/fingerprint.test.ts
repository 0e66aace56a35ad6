import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { loadCloudFormationText } from '../loaders/cloudformation/index.js';
import { evaluateUnit } from './evaluate.js';
import { prepareRules } from '../core/rule.js';

beforeAll(() => prepareRules(ALL_RULES));

function fingerprints(template: string): Map<string, string> {
  const unit = loadCloudFormationText(template, 'stack.yaml')!;
  const { findings } = evaluateUnit(unit, { rules: ALL_RULES });
  return new Map(findings.map((f) => [`${f.ruleId} ${f.resource.id} ${f.propertyPath.join('.')}`, f.fingerprint]));
}

const ORIGINAL = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Enabled
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      NodeType: ra3.xlplus
      PubliclyAccessible: true
`;

describe('fingerprints', () => {
  const original = fingerprints(ORIGINAL);

  it('exist for several rules and resources', () => {
    expect(original.size).toBeGreaterThan(4);
  });

  it('survive lines inserted above, resources reordered, and reformatting', () => {
    const inserted = `# Platform stack\nDescription: ML platform\n\n${ORIGINAL}`;
    const [head, notebook, warehouse] = ORIGINAL.split(/\n(?= {2}\w+:\n)/);
    const reordered = `${head}\n${warehouse}\n${notebook}\n`;
    const reformatted = `Resources:
    Warehouse: { Type: "AWS::Redshift::Cluster", Properties: { NodeType: ra3.xlplus, PubliclyAccessible: true } }
    Notebook:
        Type: 'AWS::SageMaker::NotebookInstance'
        Properties: {InstanceType: ml.t3.medium, DirectInternetAccess: "Enabled"}
`;
    for (const variant of [inserted, reordered, reformatted]) expect(fingerprints(variant)).toEqual(original);
  });

  it('change with the logical ID', () => {
    const renamed = fingerprints(ORIGINAL.replace('  Notebook:', '  ResearchNotebook:'));
    const before = original.get('SM001 Notebook DirectInternetAccess');
    expect(before).toBeDefined();
    expect(renamed.get('SM001 ResearchNotebook DirectInternetAccess')).not.toBe(before);
  });

  it('differ between rules on the same resource', () => {
    const values = [...original.values()];
    expect(new Set(values).size).toBe(values.length);
  });
});
