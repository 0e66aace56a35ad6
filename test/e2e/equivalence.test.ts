/**
 * One infrastructure written three ways (fixtures/equivalence): a CloudFormation
 * template, a Terraform root module with a local module and variables, and the
 * `terraform show -json` plan of that module. Scanned with the built CLI, the
 * three must give the same findings, each located where its form declares it.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliAsync } from './cli.js';

const FIXTURES = 'fixtures/equivalence';

/** CloudFormation logical ID → Terraform address of the same resource (every resource the model reads). */
const ADDRESSES: Readonly<Record<string, string>> = {
  Vpc: 'module.network.aws_vpc.this',
  PrivateSubnet: 'module.network.aws_subnet.private',
  SageMakerSecurityGroup: 'module.network.aws_security_group.sagemaker',
  PublicRouteTable: 'module.network.aws_route_table.public',
  PrivateRouteTable: 'module.network.aws_route_table.private',
  PeeringRoute: 'module.network.aws_route.peering',
  SageMakerApiEndpoint: 'module.network.aws_vpc_endpoint.sagemaker_api',
  NotebookEndpoint: 'module.network.aws_vpc_endpoint.notebook',
  ExecutionRole: 'aws_iam_role.execution',
  Notebook: 'aws_sagemaker_notebook_instance.research',
  ChurnModel: 'aws_sagemaker_model.churn',
  ChurnEndpointConfig: 'aws_sagemaker_endpoint_configuration.churn',
  ChurnEndpoint: 'aws_sagemaker_endpoint.churn',
  ChurnDrift: 'aws_sagemaker_data_quality_job_definition.churn_drift',
  Warehouse: 'aws_redshift_cluster.warehouse',
};

/** What every form must report, as `rule address` (the CloudFormation IDs mapped through ADDRESSES). */
const EXPECTED_CLASSES = [
  'RS001 aws_redshift_cluster.warehouse',
  'RS003 aws_redshift_cluster.warehouse',
  'RS005 aws_redshift_cluster.warehouse',
  'RS013 aws_redshift_cluster.warehouse',
  'RS015 aws_redshift_cluster.warehouse',
  'SM004 aws_sagemaker_notebook_instance.research',
  'SM023 aws_sagemaker_data_quality_job_definition.churn_drift',
  'SM023 aws_sagemaker_data_quality_job_definition.churn_drift',
  'SM030 aws_sagemaker_model.churn',
  'SM031 aws_sagemaker_model.churn',
  'SM032 aws_sagemaker_endpoint_configuration.churn',
  'SM033 aws_sagemaker_endpoint_configuration.churn',
  'SM050 module.network.aws_vpc.this',
  'SM052 module.network.aws_vpc_endpoint.notebook',
  'SM052 module.network.aws_vpc_endpoint.sagemaker_api',
  'SM060 aws_iam_role.execution',
  'SM062 aws_iam_role.execution',
  'SM070 aws_sagemaker_model.churn',
  'TG001 aws_redshift_cluster.warehouse',
];

/**
 * Differences inherent to the forms: the same cluster, reported by a different
 * rule. Each says what CloudFormation and Terraform (HCL and plan) report, and why.
 */
const INHERENT_DIFFERENCES = [
  {
    cloudformation: { finding: 'RS006 aws_redshift_cluster.warehouse', message: /^KmsKeyId is omitted/ },
    terraform: { finding: 'RS002 aws_redshift_cluster.warehouse', message: /^encrypted is (omitted and defaults to )?false/ },
    reason:
      'The AWS provider before version 6 (pinned here to ~> 5.80) creates clusters unencrypted unless `encrypted` is set (RS002); ' +
      'CloudFormation leaves it to the CreateCluster API, which encrypts by default since January 2025, so only a customer managed key is missing there (RS006).',
  },
];
const formClasses = (form: 'cloudformation' | 'terraform') => [...EXPECTED_CLASSES, ...INHERENT_DIFFERENCES.map((d) => d[form].finding)].sort();
const inherentlyDifferent = new Set(INHERENT_DIFFERENCES.flatMap((d) => [d.cloudformation.finding, d.terraform.finding]));

/**
 * Findings about a value the plan holds, and the text of the plan line that
 * holds it, where the plan locates values when the scan root does not hold the
 * configuration. Everything else (resources, omitted properties) is located at
 * the resource's object in the plan.
 */
const VALUES_IN_PLAN: Readonly<Record<string, string>> = {
  'RS001 aws_redshift_cluster.warehouse': '"publicly_accessible": true',
  'RS002 aws_redshift_cluster.warehouse': '"encrypted": false',
  'RS003 aws_redshift_cluster.warehouse': '"enhanced_vpc_routing": false',
  'RS013 aws_redshift_cluster.warehouse': '"automated_snapshot_retention_period": 1',
  // Tags are null in the plan: the finding stands at that key, where the configuration would set them.
  'TG001 aws_redshift_cluster.warehouse': '"tags": null',
  'SM033 aws_sagemaker_endpoint_configuration.churn': '"initial_instance_count": 1',
  'SM060 aws_iam_role.execution': '"policy": ',
};

/** Findings about a value written in the HCL, and the text of its line; the others are at the resource block's header. */
const VALUES_IN_HCL: Readonly<Record<string, string>> = {
  'RS001 aws_redshift_cluster.warehouse': 'publicly_accessible    = true',
  'SM033 aws_sagemaker_endpoint_configuration.churn': 'initial_instance_count = 1',
  'SM060 aws_iam_role.execution': 'Resource = "arn:aws:s3:::*"',
};

interface ReportedFinding {
  ruleId: string;
  certainty: string;
  message: string;
  resource: { id: string; source: string };
  location: { file: string; start: { line: number; column: number } };
}

interface Scan {
  findings: ReportedFinding[];
  /** Where the scan ran: findings' files are relative to it. */
  cwd: string;
}

/** Every rule (--preset strict): the formats must agree on all of them, not only the default preset's. */
async function scan(target: string, cwd = REPO_ROOT): Promise<Scan> {
  const run = await runCliAsync(['scan', target, '--preset', 'strict', '--format', 'json'], { cwd });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout);
  expect(report.errors).toEqual([]);
  return { findings: report.findings, cwd };
}

const classOf = (f: ReportedFinding, addressOf: (id: string) => string = (id) => id) => `${f.ruleId} ${addressOf(f.resource.id)}`;
const cloudFormationAddress = (id: string) => ADDRESSES[id] ?? `unmapped ${id}`;

function lineText(scanned: Scan, f: ReportedFinding, offset = 0): string {
  return readFileSync(path.join(scanned.cwd, f.location.file), 'utf8').split('\n')[f.location.start.line - 1 + offset]!;
}

/** `module.network.aws_vpc.this` → its HCL file below the root module, and its block header. */
function declaration(address: string): { file: string; header: string } {
  const parts = address.split('.');
  const [type, name] = parts.slice(-2);
  const file = parts[0] === 'module' ? `modules/${parts[1]}/main.tf` : 'main.tf';
  return { file, header: `resource "${type}" "${name}" {` };
}

/** The services SM050 names as missing, with the region written as CloudFormation leaves it. */
function missingServices(f: ReportedFinding): string[] {
  return [...f.message.replaceAll('eu-west-1', '${AWS::Region}').matchAll(/((?:com\.amazonaws|aws\.sagemaker)\.\S+) \(([^)]*)\)/g)].map(
    ([, service, why]) => `${service} (${why!.replace(/^.* with /, 'with ')})`,
  );
}

describe('one infrastructure as CloudFormation, Terraform and a Terraform plan', { timeout: 300_000 }, () => {
  let cloudformation: Scan;
  let terraform: Scan;
  let planWithConfiguration: Scan;
  let planAlone: Scan;

  // The four scans are independent: they run side by side.
  beforeAll(async () => {
    // `terraform show -json > plan.json` in the root module: the scan root holds its HCL.
    const workspace = mkdtempSync(path.join(tmpdir(), 'sagelint-equivalence-'));
    cpSync(path.join(REPO_ROOT, FIXTURES, 'terraform'), path.join(workspace, 'infra'), { recursive: true });
    cpSync(path.join(REPO_ROOT, FIXTURES, 'plan.json'), path.join(workspace, 'infra/plan.json'));
    [cloudformation, terraform, planWithConfiguration, planAlone] = await Promise.all([
      scan(`${FIXTURES}/cloudformation`),
      scan(`${FIXTURES}/terraform`),
      scan('infra/plan.json', workspace),
      // The plan on its own: fixtures/equivalence holds no .tf file.
      scan(`${FIXTURES}/plan.json`),
    ]);
  }, 300_000);

  it('reports the same findings, rule by rule and resource by resource, in every form', async () => {
    expect(cloudformation.findings.map((f) => classOf(f, cloudFormationAddress)).sort()).toEqual(formClasses('cloudformation'));
    for (const form of [terraform, planWithConfiguration, planAlone]) {
      expect(form.findings.map((f) => classOf(f)).sort()).toEqual(formClasses('terraform'));
    }
  });

  it('reaches each conclusion with the same certainty', async () => {
    const certainties = (form: Scan, addressOf?: (id: string) => string) =>
      form.findings.filter((f) => !inherentlyDifferent.has(classOf(f, addressOf))).map((f) => `${classOf(f, addressOf)} ${f.certainty}`).sort();
    const expected = certainties(cloudformation, cloudFormationAddress);
    for (const form of [terraform, planWithConfiguration, planAlone]) expect(certainties(form)).toEqual(expected);
  });

  it('finds the same endpoints missing from the VPC, S3 because no route table leads to the internet', async () => {
    const [fromTemplate, ...fromTerraform] = [cloudformation, terraform, planWithConfiguration, planAlone].map((form) =>
      missingServices(form.findings.find((f) => f.ruleId === 'SM050')!),
    );
    expect(fromTemplate).toEqual([
      'com.amazonaws.${AWS::Region}.sagemaker.runtime (endpoint invocations)',
      'com.amazonaws.${AWS::Region}.s3 (with no route to the internet)',
    ]);
    for (const services of fromTerraform) expect(services).toEqual(fromTemplate);
  });

  it('differs only where the forms inherently differ, each difference with its reason', async () => {
    for (const difference of INHERENT_DIFFERENCES) {
      expect(difference.reason).not.toBe('');
      const messages = (form: Scan, finding: string, addressOf?: (id: string) => string) => form.findings.filter((f) => classOf(f, addressOf) === finding).map((f) => f.message);
      expect(messages(cloudformation, difference.cloudformation.finding, cloudFormationAddress)).toEqual([expect.stringMatching(difference.cloudformation.message)]);
      for (const form of [terraform, planWithConfiguration, planAlone]) expect(messages(form, difference.terraform.finding)).toEqual([expect.stringMatching(difference.terraform.message)]);
    }
  });

  it('locates Terraform findings at their file and line, inside the module for the module’s resources', async () => {
    for (const f of terraform.findings) {
      const { file, header } = declaration(f.resource.id);
      expect(f.resource.source).toBe('terraform');
      expect(f.location.file).toBe(`${FIXTURES}/terraform/${file}`);
      expect(lineText(terraform, f).trim()).toBe(VALUES_IN_HCL[classOf(f)] ?? header);
    }
    expect(terraform.findings.filter((f) => f.location.file.endsWith('modules/network/main.tf')).map((f) => f.ruleId)).toEqual(['SM050', 'SM052', 'SM052']);
  });

  it('locates plan findings in the configuration when the scan root holds it, where the HCL scan locates them', async () => {
    const where = (form: Scan, root: string) =>
      form.findings.map((f) => `${classOf(f)} ${path.posix.relative(root, f.location.file)}:${f.location.start.line}:${f.location.start.column}`).sort();
    for (const f of planWithConfiguration.findings) expect(f.resource.source).toBe('terraform-plan');
    expect(where(planWithConfiguration, 'infra')).toEqual(where(terraform, `${FIXTURES}/terraform`));
    // Values the HCL writes are located at them, not at their resource.
    const atValues = planWithConfiguration.findings.filter((f) => VALUES_IN_HCL[classOf(f)]);
    expect(atValues.map((f) => lineText(planWithConfiguration, f).trim()).sort()).toEqual(Object.values(VALUES_IN_HCL).sort());
  });

  it('locates plan findings in the plan when the configuration is not in the scan root', async () => {
    for (const f of planAlone.findings) {
      expect(f.location.file).toBe(`${FIXTURES}/plan.json`);
      const value = VALUES_IN_PLAN[classOf(f)];
      if (value) expect(lineText(planAlone, f)).toContain(value);
      // The resource's object in planned_values, which opens with its address.
      else expect(lineText(planAlone, f, 1).trim()).toBe(`"address": "${f.resource.id}",`);
    }
  });
});
