import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm010-domain-public-internet.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Domain:
          Type: AWS::SageMaker::Domain
          Properties:
            AuthMode: IAM
            AppNetworkAccessType: VpcOnly
            DefaultUserSettings:
              ExecutionRole: arn:aws:iam::123456789012:role/studio
              SecurityGroups: [sg-0123456789abcdef0]
    `,
    {
      name: 'parameter that only allows VpcOnly',
      template: cfn`
        Parameters:
          Access: { Type: String, AllowedValues: [VpcOnly] }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: !Ref Access
      `,
    },
    {
      name: 'imported value: unknown, not judged',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: !ImportValue network-access-type
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Domain": {"Type": "AWS::SageMaker::Domain", "Properties": {"AppNetworkAccessType": "VpcOnly"}}}}',
    },
    {
      name: 'HCL, VpcOnly with security groups',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          app_network_access_type = "VpcOnly"
          default_user_settings {
            execution_role  = "arn:aws:iam::123456789012:role/studio"
            security_groups = ["sg-0abc"]
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: AWS defaults to PublicInternetOnly; the fix also adds the security group VpcOnly needs',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AuthMode: IAM
              DefaultUserSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
      `,
      findings: [{ line: 2, message: /AppNetworkAccessType is omitted and defaults to 'PublicInternetOnly'/, severity: 'high' }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AuthMode: IAM
              DefaultUserSettings:
                ExecutionRole: arn:aws:iam::123456789012:role/studio
                SecurityGroups:
                  - <security-group-id>
              AppNetworkAccessType: VpcOnly
      `,
    },
    {
      name: 'explicit PublicInternetOnly with security groups already set',
      template: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: PublicInternetOnly # for pip
              DefaultUserSettings:
                SecurityGroups: [sg-0123456789abcdef0]
      `,
      findings: [{ line: 5, column: 29, message: /AppNetworkAccessType is 'PublicInternetOnly'/ }],
      fixed: cfn`
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: VpcOnly # for pip
              DefaultUserSettings:
                SecurityGroups: [sg-0123456789abcdef0]
      `,
    },
    {
      name: 'parameter whose allowed values include PublicInternetOnly: possible, one level lower',
      template: cfn`
        Parameters:
          Access: { Type: String, AllowedValues: [PublicInternetOnly, VpcOnly], Default: VpcOnly }
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: !Ref Access
      `,
      findings: [{ line: 7, certainty: 'possible', severity: 'medium', message: /can be 'PublicInternetOnly' when parameter Access is 'PublicInternetOnly'/ }],
    },
    {
      name: 'Fn::If with a branch that drops the property',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Domain:
            Type: AWS::SageMaker::Domain
            Properties:
              AppNetworkAccessType: !If [IsProd, VpcOnly, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /omitted \(defaulting to 'PublicInternetOnly'\) when condition IsProd is false/ }],
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "DefaultUserSettings": {\n          "SecurityGroups": ["sg-1"]\n        }\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Domain": {\n      "Type": "AWS::SageMaker::Domain",\n      "Properties": {\n        "DefaultUserSettings": {\n          "SecurityGroups": ["sg-1"]\n        },\n        "AppNetworkAccessType": "VpcOnly"\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, PublicInternetOnly: the fix sets VpcOnly and adds security groups',
      hcl: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          app_network_access_type = "PublicInternetOnly"
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
          }
        }
      `,
      findings: [{ line: 6, column: 29, severity: 'high' }],
      fixed: tf`
        resource "aws_sagemaker_domain" "studio" {
          domain_name = "studio"
          auth_mode   = "IAM"
          vpc_id      = "vpc-0abc"
          subnet_ids  = ["subnet-0abc"]
          app_network_access_type = "VpcOnly"
          default_user_settings {
            execution_role = "arn:aws:iam::123456789012:role/studio"
            security_groups = ["<security-group-id>"]
          }
        }
      `,
    },
    {
      name: 'HCL, omitted: defaults to \'PublicInternetOnly\'',
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
      findings: [{ line: 1, message: /defaults to 'PublicInternetOnly'/ }],
    },
    {
      name: 'plan, PublicInternetOnly',
      plan: [{ type: 'aws_sagemaker_domain', name: 'studio', values: { domain_name: 'studio', app_network_access_type: 'PublicInternetOnly' } }],
      findings: [{ severity: 'high' }],
    },
  ],
});
