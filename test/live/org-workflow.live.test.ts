/**
 * The reusable organization workflow (.github/workflows/sagelint-org-audit.yml):
 * read as GitHub Actions reads it, then its run: scripts run as a runner runs
 * them (bash -eo pipefail, inputs through env:, `npx sagelint@…` being the
 * built CLI), over an organization in moto, shard jobs side by side and the
 * merge job over the artifacts they upload.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateAccountCommand, CreateOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { CreateModelCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, REPO_ROOT } from '../e2e/cli.js';
import { cliEnvFor } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { assumeInto, DUMMY_CREDENTIALS, HOME_REGION } from './seed.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix: Record<string, string> };
  steps: Step[];
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean; default?: string | number | boolean }> } };
  jobs: Record<string, Job>;
}

const WORKFLOW_FILE = path.join(REPO_ROOT, '.github/workflows/sagelint-org-audit.yml');
const raw = readFileSync(WORKFLOW_FILE, 'utf8');
const workflow = parse(raw) as Workflow;
const jobs = workflow.jobs;

describe('the organization workflow, as GitHub Actions reads it', () => {
  it('is a reusable workflow whose jobs plan, audit the shards as a matrix, then merge', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(Object.keys(jobs)).toEqual(['plan', 'shard', 'merge']);
    expect(jobs.shard!.needs).toBe('plan');
    expect(jobs.shard!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    expect(jobs.plan!.outputs!.shards).toBe('${{ steps.plan.outputs.shards }}');
    expect(jobs.plan!.steps.some((s) => s.id === 'plan')).toBe(true);
    // The merge runs even when a shard failed (it then fails closed), but not when the run was cancelled.
    expect(jobs.merge!.needs).toBe('shard');
    expect(jobs.merge!.if).toBe('${{ !cancelled() }}');
    expect(jobs.shard!.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(jobs.merge!.permissions).toMatchObject({ 'security-events': 'write', contents: 'read' });
  });

  it('declares every input it reads, and no input it does not read', () => {
    const declared = Object.keys(workflow.on.workflow_call.inputs).sort();
    const used = [...new Set([...raw.matchAll(/\binputs\.([a-z-]+)/g)].map((m) => m[1]!))].sort();
    expect(used).toEqual(declared);
    expect(workflow.on.workflow_call.inputs['role-to-assume']!.required).toBe(true);
  });

  it('never expands an expression inside a run: script (inputs reach the shell as environment variables)', () => {
    const scripts = Object.values(jobs).flatMap((job) => job.steps.filter((s) => s.run !== undefined).map((s) => s.run!));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).not.toContain('${{');
  });

  it('downloads exactly the artifacts the shards upload, and never uploads a snapshot', () => {
    const upload = jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    const download = jobs.merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(upload.with!.name).toBe('sagelint-shard-${{ matrix.shard }}');
    expect(download.with).toMatchObject({ pattern: 'sagelint-shard-*', 'merge-multiple': true });
    expect(String(upload.with!.path)).not.toMatch(/snapshot|\*/);
  });

  it('sets up a Node.js the CLI supports in every job that runs it', () => {
    for (const job of Object.values(jobs).filter((j) => j.steps.some((s) => s.run?.includes('npx')))) {
      expect(job.steps[0]!.uses).toBe('actions/setup-node@v6');
      expect([22, 24]).toContain(Number(job.steps[0]!.with!['node-version']));
    }
  });
});

const MEMBERS = 3;

interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `${{ inputs.x }}` and `${{ matrix.shard }}`: the only expressions a step's env: holds. */
function evaluate(value: string, context: { inputs: Record<string, unknown>; shard?: number }): string {
  return value.replace(/\$\{\{\s*(inputs\.([a-z-]+)|matrix\.shard)\s*\}\}/g, (_all, _expr: string, input: string | undefined) =>
    input === undefined ? String(context.shard) : String(context.inputs[input]),
  );
}

describeLive('the organization workflow, run as a runner runs it', () => {
  let moto: MotoServer;
  const work = mkdtempSync(path.join(tmpdir(), 'sagelint-org-workflow-'));
  const shim = path.join(work, 'bin');

  beforeAll(async () => {
    moto = await startMoto();
    const organizations = new OrganizationsClient({ region: HOME_REGION, credentials: DUMMY_CREDENTIALS, endpoint: moto.endpoint });
    await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    for (let i = 0; i < MEMBERS; i++) await organizations.send(new CreateAccountCommand({ AccountName: `member-${i}`, Email: `member-${i}@example.com` }));
    for (const account of ((await organizations.send(new ListAccountsCommand({}))).Accounts ?? []).filter((a) => a.Name?.startsWith('member-'))) {
      const sagemaker = new SageMakerClient({ region: HOME_REGION, endpoint: moto.endpoint, credentials: await assumeInto(moto.endpoint, account.Id!) });
      await sagemaker.send(
        new CreateModelCommand({
          ModelName: `churn-${account.Id}`,
          ExecutionRoleArn: `arn:aws:iam::${account.Id}:role/SageMakerExecution`,
          PrimaryContainer: { Image: '382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1' },
        }),
      );
      sagemaker.destroy();
    }
    organizations.destroy();
    // `npx --yes sagelint@VERSION ARGS` is the built CLI with ARGS.
    mkdirSync(shim);
    writeFileSync(
      path.join(shim, 'npx'),
      `#!/bin/sh\n[ "$1" = --yes ] && case "$2" in sagelint@?*) ;; *) exit 97;; esac || exit 97\nshift 2\nexec "${process.execPath}" "${CLI}" "$@"\n`,
    );
    chmodSync(path.join(shim, 'npx'), 0o755);
  }, 300_000);
  afterAll(() => moto?.stop());

  async function runJob(job: Job, cwd: string, context: { inputs: Record<string, unknown>; shard?: number }): Promise<{ steps: StepRun[]; outputs: string; summary: string }> {
    mkdirSync(cwd, { recursive: true });
    const outputFile = path.join(cwd, '..', `${path.basename(cwd)}.output`);
    const summaryFile = path.join(cwd, '..', `${path.basename(cwd)}.summary`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const steps: StepRun[] = [];
    for (const step of job.steps.filter((s) => s.run !== undefined)) {
      const env = {
        ...cliEnvFor(moto.endpoint),
        PATH: `${shim}:${process.env.PATH ?? ''}`,
        NO_COLOR: '1',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(value, context)])),
      };
      // Asynchronously: moto logs to a pipe this process drains.
      const run = await new Promise<StepRun>((resolve, reject) => {
        const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env });
        let [stdout, stderr] = ['', ''];
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', reject);
        child.once('close', (status) => resolve({ name: step.name ?? step.id ?? '', status, stdout, stderr }));
      });
      steps.push(run);
    }
    return { steps, outputs: readFileSync(outputFile, 'utf8'), summary: readFileSync(summaryFile, 'utf8') };
  }

  /** What upload-artifact takes from a shard's folder: the files its `path:` lists that exist. */
  function uploadedFiles(shard: number, dir: string): string[] {
    const upload = jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    return evaluate(String(upload.with!.path), { inputs: {}, shard })
      .split('\n')
      .map((line) => line.trim())
      .filter((file) => file !== '' && existsSync(path.join(dir, file)));
  }

  it('audits each shard, merges them into one SARIF and one summary, and fails closed on a missing shard', { timeout: 600_000 }, async () => {
    const defaults = Object.fromEntries(Object.entries(workflow.on.workflow_call.inputs).map(([name, input]) => [name, input.default ?? '']));
    const inputs = { ...defaults, 'role-to-assume': 'arn:aws:iam::123456789012:role/Auditor', shards: 2, regions: HOME_REGION, 'fail-on': 'high' };

    const plan = await runJob(jobs.plan!, path.join(work, 'plan'), { inputs });
    expect(plan.steps.map((s) => s.status)).toEqual([0]);
    const shards = JSON.parse(/^shards=(.*)$/m.exec(plan.outputs)![1]!) as number[];
    expect(shards).toEqual([1, 2]);

    const merge = path.join(work, 'merge');
    mkdirSync(merge);
    const shardRuns = await Promise.all(shards.map((shard) => runJob(jobs.shard!, path.join(work, `shard-${shard}`), { inputs, shard })));
    for (const [i, shard] of shards.entries()) {
      const run = shardRuns[i]!;
      expect(run.steps.map((s) => s.status), run.steps[0]!.stderr).toEqual([0]);
      const dir = path.join(work, `shard-${shard}`);
      // The audit exits 0 with --fail-on none; its snapshot stays on the runner.
      expect(readFileSync(path.join(dir, `shard-${shard}.exit`), 'utf8').trim()).toBe('0');
      expect(existsSync(path.join(dir, `shard-${shard}.snapshot.json`))).toBe(true);
      const files = uploadedFiles(shard, dir);
      expect(files.sort()).toEqual([`shard-${shard}.exit`, `shard-${shard}.json`, `shard-${shard}.sarif`]);
      for (const file of files) copyFileSync(path.join(dir, file), path.join(merge, file));
    }

    const merged = await runJob(jobs.merge!, merge, { inputs });
    expect(merged.steps.map((s) => [s.name, s.status])).toEqual([
      ['one SARIF', 0],
      ['one summary', 0],
      // fail-on high: the models without network isolation are high findings.
      ['fail closed', 1],
    ]);
    const log = JSON.parse(readFileSync(path.join(merge, 'audit.sarif'), 'utf8')) as { runs: { results: { locations: { physicalLocation?: object }[] }[] }[] };
    expect(log.runs).toHaveLength(1);
    const accounts = new Set(readFileSync(path.join(merge, 'audit.sarif'), 'utf8').match(/arn:aws:sagemaker:us-east-1:(\d{12}):model\//g));
    expect(accounts.size).toBe(MEMBERS);
    for (const result of log.runs[0]!.results) expect(result.locations[0]!.physicalLocation).toBeDefined();
    expect(merged.summary).toMatch(/SM\d{3}/);

    // A shard that wrote no report fails the workflow, whatever the findings.
    rmSync(path.join(merge, 'shard-2.sarif'));
    const missing = await runJob(jobs.merge!, merge, { inputs: { ...inputs, 'fail-on': 'none' } });
    expect(missing.steps.at(-1)!.status).toBe(2);
    expect(missing.steps.at(-1)!.stdout).toContain('::error::shard 2/2 wrote no report');
  });
});
