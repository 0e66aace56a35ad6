import { describe, expect, it } from 'vitest';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import rule from './rs006-redshift-no-customer-managed-key.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Cluster:
          Type: AWS::Redshift::Cluster
          Properties:
            Encrypted: true
            KmsKeyId: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
    `,
    {
      name: 'Encrypted omitted (true by default since 2025) with a key',
      template: cfn`
        Resources:
          Key:
            Type: AWS::KMS::Key
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              KmsKeyId: !GetAtt Key.Arn
      `,
    },
    {
      name: 'explicitly unencrypted: RS002 reports it, and its fix adds the key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: false
      `,
    },
    {
      name: 'keys held in an HSM',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
              HsmClientCertificateIdentifier: redshift-hsm-cert
              HsmConfigurationIdentifier: redshift-hsm-config
      `,
    },
    {
      name: 'imported key: unknown, not judged',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              KmsKeyId: !ImportValue shared-data-key-arn
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"Encrypted": "true", "KmsKeyId": "alias/awsome-warehouse"}}}}',
    },
    {
      name: 'HCL, a customer managed key',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          kms_key_id = aws_kms_key.dw.arn
        }
      `,
    },
    {
      name: 'plan, a customer managed key',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', encrypted: true, kms_key_id: 'arn:aws:kms:eu-west-1:123456789012:key/1' } }],
    },
  ],
  invalid: [
    {
      name: 'both omitted: encrypted by default, but with an AWS owned key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
      findings: [
        { line: 2, severity: 'low', message: /^KmsKeyId is omitted: the cluster is encrypted with a key AWS owns or manages, .* Set KmsKeyId to a customer managed KMS key\.$/ },
      ],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
              KmsKeyId: <kms-key-arn>
              Encrypted: true
      `,
    },
    {
      name: 'encrypted without a key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
      `,
      findings: [{ line: 2, message: /^KmsKeyId is omitted:/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
              KmsKeyId: <kms-key-arn>
      `,
    },
    {
      name: 'empty key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              KmsKeyId: ''
      `,
      findings: [{ line: 5, column: 17, message: /^KmsKeyId is '':/ }],
    },
    {
      name: 'the AWS managed key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              KmsKeyId: arn:aws:kms:eu-west-1:123456789012:alias/aws/redshift
      `,
      findings: [{ line: 5, message: /^KmsKeyId is 'arn:aws:kms:eu-west-1:123456789012:alias\/aws\/redshift':/ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              KmsKeyId: <kms-key-arn>
              Encrypted: true
      `,
    },
    {
      name: 'Fn::If with a branch that drops the key',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
              KmsKeyId: !If [IsProd, alias/warehouse, !Ref AWS::NoValue]
      `,
      findings: [{ line: 10, certainty: 'possible', severity: 'low', message: /^KmsKeyId can be omitted when condition IsProd is false:/ }],
    },
    {
      name: 'JSON template, encrypted without a key',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": true\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": true,\n        "KmsKeyId": "<kms-key-arn>"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'encryption chosen at deploy time: the key is still missing when it is on',
      template: cfn`
        Parameters:
          Encrypt: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: !Ref Encrypt
      `,
      findings: [{ line: 4, severity: 'low', message: /^KmsKeyId is omitted:/ }],
    },
    {
      name: 'HCL, no key',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
        }
      `,
      findings: [{ line: 6, message: /is omitted:/ }],
    },
    {
      name: 'HCL, the AWS managed key',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          kms_key_id = "alias/aws/redshift"
        }
      `,
      findings: [{ line: 8, message: /is 'alias\/aws\/redshift':/ }],
    },
    {
      name: 'plan, encrypted with no key',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', encrypted: true, kms_key_id: null } }],
      findings: [{ message: /is / }],
    },
  ],
});

describe('RS006 on live clusters', () => {
  it('reports a live cluster encrypted with an AWS owned key, at low severity', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push(
        { ClusterIdentifier: 'aws-owned', Encrypted: true },
        { ClusterIdentifier: 'cmk', Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/1' },
        { ClusterIdentifier: 'legacy', Encrypted: false },
      );
    });
    expect(findings.map((f) => [f.resource.id, f.severity])).toEqual([[`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:aws-owned`, 'low']]);
  });
});
