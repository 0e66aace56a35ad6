import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm082-endpoint-ssm-access.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: SSM access is off by default',
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
            ProductionVariants:
              - { VariantName: main, ModelName: churn, EnableSSMAccess: false }
    `,
    {
      name: 'HCL, SSM access off',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          production_variants {
            variant_name      = "main"
            model_name        = "churn"
            enable_ssm_access = false
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'SSM access on a production and a shadow variant',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ModelName: churn
                  EnableSSMAccess: true
              ShadowProductionVariants:
                - { VariantName: shadow, ModelName: churn-v2, EnableSSMAccess: "true" }
      `,
      findings: [
        { line: 8, severity: 'medium', message: /^ProductionVariants 'main': EnableSSMAccess is true: / },
        { line: 10, message: /^ShadowProductionVariants 'shadow': EnableSSMAccess is 'true'/ },
      ],
      fixed: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - VariantName: main
                  ModelName: churn
                  EnableSSMAccess: false
              ShadowProductionVariants:
                - { VariantName: shadow, ModelName: churn-v2, EnableSSMAccess: false }
      `,
    },
    {
      name: 'from a parameter that allows true: possible',
      template: cfn`
        Parameters:
          Debug: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - { VariantName: main, ModelName: churn, EnableSSMAccess: !Ref Debug }
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'low' }],
    },
    {
      name: 'HCL, SSM access on: the fix turns it off',
      hcl: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          production_variants {
            variant_name      = "main"
            model_name        = "churn"
            enable_ssm_access = true
          }
        }
      `,
      findings: [{ line: 5, column: 25, severity: 'medium', message: /^production_variants 'main': enable_ssm_access is true: / }],
      fixed: tf`
        resource "aws_sagemaker_endpoint_configuration" "ec" {
          production_variants {
            variant_name      = "main"
            model_name        = "churn"
            enable_ssm_access = false
          }
        }
      `,
    },
    {
      name: 'plan, SSM access on',
      plan: [{ type: 'aws_sagemaker_endpoint_configuration', name: 'ec', values: { name: 'ec', production_variants: [{ variant_name: 'main', model_name: 'churn', enable_ssm_access: true }] } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});

describe('SM082 on live state', () => {
  it('reads EnableSSMAccess from DescribeEndpointConfig', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.endpointConfigs.push({
        EndpointConfigName: 'ec',
        EndpointConfigArn: sagemakerArn('endpoint-config/ec'),
        ProductionVariants: [
          { VariantName: 'main', ModelName: 'churn', EnableSSMAccess: true },
          { VariantName: 'other', ModelName: 'churn', EnableSSMAccess: false },
        ],
      });
    });
    expect(findings).toEqual([{ at: sagemakerArn('endpoint-config/ec'), certainty: 'definite', message: expect.stringMatching(/^ProductionVariants 'main': EnableSSMAccess is true/) }]);
  });
});
