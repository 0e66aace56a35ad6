import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm084-domain-no-source-identity.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            DomainSettings:
              ExecutionRoleIdentityConfig: USER_PROFILE_NAME
    `,
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                ExecutionRoleIdentityConfig: !ImportValue identity-config
      `,
    },
    {
      name: 'HCL, source identity from the user profile name',
      hcl: tf`
        resource "aws_sagemaker_domain" "on" {
          domain_name = "on"
          domain_settings {
            execution_role_identity_config = "USER_PROFILE_NAME"
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted, DomainSettings and all',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainName: studio
      `,
      findings: [{ line: 2, severity: 'low', certainty: 'definite', message: /^DomainSettings\.ExecutionRoleIdentityConfig is omitted: sessions of the execution role carry no source identity/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainName: studio
              DomainSettings:
                ExecutionRoleIdentityConfig: USER_PROFILE_NAME
      `,
    },
    {
      name: 'explicitly DISABLED',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                ExecutionRoleIdentityConfig: DISABLED
                SecurityGroupIds: [sg-1]
      `,
      findings: [{ line: 6, column: 38, message: /is 'DISABLED'/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                ExecutionRoleIdentityConfig: USER_PROFILE_NAME
                SecurityGroupIds: [sg-1]
      `,
    },
    {
      name: 'HCL, DISABLED: the fix sets USER_PROFILE_NAME',
      hcl: tf`
        resource "aws_sagemaker_domain" "off" {
          domain_name = "off"
          domain_settings {
            execution_role_identity_config = "DISABLED"
          }
        }
      `,
      findings: [{ line: 4, column: 38, severity: 'low', message: /is 'DISABLED'/ }],
      fixed: tf`
        resource "aws_sagemaker_domain" "off" {
          domain_name = "off"
          domain_settings {
            execution_role_identity_config = "USER_PROFILE_NAME"
          }
        }
      `,
    },
    {
      name: 'plan, DISABLED',
      plan: [{ type: 'aws_sagemaker_domain', name: 'd', values: { domain_name: 'd', domain_settings: [{ execution_role_identity_config: 'DISABLED' }] } }],
      findings: [{ severity: 'low' }],
    },
  ],
});

describe('SM084 on live state', () => {
  it('reads DomainSettings from DescribeDomain', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.domains.push(
        { DomainId: 'd-off', DomainArn: sagemakerArn('domain/d-off'), DomainName: 'off' },
        { DomainId: 'd-on', DomainArn: sagemakerArn('domain/d-on'), DomainName: 'on', DomainSettings: { ExecutionRoleIdentityConfig: 'USER_PROFILE_NAME' } },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('domain/d-off'), certainty: 'definite', message: expect.stringMatching(/is omitted/) }]);
  });
});
