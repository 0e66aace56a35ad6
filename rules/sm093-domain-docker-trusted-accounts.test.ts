import { describe, expect, it } from 'vitest';
import { LIVE_ACCOUNT, liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm093-domain-docker-trusted-accounts.js';

/** A VpcOnly domain with Docker access that trusts `accounts` (HCL list items). */
const dockerDomain = (name: string, accounts: string) => tf`
  resource "aws_sagemaker_domain" "${name}" {
    domain_name             = "${name}"
    app_network_access_type = "VpcOnly"
    domain_settings {
      docker_settings {
        enable_docker_access      = "ENABLED"
        vpc_only_trusted_accounts = [${accounts}]
      }
    }
  }
`;

/** A domain that trusts only the caller's account. */
const OWN_ACCOUNT_DOMAIN = `${dockerDomain('own', 'data.aws_caller_identity.current.account_id')}\ndata "aws_caller_identity" "current" {}\n`;

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        NoTrustedAccounts:
          Type: AWS::SageMaker::Domain
          Properties:
            AppNetworkAccessType: VpcOnly
            DomainSettings:
              DockerSettings: { EnableDockerAccess: ENABLED }
        OwnAccountOnly:
          Type: AWS::SageMaker::Domain
          Properties:
            AppNetworkAccessType: VpcOnly
            DomainSettings:
              DockerSettings:
                EnableDockerAccess: ENABLED
                VpcOnlyTrustedAccounts: [!Ref AWS::AccountId]
    `,
    {
      name: 'Docker access off (omitted means DISABLED), or a PublicInternetOnly domain',
      template: cfn`
        Resources:
          DockerOff:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DomainSettings:
                DockerSettings: { VpcOnlyTrustedAccounts: ['111122223333'] }
          Public:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings: { EnableDockerAccess: ENABLED, VpcOnlyTrustedAccounts: ['111122223333'] }
      `,
    },
    {
      name: 'HCL, docker_settings trusting only the caller account',
      hcl: OWN_ACCOUNT_DOMAIN,
    },
  ],
  invalid: [
    {
      name: 'two other accounts (one written as a YAML number), named in the message',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: ENABLED
                  VpcOnlyTrustedAccounts: [111122223333, !Ref AWS::AccountId, '444455556666']
      `,
      findings: [
        {
          line: 9,
          severity: 'low',
          certainty: 'definite',
          message: /^DomainSettings\.DockerSettings\.VpcOnlyTrustedAccounts names the accounts 111122223333, 444455556666 while DomainSettings\.DockerSettings\.EnableDockerAccess is 'ENABLED' in a VpcOnly domain/,
        },
      ],
    },
    {
      name: 'Docker access chosen at deploy time: possible, one severity lower',
      template: cfn`
        Parameters:
          Docker:
            Type: String
            AllowedValues: [ENABLED, DISABLED]
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: !Ref Docker
                  VpcOnlyTrustedAccounts: ['111122223333']
      `,
      findings: [{ line: 13, severity: 'low', certainty: 'possible', message: /names the account 111122223333 while DomainSettings\.DockerSettings\.EnableDockerAccess can be 'ENABLED'/ }],
    },
    {
      name: 'HCL, domain_settings.docker_settings naming another account, beside one naming the caller account',
      hcl: `${dockerDomain('trusting', '"111122223333"')}\n${OWN_ACCOUNT_DOMAIN}`,
      findings: [{ line: 7, severity: 'low', certainty: 'definite', message: /^domain_settings\.docker_settings\.vpc_only_trusted_accounts names the account 111122223333 while domain_settings\.docker_settings\.enable_docker_access is/ }],
      fixed: null,
    },
    {
      name: 'plan, docker_settings naming another account',
      plan: [
        {
          type: 'aws_sagemaker_domain',
          name: 'trusting',
          values: { domain_name: 'trusting', app_network_access_type: 'VpcOnly', domain_settings: [{ docker_settings: [{ enable_docker_access: 'ENABLED', vpc_only_trusted_accounts: ['111122223333'] }] }] },
        },
      ],
      findings: [{ severity: 'low', message: /names the account 111122223333/ }],
    },
  ],
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('SM093 on live state', () => {
  it("reads DockerSettings from DescribeDomain and leaves out the domain's own account", async () => {
    const docker = (accounts: string[]) => ({ DockerSettings: { EnableDockerAccess: 'ENABLED' as const, VpcOnlyTrustedAccounts: accounts } });
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.domains.push(
        { DomainId: 'd-other', DomainArn: sagemakerArn('domain/d-other'), DomainName: 'other', AppNetworkAccessType: 'VpcOnly', DomainSettings: docker([LIVE_ACCOUNT, '111122223333']) },
        { DomainId: 'd-own', DomainArn: sagemakerArn('domain/d-own'), DomainName: 'own', AppNetworkAccessType: 'VpcOnly', DomainSettings: docker([LIVE_ACCOUNT]) },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('domain/d-other'), certainty: 'definite', message: expect.stringMatching(/names the account 111122223333 while/) }]);
  });
});
