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
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Cluster": {"Type": "AWS::Redshift::Cluster", "Properties": {"Encrypted": "true", "KmsKeyId": "alias/awsome-warehouse"}}}}',
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
        { line: 2, severity: 'high', message: /^KmsKeyId is omitted: the cluster is encrypted with a key AWS owns or manages, .* Set KmsKeyId to a customer managed KMS key\.$/ },
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
      name: 'parameter with only a default of false: possible',
      template: cfn`
        Parameters:
          Encrypt: { Type: String, Default: 'false' }
        Resources:
          Cluster:
            Type: AWS::Redshift::Cluster
            Properties:
              Encrypted: !Ref Encrypt
              KmsKeyId: alias/warehouse
      `,
      findings: [{ line: 7, certainty: 'possible', message: /when parameter Encrypt keeps its default 'false'/ }],
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
      findings: [{ line: 10, certainty: 'possible', severity: 'medium', message: /^KmsKeyId can be omitted when condition IsProd is false:/ }],
    },
    {
      name: 'JSON template, encrypted without a key',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": true\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": {\n        "Encrypted": true,\n        "KmsKeyId": "<kms-key-arn>"\n      }\n    }\n  }\n}\n',
    },
  ],
});
