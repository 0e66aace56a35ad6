import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm012-domain-root-access.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: Docker access defaults to DISABLED, RStudio users to R_STUDIO_USER',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DefaultUserSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              DomainId: !Ref Domain
      `,
    },
    cfn`
      Resources:
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            DomainSettings:
              DockerSettings:
                EnableDockerAccess: DISABLED
            DefaultUserSettings:
              RStudioServerProAppSettings:
                UserGroup: R_STUDIO_USER
    `,
    {
      name: 'Docker access with a rootless daemon (API shape, as live state reads it)',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: ENABLED
                  RootlessDocker: ENABLED
      `,
    },
    {
      name: 'imported setting: unknown, not judged',
      template: cfn`
        Resources:
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              UserSettings:
                RStudioServerProAppSettings:
                  UserGroup: !ImportValue rstudio-group
      `,
    },
    {
      name: 'HCL, Docker access with rootless Docker',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          domain_settings {
            docker_settings {
              enable_docker_access = "ENABLED"
              rootless_docker      = "ENABLED"
            }
          }
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
    },
    {
      name: 'HCL, no Docker settings',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Docker access enabled on the domain',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: ENABLED
                  VpcOnlyTrustedAccounts: ['123456789012']
      `,
      findings: [{ line: 7, column: 31, severity: 'low', message: /EnableDockerAccess is 'ENABLED' and RootlessDocker is not ENABLED/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: DISABLED
                  VpcOnlyTrustedAccounts: ['123456789012']
      `,
    },
    {
      name: 'RStudio administrator by default on the domain and explicitly on a profile',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DefaultUserSettings:
                RStudioServerProAppSettings:
                  AccessStatus: ENABLED
                  UserGroup: R_STUDIO_ADMIN
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              UserSettings:
                RStudioServerProAppSettings: { UserGroup: R_STUDIO_ADMIN }
      `,
      findings: [
        { line: 8, resource: 'Domain', message: /^DefaultUserSettings\.RStudioServerProAppSettings\.UserGroup is 'R_STUDIO_ADMIN'/ },
        { line: 13, resource: 'Profile', message: /^UserSettings\.RStudioServerProAppSettings\.UserGroup is 'R_STUDIO_ADMIN'/ },
      ],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DefaultUserSettings:
                RStudioServerProAppSettings:
                  AccessStatus: ENABLED
                  UserGroup: R_STUDIO_USER
          Profile:
            Type: AWS::SageMaker::UserProfile
            Properties:
              UserSettings:
                RStudioServerProAppSettings: { UserGroup: R_STUDIO_USER }
      `,
    },
    {
      name: 'parameter whose allowed values include ENABLED: possible, stays at the lowest level',
      template: cfn`
        Parameters:
          Docker: { Type: String, AllowedValues: [ENABLED, DISABLED] }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings:
                  EnableDockerAccess: !Ref Docker
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'low', message: /can be 'ENABLED' when parameter Docker is 'ENABLED'/ }],
    },
    {
      name: 'Fn::If around the whole Docker block: possible, and no fix (it would drop the block)',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsDev: !Equals [!Ref Env, dev]
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              DomainSettings:
                DockerSettings: !If [IsDev, { EnableDockerAccess: ENABLED }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 10, certainty: 'possible', message: /can be 'ENABLED' when condition IsDev is true/ }],
      fixed: null,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "DomainSettings": {"DockerSettings": {"EnableDockerAccess": "ENABLED"}}\n      }\n    }\n  }\n}\n',
      findings: [{ line: 6 }],
      fixed:
        '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "DomainSettings": {"DockerSettings": {"EnableDockerAccess": "DISABLED"}}\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, Docker access without rootless Docker',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          domain_settings {
            docker_settings {
              enable_docker_access = "ENABLED"
              rootless_docker      = "DISABLED"
            }
          }
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
      findings: [{ line: 8, column: 30, severity: 'low' }],
      fixed: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          domain_settings {
            docker_settings {
              enable_docker_access = "DISABLED"
              rootless_docker      = "DISABLED"
            }
          }
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
    },
  ],
});
