import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../../engine/apply-edits.js';
import type { PropertyEdit } from '../../engine/rule.js';
import { prop } from '../../model/resource.js';
import { get, type Value } from '../../model/value.js';
import type { LoadedUnit } from '../types.js';
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
});
