import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm041-transform-storage-unencrypted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'transform task with both keys',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters:
                      ModelName: churn
                      TransformResources: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: alias/ml }
                      TransformOutput: { S3OutputPath: 's3://b/scores', KmsKeyId: alias/ml }
                    End: true
      `,
    },
    {
      name: 'keys taken from the execution input',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters:
                      TransformResources: { VolumeKmsKeyId.$: $.key }
                      TransformOutput: { KmsKeyId.$: $.key }
                    End: true
      `,
    },
    {
      name: 'HCL, a pipeline transform step with volume and output keys',
      hcl: tf`
        resource "aws_sagemaker_pipeline" "train" {
          pipeline_name         = "train"
          pipeline_display_name = "train"
          role_arn              = "arn:aws:iam::123456789012:role/pipeline"
          pipeline_definition = jsonencode({
            Version = "2020-12-01"
            Steps = [{
              Name = "Train"
              Type = "Transform"
              Arguments = {
                ModelName          = "m"
                TransformInput     = { DataSource = { S3DataSource = { S3DataType = "S3Prefix", S3Uri = "s3://in/" } } }
                TransformOutput    = { S3OutputPath = "s3://out/", KmsKeyId = "alias/out" }
                TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.large", VolumeKmsKeyId = "alias/vol" }
              }
            }]
          })
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'pipeline Transform step without keys, in a literal block: both fixed in the JSON',
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
                        "Name": "Score",
                        "Type": "Transform",
                        "Arguments": {
                          "ModelName": "churn",
                          "TransformResources": {
                            "InstanceCount": 1,
                            "InstanceType": "ml.m5.xlarge"
                          },
                          "TransformOutput": {
                            "S3OutputPath": "s3://b/scores"
                          }
                        }
                      }
                    ]
                  }
      `,
      findings: [
        { line: 12, resource: 'Pipeline/Score', message: /^TransformResources\.VolumeKmsKeyId is omitted: the transform instances' ML storage volumes/ },
        { line: 12, resource: 'Pipeline/Score', message: /^TransformOutput\.KmsKeyId is omitted: the predictions written to S3/ },
      ],
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
                        "Name": "Score",
                        "Type": "Transform",
                        "Arguments": {
                          "ModelName": "churn",
                          "TransformResources": {
                            "InstanceCount": 1,
                            "InstanceType": "ml.m5.xlarge",
                            "VolumeKmsKeyId": "<kms-key-arn>"
                          },
                          "TransformOutput": {
                            "S3OutputPath": "s3://b/scores",
                            "KmsKeyId": "<kms-key-arn>"
                          }
                        }
                      }
                    ]
                  }
      `,
    },
    {
      name: 'transform task with a volume key but an empty output key',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters:
                      TransformResources: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: alias/ml }
                      TransformOutput: { S3OutputPath: 's3://b/scores', KmsKeyId: '' }
                    End: true
      `,
      findings: [{ line: 13, column: 75, severity: 'medium', message: /^TransformOutput\.KmsKeyId is ''/ }],
      fixed: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters:
                      TransformResources: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: alias/ml }
                      TransformOutput: { S3OutputPath: 's3://b/scores', KmsKeyId: <kms-key-arn> }
                    End: true
      `,
    },
    {
      name: 'a key from a parameter whose default is empty: possible',
      template: cfn`
        Parameters:
          Key: { Type: String, Default: '' }
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob
                    Parameters:
                      TransformResources: { VolumeKmsKeyId: !Ref Key }
                      TransformOutput: { KmsKeyId: !Ref Key }
                    End: true
      `,
      findings: [
        { line: 14, certainty: 'possible', severity: 'low', message: /^TransformResources\.VolumeKmsKeyId can be '' when parameter Key keeps its default ''/ },
        { line: 15, certainty: 'possible', severity: 'low', message: /^TransformOutput\.KmsKeyId can be ''/ },
      ],
    },
    {
      name: 'HCL, a pipeline transform step without keys',
      hcl: tf`
        resource "aws_sagemaker_pipeline" "train" {
          pipeline_name         = "train"
          pipeline_display_name = "train"
          role_arn              = "arn:aws:iam::123456789012:role/pipeline"
          pipeline_definition = jsonencode({
            Version = "2020-12-01"
            Steps = [{
              Name = "Train"
              Type = "Transform"
              Arguments = {
                ModelName          = "m"
                TransformInput     = { DataSource = { S3DataSource = { S3DataType = "S3Prefix", S3Uri = "s3://in/" } } }
                TransformOutput    = { S3OutputPath = "s3://out/" }
                TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.large" }
              }
            }]
          })
        }
      `,
      findings: [{ line: 8, column: 14, message: /VolumeKmsKeyId is omitted/ }, { line: 8, column: 14, message: /KmsKeyId is omitted/ }],
      fixed: tf`
        resource "aws_sagemaker_pipeline" "train" {
          pipeline_name         = "train"
          pipeline_display_name = "train"
          role_arn              = "arn:aws:iam::123456789012:role/pipeline"
          pipeline_definition = jsonencode({
            Version = "2020-12-01"
            Steps = [{
              Name = "Train"
              Type = "Transform"
              Arguments = {
                ModelName          = "m"
                TransformInput     = { DataSource = { S3DataSource = { S3DataType = "S3Prefix", S3Uri = "s3://in/" } } }
                TransformOutput    = { S3OutputPath = "s3://out/", KmsKeyId = "<kms-key-arn>" }
                TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.large", VolumeKmsKeyId = "<kms-key-arn>" }
              }
            }]
          })
        }
      `,
    },
  ],
});
