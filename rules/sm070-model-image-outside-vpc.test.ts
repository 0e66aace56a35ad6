import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm070-model-image-outside-vpc.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/ml
            PrimaryContainer:
              Image: registry.internal:5000/churn:1
              ImageConfig:
                RepositoryAccessMode: Vpc
    `,
    {
      name: 'a model package: no container of its own',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/ml
      `,
    },
    {
      name: 'HCL, every container pulls through the VPC',
      hcl: tf`
        resource "aws_sagemaker_model" "churn" {
          execution_role_arn = "arn:aws:iam::123456789012:role/ml"
          container {
            image = "registry.internal:5000/a:1"
            image_config {
              repository_access_mode = "Vpc"
            }
          }
        }
      `,
    },
    {
      name: 'plan, the primary container pulls through the VPC',
      plan: [{ type: 'aws_sagemaker_model', name: 'churn', values: { execution_role_arn: 'arn:aws:iam::123456789012:role/ml', primary_container: [{ image: 'x', image_config: [{ repository_access_mode: 'Vpc' }] }] } }],
    },
  ],
  invalid: [
    {
      name: 'primary container without ImageConfig: Platform by default (SageMaker.16)',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/ml
              PrimaryContainer:
                Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1
      `,
      findings: [{ line: 2, severity: 'medium', message: /^PrimaryContainer\.ImageConfig\.RepositoryAccessMode is omitted and defaults to 'Platform': the container image is pulled from Amazon ECR outside your VPC/ }],
      fixed: null,
    },
    {
      name: 'an inference pipeline: each container that is not Vpc (SageMaker.19)',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/ml
              Containers:
                - Image: registry.internal:5000/preprocess:1
                  ImageConfig: { RepositoryAccessMode: Vpc }
                - Image: registry.internal:5000/predict:1
                  ImageConfig: { RepositoryAccessMode: Platform }
      `,
      findings: [{ line: 10, message: /^Containers\[1\]\.ImageConfig\.RepositoryAccessMode is 'Platform':/ }],
    },
    {
      name: 'HCL, the second container block omits image_config: defaults to \'Platform\'',
      hcl: tf`
        resource "aws_sagemaker_model" "churn" {
          execution_role_arn = "arn:aws:iam::123456789012:role/ml"
          container {
            image = "registry.internal:5000/a:1"
            image_config {
              repository_access_mode = "Vpc"
            }
          }
          container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/b:1"
          }
        }
      `,
      findings: [{ line: 1, severity: 'medium', message: /defaults to 'Platform'/ }],
    },
    {
      name: 'plan, the primary container pulls from the platform',
      plan: [{ type: 'aws_sagemaker_model', name: 'churn', values: { execution_role_arn: 'arn:aws:iam::123456789012:role/ml', primary_container: [{ image: 'x', image_config: [{ repository_access_mode: 'Platform' }] }] } }],
      findings: [{ message: /is 'Platform'/ }],
    },
  ],
});

describe('SM070 on live models', () => {
  it('reports a live model whose DescribeModel primary container pulls from the platform', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.sagemaker.models.push(
        { ModelName: 'ecr', ModelArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:model/ecr`, PrimaryContainer: { Image: 'ecr-image' } },
        { ModelName: 'private', ModelArn: `arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:model/private`, PrimaryContainer: { Image: 'private-image', ImageConfig: { RepositoryAccessMode: 'Vpc' } } },
      );
    });
    expect(findings.map((f) => f.resource.id)).toEqual([`arn:aws:sagemaker:eu-west-1:${LIVE_ACCOUNT}:model/ecr`]);
  });
});
