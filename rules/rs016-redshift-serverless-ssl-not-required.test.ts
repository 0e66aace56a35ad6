import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
import rule from './rs016-redshift-serverless-ssl-not-required.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Workgroup:
          Type: AWS::RedshiftServerless::Workgroup
          Properties:
            ConfigParameters:
              - { ParameterKey: require_ssl, ParameterValue: 'true' }
              - { ParameterKey: enable_user_activity_logging, ParameterValue: 'false' }
    `,
    {
      name: 'require_ssl not set (Security Hub fails only an explicit false)',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
      `,
    },
  ],
  invalid: [
    {
      name: 'explicitly off, whatever the key case',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              ConfigParameters:
                - ParameterKey: search_path
                  ParameterValue: '$user, public'
                - ParameterKey: REQUIRE_SSL
                  ParameterValue: 'false'
      `,
      findings: [{ line: 9, column: 27, severity: 'medium', message: /^require_ssl is 'false' in the workgroup's ConfigParameters: clients can connect without TLS/ }],
      fixed: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              ConfigParameters:
                - ParameterKey: search_path
                  ParameterValue: '$user, public'
                - ParameterKey: REQUIRE_SSL
                  ParameterValue: "true"
      `,
    },
    {
      name: 'chosen at deploy time: possible',
      template: cfn`
        Parameters:
          RequireSsl: { Type: String, AllowedValues: ['true', 'false'] }
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              ConfigParameters:
                - { ParameterKey: require_ssl, ParameterValue: !Ref RequireSsl }
      `,
      findings: [{ line: 8, certainty: 'possible', severity: 'low', message: /^require_ssl can be 'false'/ }],
    },
  ],
});

describe('RS016 on Terraform', () => {
  it('reads config_parameter blocks from HCL and plans', async () => {
    const hcl = (value: string) =>
      `resource "aws_redshiftserverless_workgroup" "analytics" {\n  workgroup_name = "analytics"\n  namespace_name = "analytics"\n  config_parameter {\n    parameter_key   = "require_ssl"\n    parameter_value = "${value}"\n  }\n}\n`;
    expect(brief(await terraformFindings(rule, hcl('false')))).toEqual([expect.stringMatching(/^RS016 definite: require_ssl is 'false' in the workgroup's config_parameter/)]);
    expect(await terraformFindings(rule, hcl('true'))).toEqual([]);
    const planned = (value: string) => [
      {
        type: 'aws_redshiftserverless_workgroup',
        name: 'analytics',
        values: { workgroup_name: 'analytics', config_parameter: [{ parameter_key: 'datestyle', parameter_value: 'ISO, MDY' }, { parameter_key: 'require_ssl', parameter_value: value }] },
      },
    ];
    expect(brief(await planFindings(rule, planned('false')))).toEqual([expect.stringMatching(/^RS016 definite: require_ssl is 'false'/)]);
    expect(await planFindings(rule, planned('true'))).toEqual([]);
  });
});
