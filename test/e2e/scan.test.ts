import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

/** A notebook that follows every rule but one: direct internet access (SM001, line 6). */
const NOTEBOOK = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Enabled
      SubnetId: subnet-0abc
      SecurityGroupIds: [sg-0abc]
      RootAccess: Disabled
      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
      PlatformIdentifier: notebook-al2023-v1
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' }
      Tags: [{ Key: team, Value: research }]
`;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-e2e-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('sagelint scan', { concurrent: true, timeout: 300_000 }, () => {
  it('reports the example stack and fails the merge', async () => {
    const run = await runCliAsync(['scan', 'fixtures/examples']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/SM001 notebook-direct-internet/);
    expect(run.stdout).toMatch(/fixtures\/examples\/ml-platform\.yaml:\d+:\d+/);
  });

  it('reads CDK cloud assemblies, nested stages included, and names the stack or construct', async () => {
    const run = await runCliAsync(['scan', 'fixtures/cdk', '--rules', 'SM001', '--format', 'json']);
    expect(run.status).toBe(1);
    const labels = JSON.parse(run.stdout).findings.map((f: { resource: { label: string } }) => f.resource.label);
    expect(labels).toEqual(['CDK stack Prod/MlStack', 'construct MlStack/ResearchNotebook']);
  });

  it('writes JSON and SARIF reports chosen by the output extension', async () => {
    const dir = workspace({ 'infra/nb.yaml': NOTEBOOK });
    const sarif = await runCliAsync(['scan', 'infra', '-o', 'out.sarif'], { cwd: dir });
    expect(sarif.status).toBe(1);
    const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('infra/nb.yaml');
    const json = await runCliAsync(['scan', 'infra', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).findings[0]).toMatchObject({ ruleId: 'SM001' });
  });

  it('an output file that cannot be written is an error naming it (exit 2), not a crash', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-out-')), 'no-such-folder');
    const commands = [
      ['scan', 'fixtures/examples', '-o', path.join(missing, 'report.sarif')],
      ['baseline', 'fixtures/examples', '-o', path.join(missing, 'baseline.json')],
      ['merge', 'test/e2e/__snapshots__/examples.sarif.json', '-o', path.join(missing, 'merged.sarif')],
    ];
    const runs = await Promise.all(commands.map((args) => runCliAsync(args)));
    for (const [index, run] of runs.entries()) {
      expect(run.status, commands[index]![0]).toBe(2);
      expect(run.stderr).toContain(`cannot write ${path.join(missing, '')}`);
      expect(run.stderr).not.toContain('internal error');
    }
  });

  it('passes with --fail-on above every finding, and with a clean template', async () => {
    const dir = workspace({ 'nb.yaml': NOTEBOOK });
    expect((await runCliAsync(['scan', '.', '--fail-on', 'critical'], { cwd: dir })).status).toBe(0);
    expect((await runCliAsync(['scan', '.', '--fail-on', 'none'], { cwd: dir })).status).toBe(0);
    expect((await runCliAsync(['scan', '.', '--skip-rules', 'SM001'], { cwd: dir })).status).toBe(0);
  });

  it('reports a broken template with file and line, exits 2, and still reports the others', async () => {
    const dir = workspace({
      'good.yaml': NOTEBOOK,
      'broken.yaml': 'Resources:\n  A:\n    Type: AWS::SageMaker::Model\n    Properties: [\n',
      'dupes.json': '{"Resources": {"A": {"Type": "AWS::SageMaker::Model"}, "A": {}}}',
      'binary.yaml': Buffer.from([0x52, 0x65, 0x73, 0x00, 0x01]),
      'workflow.yml': 'on: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n',
      'package.json': '{"name": "x"}',
    });
    const run = await runCliAsync(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout);
    const errors = report.errors.map((e: { file: string; line?: number }) => `${e.file}:${e.line ?? ''}`);
    expect(errors).toEqual(['binary.yaml:1', 'broken.yaml:5', 'dupes.json:1']);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('SM001');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an error in a Terraform module that two roots share once', async () => {
    const call = 'module "nb" {\n  source = "../../modules/nb"\n}\n';
    const dir = workspace({ 'envs/dev/main.tf': call, 'envs/prod/main.tf': call, 'modules/nb/main.tf': 'locals {\n  broken =\n}\n' });
    const run = await runCliAsync(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).errors).toEqual([{ file: 'modules/nb/main.tf', line: 2, column: 3, message: 'invalid HCL syntax: unexpected `broken =`' }]);
  });

  it('reads .tf files named together from one folder as one module (as a pre-commit hook passes the staged files)', async () => {
    const dir = workspace({
      'nb/main.tf': 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name = "nb"\n  role_arn = "arn:aws:iam::123456789012:role/x"\n  instance_type = "ml.t3.medium"\n  direct_internet_access = var.internet\n}\n',
      'nb/variables.tf': 'variable "internet" {\n  default = "Enabled"\n}\n',
    });
    const run = await runCliAsync(['scan', 'nb/main.tf', 'nb/variables.tf', '--rules', 'SM001', '--format', 'json'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    const findings = JSON.parse(run.stdout).findings as { ruleId: string; location: { file: string; start: { line: number } } }[];
    expect(findings.map((f) => [f.ruleId, f.location.file, f.location.start.line])).toEqual([['SM001', 'nb/main.tf', 5]]);
  });

  it('audit refuses a --source-root that does not exist before it calls any AWS API', async () => {
    // An endpoint nothing listens on: a call would fail as a coverage gap after retries, not with this message.
    const run = await runCliAsync(['audit', '--source-root', 'no-such-folder', '--regions', 'us-east-1'], {
      cwd: workspace({}),
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('sagelint: --source-root no-such-folder: no such folder\n');
  });

  // Three CLI runs that each load the AWS SDK, side by side, each bounded by runCliAsync's own limit: on a busy machine they outlast the default 30 s.
  it('audit refuses a report, snapshot or summary in a folder that does not exist before it calls any AWS API', { timeout: 180_000 }, async () => {
    const env = { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' };
    const targets = [['--output', 'reports/audit.sarif'], ['--save-snapshot', 'state/s.json'], ['--summary', 'sum/s.md']] as const;
    const runs = await Promise.all(targets.map(([flag, file]) => runCliAsync(['audit', '--regions', 'us-east-1', flag, file], { cwd: workspace({}), env })));
    for (const [index, run] of runs.entries()) {
      const file = targets[index]![1];
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`sagelint: cannot write ${file}: no such folder ${path.dirname(file)}\n`);
    }
  });

  it('refuses a file over the size limit', async () => {
    const dir = workspace({ 'big.yaml': `${NOTEBOOK}# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    const run = await runCliAsync(['scan', '.', '--max-file-size', '1', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).errors[0].message).toMatch(/over the 1\.0 MB limit/);
  });

  it('honours a config file found upward from the scan root, and rejects a bad one', async () => {
    const dir = workspace({ '.sagelint.yml': 'rules:\n  SM001: off\n', 'infra/nb.yaml': NOTEBOOK });
    expect((await runCliAsync(['scan', 'infra'], { cwd: dir })).status).toBe(0);
    writeFileSync(path.join(dir, '.sagelint.yml'), 'rules:\n  SM999: off\n');
    const bad = await runCliAsync(['scan', 'infra'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.sagelint\.yml: rules\.SM999: no such rule/);
    writeFileSync(path.join(dir, '.sagelint.yml'), 'rulez: {}\n');
    expect((await runCliAsync(['scan', 'infra'], { cwd: dir })).stderr).toMatch(/unknown key 'rulez'/);
  });

  it('runs the recommended preset by default, every rule with --preset strict or extends: strict, and rejects an unknown preset', async () => {
    // A secured notebook without tags: only TG001 (strict, or recommended once requiredTags is set) has something to say.
    const dir = workspace({ 'infra/nb.yaml': NOTEBOOK.replace('DirectInternetAccess: Enabled', 'DirectInternetAccess: Disabled').replace(/ {6}Tags: .*\n/, '') });
    const rules = async (args: string[]) => {
      const run = await runCliAsync(['scan', 'infra', '--format', 'json', ...args], { cwd: dir });
      return { status: run.status, rules: run.status === 2 ? run.stderr : [...new Set((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId))] };
    };
    const config = (text: string) => writeFileSync(path.join(dir, '.sagelint.yml'), text);
    expect(await rules([])).toEqual({ status: 0, rules: [] });
    expect(await rules(['--preset', 'strict'])).toEqual({ status: 1, rules: ['TG001'] });
    config('extends: strict\n');
    expect(await rules([])).toEqual({ status: 1, rules: ['TG001'] });
    expect(await rules(['--preset', 'recommended'])).toEqual({ status: 0, rules: [] });
    config('extends: strict\nrules:\n  TG001: off\n');
    expect(await rules([])).toEqual({ status: 0, rules: [] });
    config('requiredTags: [owner]\n');
    expect(await rules([])).toEqual({ status: 1, rules: ['TG001'] });
    config('# tuned\nextends: lax\n');
    expect(await rules([])).toEqual({ status: 2, rules: expect.stringMatching(/\.sagelint\.yml:2:1: extends: must be one of recommended, strict, security-hub\n$/) });
    const badOption = await runCliAsync(['scan', 'infra', '--preset', 'lax'], { cwd: dir });
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toMatch(/Argument: preset, Given: "lax", Choices: "recommended", "strict", "security-hub"/);
  });

  it('applies inline suppressions with a reason, and reports one without', async () => {
    const suppressed = NOTEBOOK.replace('    Properties:', '    Metadata:\n      sagelint:\n        ignore:\n          - { id: SM001, reason: sandbox only }\n    Properties:');
    const dir = workspace({ 'nb.yaml': suppressed });
    expect((await runCliAsync(['scan', '.'], { cwd: dir })).status).toBe(0);
    expect((await runCliAsync(['scan', '.', '--no-inline-suppressions'], { cwd: dir })).status).toBe(1);
    writeFileSync(path.join(dir, 'nb.yaml'), suppressed.replace(', reason: sandbox only', ''));
    const run = await runCliAsync(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.stringify(JSON.parse(run.stdout).notes)).toMatch(/has no reason/);
  });

  it('reads relative paths from the working directory, also when another path lies outside it', async () => {
    const here = workspace({ 'nb.yaml': NOTEBOOK });
    const elsewhere = workspace({ 'other.yaml': NOTEBOOK });
    const run = await runCliAsync(['scan', 'nb.yaml', path.join(elsewhere, 'other.yaml'), '--format', 'json'], { cwd: here });
    const report = JSON.parse(run.stdout);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f: { location: { file: string } }) => path.basename(f.location.file)).sort()).toEqual(['nb.yaml', 'other.yaml']);
  });

  it('rejects unknown rules and flags with exit 2', async () => {
    expect((await runCliAsync(['scan', '.', '--rules', 'SM999'])).status).toBe(2);
    expect((await runCliAsync(['scan', '.', '--no-such-flag'])).status).toBe(2);
  });
});

describe('sagelint rules, explain, --version', { concurrent: true, timeout: 300_000 }, () => {
  it('lists the catalog as a table and as JSON', async () => {
    expect((await runCliAsync(['rules'])).stdout).toMatch(/^ID\s+SEVERITY/);
    const catalog = JSON.parse((await runCliAsync(['rules', '--format', 'json'])).stdout);
    expect(catalog[0]).toMatchObject({ id: 'SM001', severity: 'high' });
  });

  it('explains a rule, and refuses an unknown one', async () => {
    expect((await runCliAsync(['explain', 'SM001'])).stdout).toMatch(/# SM001 notebook-direct-internet/);
    expect((await runCliAsync(['explain', 'XX000'])).status).toBe(2);
    // The ID may come from a workflow's input: it is quoted as one inert line.
    expect((await runCliAsync(['explain', 'XX000\n::error::forged'])).stderr).toBe("sagelint: no rule XX000␊::error::forged; run 'sagelint rules' for the list\n");
  });

  it('prints its version', async () => {
    expect((await runCliAsync(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('sagelint scan in pull requests', { concurrent: true, timeout: 300_000 }, () => {
  it('--changed-since reports only files changed against the base', async () => {
    const dir = workspace({ 'old.yaml': NOTEBOOK });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '--allow-empty', '-m', 'base');
    git('add', '.');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'old');
    writeFileSync(path.join(dir, 'new.yaml'), NOTEBOOK);
    const run = await runCliAsync(['scan', '.', '--changed-since', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).findings.map((f: { location: { file: string } }) => f.location.file)).toEqual(['new.yaml']);
    expect((await runCliAsync(['scan', '.', '--changed-since', 'no-such-ref'], { cwd: dir })).status).toBe(2);
  });

  it('writes GitHub annotations under GitHub Actions, and Markdown for job summaries', async () => {
    const dir = workspace({ 'nb.yaml': NOTEBOOK });
    const annotations = await runCliAsync(['scan', '.'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(annotations.stdout).toMatch(/^::error file=nb\.yaml,line=6,col=29/);
    const markdown = await runCliAsync(['scan', '.', '-o', 'summary.md'], { cwd: dir });
    expect(markdown.status).toBe(1);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(/^## sagelint/);
  });

  it('appends a Markdown summary of the same scan with --summary, next to the report', async () => {
    const dir = workspace({ 'nb.yaml': NOTEBOOK, 'summary.md': '## earlier step\n' });
    const run = await runCliAsync(['scan', '.', '-o', 'report.json', '--summary', 'summary.md'], { cwd: dir });
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    const summary = readFileSync(path.join(dir, 'summary.md'), 'utf8');
    expect(summary).toMatch(/^## earlier step\n## sagelint\n/);
    expect(summary).toContain(`**${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}** in 1 file`);
    const unwritable = await runCliAsync(['scan', '.', '-o', 'report.json', '--summary', path.join(dir, 'no-such-folder', 'summary.md')], { cwd: dir });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain(`cannot write ${path.join(dir, 'no-such-folder', 'summary.md')}`);
  });
});
