import { cfn, runRuleTests } from '../test/rule-tester.js';
import { TRAINING_STEP } from '../test/terraform-modules.js';
import rule from './sm023-job-storage-unencrypted.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'training task with both keys',
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
                      ResourceConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: alias/ml }
                      OutputDataConfig: { S3OutputPath: 's3://b/out', KmsKeyId: alias/ml }
                    End: true
      `,
    },
    {
      name: 'a processing job without outputs has nothing to encrypt in S3',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              ProcessingResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeSizeInGB: 30, VolumeKmsKeyId: alias/ml }
      `,
    },
    {
      name: 'instance types with local NVMe storage take no volume key',
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
                      ResourceConfig: { InstanceCount: 2, InstanceType: ml.p4d.24xlarge }
                      OutputDataConfig: { S3OutputPath: 's3://b/out', KmsKeyId: alias/ml }
                    End: true
      `,
    },
    {
      name: 'keys from a parameter without default and from the execution input are taken as present',
      template: cfn`
        Parameters:
          Key: { Type: String }
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20, VolumeKmsKeyId: !Ref Key }
              DataQualityJobOutputConfig:
                KmsKeyId: !Ref Key
      `,
    },
    {
      name: 'HCL, a pipeline training step with volume and output keys',
      hcl: TRAINING_STEP.protected,
    },
  ],
  invalid: [
    {
      name: 'data quality job definition without an output key (peer corpus CKV_AWS_367)',
      template: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              DataQualityJobOutputConfig:
                MonitoringOutputs:
                  - S3Output: { S3Uri: 's3://b/out', LocalPath: /opt/ml/processing/output }
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeSizeInGB: 20, VolumeKmsKeyId: alias/ml }
      `,
      findings: [{ line: 2, message: /^DataQualityJobOutputConfig\.KmsKeyId is omitted: the data quality monitoring job's output in S3/ }],
      fixed: cfn`
        Resources:
          Quality:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              DataQualityJobOutputConfig:
                MonitoringOutputs:
                  - S3Output: { S3Uri: 's3://b/out', LocalPath: /opt/ml/processing/output }
                KmsKeyId: <kms-key-arn>
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeSizeInGB: 20, VolumeKmsKeyId: alias/ml }
      `,
    },
    {
      name: 'processing job with outputs and no keys: one finding per key',
      template: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              ProcessingResources:
                ClusterConfig:
                  InstanceCount: 1
                  InstanceType: ml.m5.xlarge
                  VolumeSizeInGB: 30
              ProcessingOutputConfig:
                Outputs:
                  - OutputName: features
                    S3Output: { S3Uri: 's3://b/features', LocalPath: /opt/ml/processing/output, S3UploadMode: EndOfJob }
      `,
      findings: [
        { line: 2, message: /^ProcessingResources\.ClusterConfig\.VolumeKmsKeyId is omitted: the processing job's ML storage volumes/ },
        { line: 2, message: /^ProcessingOutputConfig\.KmsKeyId is omitted/ },
      ],
      fixed: cfn`
        Resources:
          Prep:
            Type: AWS::SageMaker::ProcessingJob
            Properties:
              ProcessingResources:
                ClusterConfig:
                  InstanceCount: 1
                  InstanceType: ml.m5.xlarge
                  VolumeSizeInGB: 30
                  VolumeKmsKeyId: <kms-key-arn>
              ProcessingOutputConfig:
                Outputs:
                  - OutputName: features
                    S3Output: { S3Uri: 's3://b/features', LocalPath: /opt/ml/processing/output, S3UploadMode: EndOfJob }
                KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'an empty key in a training task',
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
                    Resource: arn:aws:states:::sagemaker:createTrainingJob
                    Parameters:
                      ResourceConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: '' }
                      OutputDataConfig: { S3OutputPath: 's3://b/out', KmsKeyId: alias/ml }
                    End: true
      `,
      findings: [{ line: 12, column: 95, resource: 'Machine/Train', message: /^ResourceConfig\.VolumeKmsKeyId is '': the training job's ML storage volumes/ }],
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
                    Resource: arn:aws:states:::sagemaker:createTrainingJob
                    Parameters:
                      ResourceConfig: { InstanceCount: 1, InstanceType: ml.m5.xlarge, VolumeKmsKeyId: <kms-key-arn> }
                      OutputDataConfig: { S3OutputPath: 's3://b/out', KmsKeyId: alias/ml }
                    End: true
      `,
    },
    {
      name: 'a key that one condition drops: possible',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          Encrypt: !Equals [!Ref Env, prod]
        Resources:
          Bias:
            Type: AWS::SageMaker::ModelBiasJobDefinition
            Properties:
              JobResources:
                ClusterConfig: { InstanceCount: 1, InstanceType: ml.m5.large, VolumeKmsKeyId: alias/ml }
              ModelBiasJobOutputConfig:
                KmsKeyId: !If [Encrypt, alias/ml, !Ref AWS::NoValue]
      `,
      findings: [{ line: 12, certainty: 'possible', severity: 'low', message: /^ModelBiasJobOutputConfig\.KmsKeyId can be omitted when condition Encrypt is false/ }],
    },
    {
      name: 'tuning step of a pipeline: each training definition is checked',
      template: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {"Steps": [{"Name": "Tune", "Type": "Tuning", "Arguments": {"TrainingJobDefinition": {
                    "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeKmsKeyId": "alias/ml"},
                    "OutputDataConfig": {"S3OutputPath": "s3://b/tune"}}}}]}
      `,
      findings: [{ line: 9, resource: 'Pipeline/Tune', message: /^OutputDataConfig\.KmsKeyId is omitted: the tuning job training definition's output/ }],
      fixed: cfn`
        Resources:
          Pipeline:
            Type: AWS::SageMaker::Pipeline
            Properties:
              PipelineName: p
              RoleArn: arn:aws:iam::123456789012:role/p
              PipelineDefinition:
                PipelineDefinitionBody: |
                  {"Steps": [{"Name": "Tune", "Type": "Tuning", "Arguments": {"TrainingJobDefinition": {
                    "ResourceConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeKmsKeyId": "alias/ml"},
                    "OutputDataConfig": {"S3OutputPath": "s3://b/tune",
                                         "KmsKeyId": "<kms-key-arn>"}}}}]}
      `,
    },
    {
      name: 'HCL, a pipeline training step without keys: volume and output',
      hcl: TRAINING_STEP.bare,
      findings: [{ line: 8, column: 14, message: /VolumeKmsKeyId is omitted/ }, { line: 8, column: 14, message: /KmsKeyId is omitted/ }],
    },
  ],
});
