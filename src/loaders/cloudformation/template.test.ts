import { describe, expect, it } from 'vitest';
import { loadCloudFormationText } from './index.js';

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
