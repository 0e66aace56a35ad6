import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './rs009-redshift-serverless-no-enhanced-vpc-routing.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Workgroup:
          Type: AWS::RedshiftServerless::Workgroup
          Properties:
            EnhancedVpcRouting: true
    `,
    {
      name: 'HCL, enhanced VPC routing on',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
          enhanced_vpc_routing = true
        }
      `,
    },
    {
      name: 'plan, enhanced VPC routing on',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', enhanced_vpc_routing: true } }],
    },
  ],
  invalid: [
    {
      name: 'omitted: defaults to false',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
      `,
      findings: [{ line: 2, severity: 'medium', message: /^EnhancedVpcRouting is omitted and defaults to false: COPY and UNLOAD traffic bypasses your VPC/ }],
      fixed: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              WorkgroupName: analytics
              EnhancedVpcRouting: true
      `,
    },
    {
      name: 'explicitly off',
      template: cfn`
        Resources:
          Workgroup:
            Type: AWS::RedshiftServerless::Workgroup
            Properties:
              EnhancedVpcRouting: 'false'
      `,
      findings: [{ line: 5, message: /^EnhancedVpcRouting is 'false':/ }],
    },
    {
      name: 'HCL, omitted: defaults to false',
      hcl: tf`
        resource "aws_redshiftserverless_workgroup" "analytics" {
          workgroup_name = "analytics"
          namespace_name = "analytics"
        }
      `,
      findings: [{ line: 1, message: /is omitted and defaults to false:/ }],
    },
    {
      name: 'plan, enhanced VPC routing off',
      plan: [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', enhanced_vpc_routing: false } }],
      findings: [{ message: /is false:/ }],
    },
  ],
});
