import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const TEMPLATE = `# Research notebooks
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium   # smallest that fits
      DirectInternetAccess: Enabled
  Other:
    Type: AWS::SageMaker::NotebookInstance
    Metadata:
      sagelint:
        ignore: [{ id: SM001, reason: isolated sandbox account }]
    Properties:
      InstanceType: ml.t3.medium
`;

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-fix-'));
  writeFileSync(path.join(dir, 'nb.yaml'), TEMPLATE);
  return dir;
}

describe('sagelint fix', () => {
  it('--dry-run prints a unified diff and changes nothing', () => {
    const dir = workspace();
    const run = runCli(['fix', '.', '--rules', 'SM001', '--dry-run'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('-      DirectInternetAccess: Enabled\n+      DirectInternetAccess: Disabled');
    expect(readFileSync(path.join(dir, 'nb.yaml'), 'utf8')).toBe(TEMPLATE);
  });

  it('applies fixes in place, keeping comments, and leaves suppressed findings alone', () => {
    const dir = workspace();
    const run = runCli(['fix', '.', '--rules', 'SM001'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/fixed 1 finding in nb\.yaml/);
    const fixed = readFileSync(path.join(dir, 'nb.yaml'), 'utf8');
    expect(fixed).toBe(TEMPLATE.replace('DirectInternetAccess: Enabled', 'DirectInternetAccess: Disabled'));
    expect(runCli(['scan', '.', '--rules', 'SM001'], { cwd: dir }).status).toBe(0);
  });
});
