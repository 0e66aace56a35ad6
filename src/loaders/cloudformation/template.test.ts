import { describe, expect, it } from 'vitest';
import { loadCloudFormationText } from './index.js';
import { prop } from '../../model/resource.js';

function transformNotes(template: string, file: string): string[] {
  const unit = loadCloudFormationText(template, file);
  if (!unit) throw new Error('not a template');
  return unit.notes.map((n) => `${n.line}: ${n.message}`);
}

const NOTE = 'Fn::Transform AWS::Include of s3://b/snippet.yaml is not run and nothing is fetched: what it would produce is not checked';

describe('Fn::Transform in a template', () => {
  it.each([
    ['long form', 'template.yaml', 'Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://b/snippet.yaml } }\n'],
    ['short form', 'template.yaml', 'Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      !Transform { Name: AWS::Include, Parameters: { Location: s3://b/snippet.yaml } }\n'],
    ['a YAML escape', 'template.yaml', 'Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      "Fn::\\x54ransform": { Name: AWS::Include, Parameters: { Location: s3://b/snippet.yaml } }\n'],
    ['a JSON escape', 'template.json', '{"Resources": {"M": {"Type": "AWS::SageMaker::Model",\n "Properties": {"Fn::\\u0054ransform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/snippet.yaml"}}}}}}'],
  ])('is noted when written in %s', (_, file, template) => {
    expect(transformNotes(template, file)).toEqual([`${file.endsWith('.json') ? 2 : 5}: ${NOTE}`]);
  });

  it('gives no note in a template without one', () => {
    expect(transformNotes('Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties: { ModelName: m }\n', 'template.yaml')).toEqual([]);
  });
});

describe('YAML that CloudFormation reads but the YAML spec rejects', () => {
  // The closing brace sits left of its key: CloudFormation, cfn-lint and PyYAML accept it.
  const template = [
    'Resources:',
    '  Notebook:',
    '    Type: AWS::SageMaker::NotebookInstance',
    '    Properties: {',
    '      InstanceType: ml.t3.medium,',
    '      RoleArn: arn:aws:iam::123456789012:role/r,',
    '      DirectInternetAccess: Enabled',
    '  }',
    '',
  ].join('\n');

  it('is loaded, with its values at their own lines, and noted once', () => {
    const unit = loadCloudFormationText(template, 'template.yaml');
    expect(unit?.errors).toEqual([]);
    expect(unit?.notes).toEqual([{ file: 'template.yaml', line: 8, message: expect.stringMatching(/^not valid YAML 1\.2 \(a flow collection continues on lines no more indented than its key\)/) }]);
    const notebook = unit!.resources.find((r) => r.id === 'Notebook')!;
    expect(prop(notebook, 'DirectInternetAccess')).toMatchObject({ v: 'Enabled', loc: { start: { line: 7, column: 29 } } });
  });
});
