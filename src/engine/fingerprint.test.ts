import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { loadCloudFormationText } from '../loaders/cloudformation/index.js';
import { memoryUnit } from '../loaders/terraform/testing.js';
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

describe('fingerprints of Terraform tag findings', () => {
  async function tagFinding(files: Record<string, string>) {
    const unit = await memoryUnit(files);
    const [finding] = evaluateUnit(unit, { rules: ALL_RULES.filter((r) => r.id === 'TG001'), requiredTags: ['Owner'] }).findings;
    return { line: finding?.location.kind === 'source' ? finding.location.start.line : undefined, fingerprint: finding?.fingerprint };
  }
  const model = (tags: string) => `resource "aws_sagemaker_model" "m" {\n  name               = "m"\n  execution_role_arn = "arn:aws:iam::123456789012:role/m"\n${tags}}\n`;

  it('do not move with the finding: at the tags argument, or at the resource when only the provider tags it', async () => {
    const atTags = await tagFinding({ 'main.tf': model('  tags               = { team = "data" }\n') });
    const provider = 'provider "aws" {\n  default_tags {\n    tags = { team = "data" }\n  }\n}\n';
    const atResource = await tagFinding({ 'main.tf': provider + model('') });
    expect(atTags.line).toBe(4);
    expect(atResource.line).toBe(6);
    expect(atTags.fingerprint).toBeDefined();
    // rule + file + resource + property path (Tags), never the line: a baseline taken before the finding moved to `tags` still matches.
    expect(atResource.fingerprint).toBe(atTags.fingerprint);
  });
});
