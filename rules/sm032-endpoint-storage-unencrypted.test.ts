import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm032-endpoint-storage-unencrypted.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            KmsKeyId: alias/endpoints
            ProductionVariants:
              - { VariantName: main, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
            DataCaptureConfig:
              DestinationS3Uri: s3://capture/
              KmsKeyId: alias/capture
            AsyncInferenceConfig:
              OutputConfig:
                S3OutputPath: s3://results/
                KmsKeyId: alias/results
    `,
    {
      name: 'every variant on local NVMe storage: the key would not apply',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: gpu, ModelName: model, InstanceType: ml.g5.xlarge, InitialInstanceCount: 2 }
              ShadowProductionVariants:
                - { VariantName: shadow, ModelName: model, InstanceType: ml.m5d.large, InitialInstanceCount: 1 }
      `,
    },
    {
      name: 'serverless variant',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ModelName: model
                  ServerlessConfig: { MaxConcurrency: 5, MemorySizeInMB: 2048 }
      `,
    },
    {
      name: 'data capture switched off needs no key; endpoint key imported (unknown, taken as present)',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: !ImportValue endpoint-key
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.c5.xlarge }
              DataCaptureConfig:
                EnableCapture: 'false'
                DestinationS3Uri: s3://capture/
      `,
    },
    {
      name: 'HCL, kms_key_arn set',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          name = "ec"
          kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          production_variants {
            variant_name           = "main"
            model_name             = "m"
            instance_type          = "ml.m5.large"
            initial_instance_count = 2
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'an endpoint configuration a Step Functions task creates (createEndpointConfig, then createEndpoint)',
      template: cfn`
        Resources:
          Deploy:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/states
              Definition:
                StartAt: Model
                States:
                  Model:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createModel
                    Parameters: { ModelName: churn, ExecutionRoleArn: arn:aws:iam::123456789012:role/sm, PrimaryContainer: { Image: img } }
                    Next: Config
                  Config:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createEndpointConfig
                    Parameters:
                      EndpointConfigName: churn
                      ProductionVariants:
                        - { VariantName: main, ModelName: churn, InstanceType: ml.m5.large, InitialInstanceCount: 1 }
                    Next: Endpoint
                  Endpoint:
                    Type: Task
                    Resource: arn:aws:states:::sagemaker:createEndpoint
                    Parameters: { EndpointName: churn, EndpointConfigName: churn }
                    End: true
      `,
      findings: [{ line: 14, message: /KmsKeyId/ }],
    },
    {
      name: 'endpoint key omitted',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
      `,
      findings: [{ line: 2, severity: 'medium', message: /^KmsKeyId is omitted: the ML storage volumes/ }],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'local NVMe and EBS-backed variants mixed: the key protects the EBS-backed one',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: gpu, ModelName: model, InstanceType: ml.g4dn.xlarge }
                - { VariantName: cpu, ModelName: model, InstanceType: ml.m5.large }
      `,
      findings: [{ line: 2, message: /^KmsKeyId is omitted/ }],
    },
    {
      name: 'instance type chosen at deploy time, not all choices on local storage',
      template: cfn`
        Parameters:
          Instance: { Type: String, AllowedValues: [ml.g5.xlarge, ml.m5.large] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: !Ref Instance }
      `,
      findings: [{ line: 4, message: /^KmsKeyId is omitted/ }],
    },
    {
      name: 'data capture (enabled by default) and async output without keys: one finding each',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: alias/endpoints
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large }
              DataCaptureConfig:
                DestinationS3Uri: s3://capture/
                InitialSamplingPercentage: 100
              AsyncInferenceConfig:
                OutputConfig:
                  S3OutputPath: s3://results/
      `,
      findings: [
        { line: 2, message: /^DataCaptureConfig\.KmsKeyId is omitted: captured inference requests and responses/ },
        { line: 2, message: /^AsyncInferenceConfig\.OutputConfig\.KmsKeyId is omitted: asynchronous inference results/ },
      ],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: alias/endpoints
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large }
              DataCaptureConfig:
                DestinationS3Uri: s3://capture/
                InitialSamplingPercentage: 100
                KmsKeyId: <kms-key-arn>
              AsyncInferenceConfig:
                OutputConfig:
                  S3OutputPath: s3://results/
                  KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'capture switched by a parameter whose allowed values include true: possible, one level lower',
      template: cfn`
        Parameters:
          Capture: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: alias/endpoints
              DataCaptureConfig:
                EnableCapture: !Ref Capture
                DestinationS3Uri: s3://capture/
      `,
      findings: [{ line: 4, certainty: 'possible', severity: 'low', message: /^DataCaptureConfig\.KmsKeyId is omitted when parameter Capture is 'true': / }],
    },
    {
      name: 'Fn::If around the capture block: possible, and no fix (it would replace the block)',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: alias/endpoints
              DataCaptureConfig: !If [IsProd, { DestinationS3Uri: 's3://capture/' }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 10, certainty: 'possible', message: /^DataCaptureConfig\.KmsKeyId is omitted when condition IsProd is true: captured/ }],
      fixed: null,
    },
    {
      name: 'Fn::If that drops the endpoint key: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: !If [IsProd, alias/endpoints, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /can be omitted when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template, data capture without key',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::SageMaker::EndpointConfig",\n      "Properties": {\n        "KmsKeyId": "alias/endpoints",\n        "DataCaptureConfig": {\n          "DestinationS3Uri": "s3://capture/"\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3, message: /^DataCaptureConfig\.KmsKeyId is omitted/ }],
      fixed:
        '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::SageMaker::EndpointConfig",\n      "Properties": {\n        "KmsKeyId": "alias/endpoints",\n        "DataCaptureConfig": {\n          "DestinationS3Uri": "s3://capture/",\n          "KmsKeyId": "<kms-key-arn>"\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, no key: the fix adds kms_key_arn',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          name = "ec"
          production_variants {
            variant_name           = "main"
            model_name             = "m"
            instance_type          = "ml.m5.large"
            initial_instance_count = 2
          }
        }
      `,
      findings: [{ line: 1, severity: 'medium' }],
      fixed: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          name = "ec"
          production_variants {
            variant_name           = "main"
            model_name             = "m"
            instance_type          = "ml.m5.large"
            initial_instance_count = 2
          }
          kms_key_arn = "<kms-key-arn>"
        }
      `,
    },
  ],
});
