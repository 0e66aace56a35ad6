import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs007-redshift-serverless-public.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: private by default',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
      `,
    },
    cfn`
      Resources:
        Workgroup:
          Type: AWS::RedshiftServerless::Workgroup
          Properties:
            PubliclyAccessible: false
    `,
    {
      name: 'HCL, omitted: not public by default',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
        }
      `,
    },
    {
      name: 'plan, not public',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', publicly_accessible: false } }],
    },
  ],
  invalid: [
    {
      name: 'explicitly public',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
              PubliclyAccessible: true
      `,
      findings: [{ line: 6, column: 27, severity: 'critical', message: /^PubliclyAccessible is true: the workgroup's endpoint resolves to a public IP address/ }],
      fixed: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
              PubliclyAccessible: false
      `,
    },
    {
      name: 'chosen at deploy time: possible, one level lower',
      template: cfn`
        Parameters:
          Public: { Type: String, AllowedValues: ['true', 'false'], Default: 'false' }
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              PubliclyAccessible: !Ref Public
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'high', message: /^PubliclyAccessible can be 'true' when parameter Public is 'true'/ }],
    },
    {
      name: 'HCL, publicly_accessible = true',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
          publicly_accessible = true
        }
      `,
      findings: [{ line: 4, message: /is true:/ }],
    },
    {
      name: 'plan, public',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', publicly_accessible: true } }],
      findings: [{ message: /is true:/ }],
    },
  ],
});
