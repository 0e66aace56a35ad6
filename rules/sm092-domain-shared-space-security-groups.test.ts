import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm092-domain-shared-space-security-groups.js';

/** A VpcOnly domain whose shared spaces get security groups, in HCL and as planned. */
const GUARDED_DOMAIN = tf`
  resource "aws_sagemaker_domain" "guarded" {
    domain_name             = "guarded"
    app_network_access_type = "VpcOnly"
    default_space_settings {
      execution_role  = "arn:aws:iam::123456789012:role/studio"
      security_groups = ["sg-spaces"]
    }
  }
`;
const GUARDED_PLANNED = { type: 'aws_sagemaker_domain', name: 'guarded', values: { domain_name: 'guarded', app_network_access_type: 'VpcOnly', default_space_settings: [{ execution_role: 'arn:aws:iam::123456789012:role/studio', security_groups: ['sg-spaces'] }] } };

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            AppNetworkAccessType: VpcOnly
            DefaultUserSettings: { ExecutionRole: arn:aws:iam::123456789012:role/studio, SecurityGroups: [sg-users] }
            DefaultSpaceSettings: { ExecutionRole: arn:aws:iam::123456789012:role/studio, SecurityGroups: [sg-spaces] }
    `,
    {
      name: 'PublicInternetOnly, explicit or by default: SM010 reports the network, not this rule',
      template: cfn`
        Resources:
          Public:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: PublicInternetOnly
          Defaulted:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainName: studio
      `,
    },
    {
      name: 'security groups from another stack are taken as present',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultSpaceSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
                SecurityGroups: !Split [',', !ImportValue space-groups]
      `,
    },
    {
      name: 'HCL, default_space_settings with security groups',
      hcl: GUARDED_DOMAIN,
    },
    {
      name: 'plan, default_space_settings with security groups',
      plan: [
        GUARDED_PLANNED,
      ],
    },
  ],
  invalid: [
    {
      name: "no DefaultSpaceSettings at all: the fix adds the block with the users' security groups and the execution role CloudFormation requires",
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: arn:aws:iam::123456789012:role/studio, SecurityGroups: [sg-users] }
      `,
      findings: [{ line: 2, severity: 'medium', certainty: 'definite', message: /^DefaultSpaceSettings\.SecurityGroups is omitted while AppNetworkAccessType is 'VpcOnly': the domain's shared spaces run without any of the security groups/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: arn:aws:iam::123456789012:role/studio, SecurityGroups: [sg-users] }
              DefaultSpaceSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
                SecurityGroups:
                  - sg-users
      `,
    },
    {
      name: "the users' role from a parameter: the added block refers to the same parameter",
      template: cfn`
        Parameters:
          Role: { Type: String }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: !Ref Role, SecurityGroups: [sg-users] }
      `,
      findings: [{ line: 4, certainty: 'definite' }],
      fixed: cfn`
        Parameters:
          Role: { Type: String }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: !Ref Role, SecurityGroups: [sg-users] }
              DefaultSpaceSettings:
                ExecutionRole:
                  Ref: Role
                SecurityGroups:
                  - sg-users
      `,
    },
    {
      name: 'users\' settings from another stack: the added block holds placeholders',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: !ImportValue studio-role, SecurityGroups: !Split [',', !ImportValue studio-groups] }
      `,
      findings: [{ line: 2, certainty: 'definite' }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultUserSettings: { ExecutionRole: !ImportValue studio-role, SecurityGroups: !Split [',', !ImportValue studio-groups] }
              DefaultSpaceSettings:
                ExecutionRole: <execution-role-arn>
                SecurityGroups:
                  - <security-group-id>
      `,
    },
    {
      name: 'an empty list',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultSpaceSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
                SecurityGroups: []
      `,
      findings: [{ line: 8, message: /SecurityGroups is \[\]/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly
              DefaultSpaceSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
                SecurityGroups: ["<security-group-id>"]
      `,
    },
    {
      name: 'the access type chosen at deploy time: possible, one severity lower',
      template: cfn`
        Parameters:
          Access:
            Type: String
            AllowedValues: [PublicInternetOnly, VpcOnly]
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: !Ref Access
              DefaultSpaceSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
      `,
      findings: [{ line: 6, severity: 'low', certainty: 'possible', message: /AppNetworkAccessType can be 'VpcOnly'/ }],
    },
    {
      name: 'HCL, default_space_settings without security groups, beside a domain with them',
      hcl: `${tf`
        resource "aws_sagemaker_domain" "bare" {
          domain_name             = "bare"
          app_network_access_type = "VpcOnly"
          default_user_settings {
            execution_role  = "arn:aws:iam::123456789012:role/studio"
            security_groups = ["sg-users"]
          }
          default_space_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `}\n${GUARDED_DOMAIN}`,
      findings: [{ line: 1, certainty: 'definite', message: /^default_space_settings\.security_groups is omitted while app_network_access_type is / }],
      fixed: `${tf`
        resource "aws_sagemaker_domain" "bare" {
          domain_name             = "bare"
          app_network_access_type = "VpcOnly"
          default_user_settings {
            execution_role  = "arn:aws:iam::123456789012:role/studio"
            security_groups = ["sg-users"]
          }
          default_space_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
            security_groups = ["sg-users"]
          }
        }
      `}\n${GUARDED_DOMAIN}`,
    },
    {
      name: 'plan, default_space_settings without security groups, beside a domain with them',
      plan: [
        { type: 'aws_sagemaker_domain', name: 'bare', values: { domain_name: 'bare', app_network_access_type: 'VpcOnly', default_space_settings: [{ execution_role: 'arn:aws:iam::123456789012:role/studio', security_groups: [] }] } },
        GUARDED_PLANNED,
      ],
      findings: [{ message: /^default_space_settings\.security_groups is omitted/ }],
    },
  ],
});

// Live state is not a table input: the audit's Describe records are filled in here.
describe('SM092 on live state', () => {
  it('reads DefaultSpaceSettings from DescribeDomain', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.domains.push(
        { DomainId: 'd-bare', DomainArn: sagemakerArn('domain/d-bare'), DomainName: 'bare', AppNetworkAccessType: 'VpcOnly', DefaultUserSettings: { SecurityGroups: ['sg-users'] } },
        { DomainId: 'd-guarded', DomainArn: sagemakerArn('domain/d-guarded'), DomainName: 'guarded', AppNetworkAccessType: 'VpcOnly', DefaultSpaceSettings: { SecurityGroups: ['sg-spaces'] } },
        { DomainId: 'd-public', DomainArn: sagemakerArn('domain/d-public'), DomainName: 'public', AppNetworkAccessType: 'PublicInternetOnly' },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('domain/d-bare'), certainty: 'definite', message: expect.stringMatching(/is omitted while AppNetworkAccessType is 'VpcOnly'/) }]);
  });
});
