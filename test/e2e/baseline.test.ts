import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';

const ONE = `Resources:
  First:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { DirectInternetAccess: Enabled }
`;
const SECOND = `  Second:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { DirectInternetAccess: Enabled }
`;

describe('sagelint baseline and scan --baseline', { timeout: 300_000 }, () => {
  it('reads inputs as scan does: a baseline made with --var-file matches a scan with it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-baseline-vars-'));
    writeFileSync(
      path.join(dir, 'main.tf'),
      'variable "internet" {\n  default = "Enabled"\n}\n\nresource "aws_sagemaker_notebook_instance" "nb" {\n  name                   = "nb"\n  role_arn               = "arn:aws:iam::123456789012:role/nb"\n  instance_type          = "ml.t3.medium"\n  direct_internet_access = var.internet\n}\n',
    );
    writeFileSync(path.join(dir, 'prod.tfvars'), 'internet = "Disabled"\n');
    expect((await runCliAsync(['baseline', '.', '--rules', 'SM001', '--var-file', 'prod.tfvars', '--jobs', '1'], { cwd: dir })).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8')).findings).toEqual([]);
    expect((await runCliAsync(['baseline', '.', '--rules', 'SM001'], { cwd: dir })).status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8')).findings).toMatchObject([{ ruleId: 'SM001', resource: 'aws_sagemaker_notebook_instance.nb' }]);
  });

  it('fails only on new findings, marks SARIF baselineState, and counts fixed ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-baseline-'));
    writeFileSync(path.join(dir, 'nb.yaml'), ONE);
    const made = await runCliAsync(['baseline', '.', '--rules', 'SM001'], { cwd: dir });
    expect(made.status).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8'));
    expect(baseline.findings).toMatchObject([{ ruleId: 'SM001', resource: 'First', file: 'nb.yaml' }]);

    // Unchanged findings pass, even with lines inserted above them.
    writeFileSync(path.join(dir, 'nb.yaml'), `# owned by the ML platform team\n\n${ONE}`);
    expect((await runCliAsync(['scan', '.', '--rules', 'SM001', '--baseline', '.sagelint-baseline.json'], { cwd: dir })).status).toBe(0);

    // A new finding fails; SARIF says which is which.
    writeFileSync(path.join(dir, 'nb.yaml'), ONE + SECOND);
    const sarifRun = await runCliAsync(['scan', '.', '--rules', 'SM001', '--baseline', '.sagelint-baseline.json', '-f', 'sarif'], { cwd: dir });
    expect(sarifRun.status).toBe(1);
    const states = JSON.parse(sarifRun.stdout).runs[0].results.map((r: { baselineState: string }) => r.baselineState);
    expect(states).toEqual(['unchanged', 'new']);

    // The original finding fixed: reported as fixed since the baseline.
    writeFileSync(path.join(dir, 'nb.yaml'), ONE.replace('Enabled', 'Disabled'));
    const text = await runCliAsync(['scan', '.', '--rules', 'SM001', '--baseline', '.sagelint-baseline.json'], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/0 in the baseline, 1 fixed since/);
  });

  it('rejects a file that is not a baseline', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-baseline-'));
    writeFileSync(path.join(dir, 'nb.yaml'), ONE);
    writeFileSync(path.join(dir, 'b.json'), '{"findings": 3}');
    const run = await runCliAsync(['scan', '.', '--baseline', 'b.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a sagelint baseline/);
  });
});
