import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
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
    {
      name: 'HCL, connection and user logs exported',
      hcl: tf`
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          log_exports = ["connectionlog", "userlog"]
        }
      `,
    },
    {
      name: 'plan, every log exported',
      plan: [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', log_exports: ['connectionlog', 'userlog', 'useractivitylog'] } }],
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
    {
      name: 'HCL, no log exports',
      hcl: tf`
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
        }
      `,
      findings: [{ line: 1, message: /is omitted:/ }],
    },
    {
      name: 'HCL, only the user log',
      hcl: tf`
        resource "aws_redshiftserverless_namespace" "analytics" {
          namespace_name = "analytics"
          log_exports = ["userlog"]
        }
      `,
      findings: [{ message: /export its connectionlog to/ }],
    },
    {
      name: 'plan, only the connection log',
      plan: [{ type: 'aws_redshiftserverless_namespace', name: 'analytics', values: { namespace_name: 'analytics', log_exports: ['connectionlog'] } }],
      findings: [{ message: /export its userlog to/ }],
    },
  ],
});
