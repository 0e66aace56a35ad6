import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs008-redshift-serverless-no-customer-managed-key.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'a customer managed key from the template',
      template: cfn`
        Resources:
          Key:
            Type: AWS::KMS::Key
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
              KmsKeyId: !Ref Key
      `,
    },
    {
      name: 'imported key: unknown, not judged',
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              KmsKeyId: !ImportValue data-key
      `,
    },
    {
      name: 'HCL, a customer managed key',
      hcl: tf`
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          kms_key_id = aws_kms_key.analytics.arn
        }
      `,
    },
    {
      name: 'plan, a customer managed key',
      plan: [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', kms_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/1' } }],
    },
  ],
  invalid: [
    {
      name: 'omitted: a key AWS owns',
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
      `,
      findings: [{ line: 2, severity: 'low', message: /^KmsKeyId is omitted: the namespace is encrypted with a key AWS owns/ }],
      fixed: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'the AWS owned key named explicitly',
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              KmsKeyId: AWS_OWNED_KMS_KEY
      `,
      findings: [{ line: 5, column: 17, message: /^KmsKeyId is 'AWS_OWNED_KMS_KEY':/ }],
      fixed: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'HCL, no key',
      hcl: tf`
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
        }
      `,
      findings: [{ line: 1, message: /is omitted:/ }],
    },
    {
      name: 'plan, the AWS owned key',
      plan: [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', kms_key_id: 'AWS_OWNED_KMS_KEY' } }],
      findings: [{ message: /is 'AWS_OWNED_KMS_KEY':/ }],
    },
  ],
});
