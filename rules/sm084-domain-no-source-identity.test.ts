import { describe, expect, it } from 'vitest';
import { liveFindings, planFindings, sagemakerArn, terraformFindings } from '../test/input-forms.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('SM084 on Terraform and live state', () => {
  it('reads domain_settings from HCL and plans', async () => {
    const hcl = await terraformFindings(
      rule,
      `resource "aws_sagemaker_domain" "off" {
  domain_name = "off"
  domain_settings {
    execution_role_identity_config = "DISABLED"
  }
}

resource "aws_sagemaker_domain" "on" {
  domain_name = "on"
  domain_settings {
    execution_role_identity_config = "USER_PROFILE_NAME"
  }
}
`,
    );
    expect(hcl).toEqual([{ at: 4, certainty: 'definite', fix: true, message: expect.stringMatching(/is 'DISABLED'/) }]);
    const plan = await planFindings(rule, [{ type: 'aws_sagemaker_domain', name: 'd', values: { domain_name: 'd', domain_settings: [{ execution_role_identity_config: 'DISABLED' }] } }]);
    expect(plan).toHaveLength(1);
  });

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
