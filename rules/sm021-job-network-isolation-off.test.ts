import { cfn, runRuleTests } from '../test/rule-tester.js';
import { TRAINING_STEP, dataQualityJob } from '../test/terraform-modules.js';
import rule from './sm021-job-network-isolation-off.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'processing job with isolation',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: true
      `,
    },
    {
      name: 'Step Functions training task with isolation, and an isolation set from the execution input',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Train
                States:
                  Train:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                    Parameters: { EnableNetworkIsolation: true }
                    Next: Retrain
                  Retrain:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
                    Parameters: { EnableNetworkIsolation.$: $.isolate }
                    End: true
      `,
    },
    {
      name: 'monitoring schedule that names a job definition declares no job',
      template: cfn`
        Resources:
          Schedule:
            Type: AWS::SageMaker::MonitoringSchedule
            Properties:
              MonitoringScheduleName: daily
              MonitoringScheduleConfig:
                MonitoringJobDefinitionName: quality
                MonitoringType: DataQuality
      `,
    },
    {
      name: 'pipeline parameter whose default isolates',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {
                    "Version": "2020-12-01",
                    "Parameters": [{ "Name": "Isolate", "Type": "Boolean", "DefaultValue": true }],
                    "Steps": [
                      { "Name": "Train", "Type": "Training", "Arguments": { "EnableNetworkIsolation": { "Get": "Parameters.Isolate" } } }
                    ]
                  }
      `,
    },
    {
      name: 'a value imported from another stack is not judged',
      template: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: !ImportValue shared-isolation
      `,
    },
    {
      name: 'a state machine whose definition is in S3 is not read',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionS3Location: { Bucket: b, Key: machine.json }
      `,
    },
    {
      name: 'HCL, a pipeline training step with network isolation',
      hcl: TRAINING_STEP.protected,
    },
    {
      name: 'HCL, a data quality job definition with network isolation',
      hcl: dataQualityJob('  network_config {\n    enable_network_isolation = true\n    vpc_config {\n      subnets            = ["subnet-0abc"]\n      security_group_ids = ["sg-0abc"]\n    }\n  }\n'),
    },
  ],
  invalid: [
    {
      name: 'data quality job definition without NetworkConfig: the fix inserts the nested block',
      template: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/monitor
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
      `,
      findings: [{ line: 2, message: /^NetworkConfig\.EnableNetworkIsolation is omitted and defaults to false: the data quality monitoring job's containers/ }],
      fixed: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/monitor
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
              NetworkConfig:
                EnableNetworkIsolation: true
      `,
    },
    {
      name: 'processing job with isolation off',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: "false"
      `,
      findings: [{ line: 6, column: 33, message: /^NetworkConfig\.EnableNetworkIsolation is 'false': the processing job's/ }],
      fixed: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: true
      `,
    },
    {
      name: 'parameter whose allowed values include false: possible',
      template: cfn`
        Parameters:
          Isolate: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Bias:
            Type: AWS::SageMaker::ModelBiasJobDefinition
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: !Ref Isolate
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'low', message: /can be 'false' when parameter Isolate is 'false'/ }],
    },
    {
      name: 'Fn::If that drops the property on one branch',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          ModelQuality:
            Type: AWS::SageMaker::ModelQualityJobDefinition
            Properties:
              NetworkConfig:
                EnableNetworkIsolation: !If [IsProd, true, !Ref AWS::NoValue]
      `,
      findings: [{ line: 10, certainty: 'possible', message: /omitted \(defaulting to false\) when condition IsProd is false/ }],
    },
    {
      name: 'inline job definition of a monitoring schedule',
      template: cfn`
        Resources:
          Schedule:
            Type: AWS::SageMaker::MonitoringSchedule
            Properties:
              MonitoringScheduleName: daily
              MonitoringScheduleConfig:
                MonitoringJobDefinition:
                  RoleArn: arn:aws:iam::123456789012:role/monitor
                  NetworkConfig:
                    EnableNetworkIsolation: false
      `,
      findings: [{ line: 10, message: /^MonitoringScheduleConfig\.MonitoringJobDefinition\.NetworkConfig\.EnableNetworkIsolation is false/ }],
    },
    {
      name: 'training task in a DefinitionString block: found at its state, fixed inside the JSON',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/sfn
              DefinitionString: !Sub |
                {
                  "StartAt": "Train",
                  "States": {
                    "Train": {
                      "Type": "Task",
                      "Resource": "arn:\${AWS::Partition}:states:::sagemaker:createTrainingJob.sync",
                      "Parameters": {
                        "TrainingJobName.$": "$.name",
                        "RoleArn": "arn:aws:iam::\${AWS::AccountId}:role/train"
                      },
                      "End": true
                    }
                  }
                }
      `,
      findings: [{ line: 10, column: 13, resource: 'Machine/Train', message: /^EnableNetworkIsolation is omitted and defaults to false: the training job's/ }],
      fixed: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/sfn
              DefinitionString: !Sub |
                {
                  "StartAt": "Train",
                  "States": {
                    "Train": {
                      "Type": "Task",
                      "Resource": "arn:\${AWS::Partition}:states:::sagemaker:createTrainingJob.sync",
                      "Parameters": {
                        "TrainingJobName.$": "$.name",
                        "RoleArn": "arn:aws:iam::\${AWS::AccountId}:role/train",
                        "EnableNetworkIsolation": true
                      },
                      "End": true
                    }
                  }
                }
      `,
    },
    {
      name: 'states nested in Parallel branches and Map iterators of a Definition object',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Fan
                States:
                  Fan:
                    Type: Parallel
                    Branches:
                      - StartAt: Prep
                        States:
                          Prep:
                            Type: Task
                            Resource: arn:aws:states:::sagemaker:createProcessingJob.sync
                            Parameters:
                              NetworkConfig: { EnableNetworkIsolation: false }
                            End: true
                    Next: Each
                  Each:
                    Type: Map
                    ItemProcessor:
                      StartAt: Tune
                      States:
                        Tune:
                          Type: Task
                          Resource: arn:aws:states:::sagemaker:createHyperParameterTuningJob
                          Parameters:
                            TrainingJobDefinitions:
                              - DefinitionName: small
                                EnableNetworkIsolation: true
                              - DefinitionName: large
                          End: true
                    End: true
      `,
      findings: [
        { line: 17, resource: 'Machine/Prep', message: /^NetworkConfig\.EnableNetworkIsolation is false: the processing job's/ },
        { line: 25, resource: 'Machine/Tune/large', message: /^EnableNetworkIsolation is omitted .*tuning job training definition/ },
      ],
    },
    {
      name: 'pipeline Training step inside a Condition step',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: !Sub |
                  {
                    "Version": "2020-12-01",
                    "Steps": [
                      {
                        "Name": "Check",
                        "Type": "Condition",
                        "Arguments": {
                          "IfSteps": [
                            { "Name": "Train", "Type": "Training", "Arguments": { "EnableNetworkIsolation": false, "RoleArn": "\${AWS::AccountId}" } }
                          ]
                        }
                      }
                    ]
                  }
      `,
      findings: [{ line: 17, column: 101, resource: 'Pipeline/Train', message: /^EnableNetworkIsolation is false/ }],
      fixed: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: !Sub |
                  {
                    "Version": "2020-12-01",
                    "Steps": [
                      {
                        "Name": "Check",
                        "Type": "Condition",
                        "Arguments": {
                          "IfSteps": [
                            { "Name": "Train", "Type": "Training", "Arguments": { "EnableNetworkIsolation": true, "RoleArn": "\${AWS::AccountId}" } }
                          ]
                        }
                      }
                    ]
                  }
      `,
    },
    {
      name: 'pipeline parameter whose default does not isolate: possible',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {"Parameters": [{"Name": "Isolate", "Type": "Boolean", "DefaultValue": false}],
                   "Steps": [{"Name": "Prep", "Type": "Processing", "Arguments": {"NetworkConfig": {"EnableNetworkIsolation": {"Get": "Parameters.Isolate"}}}}]}
      `,
      findings: [{ line: 10, certainty: 'possible', message: /can be false when pipeline parameter Isolate keeps its default/ }],
    },
    {
      name: 'JSON template with an escaped definition string: found at its line, no fix',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Machine": {\n      "Type": "AWS::StepFunctions::StateMachine",\n      "Properties": {\n        "DefinitionString": "{\\"StartAt\\": \\"Train\\", \\"States\\": {\\"Train\\": {\\"Type\\": \\"Task\\", \\"Resource\\": \\"arn:aws:states:::sagemaker:createTrainingJob\\", \\"Parameters\\": {\\"EnableNetworkIsolation\\": false}, \\"End\\": true}}}"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, column: 209, resource: 'Machine/Train' }],
      fixed: null,
    },
    {
      name: 'CDK output: a definition assembled with Fn::Join',
      file: 'template.json',
      template: [
        '{',
        ' "Resources": {',
        '  "Role": { "Type": "AWS::IAM::Role", "Properties": {} },',
        '  "Machine": {',
        '   "Type": "AWS::StepFunctions::StateMachine",',
        '   "Properties": {',
        '    "DefinitionString": {',
        '     "Fn::Join": [',
        '      "",',
        '      [',
        '       "{\\"StartAt\\":\\"Train\\",\\"States\\":{\\"Train\\":{\\"End\\":true,\\"Type\\":\\"Task\\",\\"Resource\\":\\"arn:",',
        '       { "Ref": "AWS::Partition" },',
        '       ":states:::sagemaker:createTrainingJob.sync\\",\\"Parameters\\":{\\"RoleArn\\":\\"",',
        '       { "Fn::GetAtt": ["Role", "Arn"] },',
        '       "\\",\\"EnableNetworkIsolation\\":false}}}}"',
        '      ]',
        '     ]',
        '    }',
        '   }',
        '  }',
        ' }',
        '}',
        '',
      ].join('\n'),
      findings: [{ line: 15, column: 39, resource: 'Machine/Train' }],
      fixed: null,
    },
    {
      name: 'HCL, a pipeline training step with network isolation off',
      hcl: TRAINING_STEP.off,
      findings: [{ line: 15, column: 34, severity: 'medium' }],
    },
    {
      name: 'HCL, a pipeline training step that omits it: defaults to false',
      hcl: TRAINING_STEP.bare,
      findings: [{ line: 8, column: 14, message: /defaults to false/ }],
    },
  ],
});
