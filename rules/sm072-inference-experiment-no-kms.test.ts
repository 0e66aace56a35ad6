import { cfn, runRuleTests } from '../test/rule-tester.js';
import rule from './sm072-inference-experiment-no-kms.js';

// CloudFormation cases only: the Terraform AWS provider has no inference experiment resource.
runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Shadow:
          Type: AWS::SageMaker::InferenceExperiment
          Properties:
            Name: churn-shadow
            Type: ShadowMode
            KmsKey: alias/inference
            DataStorageConfig:
              Destination: s3://captures/churn
              KmsKey: alias/inference
    `,
  ],
  invalid: [
    {
      name: 'no key for the volumes, and captured data without a key (SageMaker.23, .24)',
      template: cfn`
        Resources:
          Shadow:
            Type: AWS::SageMaker::InferenceExperiment
            Properties:
              Name: churn-shadow
              DataStorageConfig:
                Destination: s3://captures/churn
      `,
      findings: [
        { line: 2, severity: 'medium', message: /^KmsKey is omitted: the shadow variants' storage volumes are encrypted with a key AWS manages\./ },
        { line: 2, message: /^DataStorageConfig\.KmsKey is omitted: the captured requests and responses in S3/ },
      ],
      fixed: cfn`
        Resources:
          Shadow:
            Type: AWS::SageMaker::InferenceExperiment
            Properties:
              Name: churn-shadow
              DataStorageConfig:
                Destination: s3://captures/churn
                KmsKey: <kms-key-arn>
              KmsKey: <kms-key-arn>
      `,
    },
    {
      name: 'no data capture configured: only the volume key',
      template: cfn`
        Resources:
          Shadow:
            Type: AWS::SageMaker::InferenceExperiment
            Properties:
              Name: churn-shadow
      `,
      findings: [{ line: 2, message: /^KmsKey is omitted:/ }],
    },
  ],
});
