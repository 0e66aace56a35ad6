import { describe, expect, it } from 'vitest';
import { brief, planFindings, terraformFindings } from '../test/rule-inputs.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
import rule from './rs010-redshift-serverless-logging-off.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Namespace:
          Type: AWS::RedshiftServerless::Namespace
          Properties:
            LogExports: [userlog, connectionlog]
    `,
    {
      name: 'a list sagelint cannot see',
      template: cfn`
        Parameters:
          Logs: { Type: CommaDelimitedList }
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              LogExports: !Ref Logs
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: no log is exported',
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
      `,
      findings: [{ line: 2, severity: 'low', message: /^LogExports is omitted: the namespace does not export its connectionlog and userlog to CloudWatch Logs/ }],
      fixed: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              NamespaceName: analytics
              LogExports:
                - connectionlog
                - userlog
                - useractivitylog
      `,
    },
    {
      name: 'the connection log missing: the fix keeps what is exported',
      template: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              LogExports: [useractivitylog, userlog]
      `,
      findings: [{ line: 5, message: /does not export its connectionlog to CloudWatch Logs/ }],
      fixed: cfn`
        Resources:
          Namespace:
            Type: AWS::RedshiftServerless::Namespace
            Properties:
              LogExports: ["useractivitylog","userlog","connectionlog"]
      `,
    },
  ],
});

describe('RS010 on Terraform', () => {
  it('reports log_exports without the connection or user log in HCL and in a plan', async () => {
    const hcl = (body: string) => `resource "aws_redshiftserverless_namespace" "analytics" {\n  namespace_name = "analytics"\n${body}}\n`;
    expect(brief(await terraformFindings(rule, hcl('')))).toEqual([expect.stringMatching(/^RS010 definite: log_exports is omitted:/)]);
    expect(brief(await terraformFindings(rule, hcl('  log_exports = ["userlog"]\n')))).toEqual([expect.stringMatching(/^RS010 definite: .*export its connectionlog to/)]);
    expect(await terraformFindings(rule, hcl('  log_exports = ["connectionlog", "userlog"]\n'))).toEqual([]);
    const planned = (values: Record<string, unknown>) => [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', ...values } }];
    expect(brief(await planFindings(rule, planned({ log_exports: ['connectionlog'] })))).toEqual([expect.stringMatching(/^RS010 definite: .*export its userlog to/)]);
    expect(await planFindings(rule, planned({ log_exports: ['connectionlog', 'userlog', 'useractivitylog'] }))).toEqual([]);
  });
});
