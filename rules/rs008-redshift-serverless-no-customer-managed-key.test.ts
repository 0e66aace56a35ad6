import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS008 on Terraform', () => {
  it('reports a namespace without kms_key_id in HCL and in a plan, and accepts a key', async () => {
    const hcl = (body: string) => `resource "aws_redshiftserverless_namespace" "analytics" {\n  namespace_name = "analytics"\n${body}}\n`;
    expect(brief(await terraformFindings(rule, hcl('')))).toEqual([expect.stringMatching(/^RS008 definite: kms_key_id is omitted:/)]);
    expect(await terraformFindings(rule, hcl('  kms_key_id = aws_kms_key.analytics.arn\n'))).toEqual([]);
    const planned = (values: Record<string, unknown>) => [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', ...values } }];
    expect(brief(await planFindings(rule, planned({ kms_key_id: 'AWS_OWNED_KMS_KEY' })))).toEqual([expect.stringMatching(/^RS008 definite: kms_key_id is 'AWS_OWNED_KMS_KEY':/)]);
    expect(await planFindings(rule, planned({ kms_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/1' }))).toEqual([]);
  });
});
