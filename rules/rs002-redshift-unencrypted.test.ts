import { describe, expect, it } from 'vitest';
import { brief, liveFindings, LIVE_ACCOUNT, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS002 on Terraform and live clusters', () => {
  it('reports encrypted = false in HCL, and an omitted one under AWS provider 5, where it defaulted to false', async () => {
    const pinned = (version: string, body: string) =>
      `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${version}" }\n  }\n}\nresource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n${body}}\n`;
    expect(brief(await terraformFindings(rule, pinned('~> 6.0', '  encrypted = false\n')))).toEqual([expect.stringMatching(/^RS002 definite: Encrypted is false:/)]);
    expect(brief(await terraformFindings(rule, pinned('~> 5.80', '')))).toEqual([expect.stringMatching(/^RS002 definite: Encrypted is omitted and defaults to false/)]);
    expect(await terraformFindings(rule, pinned('~> 6.0', ''))).toEqual([]);
    expect(await terraformFindings(rule, pinned('~> 6.0', '  encrypted = true\n'))).toEqual([]);
  });

  it('reports a plan whose cluster is unencrypted, not one encrypted without a customer managed key', async () => {
    const cluster = (values: Record<string, unknown>) => [{ type: 'aws_redshift_cluster', name: 'dw', values: { cluster_identifier: 'dw', ...values } }];
    expect(brief(await planFindings(rule, cluster({ encrypted: false, kms_key_id: null })))).toEqual([expect.stringMatching(/^RS002 definite: Encrypted is false:/)]);
    expect(await planFindings(rule, cluster({ encrypted: true, kms_key_id: null }))).toEqual([]);
  });

  it('reports a live cluster that DescribeClusters gives as unencrypted, not one encrypted with an AWS owned key', async () => {
    const findings = await liveFindings(rule, (region) => {
      region.redshift.clusters.push({ ClusterIdentifier: 'legacy', Encrypted: false }, { ClusterIdentifier: 'aws-owned', Encrypted: true });
    });
    expect(findings.map((f) => [f.resource.id, f.severity, f.message.replace(/:.*/, '')])).toEqual([[`arn:aws:redshift:eu-west-1:${LIVE_ACCOUNT}:cluster:legacy`, 'high', 'Encrypted is false']]);
  });
});
