import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm080-endpoint-config-outside-vpc.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'variants that name a model: the model carries the network settings (SM030)',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: churn, InstanceType: ml.m5.large, InitialInstanceCount: 2 }
      `,
    },
    {
      name: 'inference components in the VPC',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
              VpcConfig:
                Subnets: [subnet-1]
                SecurityGroupIds: [sg-1]
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge, InitialInstanceCount: 2 }
      `,
    },
    {
      name: 'a serverless variant cannot host inference components',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ServerlessConfig: { MaxConcurrency: 5, MemorySizeInMB: 2048 }
      `,
    },
    {
      name: 'HCL, a configuration that names its model (the model holds the network)',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "model" {
          production_variants {
            variant_name  = "main"
            model_name    = "churn"
            instance_type = "ml.m5.large"
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'inference components without VpcConfig',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge, InitialInstanceCount: 2 }
      `,
      findings: [{ line: 2, severity: 'high', certainty: 'definite', message: /^VpcConfig is omitted: the endpoint hosts inference components/ }],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge, InitialInstanceCount: 2 }
              VpcConfig:
                SecurityGroupIds:
                  - <security-group-id>
                Subnets:
                  - <subnet-id>
      `,
    },
    {
      name: 'VpcConfig without security groups',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              VpcConfig:
                Subnets: [subnet-1]
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
      `,
      findings: [{ line: 2, message: /^VpcConfig\.SecurityGroupIds is omitted/ }],
    },
    {
      name: 'a model chosen by condition: possible, one severity lower',
      template: cfn`
        Conditions:
          UseModel: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ModelName: !If [UseModel, churn, !Ref AWS::NoValue]
      `,
      findings: [{ line: 4, certainty: 'possible', severity: 'medium' }],
    },
    {
      name: 'HCL, a configuration for inference components: reported without a fix the provider cannot apply',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ic" {
          execution_role_arn = "arn:aws:iam::123456789012:role/hosting"
          production_variants {
            variant_name  = "main"
            instance_type = "ml.g5.2xlarge"
          }
        }

        resource "aws_sagemaker_endpoint_configuration" "model" {
          production_variants {
            variant_name  = "main"
            model_name    = "churn"
            instance_type = "ml.m5.large"
          }
        }
      `,
      findings: [{ line: 1, severity: 'high', message: /the AWS provider cannot set it/ }],
      fixed: null,
    },
    {
      name: 'plan, a configuration for inference components',
      plan: [{ type: 'aws_sagemaker_endpoint_configuration', name: 'ic', values: { name: 'ic', execution_role_arn: 'arn:aws:iam::123456789012:role/hosting', production_variants: [{ variant_name: 'main', model_name: null, instance_type: 'ml.g5.2xlarge' }] } }],
      findings: [{ severity: 'high' }],
    },
  ],
});

describe('SM080 on live state', () => {
  it('reads the configuration from DescribeEndpointConfig', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.endpointConfigs.push(
        {
          EndpointConfigName: 'ic',
          EndpointConfigArn: sagemakerArn('endpoint-config/ic'),
          ExecutionRoleArn: 'arn:aws:iam::123456789012:role/hosting',
          ProductionVariants: [{ VariantName: 'main', InstanceType: 'ml.g5.2xlarge', InitialInstanceCount: 1 }],
        },
        {
          EndpointConfigName: 'ic-vpc',
          EndpointConfigArn: sagemakerArn('endpoint-config/ic-vpc'),
          VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
          ProductionVariants: [{ VariantName: 'main', InstanceType: 'ml.g5.2xlarge' }],
        },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('endpoint-config/ic'), certainty: 'definite', message: expect.stringMatching(/^VpcConfig is omitted/) }]);
  });
});
