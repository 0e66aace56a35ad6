import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../core/apply-edits.js';
import type { Fix, PropertyEdit, ResourceAddition } from '../../core/rule.js';
import { prop } from '../../model/resource.js';
import { get, type Value } from '../../model/value.js';
import type { LoadedUnit } from '../../core/unit.js';
import { memoryUnit, plain, resource } from './testing.js';

/** Renders one edit per (target, value), applies them to `main.tf`, and reloads the result. */
async function fixed(files: Record<string, string>, edits: (unit: LoadedUnit) => PropertyEdit[]): Promise<{ text: string; unit: LoadedUnit }> {
  const unit = await memoryUnit(files);
  const rendered = unit.renderFix!({ description: 'fix', edits: edits(unit) });
  if (!rendered) throw new Error('no edits rendered');
  expect(new Set(rendered.map((e) => e.file))).toEqual(new Set(['main.tf']));
  const text = applyTextEdits(files['main.tf']!, rendered);
  return { text, unit: await memoryUnit({ ...files, 'main.tf': text }) };
}

async function unrendered(files: Record<string, string>, target: (unit: LoadedUnit) => Value, value: unknown): Promise<unknown> {
  const unit = await memoryUnit(files);
  return unit.renderFix!({ description: 'fix', edits: [{ target: target(unit), value }] });
}

const NOTEBOOK = ['resource "aws_sagemaker_notebook_instance" "nb" {', '  name          = "nb"', '  instance_type = "ml.t3.medium"', '  root_access   = "Enabled"', '}', ''].join('\n');
const nb = (unit: LoadedUnit) => resource(unit, 'aws_sagemaker_notebook_instance.nb');

describe('Terraform fixes', () => {
  it('replaces a present value where it is written', async () => {
    const { text, unit } = await fixed({ 'main.tf': NOTEBOOK }, (u) => [{ target: prop(nb(u), 'RootAccess'), value: 'Disabled' }]);
    expect(text).toBe(NOTEBOOK.replace('"Enabled"', '"Disabled"'));
    expect(plain(prop(nb(unit), 'RootAccess'))).toBe('Disabled');
  });

  it('inserts an omitted argument under its Terraform name, at the indentation of the block', async () => {
    const { text, unit } = await fixed({ 'main.tf': NOTEBOOK }, (u) => [{ target: prop(nb(u), 'DirectInternetAccess'), value: 'Disabled' }]);
    expect(text).toBe(NOTEBOOK.replace('  root_access   = "Enabled"\n', '  root_access   = "Enabled"\n  direct_internet_access = "Disabled"\n'));
    expect(plain(prop(nb(unit), 'DirectInternetAccess'))).toBe('Disabled');
  });

  it('creates nested blocks for an omitted nested property', async () => {
    const { text, unit } = await fixed({ 'main.tf': NOTEBOOK }, (u) => [
      { target: prop(nb(u), 'InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion'), value: '2' },
    ]);
    expect(text).toContain('  instance_metadata_service_configuration {\n    minimum_instance_metadata_service_version = "2"\n  }\n}\n');
    expect(plain(prop(nb(unit), 'InstanceMetadataServiceConfiguration'))).toEqual({ MinimumInstanceMetadataServiceVersion: '2' });
  });

  it('writes an object value as a block, mapping each key back to its argument', async () => {
    const model = 'resource "aws_sagemaker_model" "m" {}\n';
    const { text, unit } = await fixed({ 'main.tf': model }, (u) => [
      { target: prop(resource(u, 'aws_sagemaker_model.m'), 'VpcConfig'), value: { Subnets: ['<subnet-id>'], SecurityGroupIds: ['<security-group-id>'] } },
    ]);
    expect(text).toBe('resource "aws_sagemaker_model" "m" {\n  vpc_config {\n    subnets = ["<subnet-id>"]\n    security_group_ids = ["<security-group-id>"]\n  }\n}\n');
    expect(plain(get(resource(unit, 'aws_sagemaker_model.m').props, 'VpcConfig', 'Subnets'))).toEqual(['<subnet-id>']);
  });

  it('inserts into the nested block a property is omitted from', async () => {
    const files = {
      'main.tf': 'resource "aws_sagemaker_model" "m" {\n  vpc_config {\n    subnets = ["subnet-1"]\n  }\n}\n',
    };
    const { text } = await fixed(files, (u) => [{ target: prop(resource(u, 'aws_sagemaker_model.m'), 'VpcConfig', 'SecurityGroupIds'), value: ['<sg>'] }]);
    expect(text).toBe('resource "aws_sagemaker_model" "m" {\n  vpc_config {\n    subnets = ["subnet-1"]\n    security_group_ids = ["<sg>"]\n  }\n}\n');
  });

  it('maps canonical paths back through the table: renamed arguments, paths, flattened and provider-defaulted ones', async () => {
    const files = {
      'main.tf': [
        'resource "aws_redshift_cluster" "c" {',
        '  cluster_identifier = "c"',
        '}',
        'resource "aws_sagemaker_data_quality_job_definition" "q" {',
        '  name = "q"',
        '  network_config {',
        '    enable_network_isolation = true',
        '  }',
        '}',
        'resource "aws_sagemaker_endpoint_configuration" "e" {',
        '  name = "e"',
        '}',
        '',
      ].join('\n'),
    };
    const { text } = await fixed(files, (u) => [
      { target: prop(resource(u, 'aws_redshift_cluster.c'), 'PubliclyAccessible'), value: false },
      { target: prop(resource(u, 'aws_sagemaker_data_quality_job_definition.q'), 'EnableInterContainerTrafficEncryption'), value: true },
      { target: prop(resource(u, 'aws_sagemaker_endpoint_configuration.e'), 'KmsKeyId'), value: '<kms-key-arn>' },
    ]);
    expect(text).toContain('  cluster_identifier = "c"\n  publicly_accessible = false\n}');
    expect(text).toContain('    enable_network_isolation = true\n    enable_inter_container_traffic_encryption = true\n  }');
    expect(text).toContain('  name = "e"\n  kms_key_arn = "<kms-key-arn>"\n}');
  });

  it('replaces a variable reference with the value, and a value inside heredoc JSON as JSON', async () => {
    const files = {
      'main.tf': [
        'variable "access" {',
        '  default = "Enabled"',
        '}',
        'resource "aws_sagemaker_notebook_instance" "nb" {',
        '  direct_internet_access = var.access',
        '}',
        'resource "aws_iam_role_policy" "p" {',
        '  role   = "r"',
        '  policy = <<EOF',
        '{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
        'EOF',
        '}',
        '',
      ].join('\n'),
    };
    const { text } = await fixed(files, (u) => [
      { target: prop(nb(u), 'DirectInternetAccess'), value: 'Disabled' },
      { target: get(resource(u, 'aws_iam_role_policy.p').props, 'PolicyDocument', 'Statement', 0, 'Resource'), value: 'arn:aws:s3:::datasets/*' },
    ]);
    expect(text).toContain('  direct_internet_access = "Disabled"\n');
    expect(text).toContain('"Resource": "arn:aws:s3:::datasets/*"}');
  });

  it('writes canonical Tags entries as the tags map', async () => {
    const { text, unit } = await fixed({ 'main.tf': NOTEBOOK }, (u) => [{ target: get(nb(u).props, 'Tags'), value: [{ Key: 'Owner', Value: '<owner>' }, { Key: 'cost-center', Value: '<value>' }] }]);
    expect(text).toContain('  tags = { Owner = "<owner>", cost-center = "<value>" }\n}');
    expect(Object.fromEntries(nb(unit).tags!.known)).toEqual({ Owner: '<owner>', 'cost-center': '<value>' });
  });

  it('escapes template markers in strings it writes', async () => {
    const { text } = await fixed({ 'main.tf': NOTEBOOK }, (u) => [{ target: prop(nb(u), 'NotebookInstanceName'), value: 'nb-${stage}' }]);
    expect(text).toContain('name          = "nb-$${stage}"');
  });

  describe('policies written with jsonencode', () => {
    const policyWith = (statements: string) => `resource "aws_iam_role_policy" "p" {\n  role = "r"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = ${statements}\n  })\n}\n`;
    const statement = (u: LoadedUnit, ...keys: (string | number)[]) => get(resource(u, 'aws_iam_role_policy.p').props, 'PolicyDocument', 'Statement', ...keys);
    const deny = { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' };

    it('an omitted key becomes an item of the object literal, `=` aligned with its neighbours', async () => {
      const files = { 'main.tf': policyWith('[{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "*"\n    }]') };
      const { text, unit } = await fixed(files, (u) => [{ target: statement(u, 0, 'Condition', 'Bool', 'aws:SecureTransport'), value: 'true' }]);
      expect(text).toBe(policyWith('[{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "*"\n      Condition = { Bool = { "aws:SecureTransport" = "true" } }\n    }]'));
      expect(plain(statement(unit, 0, 'Condition'))).toEqual({ Bool: { 'aws:SecureTransport': 'true' } });
    });

    it('new statements go after the last one: on its line, or one per line keeping a trailing comma', async () => {
      const oneLine = policyWith('[{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]');
      const appended = await fixed({ 'main.tf': oneLine }, (u) => [{ target: statement(u, 1), value: deny }]);
      expect(appended.text).toBe(policyWith('[{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }, { Effect = "Deny", Action = "s3:DeleteObject", Resource = "*" }]'));
      expect(plain(statement(appended.unit, 1))).toEqual(deny);

      const allow = '{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }';
      const perLine = await fixed({ 'main.tf': policyWith(`[\n      ${allow},\n    ]`) }, (u) => [{ target: statement(u, 1), value: deny }]);
      expect(perLine.text).toBe(policyWith(`[\n      ${allow},\n      { Effect = "Deny", Action = "s3:DeleteObject", Resource = "*" },\n    ]`));
      const noTrailingComma = await fixed({ 'main.tf': policyWith(`[\n      ${allow}\n    ]`) }, (u) => [{ target: statement(u, 1), value: deny }]);
      expect(noTrailingComma.text).toBe(policyWith(`[\n      ${allow},\n      { Effect = "Deny", Action = "s3:DeleteObject", Resource = "*" }\n    ]`));
      expect(plain(statement(noTrailingComma.unit, 1))).toEqual(deny);
    });

    it('JSON text in a heredoc takes no inserted key', async () => {
      const heredoc = 'resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}\nEOF\n}\n';
      expect(await unrendered({ 'main.tf': heredoc }, (u) => statement(u, 0, 'Condition'), { Bool: { 'aws:SecureTransport': 'true' } })).toBeUndefined();
    });
  });

  it('offers no edit where the text is not the value: defaults it fills, arguments already written, read-only locations', async () => {
    const policy = 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions = ["s3:*"]\n  }\n}\nresource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.d.json\n}\n';
    expect(await unrendered({ 'main.tf': policy }, (u) => get(resource(u, 'aws_iam_policy.p').props, 'PolicyDocument', 'Statement', 0, 'Effect'), 'Deny')).toBeUndefined();
    const nullable = 'variable "k" {\n  type = string\n}\nresource "aws_sagemaker_notebook_instance" "nb" {\n  kms_key_id = var.k == "" ? null : var.k\n}\n';
    const omittedBranch = (u: LoadedUnit) => {
      const v = prop(nb(u), 'KmsKeyId');
      return v.t === 'oneOf' ? v.options.find((o) => o.value.t === 'omitted')!.value : v;
    };
    expect(await unrendered({ 'main.tf': nullable }, omittedBranch, '<kms-key-arn>')).toBeUndefined();
  });

  it('offers no edit outside the resource: a module call argument or a local the value comes from', async () => {
    const files = {
      'main.tf': 'module "nb" {\n  source = "./mod"\n  access = "Enabled"\n}\nlocals {\n  root = "Enabled"\n}\nresource "aws_sagemaker_notebook_instance" "nb" {\n  root_access = local.root\n}\n',
      'mod/main.tf': 'variable "access" {}\nresource "aws_sagemaker_notebook_instance" "m" {\n  direct_internet_access = var.access\n}\n',
    };
    const inModule = (u: LoadedUnit) => prop(resource(u, 'module.nb.aws_sagemaker_notebook_instance.m'), 'DirectInternetAccess');
    expect(await unrendered(files, inModule, 'Disabled')).toBeUndefined();
    expect(await unrendered(files, (u) => prop(nb(u), 'RootAccess'), 'Disabled')).toBeUndefined();
  });

  it('offers no edit at or under a conditional: the choice stays as written', async () => {
    const variable = 'variable "prod" {\n  type = bool\n}\n';
    const conditional = `${variable}resource "aws_sagemaker_notebook_instance" "nb" {\n  root_access = var.prod ? "Enabled" : "Disabled"\n}\n`;
    expect(await unrendered({ 'main.tf': conditional }, (u) => prop(nb(u), 'RootAccess'), 'Disabled')).toBeUndefined();
    const policy = `${variable}resource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = jsonencode(var.prod ? { Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] } : { Statement = [] })\n}\n`;
    const statement = (u: LoadedUnit) => get(resource(u, 'aws_iam_role_policy.p').props, 'PolicyDocument', 'Statement', 0, 'Resource');
    expect(await unrendered({ 'main.tf': policy }, statement, 'arn:aws:s3:::datasets/*')).toBeUndefined();
  });

  describe('missing tags added to an existing tags map', () => {
    const withTags = (tags: string) => NOTEBOOK.replace('}\n', `  tags = ${tags}\n}\n`);
    const addTags = (u: LoadedUnit): PropertyEdit[] => [{ target: get(nb(u).props, 'Tags'), value: [{ Key: 'Team', Value: '<value>' }, { Key: 'CostCenter', Value: '<value>' }] }];

    it('on one line: after the last item', async () => {
      const { text, unit } = await fixed({ 'main.tf': withTags('{ Owner = "ml" }') }, addTags);
      expect(text).toBe(withTags('{ Owner = "ml", Team = "<value>", CostCenter = "<value>" }'));
      expect([...nb(unit).tags!.known.keys()]).toEqual(['Owner', 'Team', 'CostCenter']);
    });

    it('one per line at the items\' indentation, `=` aligned where the items align it, quoted where they are', async () => {
      const aligned = withTags('{\n    Owner       = "ml"\n    Application = "churn"\n  }');
      expect((await fixed({ 'main.tf': aligned }, addTags)).text).toBe(
        withTags('{\n    Owner       = "ml"\n    Application = "churn"\n    Team        = "<value>"\n    CostCenter  = "<value>"\n  }'),
      );
      const quoted = withTags('{\n    "Owner" = "ml"\n  }');
      expect((await fixed({ 'main.tf': quoted }, addTags)).text).toBe(withTags('{\n    "Owner" = "ml"\n    "Team" = "<value>"\n    "CostCenter" = "<value>"\n  }'));
    });

    it('an empty map gets the keys; a key already there is not repeated', async () => {
      expect((await fixed({ 'main.tf': withTags('{}') }, addTags)).text).toBe(withTags('{ Team = "<value>", CostCenter = "<value>" }'));
      expect((await fixed({ 'main.tf': withTags('{ Team = "ml" }') }, addTags)).text).toBe(withTags('{ Team = "ml", CostCenter = "<value>" }'));
    });

    it('tags that are not a literal map (a variable, merge()) get no edit', async () => {
      const variable = 'variable "tags" {\n  type = map(string)\n  default = {}\n}\n';
      expect(await unrendered({ 'main.tf': variable + withTags('var.tags') }, (u) => get(nb(u).props, 'Tags'), [{ Key: 'Team', Value: '<value>' }])).toBeUndefined();
      expect(await unrendered({ 'main.tf': withTags('merge({ Owner = "ml" }, { App = "x" })') }, (u) => get(nb(u).props, 'Tags'), [{ Key: 'Team', Value: '<value>' }])).toBeUndefined();
    });
  });

  describe('resources a fix adds', () => {
    const NETWORK = [
      'resource "aws_vpc" "main" {',
      '  cidr_block = "10.0.0.0/16"',
      '}',
      '',
      'resource "aws_subnet" "private" {',
      '  vpc_id = aws_vpc.main.id',
      '}',
      '',
      'resource "aws_vpc_endpoint" "sagemaker_api" {',
      '  vpc_id       = aws_vpc.main.id',
      '  service_name = "com.amazonaws.eu-west-1.s3"',
      '}',
      '',
    ].join('\n');
    const addition = (u: LoadedUnit, properties: Record<string, unknown>): ResourceAddition => ({
      near: resource(u, 'aws_vpc.main'),
      id: 'sagemaker_api',
      type: 'AWS::EC2::VPCEndpoint',
      properties,
    });
    const render = async (files: Record<string, string>, fix: (u: LoadedUnit) => Fix) => {
      const unit = await memoryUnit(files);
      return unit.renderFix!(fix(unit));
    };

    it('never take the name of a block that creates nothing (count = 0) in another file of the module', async () => {
      const [network, endpoints] = NETWORK.split('resource "aws_vpc_endpoint"');
      const files = { 'main.tf': network!, 'endpoints.tf': `resource "aws_vpc_endpoint"${endpoints!.replace('{\n', '{\n  count        = 0\n')}` };
      const edits = await render(files, (u) => ({ description: 'add', edits: [], additions: [addition(u, { VpcId: { Ref: 'aws_vpc.main' } })] }));
      expect(edits!.map((e) => e.text).join('')).toContain('resource "aws_vpc_endpoint" "sagemaker_api_2" {');
    });

    it('become a block after the neighbour\'s block, with Terraform names, references and a free name', async () => {
      const edits = await render({ 'main.tf': NETWORK }, (u) => ({
        description: 'add',
        edits: [],
        additions: [
          addition(u, {
            VpcId: { Ref: 'aws_vpc.main' },
            ServiceName: 'com.amazonaws.<region>.sagemaker.api',
            VpcEndpointType: 'Interface',
            PrivateDnsEnabled: true,
            SubnetIds: [{ Ref: 'aws_subnet.private' }],
            SecurityGroupIds: ['<security-group-id>'],
          }),
        ],
      }));
      const text = applyTextEdits(NETWORK, edits!);
      expect(text).toBe(
        NETWORK.replace(
          '}\n\nresource "aws_subnet"',
          [
            '}',
            '',
            'resource "aws_vpc_endpoint" "sagemaker_api_2" {',
            '  vpc_id              = aws_vpc.main.id',
            '  service_name        = "com.amazonaws.<region>.sagemaker.api"',
            '  vpc_endpoint_type   = "Interface"',
            '  private_dns_enabled = true',
            '  subnet_ids          = [aws_subnet.private.id]',
            '  security_group_ids  = ["<security-group-id>"]',
            '}',
            '',
            'resource "aws_subnet"',
          ].join('\n'),
        ),
      );
      const endpoint = resource(await memoryUnit({ 'main.tf': text }), 'aws_vpc_endpoint.sagemaker_api_2');
      expect(plain(prop(endpoint, 'PrivateDnsEnabled'))).toBe(true);
      expect(prop(endpoint, 'VpcId')).toMatchObject({ t: 'ref', target: 'aws_vpc.main' });
    });

    it('writes a name built from the region with the region placeholder Terraform leaves to fill in', async () => {
      const sub = await render({ 'main.tf': NETWORK }, (u) => ({ description: 'add', edits: [], additions: [addition(u, { ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' } })] }));
      expect(sub?.map((e) => e.text).join('')).toContain('service_name = "com.amazonaws.<region>.s3"');
    });

    it('is not offered when a value has no Terraform form or the reference leaves the module', async () => {
      const sub = await render({ 'main.tf': NETWORK }, (u) => ({ description: 'add', edits: [], additions: [addition(u, { ServiceName: { 'Fn::Sub': 'arn:aws:s3:::${AWS::AccountId}-logs' } })] }));
      expect(sub).toBeUndefined();
      const elsewhere = await render({ 'main.tf': NETWORK }, (u) => ({ description: 'add', edits: [], additions: [addition(u, { VpcId: { Ref: 'module.shared.aws_vpc.x' } })] }));
      expect(elsewhere).toBeUndefined();
    });
  });
});
