import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm002-notebook-outside-vpc.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Notebook:
          Type: AWS::SageMaker::NotebookInstance
          Properties:
            InstanceType: ml.t3.medium
            SubnetId: subnet-0123456789abcdef0
            SecurityGroupIds: [sg-0123456789abcdef0]
    `,
    {
      name: 'subnet from the template',
      template: cfn`
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24 }
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: !Ref Subnet
      `,
    },
    {
      name: 'subnet imported from another stack: unknown, not judged',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: !ImportValue network-PrivateSubnet
      `,
    },
    {
      name: 'parameter without default: unknown, not judged',
      template: cfn`
        Parameters:
          Subnet: { Type: 'AWS::EC2::Subnet::Id' }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: !Ref Subnet
      `,
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template: '{"Resources": {"Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": {"SubnetId": "subnet-1"}}}}',
    },
    {
      name: 'HCL, in a subnet with security groups',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id       = "subnet-0abc"
          security_groups = ["sg-0abc"]
        }
      `,
    },
    {
      name: 'plan, in a subnet',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', subnet_id: 'subnet-0abc', security_groups: ['sg-0abc'] } }],
    },
  ],
  invalid: [
    {
      name: 'omitted: no subnet, no security groups',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2, message: /^SubnetId is omitted, so the notebook runs only in the SageMaker service VPC/, severity: 'high' }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              SubnetId: <subnet-id>
              SecurityGroupIds:
                - <security-group-id>
      `,
    },
    {
      name: 'security groups without a subnet: only the subnet is added',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [sg-1]
              InstanceType: ml.t3.medium
      `,
      findings: [{ line: 2 }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [sg-1]
              InstanceType: ml.t3.medium
              SubnetId: <subnet-id>
      `,
    },
    {
      name: 'empty subnet',
      template: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: ''
              SecurityGroupIds: [sg-1]
      `,
      findings: [{ line: 5, column: 17, message: /^SubnetId is ''/ }],
      fixed: cfn`
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: <subnet-id>
              SecurityGroupIds: [sg-1]
      `,
    },
    {
      name: 'Fn::If with a branch that drops the subnet: possible, one level lower',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          InVpc: !Equals [!Ref Env, prod]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: !If [InVpc, subnet-1, !Ref AWS::NoValue]
              SecurityGroupIds: [sg-1]
      `,
      findings: [{ line: 9, certainty: 'possible', severity: 'medium', message: /can be omitted when condition InVpc is false/ }],
    },
    {
      name: 'parameter whose allowed values include an empty subnet: possible',
      template: cfn`
        Parameters:
          Subnet: { Type: String, AllowedValues: ['', subnet-1] }
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: !Ref Subnet
      `,
      findings: [{ line: 7, certainty: 'possible', message: /can be '' when parameter Subnet is ''/ }],
    },
    {
      name: 'JSON template, omitted',
      file: 'template.json',
      template: '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium"\n      }\n    }\n  }\n}\n',
      findings: [{ line: 3 }],
      fixed:
        '{\n  "Resources": {\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {\n        "InstanceType": "ml.t3.medium",\n        "SubnetId": "<subnet-id>",\n        "SecurityGroupIds": [\n          "<security-group-id>"\n        ]\n      }\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, no subnet: the fix adds subnet_id and security_groups',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
        }
      `,
      findings: [{ line: 1, severity: 'high' }],
      fixed: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id = "<subnet-id>"
          security_groups = ["<security-group-id>"]
        }
      `,
    },
    {
      name: 'HCL, subnet_id = ""',
      hcl: tf`
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id = ""
        }
      `,
      findings: [{ line: 3, column: 15, message: /is ''/ }],
    },
    {
      name: 'plan, no subnet',
      plan: [{ type: 'aws_sagemaker_notebook_instance', name: 'nb', values: { name: 'nb', subnet_id: null } }],
      findings: [{ severity: 'high' }],
    },
  ],
});
