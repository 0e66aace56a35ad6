/** The GitHub Action's scan step, run as the runner would run it (minus GitHub itself). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from './cli.js';
import { runActionScanStep } from './action-step.js';
import { runMultitool } from '../helpers/sarif.js';

describe('action.yml', () => {
  it('scans, writes SARIF that GitHub accepts, sets outputs and the job summary, and fails on findings', () => {
    const report = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-action-report-')), 'sagelint.sarif');
    const run = runActionScanStep(CLI, REPO_ROOT, { paths: 'fixtures/examples fixtures/cdk', format: 'sarif', output: report, failOn: 'high', category: 'sagelint-iac' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.outputs).toContain('exit-code=1');
    const log = JSON.parse(readFileSync(report, 'utf8'));
    expect(log.runs[0].automationDetails.id).toMatch(/^sagelint-iac/);
    expect(runMultitool(report)).toEqual({ errors: [], warnings: [] });
    // One scan gives the report and the job summary: the summary counts the report's unsuppressed results.
    const reported = log.runs[0].results.filter((r: { suppressions?: unknown[] }) => !r.suppressions?.length).length;
    expect(run.summary).toMatch(new RegExp(`^## sagelint\\n\\n\\*\\*${reported} findings\\*\\*`));
    expect(run.stderr.match(/^sagelint: /gm)).toHaveLength(1);
  });
});
