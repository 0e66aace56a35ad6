import { describe, expect, it } from 'vitest';
import { cfn } from '../../../test/rule-tester.js';
import { prop, type Resource } from '../../model/resource.js';
import { stringOf, type Value } from '../../model/value.js';
import { loadCloudFormationText } from '../cloudformation/index.js';

function load(template: string, file = 'template.yaml') {
  const unit = loadWithErrors(template, file);
  expect(unit.errors).toEqual([]);
  return unit;
}

function loadWithErrors(template: string, file = 'template.yaml') {
  const unit = loadCloudFormationText(template, file);
  if (!unit) throw new Error('not a template');
  return unit;
}

const summary = (r: Resource) => ({ kind: r.kind, id: r.id, type: r.type, line: r.loc.kind === 'source' ? r.loc.start.line : undefined });

function line(value: Value): number | undefined {
  return value.loc.kind === 'source' ? value.loc.start.line : undefined;
}

describe('CloudFormation resources that declare jobs', () => {
  it('turns processing jobs, monitoring job definitions and inline monitoring schedules into canonical jobs', () => {
    const unit = load(cfn`
      Resources:
        Prep:
          Type: AWS::SageMaker::ProcessingJob
          Properties:
            ProcessingResources:
              ClusterConfig: { InstanceCount: 2, VolumeKmsKeyId: alias/ml }
        Quality:
          Type: AWS::SageMaker::DataQualityJobDefinition
          Properties:
            DataQualityJobOutputConfig: { KmsKeyId: alias/out }
        Schedule:
          Type: AWS::SageMaker::MonitoringSchedule
          Properties:
            MonitoringScheduleConfig:
              MonitoringType: ModelBias
              MonitoringJobDefinition:
                NetworkConfig: { EnableNetworkIsolation: true }
    `);
    expect(unit.resources.map(summary)).toEqual([
      { kind: 'Job', id: 'Prep', type: 'AWS::SageMaker::ProcessingJob', line: 2 },
      { kind: 'Job', id: 'Quality', type: 'AWS::SageMaker::DataQualityJobDefinition', line: 7 },
      { kind: 'Job', id: 'Schedule', type: 'AWS::SageMaker::MonitoringSchedule', line: 11 },
    ]);
    const [prep, quality, schedule] = unit.resources as [Resource, Resource, Resource];
    expect(stringOf(prop(prep, 'JobType'))).toBe('processing');
    expect(prop(prep, 'ResourceConfig', 'InstanceCount')).toMatchObject({ t: 'scalar', v: 2 });
    expect(prop(prep, 'ResourceConfig', 'VolumeKmsKeyId').loc.path).toEqual(['Resources', 'Prep', 'Properties', 'ProcessingResources', 'ClusterConfig', 'VolumeKmsKeyId']);
    expect(prop(prep, 'EnableNetworkIsolation')).toMatchObject({ t: 'omitted', path: ['Resources', 'Prep', 'Properties', 'NetworkConfig', 'EnableNetworkIsolation'] });
    expect(prop(quality, 'OutputDataConfig', 'KmsKeyId')).toMatchObject({ t: 'scalar', v: 'alias/out' });
    expect(prop(quality, 'ResourceConfig', 'VolumeKmsKeyId')).toMatchObject({
      t: 'omitted',
      path: ['Resources', 'Quality', 'Properties', 'JobResources', 'ClusterConfig', 'VolumeKmsKeyId'],
    });
    expect(stringOf(prop(schedule, 'JobType'))).toBe('model-bias');
    expect(prop(schedule, 'EnableNetworkIsolation')).toMatchObject({ t: 'scalar', v: true });
  });
});

describe('Step Functions state machines', () => {
  it('finds SageMaker tasks through Parallel and Map states, with JSONPath and JSONata values unknown', () => {
    const unit = load(cfn`
      Resources:
        Machine:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionSubstitutions:
              Subnet: subnet-0abc
            Definition:
              StartAt: All
              States:
                All:
                  Type: Parallel
                  Branches:
                    - StartAt: Train
                      States:
                        Train:
                          Type: Task
                          Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                          Parameters:
                            TrainingJobName.$: $.name
                            VpcConfig: { Subnets: ['\${Subnet}'] }
                          End: true
                  Next: Loop
                Loop:
                  Type: Map
                  Iterator:
                    StartAt: Model
                    States:
                      Model:
                        Type: Task
                        QueryLanguage: JSONata
                        Resource: arn:aws:states:::sagemaker:createModel
                        Arguments:
                          ModelName: churn
                          ExecutionRoleArn: '{% $states.input.role %}'
                        Next: Notify
                      Notify: { Type: Task, Resource: arn:aws:states:::sns:publish, End: true }
                  End: true
    `);
    expect(unit.resources.map(summary)).toEqual([
      { kind: 'StateMachine', id: 'Machine', type: 'AWS::StepFunctions::StateMachine', line: 2 },
      { kind: 'Job', id: 'Machine/Train', type: 'CreateTrainingJob', line: 15 },
      { kind: 'Model', id: 'Machine/Model', type: 'CreateModel', line: 28 },
    ]);
    const [, train, model] = unit.resources as [Resource, Resource, Resource];
    expect(train.label).toBe('Step Functions state Train (sagemaker:CreateTrainingJob) of Machine');
    expect(prop(train, 'TrainingJobName')).toMatchObject({ t: 'unknown', reason: 'set when the workflow runs, from $.name' });
    expect(prop(train, 'VpcConfig', 'Subnets', 0)).toMatchObject({ t: 'scalar', v: 'subnet-0abc' });
    expect(model.aliases).toEqual(['churn']);
    expect(prop(model, 'ExecutionRoleArn')).toMatchObject({ t: 'unknown', reason: 'set when the workflow runs, from {% $states.input.role %}' });
  });

  it('tells apart tasks with the same state name', () => {
    const unit = load(cfn`
      Resources:
        Machine:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              StartAt: Both
              States:
                Both:
                  Type: Parallel
                  End: true
                  Branches:
                    - StartAt: Train
                      States: { Train: { Type: Task, Resource: arn:aws:states:::sagemaker:createTrainingJob, End: true } }
                    - StartAt: Train
                      States: { Train: { Type: Task, Resource: arn:aws:states:::sagemaker:createTrainingJob, End: true } }
    `);
    expect(unit.resources.filter((r) => r.kind === 'Job').map((r) => r.id)).toEqual(['Machine/Train', 'Machine/Train#2']);
  });

  it('notes definitions it cannot read and reports one that is not JSON as a load error, naming the resource and the position', () => {
    const unit = loadWithErrors(cfn`
      Resources:
        InS3:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionS3Location: { Bucket: b, Key: k }
        SamFile:
          Type: AWS::Serverless::StateMachine
          Properties:
            DefinitionUri: statemachine/train.asl.json
        Broken:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: |
              { "StartAt": "A",
                "States": { "A": { "Type": "Pass" }, } }
        Imported:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionString: !ImportValue shared-definition
    `);
    expect(unit.resources.filter((r) => r.kind !== 'StateMachine')).toEqual([]);
    expect(unit.notes).toEqual([
      {
        file: 'template.yaml',
        line: 5,
        message: 'InS3: the definition is read from DefinitionS3Location (S3 or a local file), which sagelint does not fetch, so SageMaker tasks in it are not checked',
      },
      {
        file: 'template.yaml',
        line: 9,
        message: 'SamFile: the definition is read from DefinitionUri (S3 or a local file), which sagelint does not fetch, so SageMaker tasks in it are not checked',
      },
      {
        file: 'template.yaml',
        line: 19,
        message: "Imported: DefinitionString is known only at deploy time (imported from another stack's export 'shared-definition'), so SageMaker tasks in it are not checked",
      },
    ]);
    // At the JSON error inside the literal block: the `}` after the trailing comma.
    expect(unit.errors).toEqual([
      {
        file: 'template.yaml',
        line: 15,
        column: 48,
        // The parser's wording varies between Node versions; the position does not.
        message: expect.stringMatching(/^Broken: DefinitionString is not valid JSON: .+ \(line 2, column 40 of the document\), so SageMaker tasks in it are not checked$/),
      },
    ]);
  });
});

describe('malformed definitions', () => {
  it('never crash: shapes that are not what Step Functions or Pipelines expect declare nothing', () => {
    const unit = loadWithErrors(cfn`
      Resources:
        NumberDefinition:
          Type: AWS::StepFunctions::StateMachine
          Properties: { DefinitionString: 42 }
        StatesList:
          Type: AWS::StepFunctions::StateMachine
          Properties: { DefinitionString: '{"States": [1, 2]}' }
        OddTasks:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            Definition:
              States:
                NoResource: { Type: Task }
                Branchless: { Type: Parallel, Branches: yes }
                Mapless: { Type: Map }
                Scalar: { Type: Task, Resource: arn:aws:states:::sagemaker:createTrainingJob, Parameters: 7 }
        DuplicateKeys:
          Type: AWS::SageMaker::Pipeline
          Properties:
            PipelineDefinition: { PipelineDefinitionBody: '{"Steps": [], "Steps": []}' }
        StepsMap:
          Type: AWS::SageMaker::Pipeline
          Properties:
            PipelineDefinition: { PipelineDefinitionBody: '{"Steps": {"Name": "Train", "Type": "Training"}}' }
    `);
    const declared = unit.resources.filter((r) => r.kind !== 'StateMachine' && r.kind !== 'Pipeline');
    expect(declared.map((r) => r.id)).toEqual(['OddTasks/Scalar']);
    expect(prop(declared[0]!, 'EnableNetworkIsolation')).toMatchObject({ t: 'unknown' });
    expect(unit.notes.map((n) => n.message)).toEqual(['NumberDefinition: DefinitionString is 42, not a JSON document, so SageMaker tasks in it are not checked']);
    expect(unit.errors).toEqual([
      {
        file: 'template.yaml',
        line: 20,
        column: 68,
        message: expect.stringMatching(/^DuplicateKeys: PipelineDefinition\.PipelineDefinitionBody is not valid JSON: .*unique.*, so pipeline steps in it are not checked$/),
      },
    ]);
  });
});

describe('SageMaker pipelines', () => {
  it('finds request steps inside Condition steps and links Transform steps to Model steps', () => {
    const unit = load(cfn`
      Resources:
        Pipeline:
          Type: AWS::SageMaker::Pipeline
          Properties:
            PipelineName: p
            RoleArn: arn:aws:iam::123456789012:role/p
            PipelineDefinition:
              PipelineDefinitionBody: |
                {
                  "Parameters": [{ "Name": "Count", "Type": "Integer", "DefaultValue": 2 }],
                  "Steps": [
                    { "Name": "Train", "Type": "Training", "Arguments": { "ResourceConfig": { "InstanceCount": { "Get": "Parameters.Count" } } } },
                    { "Name": "Gate", "Type": "Condition", "Arguments": {
                        "IfSteps": [{ "Name": "Register", "Type": "Model", "Arguments": {} }],
                        "ElseSteps": [{ "Name": "Stop", "Type": "Fail", "Arguments": {} }] } },
                    { "Name": "Score", "Type": "Transform", "Arguments": {
                        "ModelName": { "Get": "Steps.Register.ModelName" },
                        "TransformOutput": { "S3OutputPath": { "Std:Join": { "On": "/", "Values": ["s3://b", { "Get": "Execution.PipelineExecutionId" }] } } } } }
                  ]
                }
    `);
    expect(unit.resources.map(summary)).toEqual([
      { kind: 'Pipeline', id: 'Pipeline', type: 'AWS::SageMaker::Pipeline', line: 2 },
      { kind: 'Job', id: 'Pipeline/Train', type: 'CreateTrainingJob', line: 12 },
      { kind: 'Model', id: 'Pipeline/Register', type: 'CreateModel', line: 14 },
      { kind: 'TransformJob', id: 'Pipeline/Score', type: 'CreateTransformJob', line: 16 },
    ]);
    const [, train, , score] = unit.resources as [Resource, Resource, Resource, Resource];
    expect(prop(train, 'ResourceConfig', 'InstanceCount')).toMatchObject({
      t: 'unknown',
      reason: 'pipeline parameter Count can be set for each execution',
      fallback: { value: { t: 'scalar', v: 2 }, via: 'pipeline parameter Count keeps its default' },
    });
    expect(prop(score, 'ModelName')).toMatchObject({ t: 'ref', target: 'Pipeline/Register' });
    expect(prop(score, 'TransformOutput', 'S3OutputPath')).toMatchObject({ t: 'unknown', reason: 'set when the workflow runs, from Std:Join' });
    expect(line(prop(score, 'TransformOutput'))).toBe(18);
  });

  it('notes a definition held in S3', () => {
    const unit = load(cfn`
      Resources:
        Pipeline:
          Type: AWS::SageMaker::Pipeline
          Properties:
            PipelineDefinition:
              PipelineDefinitionS3Location: { Bucket: b, Key: pipeline.json }
    `);
    expect(unit.notes.map((n) => n.message)).toEqual([
      'Pipeline: the definition is read from PipelineDefinition.PipelineDefinitionS3Location (S3 or a local file), which sagelint does not fetch, so pipeline steps in it are not checked',
    ]);
  });
});
