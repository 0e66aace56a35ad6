import { describe, expect, it } from 'vitest';
import { evaluateUnit } from '../src/engine/evaluate.js';
import { TERRAFORM_DIALECT } from '../src/loaders/terraform/dialect.js';
import { memoryUnit } from '../src/loaders/terraform/testing.js';
import { terraformFindings } from '../test/rule-inputs.js';
import { cfn, findingsOf, runRuleTests, tf } from '../test/rule-tester.js';
import { ACCOUNT_ENDPOINT_POLICY } from '../src/model/network.js';
import rule, { decidingInput } from './sm050-vpc-missing-sagemaker-endpoints.js';
import sm052 from './sm052-vpc-endpoint-open-policy.js';

/** The endpoint policy the fix writes, as one-line JSON. */
/** The endpoint policy a fix writes in a CloudFormation template: held to the template's own account. */
const TEMPLATE_POLICY = JSON.parse(JSON.stringify(ACCOUNT_ENDPOINT_POLICY).replace('"<account-id>"', '{"Ref":"AWS::AccountId"}')) as unknown;
const POLICY_JSON = JSON.stringify(TEMPLATE_POLICY);

/** A VPC with one private subnet, and `extra` resources after them. */
const network = (extra: string) => cfn`
  Resources:
    Vpc:
      Type: AWS::EC2::VPC
      Properties: { CidrBlock: 10.0.0.0/16 }
    Private:
      Type: AWS::EC2::Subnet
      Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
${extra}`;

const endpoint = (id: string, service: string, type = 'Interface') => `
    ${id}:
      Type: AWS::EC2::VPCEndpoint
      Properties:
        VpcId: !Ref Vpc
        VpcEndpointType: ${type}
        ServiceName: !Sub ${service}`;

/**
 * The same in Terraform: a VPC, a private subnet with a notebook, and an
 * interface endpoint per `[name, service]`; with any endpoint, the S3 gateway too.
 */
const terraformNetwork = (...endpoints: [string, string][]) =>
  tf`
    resource "aws_vpc" "main" {
      cidr_block = "10.0.0.0/16"
    }
    resource "aws_subnet" "private" {
      vpc_id     = aws_vpc.main.id
      cidr_block = "10.0.1.0/24"
    }
    resource "aws_sagemaker_notebook_instance" "nb" {
      name                   = "nb"
      subnet_id              = aws_subnet.private.id
      direct_internet_access = "Disabled"
    }
  ` +
  endpoints
    .map(([name, service]) => `resource "aws_vpc_endpoint" "${name}" {\n  vpc_id              = aws_vpc.main.id\n  vpc_endpoint_type   = "Interface"\n  service_name        = "${service}"\n  private_dns_enabled = true\n}\n`)
    .join('') +
  (endpoints.length ? 'resource "aws_vpc_endpoint" "s3" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.eu-west-1.s3"\n}\n' : '');

const notebook = `
    Notebook:
      Type: AWS::SageMaker::NotebookInstance
      Properties:
        InstanceType: ml.t3.medium
        SubnetId: !Ref Private
        DirectInternetAccess: Disabled`;

const trainingMachine = `
    Machine:
      Type: AWS::StepFunctions::StateMachine
      Properties:
        Definition:
          StartAt: Train
          States:
            Train:
              Type: Task
              Resource: arn:aws:states:::sagemaker:createTrainingJob.sync
              Parameters:
                VpcConfig: { Subnets: [!Ref Private], SecurityGroupIds: [sg-1] }
              End: true`;

/** A notebook whose security group already holds the logical ID the fix would give the notebook endpoint. */
const takenName = `
    SageMakerNotebookEndpoint:
      Type: AWS::EC2::SecurityGroup
      Properties: { VpcId: !Ref Vpc, GroupDescription: notebooks }
    Notebook:
      Type: AWS::SageMaker::NotebookInstance
      Properties: { SubnetId: !Ref Private, SecurityGroupIds: [!Ref SageMakerNotebookEndpoint] }`;

const api = endpoint('Api', 'com.amazonaws.${AWS::Region}.sagemaker.api');
const runtime = endpoint('Runtime', 'com.amazonaws.${AWS::Region}.sagemaker.runtime');
const s3 = endpoint('S3', 'com.amazonaws.${AWS::Region}.s3', 'Gateway');

runRuleTests(rule, {
  valid: [
    {
      name: 'a domain that a parameter can make VpcOnly, with every required endpoint: the Studio endpoint is optional',
      template: cfn`
        Parameters:
          Access: { Type: String, AllowedValues: [PublicInternetOnly, VpcOnly] }
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Api:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.sagemaker.api }
          Runtime:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.sagemaker.runtime }
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3 }
          Studio:
            Type: AWS::SageMaker::Domain
            Properties:
              VpcId: !Ref Vpc
              AppNetworkAccessType: !Ref Access
      `,
    },
    { name: 'a notebook VPC with every endpoint it needs', template: network(notebook + api + runtime + s3 + endpoint('Nb', 'aws.sagemaker.${AWS::Region}.notebook')) },
    { name: 'a VPC that hosts no SageMaker resource', template: network('') },
    {
      name: 'a notebook in a subnet imported from another stack attaches to no VPC in scope: a note, no finding',
      template: network(`
    Notebook:
      Type: AWS::SageMaker::NotebookInstance
      Properties:
        SubnetId: !ImportValue shared-subnet`),
      notes: [
        {
          line: 12,
          message:
            "SM050: the VPC of notebook Notebook is not in the template (SubnetId: imported from another stack's export 'shared-subnet'): its endpoints cannot be checked from the template; no scanned template exports 'shared-subnet': scanning the template that does, with this one, decides it",
        },
      ],
    },
    {
      name: 'a subnet whose VPC is a parameter: one note at that VpcId, shared by the tenants that use it',
      template: cfn`
        Parameters:
          VpcId: { Type: 'AWS::EC2::VPC::Id' }
        Resources:
          Private:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref VpcId
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties: { SubnetId: !Ref Private, SecurityGroupIds: [sg-0123] }
          Model:
            Type: AWS::SageMaker::Model
            Properties:
              VpcConfig: { Subnets: [!Ref Private], SecurityGroupIds: [sg-0123] }
      `,
      notes: [
        { line: 7, message: /^SM050: the VPC of notebook Notebook is not in the template \(the VpcId of subnet Private: parameter VpcId has no default\)/ },
        { line: 10, message: /^SM050: the VPC of notebook Notebook is not in the template \(SecurityGroupIds: "sg-0123" is declared elsewhere\)/ },
        { line: 7, message: /^SM050: the VPC of model Model / },
        { line: 14, message: /^SM050: the VPC of model Model .*"sg-0123"/ },
      ],
    },
    { name: 'a notebook in a declared VPC gives no note', template: network(notebook + api + runtime + s3 + endpoint('Nb', 'aws.sagemaker.${AWS::Region}.notebook')), notes: [] },
    {
      name: 'a domain whose VPC and network access a custom resource looks up: a note that the deployed stack decides it',
      template: cfn`
        Resources:
          Lookup:
            Type: Custom::DomainLookup
            Properties: { ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:lookup }
          Domain:
            Type: AWS::SageMaker::Domain
            Properties: { VpcId: !GetAtt Lookup.VpcId, AppNetworkAccessType: !GetAtt Lookup.AccessType, AuthMode: IAM, DomainName: d, DefaultUserSettings: { ExecutionRole: r } }
      `,
      notes: [
        {
          line: 7,
          message:
            'SM050: the VPC of domain Domain is not in the template (VpcId: !GetAtt Lookup.VpcId is an attribute of a resource sagelint does not model, such as a custom resource): its endpoints cannot be checked from the template; its value is known only once the stack is deployed: `sagelint audit` of the account it is deployed in judges it',
        },
      ],
    },
    {
      name: 'a PublicInternetOnly domain sends only EFS traffic through its VPC: no endpoint needed',
      template: network(`
    Studio:
      Type: AWS::SageMaker::Domain
      Properties: { VpcId: !Ref Vpc, SubnetIds: [!Ref Private], AppNetworkAccessType: PublicInternetOnly }`),
    },
    {
      name: 'a domain left at the default, PublicInternetOnly, whose VPC is a parameter: judged, no note',
      template: cfn`
        Parameters:
          VpcId: { Type: 'AWS::EC2::VPC::Id' }
        Resources:
          Studio:
            Type: AWS::SageMaker::Domain
            Properties: { VpcId: !Ref VpcId, AuthMode: IAM, DomainName: d, DefaultUserSettings: { ExecutionRole: r } }
      `,
      notes: [],
    },
    {
      name: 'HCL, a PublicInternetOnly domain in a VPC without endpoints',
      hcl: tf`
        resource "aws_vpc" "main" {
          cidr_block = "10.0.0.0/16"
        }
        resource "aws_sagemaker_domain" "studio" {
          domain_name             = "d"
          auth_mode               = "IAM"
          vpc_id                  = aws_vpc.main.id
          app_network_access_type = "PublicInternetOnly"
        }
      `,
    },
    {
      name: 'a job VPC with a NAT route reaches S3 without an endpoint',
      template: network(
        trainingMachine +
          api +
          runtime +
          `
    Routes:
      Type: AWS::EC2::RouteTable
      Properties: { VpcId: !Ref Vpc }
    DefaultRoute:
      Type: AWS::EC2::Route
      Properties: { RouteTableId: !Ref Routes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123 }`,
      ),
    },
    {
      name: 'HCL, a VPC with a notebook and every endpoint it needs',
      hcl: terraformNetwork(['api', 'com.amazonaws.eu-west-1.sagemaker.api'], ['runtime', 'com.amazonaws.eu-west-1.sagemaker.runtime'], ['notebook', 'aws.sagemaker.eu-west-1.notebook'], ['sts', 'com.amazonaws.eu-west-1.sts']),
    },
  ],
  invalid: [
    {
      name: 'a VPC that hosts a notebook but lacks the notebook endpoint',
      template: network(notebook + api + runtime + s3),
      findings: [
        {
          line: 2,
          severity: 'medium',
          message:
            'VPC Vpc hosts notebook Notebook but has no VPC endpoint for aws.sagemaker.${AWS::Region}.notebook (notebook Notebook in the VPC): calls to these services leave the VPC over the internet, or fail where it has no route out. Add the endpoints (interface endpoints with private DNS; a gateway endpoint for S3).',
        },
      ],
    },
    {
      name: 'a training job hidden in a state machine, in a VPC without endpoints or internet route',
      template: network(trainingMachine),
      findings: [
        {
          line: 2,
          message:
            /^VPC Vpc hosts training job Machine\/Train but has no VPC endpoint for com\.amazonaws\.\$\{AWS::Region\}\.sagemaker\.api \(SageMaker API calls\), com\.amazonaws\.\$\{AWS::Region\}\.sagemaker\.runtime \(endpoint invocations\), com\.amazonaws\.\$\{AWS::Region\}\.s3 \(training job Machine\/Train with no route to the internet\):/,
        },
      ],
    },
    {
      name: 'missing names take the region and partition of the endpoints the template has',
      template: network(notebook + endpoint('Api', 'cn.com.amazonaws.cn-north-1.sagemaker.api') + s3 + endpoint('Nb', 'aws.sagemaker.cn-north-1.notebook')),
      findings: [{ line: 2, message: /no VPC endpoint for cn\.com\.amazonaws\.cn-north-1\.sagemaker\.runtime \(endpoint invocations\):/ }],
    },
    {
      name: 'a VpcOnly domain missing the API (required) and the Studio endpoint (optional): one finding saying which',
      template: cfn`
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Runtime:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: com.amazonaws.us-east-1.sagemaker.runtime }
          S3:
            Type: AWS::EC2::VPCEndpoint
            Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3 }
          Studio:
            Type: AWS::SageMaker::Domain
            Properties: { VpcId: !Ref Vpc, AppNetworkAccessType: VpcOnly }
      `,
      findings: [
        {
          line: 2,
          message:
            'VPC Vpc hosts domain Studio but has no VPC endpoint for com.amazonaws.us-east-1.sagemaker.api (SageMaker API calls): calls to these services leave the VPC over the internet, or fail where it has no route out. Add the endpoints (interface endpoints with private DNS; a gateway endpoint for S3). It also has none for aws.sagemaker.us-east-1.studio (to open Studio from inside the VPC for VpcOnly domain Studio), which AWS documents as optional.',
        },
      ],
    },
    {
      name: 'a domain that is VpcOnly only for one parameter value: possible',
      template: network(`
    Studio:
      Type: AWS::SageMaker::Domain
      Properties: { VpcId: !Ref Vpc, SubnetIds: [!Ref Private], AppNetworkAccessType: !Ref Access }`).replace('Resources:', 'Parameters:\n  Access: { Type: String, AllowedValues: [PublicInternetOnly, VpcOnly] }\nResources:'),
      findings: [{ line: 4, certainty: 'possible', message: /^VPC Vpc hosts domain Studio but has no VPC endpoint for .*sagemaker\.api/ }],
    },
    {
      name: 'an endpoint whose service name cannot be read may be the missing one: possible',
      template: network(notebook + api + s3 + endpoint('Nb', 'aws.sagemaker.${AWS::Region}.notebook') + `
    Other:
      Type: AWS::EC2::VPCEndpoint
      Properties: { VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: !ImportValue shared-service }`),
      findings: [{ line: 2, certainty: 'possible', message: /sagemaker\.runtime/ }],
    },
    {
      name: 'a route to an imported route table leaves the internet path unknown: S3 possible',
      template: network(
        trainingMachine +
          api +
          runtime +
          `
    DefaultRoute:
      Type: AWS::EC2::Route
      Properties: { RouteTableId: !ImportValue shared-routes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123 }`,
      ),
      findings: [{ line: 2, certainty: 'possible', message: /s3 \(training job Machine\/Train with no known route to the internet\)/ }],
    },
    {
      name: 'the fix adds the missing endpoints after the VPC, in the tenants\' subnets and security groups, with IDs that are free',
      template: network(takenName + api + runtime),
      findings: [{ line: 2, message: /aws\.sagemaker\.\$\{AWS::Region\}\.notebook/ }],
      fixed: network(takenName + api + runtime).replace(
        '  Private:\n',
        `  SageMakerNotebookEndpoint2:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub aws.sagemaker.\${AWS::Region}.notebook
      VpcEndpointType: Interface
      PrivateDnsEnabled: true
      SubnetIds:
        - !Ref Private
      SecurityGroupIds:
        - !Ref SageMakerNotebookEndpoint
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: "*"
            Resource: "*"
            Condition:
              StringEquals:
                aws:PrincipalAccount: !Ref AWS::AccountId
  Private:\n`,
      ),
    },
    {
      name: 'in JSON the endpoints are added in long form; S3 goes on the VPC\'s route tables, placeholders fill what the template does not name',
      file: 'template.json',
      template: JSON.stringify(
        {
          Resources: {
            Vpc: { Type: 'AWS::EC2::VPC' },
            Routes: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
            Private: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' } } },
            Model: { Type: 'AWS::SageMaker::Model', Properties: { VpcConfig: { Subnets: [{ Ref: 'Private' }], SecurityGroupIds: ['sg-0123'] } } },
          },
        },
        null,
        2,
      ),
      findings: [{ line: 3, message: /sagemaker\.api .*sagemaker\.runtime .*s3/ }],
      fixed: JSON.stringify(
        {
          Resources: {
            Vpc: { Type: 'AWS::EC2::VPC' },
            ...Object.fromEntries(
              (
                [
                  ['SageMakerApiEndpoint', 'com.amazonaws.${AWS::Region}.sagemaker.api'],
                  ['SageMakerRuntimeEndpoint', 'com.amazonaws.${AWS::Region}.sagemaker.runtime'],
                ] as const
              ).map(([id, service]) => [
                id,
                {
                  Type: 'AWS::EC2::VPCEndpoint',
                  Properties: {
                    VpcId: { Ref: 'Vpc' },
                    ServiceName: { 'Fn::Sub': service },
                    VpcEndpointType: 'Interface',
                    PrivateDnsEnabled: true,
                    SubnetIds: [{ Ref: 'Private' }],
                    SecurityGroupIds: ['sg-0123'],
                    PolicyDocument: TEMPLATE_POLICY,
                  },
                },
              ]),
            ),
            S3Endpoint: {
              Type: 'AWS::EC2::VPCEndpoint',
              Properties: { VpcId: { Ref: 'Vpc' }, ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, VpcEndpointType: 'Gateway', RouteTableIds: [{ Ref: 'Routes' }], PolicyDocument: TEMPLATE_POLICY },
            },
            Routes: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
            Private: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' } } },
            Model: { Type: 'AWS::SageMaker::Model', Properties: { VpcConfig: { Subnets: [{ Ref: 'Private' }], SecurityGroupIds: ['sg-0123'] } } },
          },
        },
        null,
        2,
      ),
    },
    {
      name: 'a one-line JSON template gets one-line additions',
      file: 'template.json',
      template: '{"Resources":{"Vpc":{"Type":"AWS::EC2::VPC"},"Sub":{"Type":"AWS::EC2::Subnet","Properties":{"VpcId":{"Ref":"Vpc"}}},"Nb":{"Type":"AWS::SageMaker::NotebookInstance","Properties":{"SubnetId":{"Ref":"Sub"}}}}}',
      findings: [{ line: 1 }],
      fixed:
        '{"Resources":{"Vpc":{"Type":"AWS::EC2::VPC"},' +
        ['sagemaker.api', 'sagemaker.runtime']
          .map((s) => `"SageMaker${s === 'sagemaker.api' ? 'Api' : 'Runtime'}Endpoint":{"Type":"AWS::EC2::VPCEndpoint","Properties":{"VpcId":{"Ref":"Vpc"},"ServiceName":{"Fn::Sub":"com.amazonaws.\${AWS::Region}.${s}"},"VpcEndpointType":"Interface","PrivateDnsEnabled":true,"SubnetIds":[{"Ref":"Sub"}],"SecurityGroupIds":["<security-group-id>"],"PolicyDocument":${POLICY_JSON}}},`)
          .join('') +
        `"SageMakerNotebookEndpoint":{"Type":"AWS::EC2::VPCEndpoint","Properties":{"VpcId":{"Ref":"Vpc"},"ServiceName":{"Fn::Sub":"aws.sagemaker.\${AWS::Region}.notebook"},"VpcEndpointType":"Interface","PrivateDnsEnabled":true,"SubnetIds":[{"Ref":"Sub"}],"SecurityGroupIds":["<security-group-id>"],"PolicyDocument":${POLICY_JSON}}},` +
        '"Sub":{"Type":"AWS::EC2::Subnet","Properties":{"VpcId":{"Ref":"Vpc"}}},"Nb":{"Type":"AWS::SageMaker::NotebookInstance","Properties":{"SubnetId":{"Ref":"Sub"}}}}}',
    },
    {
      name: 'HCL, a VPC with a notebook and no endpoints',
      hcl: terraformNetwork(),
      findings: [{ line: 1, severity: 'medium', message: /has no VPC endpoint for .*sagemaker\.api/ }],
    },
    {
      name: 'HCL, a VPC with a notebook missing only the notebook endpoint',
      hcl: terraformNetwork(['api', 'com.amazonaws.eu-west-1.sagemaker.api'], ['runtime', 'com.amazonaws.eu-west-1.sagemaker.runtime'], ['sts', 'com.amazonaws.eu-west-1.sts']),
      findings: [{ line: 1, message: /no VPC endpoint for aws\.sagemaker\.eu-west-1\.notebook/ }],
    },
  ],
});

describe('SM050 remediation', () => {
  it('pasted into a template with its placeholders filled, satisfies SM050 and SM052', () => {
    const filled = rule.docs
      .remediation!.cloudformation!.replaceAll('<vpc-id>', '!Ref Vpc')
      .replaceAll('<subnet-id>', '!Ref Private')
      .replaceAll('<security-group-id>', 'sg-0abc')
      .replaceAll('<route-table-id>', 'rtb-0abc')
      .replaceAll('<account-id>', "'123456789012'");
    const template = network(notebook + `\n${filled.replace(/^/gm, '    ')}`);
    expect(findingsOf(rule, template)).toEqual([]);
    expect(findingsOf(sm052, template)).toEqual([]);
  });
});

describe('SM050 notes say which input decides a VPC they cannot judge', () => {
  const loc = { kind: 'source', file: 't.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, path: [] } as const;
  const unknown = (reason: string) => ({ t: 'unknown', loc, reason }) as const;
  it.each([
    [unknown('parameter VpcId has no default'), 'a parameter file giving VpcId (--parameters, or parameters: in .sagelint.yml) decides it'],
    [unknown('parameter VpcId can be set at deploy time'), 'a parameter file giving VpcId (--parameters, or parameters: in .sagelint.yml) decides it'],
    [unknown('parameter VpcId is read from SSM at deploy time'), "the SSM parameter's value decides it, which only the account holds: `sagelint audit` of the account it is deployed in judges it"],
    [unknown("imported from another stack's export 'net-vpc'"), "no scanned template exports 'net-vpc': scanning the template that does, with this one, decides it"],
    [unknown('var.vpc_id can be set when Terraform runs'), 'a variable file giving var.vpc_id (--var-file, or terraform.tfvars) decides it'],
    [unknown('module.vpc is not checked, so neither is its output vpc'), '`terraform init` (so that the source of module.vpc can be read) decides it'],
    [{ t: 'scalar', loc, v: 'vpc-0abc' } as const, 'the VPC is declared outside the scanned code: `sagelint audit` of the account it is deployed in judges it'],
    [{ t: 'ref', loc, target: 'Lookup', attribute: 'VpcId', text: '!GetAtt Lookup.VpcId' } as const, 'its value is known only once the stack is deployed: `sagelint audit` of the account it is deployed in judges it'],
  ])('%o', (value, expected) => {
    expect(decidingInput(value)).toBe(expected);
  });
});

describe('SM050 on Terraform, in Terraform words', () => {
  const NOTEBOOK_IN_VPC = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_sagemaker_notebook_instance" "nb" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/nb"
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  direct_internet_access = "Disabled"
}
`;

  it('names the region as Terraform leaves it, and adds aws_vpc_endpoint blocks named the Terraform way', async () => {
    const [finding, ...others] = await terraformFindings(rule, NOTEBOOK_IN_VPC);
    expect(others).toEqual([]);
    expect(finding!.message).toContain('no VPC endpoint for com.amazonaws.<region>.sagemaker.api (SageMaker API calls)');
    const added = finding!.fix!.edits.map((e) => e.text).join('');
    expect(added).toContain('resource "aws_vpc_endpoint" "sagemaker_api" {');
    expect(added).toContain('resource "aws_vpc_endpoint" "sagemaker_notebook" {');
    expect(added).toContain('service_name        = "com.amazonaws.<region>.sagemaker.api"');
    expect(added).toContain('subnet_ids          = [aws_subnet.private.id]');
    expect(finding!.fix!.placeholders).toContain('<region>');
  });

  it('says a VPC outside the configuration cannot be judged from the configuration, naming the Terraform argument', async () => {
    const unit = await memoryUnit({ 'main.tf': 'variable "subnet" {}\n\nresource "aws_sagemaker_notebook_instance" "nb" {\n  subnet_id = var.subnet\n}\n' });
    const { notes } = evaluateUnit(unit, { rules: [rule] });
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/^SM050: the VPC of notebook aws_sagemaker_notebook_instance\.nb is not in the configuration \(subnet_id: .*\): its endpoints cannot be checked from the configuration; /)]);
  });
});

// The snippet is documentation, rendered without loading the Terraform loader (SARIF help of a CloudFormation scan); its names must still be the fix's.
describe('SM050 Terraform remediation', () => {
  it('names each endpoint block as the fix names the endpoint it adds', () => {
    const templateIds = [...rule.docs.remediation.cloudformation!.matchAll(/^(\w+):$/gm)].map((m) => m[1]!);
    const blocks = [...rule.docs.remediation.terraform!.matchAll(/^resource "(\w+)" "(\w+)" \{$/gm)].map((m) => [m[1], m[2]]);
    expect(templateIds).toHaveLength(5);
    expect(blocks).toEqual(templateIds.map((id) => [TERRAFORM_DIALECT.resourceType('AWS::EC2::VPCEndpoint'), TERRAFORM_DIALECT.proposedId(id, 'AWS::EC2::VPCEndpoint')]));
  });
});
