import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS009 on Terraform', () => {
  it('reports an omitted or false enhanced_vpc_routing in HCL and in a plan', async () => {
    const hcl = (body: string) => `resource "aws_redshiftserverless_workgroup" "analytics" {\n  workgroup_name = "analytics"\n  namespace_name = "analytics"\n${body}}\n`;
    expect(brief(await terraformFindings(rule, hcl('')))).toEqual([expect.stringMatching(/^RS009 definite: enhanced_vpc_routing is omitted and defaults to false:/)]);
    expect(await terraformFindings(rule, hcl('  enhanced_vpc_routing = true\n'))).toEqual([]);
    const planned = (values: Record<string, unknown>) => [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', ...values } }];
    expect(brief(await planFindings(rule, planned({ enhanced_vpc_routing: false })))).toEqual([expect.stringMatching(/^RS009 definite: enhanced_vpc_routing is false:/)]);
    expect(await planFindings(rule, planned({ enhanced_vpc_routing: true }))).toEqual([]);
  });
});
