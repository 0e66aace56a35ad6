import { describe, expect, it } from 'vitest';
import { get, judge } from '../../model/value.js';
import { at, fixtureUnit, memoryUnit, plain, resource } from './testing.js';

const NOTEBOOK = 'resource "aws_sagemaker_notebook_instance" "nb" {';

describe('variables', () => {
  it('takes .tfvars values as known, later automatic files winning, then var files in order', async () => {
    const unit = await fixtureUnit('expressions');
    const team = resource(unit, 'aws_sagemaker_notebook_instance.team');
    expect(plain(get(team.props, 'InstanceType'))).toBe('ml.m5.large');
    expect(at(get(team.props, 'InstanceType'))).toBe('zz.auto.tfvars:1:17');
    const prod = await fixtureUnit('expressions', ['prod.tfvars']);
    expect(plain(get(resource(prod, 'aws_sagemaker_model.inference').props, 'ModelName'))).toBe('ml-prod-model');
  });

  it('makes a root variable that only has a default an overridable default, located where it is used', async () => {
    const unit = await memoryUnit({
      'main.tf': `variable "access" {\n  default = "Enabled"\n}\n${NOTEBOOK}\n  direct_internet_access = var.access\n}\n`,
    });
    const value = get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'DirectInternetAccess');
    expect(plain(value)).toEqual({ unknown: 'var.access can be set when Terraform runs', fallback: ['var.access keeps its default', 'Enabled'] });
    expect(at(value)).toBe('main.tf:5:28');
    expect(judge(value, (l) => l.t === 'scalar' && l.v === 'Enabled')?.certainty).toBe('possible');
  });

  it('says why a variable without any value is unknown', async () => {
    const unit = await memoryUnit({ 'main.tf': `variable "access" {}\n${NOTEBOOK}\n  direct_internet_access = var.access\n}\n` });
    expect(plain(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'DirectInternetAccess'))).toEqual({
      unknown: 'var.access has no default and no .tfvars file sets it',
    });
  });

  it('converts values to the variable type and fills optional object attributes', async () => {
    const unit = await fixtureUnit('expressions');
    const team = resource(unit, 'aws_sagemaker_notebook_instance.team');
    expect(plain(get(team.props, 'DirectInternetAccess'))).toEqual({
      oneOf: [
        ['each.key is "alpha"', 'Disabled'],
        ['each.key is "beta"', 'Enabled'],
      ],
    });
    expect(plain(get(team.props, 'VolumeSizeInGB'))).toEqual({
      oneOf: [
        ['each.key is "alpha"', 5],
        ['each.key is "beta"', 20],
      ],
    });
  });
});

describe('locals, references and operators', () => {
  it('resolves locals through each other and keeps references to resources', async () => {
    const unit = await fixtureUnit('expressions');
    const model = resource(unit, 'aws_sagemaker_model.inference');
    expect(plain(get(model.props, 'ModelName'))).toBe('ml-dev-model');
    expect(plain(get(model.props, 'PrimaryContainer', 'Environment'))).toEqual({ Stage: 'dev', Prefix: 'ml-dev', MODE: 'debug' });
    expect(plain(get(model.props, 'PrimaryContainer', 'Image'))).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:dev');
    const team = resource(unit, 'aws_sagemaker_notebook_instance.team');
    expect(plain(get(team.props, 'NotebookInstanceName'))).toEqual({
      oneOf: [
        ['each.key is "alpha"', 'ml-dev-alpha'],
        ['each.key is "beta"', 'ml-dev-beta'],
      ],
    });
  });

  it('turns a local that refers to itself into an unknown, not a crash', async () => {
    const unit = await memoryUnit({ 'main.tf': `locals {\n  a = local.b\n  b = local.a\n}\n${NOTEBOOK}\n  name = local.a\n}\n` });
    expect(plain(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'NotebookInstanceName'))).toEqual({ unknown: 'local.a refers to itself' });
  });

  it('gives a conditional on something undecided both branches, naming the condition', async () => {
    const unit = await memoryUnit({
      'main.tf': `variable "public" {\n  type = bool\n}\n${NOTEBOOK}\n  direct_internet_access = var.public ? "Enabled" : "Disabled"\n  root_access = true ? "Disabled" : "Enabled"\n}\n`,
    });
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(plain(get(nb.props, 'DirectInternetAccess'))).toEqual({
      oneOf: [
        ['var.public is true', 'Enabled'],
        ['var.public is false', 'Disabled'],
      ],
    });
    expect(plain(get(nb.props, 'RootAccess'))).toBe('Disabled');
  });

  it('keeps the parts of a string known only at deploy time as ${…} placeholders', async () => {
    const unit = await memoryUnit({ 'main.tf': `${NOTEBOOK}\n  name = "nb-\${data.aws_region.current.name}-\${upper("x")}"\n}\n` });
    expect(plain(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'NotebookInstanceName'))).toBe('nb-${data.aws_region.current.name}-X');
  });

  it('evaluates arithmetic, comparisons, for expressions and common functions', async () => {
    const unit = await memoryUnit({
      'main.tf': [
        'locals {',
        '  sizes = { small = 5, large = 50 }',
        '  big   = [for name, size in local.sizes : name if size * 2 > 20]',
        '}',
        NOTEBOOK,
        '  volume_size = max(values(local.sizes)...) + length(local.big)',
        '  name        = join("-", concat(local.big, [lower("NB"), format("%03d", 7)]))',
        '  subnet_id   = try(local.missing, coalesce("", "subnet-1"))',
        '  platform_identifier = lookup(local.sizes, "medium", "notebook-al2-v2")',
        '}',
      ].join('\n'),
    });
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(plain(nb.props)).toMatchObject({
      VolumeSizeInGB: 51,
      NotebookInstanceName: 'large-nb-007',
      SubnetId: 'subnet-1',
      PlatformIdentifier: 'notebook-al2-v2',
    });
  });

  it('says which function it does not evaluate', async () => {
    const unit = await memoryUnit({ 'main.tf': `${NOTEBOOK}\n  name = uuid()\n}\n` });
    expect(plain(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'NotebookInstanceName'))).toEqual({ unknown: 'uuid() is not evaluated by sagelint' });
  });
});

describe('count, for_each and dynamic blocks', () => {
  it('keeps one resource per block, its instances as choices, and a reference as the resource address', async () => {
    const unit = await fixtureUnit('expressions');
    const subnets = unit.resources.filter((r) => r.type === 'aws_subnet');
    expect(subnets.map((r) => r.id)).toEqual(['aws_subnet.private']);
    expect(plain(get(subnets[0]!.props, 'CidrBlock'))).toEqual({
      oneOf: [
        ['count.index is 0', '10.0.0.0/24'],
        ['count.index is 1', '10.0.1.0/24'],
      ],
    });
    const team = resource(unit, 'aws_sagemaker_notebook_instance.team');
    expect(plain(get(team.props, 'SubnetId'))).toEqual({
      oneOf: [
        ['var.enable_vpc is true', { ref: 'aws_subnet.private.id' }],
        ['var.enable_vpc is false', { omitted: 'SubnetId' }],
      ],
    });
  });

  it('skips a resource whose count is 0 and records the condition of one that may not exist', async () => {
    const unit = await memoryUnit({
      'main.tf': `variable "create" {\n  type = bool\n}\n${NOTEBOOK}\n  count = 0\n}\nresource "aws_sagemaker_notebook_instance" "maybe" {\n  count = var.create ? 1 : 0\n}\n`,
    });
    expect(unit.resources.map((r) => r.id)).toEqual(['aws_sagemaker_notebook_instance.maybe']);
    expect(unit.resources[0]!.condition).toBe('count = var.create ? 1 : 0');
  });

  it('expands dynamic blocks over known collections, choices over conditional ones, and says when it cannot', async () => {
    const unit = await fixtureUnit('expressions');
    const model = resource(unit, 'aws_sagemaker_model.inference');
    expect(plain(get(model.props, 'VpcConfig'))).toEqual({
      oneOf: [
        ['var.enable_vpc is true', { Subnets: [{ ref: 'aws_subnet.private.id' }], SecurityGroupIds: ['sg-0123456789abcdef0'] }],
        ['var.enable_vpc is false', { omitted: 'VpcConfig' }],
      ],
    });
    expect(plain(get(model.props, 'Containers'))).toEqual({ unknown: 'dynamic "container" repeats over var.containers, which is not known' });
    const prod = await fixtureUnit('expressions', ['prod.tfvars']);
    expect(plain(get(resource(prod, 'aws_sagemaker_model.inference').props, 'Containers'))).toEqual([{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/extra:1' }]);
  });
});

describe('JSON documents and files', () => {
  it('locates each node of a heredoc JSON document in the .tf file, and a placeholder that is a reference stays one', async () => {
    const unit = await fixtureUnit('iam');
    const policy = resource(unit, 'aws_iam_role_policy.pass_role');
    const statement = get(policy.props, 'PolicyDocument', 'Statement', 0);
    expect(plain(get(statement, 'Action'))).toBe('iam:PassRole');
    expect(at(get(statement, 'Action'))).toBe('main.tf:77:17');
    expect(plain(get(statement, 'Resource'))).toBe('arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/*');
  });

  it('reads file() inside the scan root with positions in that file, and refuses paths outside it', async () => {
    const unit = await fixtureUnit('notebook');
    const trust = get(resource(unit, 'aws_iam_role.notebook').props, 'AssumeRolePolicyDocument');
    expect(plain(get(trust, 'Statement', 0, 'Principal'))).toEqual({ Service: 'sagemaker.amazonaws.com' });
    expect(at(get(trust, 'Statement', 0, 'Action'))).toBe('policies/trust.json:7:17');
    expect(unit.files).toContain('policies/trust.json');
    const outside = await fixtureUnit('expressions');
    expect(plain(get(resource(outside, 'aws_iam_role.reader').props, 'AssumeRolePolicyDocument'))).toEqual({
      unknown: 'file("../../../../etc/passwd") is outside the scan root, so it is not read',
    });
  });

  it('renders templatefile() with its variables, a reference among them staying a reference', async () => {
    const unit = await fixtureUnit('expressions');
    const statement = get(resource(unit, 'aws_iam_policy.bucket').props, 'PolicyDocument', 'Statement', 0);
    expect(plain(get(statement, 'Resource'))).toEqual(['arn:aws:s3:::datasets-dev', 'arn:aws:s3:::datasets-dev/*']);
    expect(plain(get(statement, 'Principal', 'AWS'))).toEqual({ ref: 'aws_iam_role.reader.arn' });
    expect(at(get(statement, 'Effect'))).toBe('templates/bucket-policy.json.tpl:5:17');
  });

  it('keeps jsonencode() structure for documents, located where HCL writes each node', async () => {
    const unit = await fixtureUnit('sagemaker');
    const pipeline = resource(unit, 'aws_sagemaker_pipeline.train');
    const body = get(pipeline.props, 'PipelineDefinition', 'PipelineDefinitionBody');
    expect(plain(body)).toMatchObject({ Version: '2020-12-01', Steps: [{ Name: 'Train', Type: 'Training' }] });
    expect(at(get(body, 'Steps', 0, 'Name'))).toBe('pipelines.tf:10:16');
    const role = resource(await fixtureUnit('iam'), 'aws_iam_role.execution');
    expect(plain(get(role.props, 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action'))).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  it('encodes file contents for lifecycle scripts (base64encode, filebase64)', async () => {
    const unit = await fixtureUnit('notebook');
    const config = resource(unit, 'aws_sagemaker_notebook_instance_lifecycle_configuration.setup');
    const decode = (v: unknown) => Buffer.from(String(v), 'base64').toString('utf8');
    expect(decode(plain(get(config.props, 'OnCreate', 0, 'Content')))).toBe('#!/bin/bash\necho created\n');
    expect(decode(plain(get(config.props, 'OnStart', 0, 'Content')))).toBe('#!/bin/bash\npip install -r requirements.txt\n');
  });
});
