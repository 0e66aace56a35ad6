import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm030-model-outside-vpc.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Model:
          Type: AWS::SageMaker::Model
          Properties:
            ExecutionRoleArn: arn:aws:iam::123456789012:role/model
            VpcConfig:
              SecurityGroupIds: [sg-0123456789abcdef0]
              Subnets: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]
    `,
    {
      name: 'subnets from a parameter without default and security group from the template',
      template: cfn`
        Parameters:
          Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
        Resources:
          ModelSecurityGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: model
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig:
                SecurityGroupIds: [!Ref ModelSecurityGroup]
                Subnets: !Ref Subnets
      `,
    },
    {
      name: 'VpcConfig imported from another stack: unknown, not judged',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig: !ImportValue model-vpc-config
      `,
    },
    {
      name: 'HCL, a model in a VPC',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
          vpc_config {
            subnets            = ["subnet-0abc"]
            security_group_ids = ["sg-0abc"]
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
      `,
      findings: [{ line: 2, severity: 'high', message: /^VpcConfig is omitted: the model's containers run in a SageMaker-managed network/ }],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              ExecutionRoleArn: arn:aws:iam::123456789012:role/model
              VpcConfig:
                SecurityGroupIds:
                  - <security-group-id>
                Subnets:
                  - <subnet-id>
      `,
    },
    {
      name: 'subnets missing and security groups empty: one finding each, the fix keeps the block',
      template: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig:
                SecurityGroupIds: []
      `,
      findings: [
        { line: 2, message: /^VpcConfig\.Subnets is omitted/ },
        { line: 6, column: 27, message: /^VpcConfig\.SecurityGroupIds is \[\]/ },
      ],
      fixed: cfn`
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig:
                SecurityGroupIds: ["<security-group-id>"]
                Subnets:
                  - <subnet-id>
      `,
    },
    {
      name: 'subnets from a comma-delimited parameter whose allowed values include an empty list: possible, one level lower',
      template: cfn`
        Parameters:
          Subnets: { Type: CommaDelimitedList, AllowedValues: ['', 'subnet-1,subnet-2'] }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig:
                SecurityGroupIds: [sg-1]
                Subnets: !Ref Subnets
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'medium', message: /Subnets can be \[\] when parameter Subnets is ''/ }],
    },
    {
      name: 'subnets from a parameter with only an empty default: possible',
      template: cfn`
        Parameters:
          Subnets: { Type: CommaDelimitedList, Default: '' }
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig:
                SecurityGroupIds: [sg-1]
                Subnets: !Ref Subnets
      `,
      findings: [{ line: 9, certainty: 'possible', message: /parameter Subnets keeps its default ''/ }],
    },
    {
      name: 'Fn::If that drops the block: possible; no fix, the condition stays as written',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig: !If [IsProd, { SecurityGroupIds: [sg-1], Subnets: [subnet-1] }, !Ref AWS::NoValue]
      `,
      findings: [{ line: 9, certainty: 'possible', message: /can be omitted when condition IsProd is false/ }],
      fixed: null,
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/model"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Model": {\n      "Type": "AWS::SageMaker::Model",\n      "Properties": {\n        "ExecutionRoleArn": "arn:aws:iam::123456789012:role/model",\n        "VpcConfig": {\n          "SecurityGroupIds": [\n            "<security-group-id>"\n          ],\n          "Subnets": [\n            "<subnet-id>"\n          ]\n        }\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, a model outside a VPC',
      hcl: tf`
        resource "aws_sagemaker_model" "m" {
          name               = "m"
          execution_role_arn = "arn:aws:iam::123456789012:role/model"
          primary_container {
            image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/model:1"
          }
        }
      `,
      findings: [{ line: 1, severity: 'high' }],
    },
    {
      name: 'plan, a model outside a VPC',
      plan: [{ type: 'aws_sagemaker_model', name: 'm', values: { name: 'm', vpc_config: [] } }],
      findings: [{ severity: 'high' }],
    },
  ],
});
