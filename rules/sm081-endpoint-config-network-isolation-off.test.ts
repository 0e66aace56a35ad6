import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm081-endpoint-config-network-isolation-off.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'variants that name a model: the model carries isolation (SM031)',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: churn, InstanceType: ml.m5.large }
      `,
    },
    cfn`
      Resources:
        Config:
          Type: AWS::SageMaker::EndpointConfig
          Properties:
            EnableNetworkIsolation: true
            ProductionVariants:
              - { VariantName: main, InstanceType: ml.g5.2xlarge }
    `,
    {
      name: 'HCL, a configuration that names its model',
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
      name: 'omitted: defaults to false',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
      `,
      findings: [{ line: 2, severity: 'medium', certainty: 'definite', message: /^EnableNetworkIsolation is omitted and defaults to false: the endpoint hosts inference components/ }],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
              EnableNetworkIsolation: true
      `,
    },
    {
      name: 'explicit false, as a string',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              EnableNetworkIsolation: "false"
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
      `,
      findings: [{ line: 5, column: 31 }],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              EnableNetworkIsolation: true
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
      `,
    },
    {
      name: 'isolation from a parameter that allows false: possible',
      template: cfn`
        Parameters:
          Isolate: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              EnableNetworkIsolation: !Ref Isolate
              ProductionVariants:
                - { VariantName: main, InstanceType: ml.g5.2xlarge }
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'low' }],
    },
    {
      name: 'HCL, a configuration for inference components: reported without a fix',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ic" {
          execution_role_arn = "arn:aws:iam::123456789012:role/hosting"
          production_variants {
            variant_name  = "main"
            instance_type = "ml.g5.2xlarge"
          }
        }
      `,
      findings: [{ line: 1, severity: 'medium', message: /The AWS provider cannot set it/ }],
      fixed: null,
    },
    {
      name: 'plan, a configuration for inference components',
      plan: [{ type: 'aws_sagemaker_endpoint_configuration', name: 'ic', values: { name: 'ic', production_variants: [{ variant_name: 'main', model_name: null }] } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});

describe('SM081 on live state', () => {
  it('reads EnableNetworkIsolation from DescribeEndpointConfig', async () => {
    const variants = [{ VariantName: 'main', InstanceType: 'ml.g5.2xlarge' as const }];
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.endpointConfigs.push(
        { EndpointConfigName: 'open', EndpointConfigArn: sagemakerArn('endpoint-config/open'), ProductionVariants: variants },
        { EndpointConfigName: 'isolated', EndpointConfigArn: sagemakerArn('endpoint-config/isolated'), EnableNetworkIsolation: true, ProductionVariants: variants },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('endpoint-config/open'), certainty: 'definite', message: expect.stringMatching(/^EnableNetworkIsolation is omitted/) }]);
  });
});
