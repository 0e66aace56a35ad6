import { describe, expect, it } from 'vitest';
import { cfn } from '../../../test/rule-tester.js';
import { get, type Value } from '../../model/value.js';
import { readEmbeddedJson } from './embedded-json.js';
import { loadCloudFormationText } from '../cloudformation/index.js';

/** The embedded document of the first resource's `DefinitionString`. */
function definitionOf(template: string, file = 'template.yaml') {
  const unit = loadCloudFormationText(template, file)!;
  const machine = unit.resources.find((r) => r.kind === 'StateMachine')!;
  return readEmbeddedJson(get(machine.props, 'DefinitionString'), { file, text: template });
}

function documentOf(template: string, file?: string): Value {
  const read = definitionOf(template, file);
  if (!read.ok) throw new Error(read.problem);
  return read.value;
}

function place(value: Value) {
  if (value.loc.kind !== 'source') throw new Error('not a source location');
  return { line: value.loc.start.line, column: value.loc.start.column, readOnly: value.loc.readOnly === true };
}

describe('readEmbeddedJson', () => {
  it('locates values of a literal block exactly, and lets fixes edit them', () => {
    const doc = documentOf(cfn`
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !Sub |
              {
                "StartAt": "Train",
                "States": {
                  "Train": { "Type": "Task", "Resource": "arn:\${AWS::Partition}:states:::sagemaker:createTrainingJob.sync", "End": true }
                }
              }
    `);
    const train = get(doc, 'States', 'Train');
    expect(place(get(train, 'Type'))).toEqual({ line: 9, column: 32, readOnly: false });
    expect(get(train, 'Resource')).toMatchObject({ v: 'arn:${AWS::Partition}:states:::sagemaker:createTrainingJob.sync' });
    expect(get(doc, 'States', 'Train', 'Type').loc.path).toEqual(['Resources', 'Machine', 'Properties', 'DefinitionString', 'States', 'Train', 'Type']);
  });

  it('locates text around placeholders that Fn::Sub rewrites, and the rewritten text where it is written', () => {
    const doc = documentOf(cfn`
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !Sub
              - |
                {"Comment": "\${!Literal} \${Stage}", "StartAt": "A",
                 "States": {"A": {"Type": "Pass", "End": true}}}
              - { Stage: prod }
    `);
    expect(get(doc, 'Comment')).toMatchObject({ v: '${Literal} prod' });
    expect(place(get(doc, 'Comment'))).toEqual({ line: 7, column: 23, readOnly: false });
    expect(place(get(doc, 'States', 'A', 'Type'))).toEqual({ line: 8, column: 37, readOnly: false });
  });

  it('maps an escaped JSON string character by character, read-only', () => {
    const template = '{"Resources": {"Machine": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {\n"DefinitionString": "{\\"StartAt\\": \\"A\\",\\n \\"States\\": {\\"A\\": {\\"Type\\": \\"Pass\\", \\"End\\": true}}}"}}}}';
    const doc = documentOf(template, 'template.json');
    const type = get(doc, 'States', 'A', 'Type');
    expect(type).toMatchObject({ v: 'Pass' });
    expect(place(type)).toEqual({ line: 2, column: template.split('\n')[1]!.indexOf('\\"Pass') + 1, readOnly: true });
  });

  it('follows the literal pieces of an Fn::Join across lines', () => {
    const template = [
      '{"Resources": {"Machine": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"DefinitionString": {"Fn::Join": ["", [',
      '  "{\\"StartAt\\": \\"A\\", \\"States\\": {\\"A\\": {\\"Type\\": \\"Task\\", \\"Resource\\": \\"",',
      '  {"Ref": "AWS::Partition"},',
      '  "\\", \\"End\\": true}}}"',
      ']]}}}}}',
    ].join('\n');
    const doc = documentOf(template, 'template.json');
    expect(place(get(doc, 'States', 'A', 'Type'))).toMatchObject({ line: 2, readOnly: true });
    expect(place(get(doc, 'States', 'A', 'End'))).toMatchObject({ line: 4, column: template.split('\n')[3]!.indexOf('true') + 1 });
  });

  it('merges the documents a parameter chooses between into choices where they differ', () => {
    const doc = documentOf(cfn`
      Parameters:
        Isolate: { Type: String, AllowedValues: ['true', 'false'] }
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !Sub |
              { "StartAt": "A", "States": { "A": { "Type": "Pass", "Isolated": \${Isolate}, "End": true } } }
    `);
    expect(get(doc, 'States', 'A', 'Type')).toMatchObject({ t: 'scalar', v: 'Pass' });
    const isolated = get(doc, 'States', 'A', 'Isolated');
    expect(isolated.t).toBe('oneOf');
    expect(isolated.t === 'oneOf' && isolated.options.map((o) => [o.via, (o.value as { v: unknown }).v])).toEqual([
      ["parameter Isolate is 'true'", true],
      ["parameter Isolate is 'false'", false],
    ]);
  });

  it('makes every value overridable when a parameter default is substituted', () => {
    const doc = documentOf(cfn`
      Parameters:
        Env: { Type: String, Default: dev }
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !Sub '{"Comment": "\${Env}", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}'
    `);
    expect(get(doc, 'Comment')).toMatchObject({ t: 'unknown', fallback: { value: { v: 'dev' }, via: "parameter Env keeps its default 'dev'" } });
  });

  it('reports text that is not JSON with its position in the template', () => {
    const read = definitionOf(cfn`
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: |
              {
                "StartAt": "A",
                "States": { oops }
              }
    `);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatch(/is not valid JSON: .*\(line 3, column 15 of the document\)/);
    expect(read.loc).toMatchObject({ start: { line: 8, column: 23 } });
  });

  it('cannot read a definition imported from another stack', () => {
    const read = definitionOf(cfn`
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !ImportValue shared-definition
    `);
    expect(read).toMatchObject({ ok: false, problem: /known only at deploy time/ });
  });
});
