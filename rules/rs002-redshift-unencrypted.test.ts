import { describe, expect, it } from 'vitest';
import { liveFindings, LIVE_ACCOUNT } from '../test/rule-inputs.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs002-redshift-unencrypted.js';

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
      name: 'encrypted with a key AWS owns (RS006 reports the key)',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
      `,
    },
    {
      name: 'both omitted: encrypted by default since January 2025',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              NodeType: ra3.xlplus
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"Encrypted": "true", "KmsKeyId": "alias/awsome-warehouse"}}}}',
    },
    {
      name: 'HCL, omitted under AWS provider 6, where it defaults to true',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
        }
      `,
    },
    {
      name: 'HCL, encrypted = true',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
          encrypted = true
        }
      `,
    },
    {
      name: 'plan, encrypted without a customer managed key (RS006 reports the key)',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', encrypted: true, kms_key_id: null } }],
    },
  ],
  invalid: [
    {
      name: 'explicitly unencrypted, with a key: one finding, at Encrypted',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: false
              KmsKeyId: alias/warehouse
      `,
      findings: [{ line: 5, column: 18, message: /^Encrypted is false: the cluster's data, metadata and snapshots are stored unencrypted\./ }],
      fixed: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: true
              KmsKeyId: alias/warehouse
      `,
    },
    {
      name: 'explicitly unencrypted, no key: the fix adds the key',
      template: cfn`
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: 'false'
      `,
      findings: [{ line: 5, message: /^Encrypted is 'false':/ }],
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
      name: 'parameter whose allowed values include false: possible, one level lower',
      template: cfn`
        Parameters:
          Encrypt: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: !Ref Encrypt
              KmsKeyId: alias/warehouse
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'medium', message: /^Encrypted can be 'false' when parameter Encrypt is 'false':/ }],
    },
    {
      name: 'JSON template, explicitly unencrypted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": false,\n        "KmsKeyId": "alias/warehouse"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6, severity: 'high' }],
      fixed: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": true,\n        "KmsKeyId": "alias/warehouse"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, encrypted = false',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 6.0" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
          encrypted = false
        }
      `,
      findings: [{ line: 9, severity: 'high', message: /is false:/ }],
    },
    {
      name: 'HCL, omitted under AWS provider 5, where it defaulted to false',
      hcl: tf`
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 5.80" }
          }
        }
        resource "aws_redshift_cluster" "dw" {
          cluster_identifier = "dw"
          node_type          = "ra3.xlplus"
        }
      `,
      findings: [{ line: 6, message: /is omitted and defaults to false/ }],
    },
    {
      name: 'plan, unencrypted',
      plan: [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', encrypted: false, kms_key_id: null } }],
      findings: [{ message: /is false:/ }],
    },
  ],
});

describe('RS002 on live clusters', () => {
  it('reports a live cluster that DescribeClusters gives as unencrypted, not one encrypted with an AWS owned key', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'legacy', Encrypted: false }, { ClusterIdentifier: 'aws-owned', Encrypted: true });
    });
    expect(findings.map((f) => [f.resource.id, f.severity, f.message.replace(/:.*/, '')])).toEqual([[`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:legacy`, 'high', 'Encrypted is false']]);
  });
});
