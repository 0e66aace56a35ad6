import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm040-transform-unprotected.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'transform of a model in a VPC with isolation',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/m
              EnableNetworkIsolation: true
              VpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
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
                      ModelName: !GetAtt Model.ModelName
                    End: true
      `,
    },
    {
      name: 'a model created elsewhere, or named at run time, is not judged',
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
                    Parameters: { ModelName: shared-model }
                    Next: Rescore
                  Rescore:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters: { ModelName.$: $.model }
                    End: true
      `,
    },
    {
      name: 'HCL, a pipeline transform step whose model is in a VPC',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          vpc_config {
            subnets            = ["subnet-0abc"]
            security_group_ids = ["sg-0abc"]
          }
          enable_network_isolation = true
        }
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
    },
  ],
  invalid: [
    {
      name: 'createModel and createTransformJob states that share a model name',
      template: cfn`
        Resources:
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Model
                States:
                  Model:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createModel
                    Parameters:
                      ModelName: churn
                      ExecutionRoleArn: arn:aws:iam::123456789012:role/m
                    Next: Score
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters:
                      ModelName: churn
                    End: true
      `,
      findings: [
        {
          line: 19,
          column: 26,
          resource: 'Machine/Score',
          severity: 'high',
          message:
            "ModelName names model Machine/Model, which runs outside a VPC (VpcConfig is omitted) and without network isolation (EnableNetworkIsolation is omitted and defaults to false): the batch transform containers run with the model's network settings and can send the data they score out of your network. Attach the model to a VPC and enable its network isolation.",
        },
      ],
      fixed: null,
    },
    {
      name: 'pipeline Transform step that uses the model of a Model step',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {"Steps": [
                    {"Name": "Register", "Type": "Model", "Arguments": {"ExecutionRoleArn": "arn:aws:iam::123456789012:role/m", "EnableNetworkIsolation": true}},
                    {"Name": "Score", "Type": "Transform", "Arguments": {"ModelName": {"Get": "Steps.Register.ModelName"}}}
                  ]}
      `,
      findings: [{ line: 11, column: 79, resource: 'Pipeline/Score', message: /^ModelName names model Pipeline\/Register, which runs outside a VPC \(VpcConfig is omitted\): / }],
    },
    {
      name: 'an AWS::SageMaker::Model named in a DefinitionString built with Fn::Sub',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/m
              VpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub |
                {"StartAt": "Score", "States": {"Score": {"Type": "Task",
                  "Resource": "arn:\${AWS::Partition}:states:::sagemaker:createTransformJob.sync",
                  "Parameters": {"ModelName": "\${Model.ModelName}"}, "End": true}}}
      `,
      findings: [{ line: 13, resource: 'Machine/Score', message: /^ModelName names model Model, which runs without network isolation \(EnableNetworkIsolation is omitted and defaults to false\)/ }],
    },
    {
      name: 'an AWS::SageMaker::Model named by its literal ModelName in a state',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ModelName: churn
              ExecutionRoleArn: arn:aws:iam::123456789012:role/m
              VpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters: { ModelName: churn }
                    End: true
      `,
      findings: [{ line: 17, resource: 'Machine/Score', message: /^ModelName names model Model, which runs without network isolation/ }],
    },
    {
      name: "a model whose isolation a parameter chooses: possible",
      template: cfn`
        Parameters:
          Isolate: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              EnableNetworkIsolation: !Ref Isolate
              VpcConfig: { Subnets: [subnet-1], SecurityGroupIds: [sg-1] }
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: Score
                States:
                  Score:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createTransformJob.sync
                    Parameters: { ModelName: !GetAtt Model.ModelName }
                    End: true
      `,
      findings: [{ line: 18, certainty: 'possible', severity: 'medium', message: /EnableNetworkIsolation can be 'false' when parameter Isolate is 'false'/ }],
    },
    {
      name: 'HCL, a pipeline transform step whose model is outside a VPC',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
        }
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
      findings: [{ severity: 'high' }],
    },
    {
      name: 'HCL, a pipeline transform step that names its model by reference (aws_sagemaker_model.m.name)',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "churn"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
        }
        resource "aws_sagemaker_pipeline" "train" {
          pipeline_name         = "train"
          pipeline_display_name = "train"
          role_arn              = "arn:aws:iam::123456789012:role/pipeline"
          pipeline_definition = jsonencode({
            Version = "2020-12-01"
            Steps = [{
              Name = "Score"
              Type = "Transform"
              Arguments = {
                ModelName          = aws_sagemaker_model.m.name
                TransformInput     = { DataSource = { S3DataSource = { S3DataType = "S3Prefix", S3Uri = "s3://in/" } } }
                TransformOutput    = { S3OutputPath = "s3://out/" }
                TransformResources = { InstanceCount = 1, InstanceType = "ml.m5.large" }
              }
            }]
          })
        }
      `,
      findings: [{ line: 18, resource: 'aws_sagemaker_pipeline.train/Score', severity: 'high', message: /^ModelName names model aws_sagemaker_model\.m, which runs outside a VPC \(vpc_config is omitted\)/ }],
    },
  ],
});
