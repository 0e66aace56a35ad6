/** The GitHub Action's scan step, run as the runner would run it (minus GitHub itself). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, REPO_ROOT } from './cli.js';
import { runMultitool } from '../helpers/sarif.js';

interface ActionStep {
  id?: string;
  run?: string;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { steps: ActionStep[] } };
const scanStep = action.runs.steps.find((s) => s.id === 'scan')!;

describe('action.yml', () => {
  it('scans, writes SARIF that GitHub accepts, sets outputs and the job summary, and fails on findings', () => {
    const runner = mkdtempSync(path.join(tmpdir(), 'sagelint-action-'));
    const outputs = path.join(runner, 'outputs');
    const summary = path.join(runner, 'summary.md');
    writeFileSync(outputs, '');
    const run = spawnSync('bash', ['-e', '-c', scanStep.run!], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        SAGELINT: CLI,
        INPUT_PATHS: 'fixtures/examples fixtures/cdk',
        INPUT_FORMAT: 'sarif',
        INPUT_OUTPUT: path.join(runner, 'sagelint.sarif'),
        INPUT_FAIL_ON: 'high',
        INPUT_CONFIG: '',
        INPUT_BASELINE: '',
        INPUT_CATEGORY: 'sagelint-iac',
        INPUT_CHANGED_SINCE: '',
        GITHUB_OUTPUT: outputs,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: runner,
      },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(outputs, 'utf8')).toContain('exit-code=1');
    const log = JSON.parse(readFileSync(path.join(runner, 'sagelint.sarif'), 'utf8'));
    expect(log.runs[0].automationDetails.id).toMatch(/^sagelint-iac/);
    expect(runMultitool(path.join(runner, 'sagelint.sarif'))).toEqual({ errors: [], warnings: [] });
    expect(readFileSync(summary, 'utf8')).toMatch(/^## sagelint/);
  });
});
