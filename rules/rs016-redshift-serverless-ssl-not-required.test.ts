import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
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
    {
      name: 'HCL, require_ssl true',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
          config_parameter {
            parameter_key   = "require_ssl"
            parameter_value = "true"
          }
        }
      `,
    },
    {
      name: 'plan, require_ssl true',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', config_parameter: [{ parameter_key: 'datestyle', parameter_value: 'ISO, MDY' }, { parameter_key: 'require_ssl', parameter_value: 'true' }] } }],
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
    {
      name: 'HCL, require_ssl false',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
          config_parameter {
            parameter_key   = "require_ssl"
            parameter_value = "false"
          }
        }
      `,
      findings: [{ line: 6, message: /^require_ssl is 'false'/ }],
    },
    {
      name: 'plan, require_ssl false',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', config_parameter: [{ parameter_key: 'datestyle', parameter_value: 'ISO, MDY' }, { parameter_key: 'require_ssl', parameter_value: 'false' }] } }],
      findings: [{ message: /^require_ssl is 'false'/ }],
    },
  ],
});
