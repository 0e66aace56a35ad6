import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ResourceGraph } from '../../model/graph.js';
import { prop } from '../../model/resource.js';
import { get, judge } from '../../model/value.js';
import type { LoadedUnit } from '../../core/unit.js';
import { loadTerraformDirectory } from './directory.js';
import { loadTerraformPlan } from './plan.js';
import { at, FIXTURES, plain, resource } from './testing.js';

const PLAN = readFileSync(path.join(FIXTURES, 'plan/plan.json'), 'utf8');
const loadPlan = (text = PLAN, file = 'plan/plan.json') => loadTerraformPlan(FIXTURES, file, text);

describe('Terraform plan JSON', () => {
  it('reads every managed resource of planned_values, child modules included, by address', async () => {
    const unit = await loadPlan();
    expect(unit.errors).toEqual([]);
    expect(unit.resources.map((r) => [r.id, r.kind, r.source, r.label])).toEqual([
      ['aws_redshift_cluster.dw[0]', 'RedshiftCluster', 'terraform-plan', undefined],
      ['aws_sagemaker_notebook_instance.nb', 'NotebookInstance', 'terraform-plan', undefined],
      ['aws_security_group.nb', 'SecurityGroup', 'terraform-plan', undefined],
      ['module.role.aws_iam_role.this', 'IamRole', 'terraform-plan', 'module.role'],
    ]);
  });

  it('maps resolved values (provider defaults included) onto canonical names, blocks by the table', async () => {
    const unit = await loadPlan();
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(plain(nb.props)).toMatchObject({
      DirectInternetAccess: 'Enabled',
      RootAccess: 'Enabled',
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '1' },
      VolumeSizeInGB: 5,
    });
    expect(get(nb.props, 'KmsKeyId').t).toBe('omitted');
    const cluster = resource(unit, 'aws_redshift_cluster.dw[0]');
    expect(judge(prop(cluster, 'PubliclyAccessible'), (l) => l.t === 'scalar' && l.v === true)?.certainty).toBe('definite');
    expect(get(cluster.props, 'LoggingProperties').t).toBe('omitted');
    expect(plain(get(resource(unit, 'aws_security_group.nb').props, 'SecurityGroupIngress', 0, 'CidrIp'))).toBe('0.0.0.0/0');
    expect(plain(get(resource(unit, 'module.role.aws_iam_role.this').props, 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal'))).toEqual({
      Service: 'sagemaker.amazonaws.com',
    });
  });

  it('turns values known only after apply into references to the resources the configuration names, through module outputs', async () => {
    const unit = await loadPlan();
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(plain(get(nb.props, 'RoleArn'))).toEqual({ ref: 'module.role.aws_iam_role.this.arn' });
    expect(plain(get(nb.props, 'SecurityGroupIds'))).toEqual([{ ref: 'aws_security_group.nb.id' }]);
    expect(get(nb.props, 'Arn').t).toBe('omitted');
    const graph = new ResourceGraph(unit.resources);
    expect(graph.references(nb).map((e) => e.to.id).sort()).toEqual(['aws_security_group.nb', 'module.role.aws_iam_role.this']);
  });

  it('reads the null Terraform writes in place of a list element known only after apply as that element', async () => {
    const plan = JSON.parse(PLAN);
    const planned = plan.planned_values.root_module.resources.find((r: { address: string }) => r.address === 'aws_sagemaker_notebook_instance.nb');
    planned.values.security_groups = [null];
    const nb = resource(await loadPlan(JSON.stringify(plan)), 'aws_sagemaker_notebook_instance.nb');
    expect(plain(get(nb.props, 'SecurityGroupIds'))).toEqual([{ ref: 'aws_security_group.nb.id' }]);
  });

  it('applies attachments, and takes tags from tags_all (provider default tags included)', async () => {
    const unit = await loadPlan();
    expect(plain(get(resource(unit, 'module.role.aws_iam_role.this').props, 'ManagedPolicyArns'))).toEqual(['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess']);
    expect(Object.fromEntries(resource(unit, 'aws_sagemaker_notebook_instance.nb').tags!.known)).toEqual({ Owner: 'ml-platform' });
    // Tagged by the provider alone: no tags argument for findings to point at.
    expect(resource(unit, 'aws_sagemaker_notebook_instance.nb').tags!.written).toBeUndefined();
  });

  it('locates the own tags of a resource at the tags argument its configuration writes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-plan-tags-'));
    try {
      writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_sagemaker_model" "m" {\n  name = "m"\n  tags = { team = "data" }\n}\n');
      const planned = { address: 'aws_sagemaker_model.m', mode: 'managed', type: 'aws_sagemaker_model', name: 'm', values: { name: 'm', tags: { team: 'data' }, tags_all: { team: 'data' } } };
      const plan = { format_version: '1.2', planned_values: { root_module: { resources: [planned] } }, configuration: { root_module: {} } };
      const unit = await loadTerraformPlan(dir, 'plan.json', JSON.stringify(plan));
      const tags = resource(unit, 'aws_sagemaker_model.m').tags!;
      expect(at(tags.written!)).toBe('main.tf:3:3');
      expect(tags.written!.loc.path).toEqual(['Tags']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('locates a resource at its HCL block when that is in the scan root, with its suppressions', async () => {
    const unit = await loadPlan();
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(at(nb)).toBe('plan/main.tf:15:1');
    expect(nb.suppressions).toEqual([expect.objectContaining({ ruleId: 'SM002', reason: 'reviewed: the notebook holds no data' })]);
    expect(at(resource(unit, 'module.role.aws_iam_role.this'))).toBe('plan/modules/role/main.tf:5:1');
    expect(unit.files).toEqual(['plan/main.tf', 'plan/modules/role/main.tf', 'plan/plan.json']);
  });

  it('locates values where a scan of the HCL locates them: the expression that sets them, else the block header', async () => {
    const unit = await loadPlan();
    const [hcl] = await loadTerraformDirectory(FIXTURES, 'plan');
    // Where a finding about the value points: an omitted property is reported at its resource.
    const findingAt = (u: LoadedUnit, id: string, ...path: (string | number)[]) => {
      const r = resource(u, id);
      const value = get(prop(r, path[0] as string), ...path.slice(1));
      return at(value.t === 'omitted' ? r : value);
    };
    const cases: [string, ...(string | number)[]][] = [
      ['aws_sagemaker_notebook_instance.nb', 'InstanceType'],
      ['aws_sagemaker_notebook_instance.nb', 'SecurityGroupIds', 0],
      ['aws_sagemaker_notebook_instance.nb', 'DirectInternetAccess'],
      ['aws_sagemaker_notebook_instance.nb', 'InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion'],
      ['aws_security_group.nb', 'SecurityGroupIngress', 0, 'CidrIp'],
      ['aws_security_group.nb', 'SecurityGroupIngress', 0, 'FromPort'],
      ['module.role.aws_iam_role.this', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'Service'],
      ['module.role.aws_iam_role.this', 'AssumeRolePolicyDocument', 'Version'],
    ];
    for (const [id, ...path] of cases) expect(findingAt(unit, id, ...path), `${id} ${path.join('.')}`).toBe(findingAt(hcl!, id, ...path));
    expect(findingAt(unit, 'aws_redshift_cluster.dw[0]', 'NodeType')).toBe(findingAt(hcl!, 'aws_redshift_cluster.dw', 'NodeType'));
    expect(findingAt(unit, 'aws_redshift_cluster.dw[0]', 'PubliclyAccessible')).toBe('plan/main.tf:38:1');
    // Written, set, and defaulted: at the literal, at the expression, at the header.
    expect(at(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'InstanceType'))).toBe('plan/main.tf:18:21');
    expect(at(get(resource(unit, 'aws_sagemaker_notebook_instance.nb').props, 'DirectInternetAccess'))).toBe('plan/main.tf:15:1');
    expect(at(get(resource(unit, 'module.role.aws_iam_role.this').props, 'AssumeRolePolicyDocument', 'Statement', 0, 'Action'))).toBe('plan/modules/role/main.tf:9:100');
  });

  it('matches a plan’s blocks to the blocks that write them whatever their order, dynamic blocks and JSON heredocs included', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-plan-'));
    const tf = [
      'resource "aws_security_group" "web" {',
      '  ingress {',
      '    from_port   = 22',
      '    to_port     = 22',
      '    protocol    = "tcp"',
      '    cidr_blocks = ["10.0.0.0/8"]',
      '  }',
      '  ingress {',
      '    from_port   = 443',
      '    to_port     = 443',
      '    protocol    = "tcp"',
      '    cidr_blocks = ["0.0.0.0/0"]',
      '  }',
      '  dynamic "egress" {',
      '    for_each = var.ports',
      '    content {',
      '      from_port   = egress.value',
      '      cidr_blocks = ["0.0.0.0/0"]',
      '    }',
      '  }',
      '}',
      '',
      'resource "aws_iam_policy" "data" {',
      '  name   = "data"',
      '  policy = <<-EOT',
      '    {',
      '      "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]',
      '    }',
      '  EOT',
      '}',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'main.tf'), tf);
    const rule = (port: number, cidr: string) => ({ from_port: port, to_port: port, protocol: 'tcp', cidr_blocks: [cidr], description: '', self: false });
    const managed = (type: string, name: string, values: object) => ({ address: `${type}.${name}`, mode: 'managed', type, name, values });
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            // Sets of blocks come in Terraform's order, not the configuration's.
            managed('aws_security_group', 'web', { name: 'web', ingress: [rule(443, '0.0.0.0/0'), rule(22, '10.0.0.0/8')], egress: [rule(80, '0.0.0.0/0'), rule(8080, '0.0.0.0/0')] }),
            managed('aws_iam_policy', 'data', { name: 'data', policy: '{\n  "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]\n}\n' }),
          ],
        },
      },
    };
    const unit = await loadTerraformPlan(dir, 'plan.json', JSON.stringify(plan));
    rmSync(dir, { recursive: true });
    expect(unit.errors).toEqual([]);
    const group = resource(unit, 'aws_security_group.web');
    const ingress = (i: number, key: string) => at(get(group.props, 'SecurityGroupIngress', i, key));
    expect([ingress(0, 'FromPort'), ingress(0, 'CidrIp'), ingress(1, 'FromPort'), ingress(1, 'CidrIp')]).toEqual(['main.tf:9:19', 'main.tf:12:20', 'main.tf:3:19', 'main.tf:6:20']);
    // Each element a dynamic block gives is written by its content; what the content leaves out is at the header.
    expect([0, 1].map((i) => at(get(group.props, 'SecurityGroupEgress', i, 'FromPort')))).toEqual(['main.tf:17:21', 'main.tf:17:21']);
    expect(at(get(group.props, 'SecurityGroupEgress', 1, 'IpProtocol'))).toBe('main.tf:1:1');
    const policy = resource(unit, 'aws_iam_policy.data');
    expect(at(get(policy.props, 'PolicyDocument', 'Statement', 0, 'Action'))).toBe('main.tf:27:51');
  });

  it('locates resources at the plan when their HCL is not in the scan root', async () => {
    const unit = await loadPlan(PLAN, 'elsewhere/plan.json');
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(at(nb)).toMatch(/^elsewhere\/plan\.json:\d+:\d+$/);
    expect(nb.suppressions).toEqual([]);
  });

  it('offers no text edits: the fix belongs in the configuration', async () => {
    expect((await loadPlan()).renderFix).toBeUndefined();
  });

  it('reports invalid JSON and JSON that is not a plan as load errors', async () => {
    expect((await loadPlan('{"format_version": ', 'broken.json')).errors).toEqual([expect.objectContaining({ file: 'broken.json', message: expect.stringMatching(/invalid JSON/) })]);
    expect((await loadPlan('{"Resources": {}}', 'template.json')).errors).toEqual([
      { file: 'template.json', message: 'not a Terraform plan: expected the output of `terraform show -json`' },
    ]);
  });
});
