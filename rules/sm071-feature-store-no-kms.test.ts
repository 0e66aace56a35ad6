import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
import rule from './sm071-feature-store-no-kms.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Features:
          Type: AWS::SageMaker::FeatureGroup
          Properties:
            OfflineStoreConfig:
              S3StorageConfig:
                S3Uri: s3://features/churn
                KmsKeyId: alias/features
            OnlineStoreConfig:
              EnableOnlineStore: true
              SecurityConfig:
                KmsKeyId: alias/features
    `,
    {
      name: 'an InMemory online store takes no key, and no offline store',
      template: cfn`
        Resources:
          Features:
            Type: AWS::SageMaker::FeatureGroup
            Properties:
              OnlineStoreConfig:
                EnableOnlineStore: true
                StorageType: InMemory
      `,
    },
  ],
  invalid: [
    {
      name: 'offline store without a key (SageMaker.17)',
      template: cfn`
        Resources:
          Features:
            Type: AWS::SageMaker::FeatureGroup
            Properties:
              OfflineStoreConfig:
                S3StorageConfig:
                  S3Uri: s3://features/churn
      `,
      findings: [{ line: 2, severity: 'medium', message: /^OfflineStoreConfig\.S3StorageConfig\.KmsKeyId is omitted: the offline store in S3 is encrypted with a key AWS manages\./ }],
      fixed: cfn`
        Resources:
          Features:
            Type: AWS::SageMaker::FeatureGroup
            Properties:
              OfflineStoreConfig:
                S3StorageConfig:
                  S3Uri: s3://features/churn
                  KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'standard online store without a key (SageMaker.18)',
      template: cfn`
        Resources:
          Features:
            Type: AWS::SageMaker::FeatureGroup
            Properties:
              OnlineStoreConfig:
                EnableOnlineStore: true
      `,
      findings: [{ line: 2, message: /^OnlineStoreConfig\.SecurityConfig\.KmsKeyId is omitted: the online store is encrypted with a key AWS manages\./ }],
    },
  ],
});

describe('SM071 on Terraform', () => {
  it('reads the store keys of aws_sagemaker_feature_group in HCL and plans', async () => {
    const hcl = `resource "aws_sagemaker_feature_group" "churn" {\n  feature_group_name = "churn"\n  offline_store_config {\n    s3_storage_config {\n      s3_uri = "s3://features/churn"\n    }\n  }\n  online_store_config {\n    enable_online_store = true\n    security_config {\n      kms_key_id = "alias/features"\n    }\n  }\n}\n`;
    expect(brief(await terraformFindings(rule, hcl))).toEqual([expect.stringMatching(/^SM071 definite: offline_store_config\.s3_storage_config\.kms_key_id is omitted:/)]);
    const planned = [
      {
        type: 'aws_sagemaker_feature_group',
        name: 'churn',
        values: { feature_group_name: 'churn', online_store_config: [{ enable_online_store: true, storage_type: 'Standard', security_config: [] }] },
      },
    ];
    expect(brief(await planFindings(rule, planned))).toEqual([expect.stringMatching(/^SM071 definite: online_store_config\.security_config\.kms_key_id is omitted:/)]);
  });
});
