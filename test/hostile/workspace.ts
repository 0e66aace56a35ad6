/** Scratch folders of input files, and scans of them through the built CLI, for the hostile-input tests. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliRun } from '../e2e/cli.js';

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
  seconds: number;
}

/** `sagelint scan <paths> --format json -o <file>` in `dir`, timed; the report goes to a file, whatever its size. */
export function scanJson(dir: string, paths: string[] = ['.'], extra: string[] = [], env: Record<string, string> = {}): ScanRun {
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-report-')), 'report.json');
  const started = process.hrtime.bigint();
  const run = runCli(['scan', ...paths, '--format', 'json', '-o', output, ...extra], { cwd: dir, env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as JsonReport;
  } catch {
    throw new Error(`no JSON report (exit ${run.status}):\n${run.stderr}`);
  }
  return { run, report, seconds };
}

/** The good template's finding is still reported, and nothing crashed. */
export function expectRestIntact(scan: ScanRun, goodFile = 'good.yaml'): void {
  expect(scan.report.findings.some((f) => f.ruleId === 'SM001' && f.location.file.endsWith(goodFile))).toBe(true);
  expect(scan.run.stderr).not.toMatch(/internal error|\n\s+at /);
}
