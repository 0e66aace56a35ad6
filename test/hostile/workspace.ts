/** Scratch folders of input files, and scans of them through the built CLI, for the hostile-input tests. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCliAsync, type CliRun } from '../e2e/cli.js';

/** A template with one known finding (SM001), to show that the rest of a scan is intact. */
export const GOOD_TEMPLATE = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Enabled
`;

export function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export interface JsonReport {
  findings: { ruleId: string; message: string; location: { file: string; start: { line: number; column: number; offset?: number } } }[];
  errors: { file: string; line?: number; column?: number; message: string }[];
  notes: { file?: string; line?: number; message: string }[];
  stats: { files: number; resources: number };
}

export interface ScanRun {
  run: CliRun;
  report: JsonReport;
  /**
   * CPU time of the scan process, all its threads: what a hang or a blow-up
   * grows, and what a busy machine (which stretches wall time) leaves alone.
   */
  cpuSeconds: number;
  /** Wall time of the scan: only a generous ceiling holds for it, as load on the machine stretches it. */
  seconds: number;
}

const RECORD_CPU = path.resolve(import.meta.dirname, 'record-cpu.mjs');

/**
 * `sagelint scan <paths> --format json -o <file>` in `dir`, with its CPU and
 * wall time; the report goes to a file, whatever its size. It does not block
 * this process, so independent scans can run side by side.
 */
export async function scanJson(dir: string, paths: string[] = ['.'], extra: string[] = [], env?: Record<string, string>): Promise<ScanRun> {
  const scan = jsonScanOf(dir, paths, extra, env);
  const started = performance.now();
  const run = await runCliAsync(scan.args, scan.options);
  return scan.read(run, (performance.now() - started) / 1000);
}

/** The CLI arguments and options of a `scanJson` run, and how to read its report and CPU time once it ended. */
function jsonScanOf(dir: string, paths: string[], extra: string[], env: Record<string, string> | undefined) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sagelint-report-'));
  const output = path.join(scratch, 'report.json');
  const cpuFile = path.join(scratch, 'cpu.json');
  const nodeOptions = `${env?.NODE_OPTIONS ?? ''} --import ${RECORD_CPU}`.trim();
  return {
    args: ['scan', ...paths, '--format', 'json', '-o', output, ...extra],
    options: { cwd: dir, env: { ...env, NODE_OPTIONS: nodeOptions, SAGELINT_TEST_CPU_FILE: cpuFile } },
    read(run: CliRun, seconds: number): ScanRun {
      let report: JsonReport;
      try {
        report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
      } catch {
        throw new Error(`no JSON report (exit ${run.status}):\n${run.stderr}`);
      }
      const cpu = JSON.parse(readFileSync(cpuFile, 'utf8')) as NodeJS.CpuUsage;
      return { run, report, cpuSeconds: (cpu.user + cpu.system) / 1e6, seconds };
    },
  };
}

/** The good template's finding is still reported, and nothing crashed. */
export function expectRestIntact(scan: ScanRun, goodFile = 'good.yaml'): void {
  expect(scan.report.findings.some((f) => f.ruleId === 'SM001' && f.location.file.endsWith(goodFile))).toBe(true);
  expect(scan.run.stderr).not.toMatch(/internal error|\n\s+at /);
}

/** A repository whose `main` holds `base`, checked out on a branch `pr` that adds `pr`. */
export function pullRequest(base: Record<string, string>, pr: Record<string, string>, root = workspace()): string {
  const dir = path.join(root, 'repo');
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  };
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  };
  mkdirSync(dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  write(base);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  write(pr);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'pull request');
  return dir;
}
