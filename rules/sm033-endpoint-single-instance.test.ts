import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm033-endpoint-single-instance.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            ProductionVariants:
              - VariantName: main
                ModelName: model
                InstanceType: ml.m5.large
                InitialInstanceCount: 2
    `,
    {
      name: 'serverless variant has no instance count; shadow variants are not checked',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ModelName: model
                  ServerlessConfig: { MaxConcurrency: 5, MemorySizeInMB: 2048 }
              ShadowProductionVariants:
                - { VariantName: shadow, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: 1 }
      `,
    },
    {
      name: 'count as a string, and a count imported from another stack (unknown, not judged)',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: a, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: '3' }
                - { VariantName: b, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: !ImportValue count }
      `,
    },
    {
      name: 'parameter that only allows 2 or more',
      template: cfn`
        Parameters:
          Count: { Type: Number, AllowedValues: [2, 4] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: !Ref Count }
      `,
    },
    {
      name: 'HCL, two instances',
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
      findings: [{ line: 20, message: /^Production variant 'main': InitialInstanceCount is 1/ }],
    },
    {
      name: 'one instance in each of two variants: one finding per variant, at the count',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: blue
                  ModelName: model
                  InstanceType: ml.m5.large
                  InitialInstanceCount: 1 # cheap
                - { ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: '1' }
      `,
      findings: [
        { line: 9, column: 33, severity: 'low', message: /^Production variant 'blue': InitialInstanceCount is 1: / },
        { line: 10, message: /^Production variant #2: InitialInstanceCount is '1'/ },
      ],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: blue
                  ModelName: model
                  InstanceType: ml.m5.large
                  InitialInstanceCount: 2 # cheap
                - { ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
      `,
    },
    {
      name: 'parameter whose allowed values include 1: possible',
      template: cfn`
        Parameters:
          Count: { Type: Number, AllowedValues: [1, 2] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: model, InstanceType: ml.m5.large, InitialInstanceCount: !Ref Count }
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'low', message: /can be 1 when parameter Count is '1'/ }],
    },
    {
      name: 'Fn::If on the count: no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  InitialInstanceCount: !If [IsProd, 3, 1]
      `,
      findings: [{ line: 11, certainty: 'possible', message: /can be 1 when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'variant list chosen by Fn::If: the variant of the chosen list is reported as possible',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants: !If
                - IsProd
                - [{ VariantName: main, InitialInstanceCount: 2 }]
                - [{ VariantName: main, InitialInstanceCount: 1 }]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /^Production variant 'main': InitialInstanceCount can be 1 when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::SageMaker::EndpointConfig",\n      "Properties": {\n        "ProductionVariants": [\n          {"VariantName": "main", "InitialInstanceCount": 1}\n        ]\n      }\n    }\n  }\n}\n',
      findings: [{ line: 7, column: 59 }],
      fixed:
        '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::SageMaker::EndpointConfig",\n      "Properties": {\n        "ProductionVariants": [\n          {"VariantName": "main", "InitialInstanceCount": 2}\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, one instance',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          name = "ec"
          production_variants {
            variant_name           = "main"
            model_name             = "m"
            instance_type          = "ml.m5.large"
            initial_instance_count = 1
          }
        }
      `,
      findings: [{ line: 7, column: 30, severity: 'low' }],
      fixed: tf`
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
    },
  ],
});
