/**
 * A unit with more findings than arguments fit on the call stack still gets
 * its report written, with every finding counted. Spreading 125,000 findings
 * into one call overflowed Node's default stack; the run here gets a stack a
 * tenth of the default, so 15,000 findings test the same limit in seconds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliBounded, scratchDir } from './bounded-run.js';

const NOTEBOOKS = 2_500;
/** KB of stack: about a tenth of V8's default, so about a tenth as many arguments fit in one call. */
const SMALL_STACK = ['--stack-size=100'];

describe('a unit with more findings than fit on the call stack', () => {
  const scratch = scratchDir('many-findings');
  afterAll(() => scratch.remove());

  it('writes the whole JSON report', async () => {
    // One template (one unit): every notebook left at its defaults has the same findings.
    const notebook = (name: string) => `  ${name}:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {InstanceType: ml.t3.medium, RoleArn: r}`;
    writeFileSync(path.join(scratch.dir, 'template.yaml'), `Resources:\n${Array.from({ length: NOTEBOOKS }, (_, i) => notebook(`Notebook${i}`)).join('\n')}\n`);
    writeFileSync(path.join(scratch.dir, 'one.yaml'), `Resources:\n${notebook('Notebook')}\n`);
    const output = path.join(scratch.dir, 'report.json');

    const one = await runCliBounded(['scan', path.join(scratch.dir, 'one.yaml'), '--format', 'json']);
    expect(one.status, one.stderr).toBe(1);
    const perNotebook = (JSON.parse(one.stdout) as { findings: unknown[] }).findings.length;
    expect(perNotebook).toBeGreaterThan(5);

    const run = await runCliBounded(['scan', path.join(scratch.dir, 'template.yaml'), '--format', 'json', '--output', output, '--jobs', '1'], { nodeFlags: SMALL_STACK });
    expect(run.timedOut).toBe(false);
    expect(run.stderr).not.toMatch(/Maximum call stack|internal error/);
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      findings: unknown[];
      stats: { active: number; errors: number; resources: number; bySeverity: Record<string, number> };
    };
    expect(report.stats.errors).toBe(0);
    expect(report.stats.resources).toBe(NOTEBOOKS);
    expect(report.findings).toHaveLength(NOTEBOOKS * perNotebook);
    // More than a stack a tenth of the default takes as arguments of one call.
    expect(report.findings.length).toBeGreaterThan(12_500);
    expect(report.stats.active).toBe(report.findings.length);
    expect(Object.values(report.stats.bySeverity).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
  });
});
