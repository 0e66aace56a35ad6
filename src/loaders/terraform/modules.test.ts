import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ResourceGraph } from '../../model/graph.js';
import { get } from '../../model/value.js';
import { loadTerraformDirectory, loadTerraformFiles, loadTerraformUnit, planTerraformUnits } from './directory.js';
import { at, fixtureUnit, FIXTURES, plain, resource } from './testing.js';

describe('local modules', () => {
  it('reports resources of called modules in the module file, labelled with the calling module path', async () => {
    const unit = await fixtureUnit('modules');
    expect(unit.resources.map((r) => [r.id, r.label])).toEqual([
      ['module.network.aws_vpc.this', 'module.network'],
      ['module.network.aws_subnet.private', 'module.network'],
      ['module.notebook.aws_sagemaker_notebook_instance.this', 'module.notebook'],
      ['module.notebook.module.role.aws_iam_role.this', 'module.notebook.module.role'],
    ]);
    expect(at(resource(unit, 'module.notebook.module.role.aws_iam_role.this'))).toBe('modules/notebook/role/main.tf:5:1');
    expect(unit.files).toEqual(['main.tf', 'modules/network/main.tf', 'modules/notebook/main.tf', 'modules/notebook/role/main.tf']);
  });

  it('passes arguments in as variables and outputs back, so references cross module boundaries', async () => {
    const unit = await fixtureUnit('modules');
    const nb = resource(unit, 'module.notebook.aws_sagemaker_notebook_instance.this');
    expect(plain(nb.props)).toMatchObject({
      NotebookInstanceName: 'analysis',
      SubnetId: { ref: 'module.network.aws_subnet.private.id' },
      RoleArn: { ref: 'module.notebook.module.role.aws_iam_role.this.arn' },
      RootAccess: 'Disabled',
    });
    expect(at(get(nb.props, 'RootAccess'))).toBe('modules/notebook/main.tf:16:13');
    expect(plain(get(nb.props, 'DirectInternetAccess'))).toEqual({
      unknown: 'var.internet_access can be set when Terraform runs',
      fallback: ['var.internet_access keeps its default', 'Enabled'],
    });
    expect(plain(get(resource(unit, 'module.network.aws_subnet.private').props, 'CidrBlock'))).toBe('10.30.1.0/24');
    const graph = new ResourceGraph(unit.resources);
    expect(graph.references(nb).map((e) => e.to.id).sort()).toEqual(['module.network.aws_subnet.private', 'module.notebook.module.role.aws_iam_role.this']);
  });

  it('notes registry, git and missing local sources instead of failing', async () => {
    const unit = await fixtureUnit('modules');
    expect(unit.errors).toEqual([]);
    expect(unit.notes.map((n) => `${n.file}:${n.line} ${n.message}`)).toEqual([
      'main.tf:33 module "vpc": source "terraform-aws-modules/vpc/aws" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)',
      'main.tf:38 module "shared": source "git::https://example.com/platform/shared.git//iam?ref=v1.2.0" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)',
      'main.tf:42 module "missing": local source "./modules/absent" has no Terraform files (missing, or not checked out); its resources are not checked',
    ]);
  });

  it('reads registry and git modules where terraform init put them, and notes each other remote source once', async () => {
    const [unit] = await loadTerraformFiles({
      'main.tf': [
        'module "endpoints" {\n  source = "git::https://example.com/net.git//endpoints?ref=v1"\n}',
        'module "vpc_a" {\n  source = "terraform-aws-modules/vpc/aws"\n}',
        'module "vpc_b" {\n  source = "terraform-aws-modules/vpc/aws"\n}',
      ].join('\n'),
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'endpoints', Source: 'git::https://example.com/net.git//endpoints?ref=v1', Dir: '.terraform/modules/endpoints/endpoints' },
        ],
      }),
      '.terraform/modules/endpoints/endpoints/main.tf': 'resource "aws_vpc_endpoint" "api" {\n  vpc_id              = "vpc-0123"\n  service_name        = "com.amazonaws.us-east-1.sagemaker.api"\n  vpc_endpoint_type   = "Interface"\n  private_dns_enabled = false\n}\n',
    });
    const endpoint = resource(unit!, 'module.endpoints.aws_vpc_endpoint.api');
    expect(at(get(endpoint.props, 'PrivateDnsEnabled'))).toBe('.terraform/modules/endpoints/endpoints/main.tf:5:25');
    expect(unit!.notes.map((n) => `${n.file}:${n.line} ${n.message}`)).toEqual([
      'main.tf:4 module "vpc_a": source "terraform-aws-modules/vpc/aws" is not a local path; its resources are not checked, here or in any other call (.terraform/modules holds no copy: run terraform init, or scan a plan)',
    ]);
  });

  it('passes provider configurations (and their default_tags) into modules', async () => {
    const unit = await fixtureUnit('modules');
    const tags = (id: string) => Object.fromEntries(resource(unit, id).tags!.known);
    expect(tags('module.notebook.aws_sagemaker_notebook_instance.this')).toEqual({ CostCenter: 'ml-platform' });
    expect(tags('module.notebook.module.role.aws_iam_role.this')).toEqual({ CostCenter: 'ml-platform' });
    expect(tags('module.network.aws_vpc.this')).toEqual({});
  });

  it('skips a module called with count 0, and records what decides one that may not exist', async () => {
    const [unit] = await loadTerraformFiles({
      'main.tf': 'variable "on" {\n  type = bool\n}\nmodule "off" {\n  source = "./m"\n  count  = 0\n}\nmodule "maybe" {\n  source = "./m"\n  count  = var.on ? 1 : 0\n}\n',
      'm/main.tf': 'resource "aws_vpc" "v" {\n  for_each   = toset([])\n  cidr_block = "10.0.0.0/16"\n}\nresource "aws_subnet" "s" {\n  cidr_block = "10.0.1.0/24"\n}\n',
    });
    expect(unit!.resources.map((r) => [r.id, r.condition])).toEqual([['module.maybe.aws_subnet.s', 'module.maybe: count = var.on ? 1 : 0']]);
  });

  it('loads a module that calls itself once, with a note', async () => {
    const [unit] = await loadTerraformFiles({
      'main.tf': 'module "loop" {\n  source = "./loop"\n}\n',
      'loop/main.tf': 'module "again" {\n  source = "../loop"\n}\nresource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    expect(unit!.resources.map((r) => r.id)).toEqual(['module.loop.aws_vpc.v']);
    expect(unit!.notes[0]!.message).toMatch(/calls itself/);
  });
});

describe('root modules', () => {
  it('makes one unit per directory that no other directory calls', async () => {
    const units = await loadTerraformDirectory(FIXTURES, 'modules');
    expect(units).toHaveLength(1);
    const all = await loadTerraformDirectory(path.dirname(FIXTURES), 'terraform');
    const roots = all.map((u) => u.files.find((f) => f.endsWith('.tf'))!.split('/').slice(0, -1).join('/'));
    expect(roots).not.toContain('terraform/modules/modules/network');
    expect(roots).toContain('terraform/modules');
    expect(roots).toContain('terraform/notebook');
  });

  it('plans units as plain data, each loadable on its own', async () => {
    const plan = await planTerraformUnits(FIXTURES, 'redshift');
    expect(plan.sources).toEqual([
      { dir: 'redshift/constraint', files: ['redshift/constraint/main.tf'] },
      { dir: 'redshift/locked', files: ['redshift/locked/main.tf'] },
      { dir: 'redshift/unpinned', files: ['redshift/unpinned/main.tf'] },
    ]);
    const unit = await loadTerraformUnit(FIXTURES, JSON.parse(JSON.stringify(plan.sources[1])));
    expect(unit.resources.map((r) => r.id)).toEqual(['aws_redshift_cluster.warehouse']);
    expect(unit.files).toEqual(['redshift/locked/.terraform.lock.hcl', 'redshift/locked/main.tf']);
  });

  it('reports a syntax error once, and still loads the other files of the directory', async () => {
    const unit = await fixtureUnit('syntax-error');
    expect(unit.resources.map((r) => r.id)).toEqual(['aws_sagemaker_notebook_instance.fine']);
    expect(unit.errors).toEqual([{ file: 'broken.tf', line: 7, column: 31, message: expect.stringMatching(/^invalid HCL syntax/) }]);
  });

  it('loads a .tf file named on its own as a root module, with its directory\'s .tfvars', async () => {
    const units = await loadTerraformDirectory(FIXTURES, 'syntax-error/good.tf');
    expect(units.map((u) => [u.files, u.errors])).toEqual([[['syntax-error/good.tf'], []]]);
    const [notebook] = await loadTerraformDirectory(FIXTURES, 'notebook/main.tf');
    expect(notebook!.files).toContain('notebook/terraform.tfvars');
    expect(notebook!.files).not.toContain('notebook/variables.tf');
  });

  it('reports references nested too deeply to evaluate as a load error, not a crash', async () => {
    const locals = Array.from({ length: 20000 }, (_, i) => `  l${i} = local.l${i + 1}`).join('\n');
    const [unit] = await loadTerraformFiles({ 'main.tf': `locals {\n${locals}\n  l20000 = 1\n}\nresource "aws_vpc" "v" {\n  cidr_block = local.l0\n}\n` });
    expect(unit!.errors).toEqual([{ file: 'main.tf', message: 'not checked: references nest too deeply to evaluate' }]);
  });

  it('loads directories of empty files as units without resources', async () => {
    const units = await loadTerraformFiles({ 'main.tf': '', 'variables.tf': '\n' });
    expect(units).toEqual([expect.objectContaining({ resources: [], errors: [] })]);
  });

  it('notes Terraform JSON configuration it does not read', async () => {
    const units = await loadTerraformFiles({ 'main.tf': '', 'extra.tf.json': '{}' });
    expect(units[0]!.notes).toEqual([{ file: 'extra.tf.json', message: 'Terraform JSON configuration (.tf.json) is not read' }]);
  });
});
