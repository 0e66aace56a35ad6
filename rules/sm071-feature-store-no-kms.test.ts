import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
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
    {
      name: 'HCL, both stores with a key',
      hcl: tf`
        resource "aws_sagemaker_feature_group" "churn" {
          feature_group_name = "churn"
          offline_store_config {
            s3_storage_config {
              s3_uri     = "s3://features/churn"
              kms_key_id = "alias/features"
            }
          }
          online_store_config {
            enable_online_store = true
            security_config {
              kms_key_id = "alias/features"
            }
          }
        }
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
    {
      name: 'HCL, the offline store without a key: the fix adds one',
      hcl: tf`
        resource "aws_sagemaker_feature_group" "churn" {
          feature_group_name = "churn"
          offline_store_config {
            s3_storage_config {
              s3_uri = "s3://features/churn"
            }
          }
          online_store_config {
            enable_online_store = true
            security_config {
              kms_key_id = "alias/features"
            }
          }
        }
      `,
      findings: [{ line: 1, severity: 'medium', message: /offline store in S3/ }],
      fixed: tf`
        resource "aws_sagemaker_feature_group" "churn" {
          feature_group_name = "churn"
          offline_store_config {
            s3_storage_config {
              s3_uri = "s3://features/churn"
              kms_key_id = "<kms-key-arn>"
            }
          }
          online_store_config {
            enable_online_store = true
            security_config {
              kms_key_id = "alias/features"
            }
          }
        }
      `,
    },
    {
      name: 'plan, the online store without a key',
      plan: [{ type: 'aws_sagemaker_feature_group', name: 'churn', values: { feature_group_name: 'churn', online_store_config: [{ enable_online_store: true, storage_type: 'Standard', security_config: [] }] } }],
      findings: [{ message: /the online store is encrypted with a key AWS manages/ }],
    },
  ],
});
