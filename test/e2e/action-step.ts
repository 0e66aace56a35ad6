/** The scan step of action.yml, run as the runner runs it: inputs as environment variables, outputs and summary as files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './cli.js';

interface ActionStep {
  id?: string;
  run?: string;
}

export interface ActionInputs {
  paths: string;
  format: string;
  output: string;
  failOn: string;
  config?: string;
  baseline?: string;
  category?: string;
  changedSince?: string;
}

export interface ActionRun {
  status: number | null;
  stderr: string;
  /** What the step wrote to `$GITHUB_OUTPUT`. */
  outputs: string;
  /** What it wrote to `$GITHUB_STEP_SUMMARY`. */
  summary: string;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { runs: { steps: ActionStep[] } };
const scanStep = action.runs.steps.find((s) => s.id === 'scan')!;

/** Runs the step with `cli` as the action's built CLI, in `cwd` (the checked-out repository). */
export function runActionScanStep(cli: string, cwd: string, inputs: ActionInputs): ActionRun {
  const runner = mkdtempSync(path.join(tmpdir(), 'sagelint-action-'));
  const outputs = path.join(runner, 'outputs');
  const summary = path.join(runner, 'summary.md');
  writeFileSync(outputs, '');
  const run = spawnSync('bash', ['-e', '-c', scanStep.run!], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      SAGELINT: cli,
      INPUT_PATHS: inputs.paths,
      INPUT_FORMAT: inputs.format,
      INPUT_OUTPUT: inputs.output,
      INPUT_FAIL_ON: inputs.failOn,
      INPUT_CONFIG: inputs.config ?? '',
      INPUT_BASELINE: inputs.baseline ?? '',
      INPUT_CATEGORY: inputs.category ?? 'sagelint',
      INPUT_CHANGED_SINCE: inputs.changedSince ?? '',
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: runner,
    },
  });
  return { status: run.status, stderr: run.stderr, outputs: readFileSync(outputs, 'utf8'), summary: readFileSync(summary, 'utf8') };
}
