import { cfn, runRuleTests } from '../test/rule-tester.js';
import { TRAINING_STEP, dataQualityJob } from '../test/terraform-modules.js';
import rule from './sm020-job-outside-vpc.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'processing job in a VPC',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              NetworkConfig:
                VpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
      `,
    },
    {
      name: 'subnets from a parameter without default are taken as present',
      template: cfn`
        Parameters:
          Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
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
                    Parameters:
                      VpcConfig: { Subnets: !Ref Subnets, SecurityGroupIds: [sg-1] }
                    End: true
      `,
    },
    {
      name: 'a VPC configuration taken from the execution input is not judged',
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
                    Parameters:
                      VpcConfig.$: $.vpc
                    End: true
      `,
    },
    {
      name: 'a task that is not a SageMaker job is ignored',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Invoke
                States:
                  Invoke: { Type: Task, Resource: arn:aws:states:::lambda:invoke, End: true }
      `,
    },
    {
      name: 'HCL, a pipeline training step in a VPC',
      hcl: TRAINING_STEP.protected,
    },
    {
      name: 'HCL, a data quality job definition in a VPC',
      hcl: dataQualityJob('  network_config {\n    enable_network_isolation = true\n    vpc_config {\n      subnets            = ["subnet-0abc"]\n      security_group_ids = ["sg-0abc"]\n    }\n  }\n'),
    },
  ],
  invalid: [
    {
      name: 'processing job without NetworkConfig: the fix inserts NetworkConfig.VpcConfig',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/prep
      `,
      findings: [{ line: 2, severity: 'high', message: /^NetworkConfig\.VpcConfig is omitted: the processing job's containers run in a network SageMaker manages/ }],
      fixed: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/prep
              NetworkConfig:
                VpcConfig:
                  SecurityGroupIds:
                    - <security-group-id>
                  Subnets:
                    - <subnet-id>
      `,
    },
    {
      name: 'training task without VpcConfig, in a Definition object',
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
                    Parameters:
                      RoleArn: arn:aws:iam::123456789012:role/train
                    End: true
      `,
      findings: [{ line: 8, resource: 'Machine/Train', message: /^VpcConfig is omitted: the training job's containers/ }],
      fixed: cfn`
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
                    Parameters:
                      RoleArn: arn:aws:iam::123456789012:role/train
                      VpcConfig:
                        SecurityGroupIds:
                          - <security-group-id>
                        Subnets:
                          - <subnet-id>
                    End: true
      `,
    },
    {
      name: 'monitoring job definition with security groups but no subnets',
      template: cfn`
        Resources:
          Bias:
            Type: AWS::SageMaker::ModelBiasJobDefinition
            Properties:
              NetworkConfig:
                VpcConfig:
                  SecurityGroupIds: [sg-1]
                  Subnets: []
      `,
      findings: [{ line: 8, column: 20, message: /^NetworkConfig\.VpcConfig\.Subnets is \[\]: network interfaces in your VPC need both/ }],
      fixed: cfn`
        Resources:
          Bias:
            Type: AWS::SageMaker::ModelBiasJobDefinition
            Properties:
              NetworkConfig:
                VpcConfig:
                  SecurityGroupIds: [sg-1]
                  Subnets: ["<subnet-id>"]
      `,
    },
    {
      name: 'a VPC configuration that one condition drops: possible',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              NetworkConfig:
                VpcConfig: !If [IsProd, { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 10, certainty: 'possible', severity: 'medium', message: /can be omitted when condition IsProd is false/ }],
    },
    {
      name: 'pipeline Processing step in a literal block: fixed inside the JSON',
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
                    "Steps": [
                      {
                        "Name": "Prep",
                        "Type": "Processing",
                        "Arguments": {
                          "NetworkConfig": {
                            "EnableNetworkIsolation": true
                          }
                        }
                      }
                    ]
                  }
      `,
      findings: [{ line: 12, column: 25, resource: 'Pipeline/Prep', message: /^NetworkConfig\.VpcConfig is omitted/ }],
      fixed: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {
                    "Steps": [
                      {
                        "Name": "Prep",
                        "Type": "Processing",
                        "Arguments": {
                          "NetworkConfig": {
                            "EnableNetworkIsolation": true,
                            "VpcConfig": {
                              "SecurityGroupIds": [
                                "<security-group-id>"
                              ],
                              "Subnets": [
                                "<subnet-id>"
                              ]
                            }
                          }
                        }
                      }
                    ]
                  }
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Prep": {\n      "Type": "AWS::SageMaker::ProcessingJob",\n      "Properties": {\n        "NetworkConfig": {\n          "EnableNetworkIsolation": true\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Prep": {\n      "Type": "AWS::SageMaker::ProcessingJob",\n      "Properties": {\n        "NetworkConfig": {\n          "EnableNetworkIsolation": true,\n          "VpcConfig": {\n            "SecurityGroupIds": [\n              "<security-group-id>"\n            ],\n            "Subnets": [\n              "<subnet-id>"\n            ]\n          }\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, a pipeline training step outside a VPC',
      hcl: TRAINING_STEP.bare,
      findings: [{ line: 8, column: 14, severity: 'high' }],
    },
    {
      name: 'HCL, a data quality job definition outside a VPC',
      hcl: dataQualityJob(),
      findings: [{ line: 1, severity: 'high', message: /data quality monitoring job/ }],
    },
  ],
});
