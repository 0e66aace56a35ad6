/**
 * A unit with more findings than arguments fit on the call stack (150,000+)
 * still gets its report written, with every finding counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliBounded, scratchDir } from './bounded-run.js';

const NOTEBOOKS = 26_000;

describe('a unit with 150,000 findings', () => {
  const scratch = scratchDir('many-findings');
  afterAll(() => scratch.remove());

  it('writes the whole JSON report', { timeout: 300_000 }, async () => {
    // One template (one unit): every notebook left at its defaults has the same findings.
    const resources = Array.from(
      { length: NOTEBOOKS },
      (_, i) => `  Notebook${i}:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {InstanceType: ml.t3.medium, RoleArn: r}`,
    );
    writeFileSync(path.join(scratch.dir, 'template.yaml'), `Resources:\n${resources.join('\n')}\n`);
    writeFileSync(
      path.join(scratch.dir, 'one.yaml'),
      'Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {InstanceType: ml.t3.medium, RoleArn: r}\n',
    );
    const output = path.join(scratch.dir, 'report.json');

    const one = await runCliBounded(['scan', path.join(scratch.dir, 'one.yaml'), '--format', 'json']);
    expect(one.status, one.stderr).toBe(1);
    const perNotebook = (JSON.parse(one.stdout) as { findings: unknown[] }).findings.length;
    expect(perNotebook).toBeGreaterThan(5);

    // What this guards is the report being written at all (spreading 150,000 findings into one call overflowed the stack).
    // Holding that many findings takes more than 512 MB, so this run gets a larger heap and time to match.
    const run = await runCliBounded(['scan', path.join(scratch.dir, 'template.yaml'), '--format', 'json', '--output', output], { memoryMb: 2048, wallMs: 240_000 });
    expect(run.timedOut).toBe(false);
    expect(run.stderr).not.toMatch(/Maximum call stack|internal error/);
    expect(run.status).toBe(1);
    // The report is a quarter of a gigabyte: count its findings and read its totals without parsing it whole here.
    const text = readFileSync(output, 'utf8');
    const statsStart = text.indexOf('"stats": ') + '"stats": '.length;
    const stats = JSON.parse(text.slice(statsStart, text.indexOf('\n  },', statsStart) + 4)) as {
      active: number;
      errors: number;
      resources: number;
      bySeverity: Record<string, number>;
    };
    let findings = 0;
    for (let at = text.indexOf('"fingerprint": '); at !== -1; at = text.indexOf('"fingerprint": ', at + 1)) findings++;
    expect(text.trimEnd().endsWith('}')).toBe(true);
    expect(stats.errors).toBe(0);
    expect(stats.resources).toBe(NOTEBOOKS);
    expect(findings).toBe(NOTEBOOKS * perNotebook);
    expect(findings).toBeGreaterThan(150_000);
    expect(stats.active).toBe(findings);
    expect(Object.values(stats.bySeverity).reduce((a, b) => a + b, 0)).toBe(findings);
  });
});
