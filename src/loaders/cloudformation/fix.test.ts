import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../core/apply-edits.js';
import { get } from '../../model/value.js';
import { cfn } from '../../../test/rule-tester.js';
import { loadCloudFormationText } from './index.js';

function fixed(template: string, file: string, path: (string | number)[], value: unknown): string {
  const unit = loadCloudFormationText(template, file)!;
  const resource = unit.resources[0]!;
  const edits = unit.renderFix!({ description: 'test', edits: [{ target: get(resource.props, ...path), value }] });
  if (!edits) throw new Error('no edit rendered');
  return applyTextEdits(template, edits);
}

const YAML = cfn`
  Resources:
    Model:
      Type: AWS::SageMaker::Model
      Properties:
        Containers:
          - Image: a   # first
          - Image: b
        VpcConfig:
          Subnets: [s-1]
        Flag: false
`;

describe('CloudFormation fix rendering', () => {
  it('replaces a block value without swallowing the next key', () => {
    expect(fixed(YAML, 't.yaml', ['Containers'], [{ Image: 'c' }])).toContain('Containers:\n        [ { Image: c } ]\n      VpcConfig:');
  });

  it('appends an item to a block list at its indentation', () => {
    expect(fixed(YAML, 't.yaml', ['Containers', 2], { Image: 'c' })).toContain('        - Image: b\n        - Image: c\n      VpcConfig:');
  });

  it('renders each value on its own, even values that JSON writes alike', () => {
    expect(fixed(YAML, 't.yaml', ['Flag'], 0)).toContain('Flag: 0\n');
    expect(fixed(YAML, 't.yaml', ['Flag'], -0)).toContain('Flag: -0\n');
    expect(fixed(YAML, 't.yaml', ['Policy'], { Name: 'a' })).toContain('      Flag: false\n      Policy:\n        Name: a\n');
    expect(fixed(YAML, 't.yaml', ['VpcConfig', 'Policy'], { Name: 'a' })).toContain('        Subnets: [s-1]\n        Policy:\n          Name: a\n');
  });

  it('quotes strings that YAML 1.1 (which CloudFormation reads) would take for dates or booleans', () => {
    const inserted = fixed(YAML, 't.yaml', ['Policy'], { Version: '2012-10-17', Enabled: 'yes', Name: 'plain' });
    expect(inserted).toContain('Version: "2012-10-17"');
    expect(inserted).toContain('Enabled: "yes"');
    expect(inserted).toContain('Name: plain');
    expect(fixed(YAML, 't.yaml', ['Flag'], 'on')).toContain('Flag: "on"');
  });

  it('appends an item to a flow list', () => {
    expect(fixed(YAML, 't.yaml', ['VpcConfig', 'Subnets', 1], '<subnet-id>')).toContain('Subnets: [s-1, <subnet-id>]');
  });

  it('inserts nested properties under the nearest present map', () => {
    expect(fixed(YAML, 't.yaml', ['VpcConfig', 'SecurityGroupIds'], ['<security-group-id>'])).toContain(
      '        Subnets: [s-1]\n        SecurityGroupIds:\n          - <security-group-id>\n      Flag: false',
    );
  });

  it('creates Properties when the resource has none', () => {
    const template = 'Resources:\n  Nb:\n    Type: AWS::SageMaker::NotebookInstance\n';
    expect(fixed(template, 't.yaml', ['RootAccess'], 'Disabled')).toBe(`${template}    Properties:\n      RootAccess: Disabled\n`);
  });

  it('edits JSON: replace, insert, append', () => {
    const json = '{\n  "Resources": {\n    "M": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "Flag": false,\n        "List": ["a"]\n      }\n    }\n  }\n}\n';
    expect(fixed(json, 't.json', ['Flag'], true)).toContain('"Flag": true,');
    expect(fixed(json, 't.json', ['List', 1], 'b')).toContain('"List": ["a", "b"]');
    const inserted = fixed(json, 't.json', ['Vpc', 'Subnets'], ['<subnet-id>']);
    expect(JSON.parse(inserted).Resources.M.Properties.Vpc).toEqual({ Subnets: ['<subnet-id>'] });
  });

  it('edits one-line (minified) JSON minimally, and it stays one line of valid JSON', () => {
    const minified = '{"Resources":{"Model":{"Type":"AWS::SageMaker::Model","Properties":{"Containers":[{"Image":"a"}],"VpcConfig":{"Subnets":["s-1"]},"Tags":{}}}}}';
    const insert = (path: (string | number)[], value: unknown) => {
      const unit = loadCloudFormationText(minified, 't.json')!;
      const edits = unit.renderFix!({ description: 'test', edits: [{ target: get(unit.resources[0]!.props, ...path), value }] })!;
      expect(edits).toHaveLength(1);
      return edits[0]!;
    };
    const nested = insert(['VpcConfig', 'SecurityGroupIds'], ['<sg>']);
    expect(nested.text).toBe(',"SecurityGroupIds":["<sg>"]');
    const topLevel = insert(['EnableNetworkIsolation'], true);
    expect(topLevel.text).toBe(',"EnableNetworkIsolation":true');
    expect(insert(['Containers', 1], { Image: 'b' }).text).toBe(',{"Image":"b"}');
    const result = applyTextEdits(minified, [nested, topLevel]);
    expect(result.includes('\n')).toBe(false);
    expect(JSON.parse(result).Resources.Model.Properties).toMatchObject({ EnableNetworkIsolation: true, VpcConfig: { Subnets: ['s-1'], SecurityGroupIds: ['<sg>'] } });
    expect(fixed(minified, 't.json', ['Tags', 'Team'], 'ml')).toBe(minified.replace('"Tags":{}', '"Tags":{"Team":"ml"}'));
  });
});
