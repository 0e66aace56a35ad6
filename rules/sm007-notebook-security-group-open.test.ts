import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm007-notebook-security-group-open.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'ingress only from inside the VPC and from another group',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              VpcId: vpc-1
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }
                - { IpProtocol: tcp, FromPort: 22, ToPort: 22, SourceSecurityGroupId: sg-bastion }
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: subnet-1
              SecurityGroupIds: [!GetAtt Group.GroupId]
      `,
    },
    {
      name: 'an open group the notebook does not use',
      template: cfn`
        Resources:
          LoadBalancerGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: public
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [sg-0123456789abcdef0]
      `,
    },
    {
      name: 'egress to anywhere is not ingress',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: 0.0.0.0/0 }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
    },
    {
      name: 'standalone ingress for another group',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties: { GroupDescription: notebook }
          Other:
            Type: AWS::EC2::SecurityGroup
            Properties: { GroupDescription: other }
          OpenOther:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: { GroupId: !Ref Other, SourceSecurityGroupId: !Ref Group, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 0.0.0.0/0 }
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
    },
    {
      name: 'CIDR imported from another stack: unknown, not judged',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !ImportValue network-OfficeCidr }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
    },
    {
      name: 'HCL, ingress from a private range',
      hcl: tf`
        resource "aws_security_group" "nb" {
          name = "nb"
          ingress {
            from_port   = 443
            to_port     = 443
            protocol    = "tcp"
            cidr_blocks = ["10.0.0.0/8"]
          }
        }
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id       = "subnet-0abc"
          security_groups = [aws_security_group.nb.id]
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'inline ingress from anywhere on SSH',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: subnet-1
              SecurityGroupIds: [!GetAtt Group.GroupId]
      `,
      findings: [
        {
          line: 10,
          column: 19,
          resource: 'Notebook',
          severity: 'high',
          message:
            "CidrIp is '0.0.0.0/0' in an ingress rule of security group Group: TCP port 22 to the notebook is open to every address. Remove the rule, or limit it to a trusted CIDR or security group; users reach notebooks through SageMaker, not directly.",
        },
      ],
      fixed: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: <trusted-cidr>
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SubnetId: subnet-1
              SecurityGroupIds: [!GetAtt Group.GroupId]
      `,
    },
    {
      name: 'IPv6 anywhere on all traffic, and a port range',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress:
                - { IpProtocol: '-1', CidrIpv6: '::/0' }
                - { IpProtocol: tcp, FromPort: 8000, ToPort: 8999, CidrIp: 0.0.0.0/0 }
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
      findings: [
        { line: 7, column: 41, message: /^CidrIpv6 is '::\/0' in an ingress rule of security group Group: all traffic to the notebook/ },
        { line: 8, column: 68, message: /^CidrIp is '0.0.0.0\/0' .*: TCP ports 8000-8999 to the notebook/ },
      ],
      fixed: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress:
                - { IpProtocol: '-1', CidrIpv6: <trusted-ipv6-cidr> }
                - { IpProtocol: tcp, FromPort: 8000, ToPort: 8999, CidrIp: <trusted-cidr> }
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
    },
    {
      name: 'standalone ingress resource referring to the group',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties: { GroupDescription: notebook }
          OpenJupyter:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt Group.GroupId
              IpProtocol: tcp
              FromPort: 8443
              ToPort: 8443
              CidrIp: 0.0.0.0/0
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
      findings: [{ line: 12, column: 15, resource: 'Notebook', message: /security group Group: TCP port 8443/ }],
    },
    {
      name: 'group chosen by a condition: possible, one level lower',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsDev: !Equals [!Ref Env, dev]
        Resources:
          DevGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: dev
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!If [IsDev, !Ref DevGroup, sg-0123456789abcdef0]]
      `,
      findings: [{ line: 10, certainty: 'possible', severity: 'medium' }],
    },
    {
      name: 'CIDR from a parameter whose allowed values include anywhere: possible',
      template: cfn`
        Parameters:
          Source: { Type: String, AllowedValues: [10.0.0.0/8, 0.0.0.0/0], Default: 10.0.0.0/8 }
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref Source }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
      findings: [{ line: 8, certainty: 'possible', message: /^CidrIp can be '0.0.0.0\/0' when parameter Source is '0.0.0.0\/0'/ }],
    },
    {
      name: 'CIDR from a parameter with only a default of anywhere: possible',
      template: cfn`
        Parameters:
          Source: { Type: String, Default: 0.0.0.0/0 }
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !Ref Source }]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
      findings: [{ line: 8, certainty: 'possible', message: /when parameter Source keeps its default '0.0.0.0\/0'/ }],
    },
    {
      name: 'ingress rule that exists only on one branch, with AWS::NoValue on the other',
      template: cfn`
        Parameters:
          Env: { Type: String }
        Conditions:
          IsDev: !Equals [!Ref Env, dev]
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebook
              SecurityGroupIngress:
                - !If [IsDev, { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }, !Ref AWS::NoValue]
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              SecurityGroupIds: [!Ref Group]
      `,
      findings: [{ line: 11, certainty: 'possible' }],
    },
    {
      name: 'two notebooks sharing the group: one finding each',
      template: cfn`
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: notebooks
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
          First:
            Type: AWS::SageMaker::NotebookInstance
            Properties: { SecurityGroupIds: [!Ref Group] }
          Second:
            Type: AWS::SageMaker::NotebookInstance
            Properties: { SecurityGroupIds: [!Ref Group, !Ref Group] }
      `,
      findings: [
        { line: 6, resource: 'First' },
        { line: 6, resource: 'Second' },
      ],
    },
    {
      name: 'JSON template',
      file: 'template.json',
      template:
        '{\n  "Resources": {\n    "Group": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "notebook",\n        "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"}]\n      }\n    },\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {"SecurityGroupIds": [{"Ref": "Group"}]}\n    }\n  }\n}\n',
      findings: [{ line: 7, column: 96 }],
      fixed:
        '{\n  "Resources": {\n    "Group": {\n      "Type": "AWS::EC2::SecurityGroup",\n      "Properties": {\n        "GroupDescription": "notebook",\n        "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "<trusted-cidr>"}]\n      }\n    },\n    "Notebook": {\n      "Type": "AWS::SageMaker::NotebookInstance",\n      "Properties": {"SecurityGroupIds": [{"Ref": "Group"}]}\n    }\n  }\n}\n',
    },
    {
      name: 'HCL, ingress from anywhere: the fix puts a placeholder CIDR',
      hcl: tf`
        resource "aws_security_group" "nb" {
          name = "nb"
          ingress {
            from_port   = 443
            to_port     = 443
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id       = "subnet-0abc"
          security_groups = [aws_security_group.nb.id]
        }
      `,
      findings: [{ line: 7, column: 20, severity: 'high', message: /port 443/ }],
      fixed: tf`
        resource "aws_security_group" "nb" {
          name = "nb"
          ingress {
            from_port   = 443
            to_port     = 443
            protocol    = "tcp"
            cidr_blocks = ["<trusted-cidr>"]
          }
        }
        resource "aws_sagemaker_notebook_instance" "nb" {
          name = "nb"
          subnet_id       = "subnet-0abc"
          security_groups = [aws_security_group.nb.id]
        }
      `,
    },
  ],
});
