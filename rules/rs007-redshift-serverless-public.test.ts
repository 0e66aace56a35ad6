import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('RS007 on Terraform', () => {
  it('reports publicly_accessible = true in HCL and in a plan, not the default', async () => {
    const hcl = (body: string) => `resource "aws_redshiftserverless_workgroup" "analytics" {\n  workgroup_name = "analytics"\n  namespace_name = "analytics"\n${body}}\n`;
    expect(brief(await terraformFindings(rule, hcl('  publicly_accessible = true\n')))).toEqual([expect.stringMatching(/^RS007 definite: publicly_accessible is true:/)]);
    expect(await terraformFindings(rule, hcl(''))).toEqual([]);
    const planned = (values: Record<string, unknown>) => [{ type: 'aws_redshiftserverless_workgroup', name: 'analytics', values: { workgroup_name: 'analytics', ...values } }];
    expect(brief(await planFindings(rule, planned({ publicly_accessible: true })))).toEqual([expect.stringMatching(/^RS007 definite: publicly_accessible is true:/)]);
    expect(await planFindings(rule, planned({ publicly_accessible: false }))).toEqual([]);
  });
});
