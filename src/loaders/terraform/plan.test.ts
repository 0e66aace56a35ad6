import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ResourceGraph } from '../../model/graph.js';
import { prop } from '../../model/resource.js';
import { get, judge } from '../../model/value.js';
import { loadTerraformPlan } from './plan.js';
import { at, FIXTURES, plain, resource } from './testing.js';

const PLAN = readFileSync(path.join(FIXTURES, 'plan/plan.json'), 'utf8');
const loadPlan = (text = PLAN, file = 'plan/plan.json') => loadTerraformPlan(FIXTURES, file, text);

describe('Terraform plan JSON', () => {
  it('reads every managed resource of planned_values, child modules included, by address', () => {
    const unit = loadPlan();
    expect(unit.errors).toEqual([]);
    expect(unit.resources.map((r) => [r.id, r.kind, r.source, r.label])).toEqual([
      ['aws_redshift_cluster.dw[0]', 'RedshiftCluster', 'terraform-plan', undefined],
      ['aws_sagemaker_notebook_instance.nb', 'NotebookInstance', 'terraform-plan', undefined],
      ['aws_security_group.nb', 'SecurityGroup', 'terraform-plan', undefined],
      ['module.role.aws_iam_role.this', 'IamRole', 'terraform-plan', 'module.role'],
    ]);
  });

  it('maps resolved values (provider defaults included) onto canonical names, blocks by the table', () => {
    const unit = loadPlan();
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

  it('turns values known only after apply into references to the resources the configuration names, through module outputs', () => {
    const unit = loadPlan();
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(plain(get(nb.props, 'RoleArn'))).toEqual({ ref: 'module.role.aws_iam_role.this.arn' });
    expect(plain(get(nb.props, 'SecurityGroupIds'))).toEqual([{ ref: 'aws_security_group.nb.id' }]);
    expect(get(nb.props, 'Arn').t).toBe('omitted');
    const graph = new ResourceGraph(unit.resources);
    expect(graph.references(nb).map((e) => e.to.id).sort()).toEqual(['aws_security_group.nb', 'module.role.aws_iam_role.this']);
  });

  it('reads the null Terraform writes in place of a list element known only after apply as that element', () => {
    const plan = JSON.parse(PLAN);
    const planned = plan.planned_values.root_module.resources.find((r: { address: string }) => r.address === 'aws_sagemaker_notebook_instance.nb');
    planned.values.security_groups = [null];
    const nb = resource(loadPlan(JSON.stringify(plan)), 'aws_sagemaker_notebook_instance.nb');
    expect(plain(get(nb.props, 'SecurityGroupIds'))).toEqual([{ ref: 'aws_security_group.nb.id' }]);
  });

  it('applies attachments, and takes tags from tags_all (provider default tags included)', () => {
    const unit = loadPlan();
    expect(plain(get(resource(unit, 'module.role.aws_iam_role.this').props, 'ManagedPolicyArns'))).toEqual(['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess']);
    expect(Object.fromEntries(resource(unit, 'aws_sagemaker_notebook_instance.nb').tags!.known)).toEqual({ Owner: 'ml-platform' });
  });

  it('locates a resource at its HCL block when that is in the scan root, with its suppressions; values at the plan', () => {
    const unit = loadPlan();
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(at(nb)).toBe('plan/main.tf:15:1');
    expect(nb.suppressions).toEqual([expect.objectContaining({ ruleId: 'SM002', reason: 'reviewed: the notebook holds no data' })]);
    expect(at(resource(unit, 'module.role.aws_iam_role.this'))).toBe('plan/modules/role/main.tf:5:1');
    expect(at(get(nb.props, 'DirectInternetAccess'))).toMatch(/^plan\/plan\.json:\d+:\d+$/);
    expect(unit.files).toEqual(['plan/main.tf', 'plan/modules/role/main.tf', 'plan/plan.json']);
  });

  it('locates resources at the plan when their HCL is not in the scan root', () => {
    const unit = loadPlan(PLAN, 'elsewhere/plan.json');
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.nb');
    expect(at(nb)).toMatch(/^elsewhere\/plan\.json:\d+:\d+$/);
    expect(nb.suppressions).toEqual([]);
  });

  it('offers no text edits: the fix belongs in the configuration', () => {
    expect(loadPlan().renderFix).toBeUndefined();
  });

  it('reports invalid JSON and JSON that is not a plan as load errors', () => {
    expect(loadPlan('{"format_version": ', 'broken.json').errors).toEqual([expect.objectContaining({ file: 'broken.json', message: expect.stringMatching(/invalid JSON/) })]);
    expect(loadPlan('{"Resources": {}}', 'template.json').errors).toEqual([
      { file: 'template.json', message: 'not a Terraform plan: expected the output of `terraform show -json`' },
    ]);
  });
});
