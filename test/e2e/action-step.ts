/**
 * action.yml run as a GitHub runner runs a composite action: every `run:` step
 * in order, with bash as the runner calls it, the step's `env:` with its
 * expressions substituted, and the runner's files and variables. `uses:` steps
 * need GitHub itself, so they are listed and skipped.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './cli.js';

export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  'working-directory'?: string;
}

export interface ActionDefinition {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(actionDir = REPO_ROOT): ActionDefinition {
  return parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionDefinition;
}

/**
 * A copy of the repository as a clone would have it: the files git tracks (and
 * new files not ignored), without node_modules, dist/ or anything else ignored.
 * It is a git repository with one commit, so it can also serve as a hook repository.
 */
export function cleanCopyOfRepository(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'sagelint-clone-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0').filter(Boolean)) {
    const source = path.join(REPO_ROOT, file);
    // A tracked file deleted in the working tree is not part of the copy.
    try {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      copyFileSync(source, path.join(copy, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  commitAll(copy);
  return copy;
}

/** `git init` (when needed) and one commit of everything in `dir`. */
export function commitAll(dir: string, message = 'snapshot'): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=sagelint', '-c', 'user.email=sagelint@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message);
}

export interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun {
  /** The `run:` steps that ran, in order (a failed step ends the run, as on a runner). */
  steps: StepRun[];
  /** The `uses:` steps that were skipped. */
  skipped: ActionStep[];
  /** The action's outputs, from its `outputs:` expressions. */
  outputs: Record<string, string>;
  /** What the steps wrote to `$GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** The job's `$RUNNER_TEMP`. */
  runnerTemp: string;
}

/**
 * Runs the action checked out at `actionDir` in the workspace `workspace` with
 * `inputs` (the rest take their defaults). Each step gets fresh output and
 * summary files, as on a runner, and the summaries are joined afterwards.
 */
export async function runAction(actionDir: string, workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const action = readAction(actionDir);
  const inputValues = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']));
  for (const name of Object.keys(inputs)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'sagelint-runner-'));
  const stepOutputs: Record<string, Record<string, string>> = {};
  const context = { inputs: inputValues, github: { action_path: actionDir, workspace }, steps: stepOutputs };
  const run: ActionRun = { steps: [], skipped: [], outputs: {}, summary: '', runnerTemp };

  for (const [index, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined || run.steps.some((s) => s.status !== 0)) {
      if (step.uses !== undefined) run.skipped.push(step);
      continue;
    }
    if (step.if !== undefined) throw new Error(`step ${index} has an if: condition this runner does not evaluate`);
    const files = path.join(runnerTemp, `_step${index}`);
    mkdirSync(files);
    const [outputFile, summaryFile, script] = ['output', 'summary', 'script.sh'].map((name) => path.join(files, name)) as [string, string, string];
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(script, step.run!);
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(String(value), context)]));
    const result = await runBash(script, {
      cwd: step['working-directory'] ? path.resolve(workspace, substitute(step['working-directory'], context)) : workspace,
      env: {
        ...process.env,
        ...env,
        ...Object.fromEntries(Object.entries(inputValues).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: actionDir,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: runnerTemp,
        ...stepEnv,
      },
    });
    run.steps.push({ name: step.name ?? step.run!.split('\n')[0]!, status: result.status, stdout: result.stdout, stderr: result.stderr });
    if (step.id) stepOutputs[step.id] = parseOutputFile(readFileSync(outputFile, 'utf8'));
    run.summary += readFileSync(summaryFile, 'utf8');
  }
  run.outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, context)]));
  return run;
}

/** The runner's `bash` shell: `bash --noprofile --norc -eo pipefail <script file>`. */
function runBash(script: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  return spawnAsync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], options);
}

export interface ProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end without blocking, so that the test process stays responsive during long installs. */
export function spawnAsync(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

type Context = { inputs: Record<string, string>; github: Record<string, string>; steps: Record<string, Record<string, string>> };

/** `${{ inputs.x }}`, `${{ github.x }}` and `${{ steps.id.outputs.x }}`; any other expression is an error. */
function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return context.inputs[input[1]!] ?? '';
    const github = /^github\.(\w+)$/.exec(expression);
    if (github && github[1]! in context.github) return context.github[github[1]!]!;
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return context.steps[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`unsupported expression in action.yml: \${{ ${expression} }}`);
  });
}

/** `name=value` lines and `name<<DELIMITER` blocks, as the runner reads `$GITHUB_OUTPUT`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = /^([^=]+?)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      outputs[block[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}
