/**
 * A unit with 150,000 findings (one template of 25,000 notebooks left at their
 * defaults: 2.9 MB) gets its whole report written within the 512 MB every
 * hostile input must fit in. Spreading that many findings into one call
 * overflowed the call stack, and a finding that kept its own copy of every
 * message and fix text needed about 1 GB of heap. The heap limit is the
 * measure here; the wall limit only stops a hang.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliBounded, scratchDir, type BoundedRun } from './bounded-run.js';

const NOTEBOOKS = 25_000;
/** Far above the 10 to 15 seconds a run takes on a busy two-core machine. */
const WALL_MS = 150_000;

const notebook = (name: string) => `  ${name}:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {InstanceType: ml.t3.medium, RoleArn: r}`;

function expectCompleted(run: BoundedRun): void {
  expect(run.timedOut).toBe(false);
  expect(run.stderr).not.toMatch(/heap out of memory|Maximum call stack|internal error/);
  expect(run.signal).toBeNull();
  expect(run.status, run.stderr).toBe(1);
}

/** How often `needle` occurs in `text`. */
function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

describe('a unit with 150,000 findings', () => {
  const scratch = scratchDir('many-findings');
  afterAll(() => scratch.remove());
  const template = path.join(scratch.dir, 'template.yaml');
  let perNotebook = 0;

  beforeAll(async () => {
    writeFileSync(template, `Resources:\n${Array.from({ length: NOTEBOOKS }, (_, i) => notebook(`Notebook${i}`)).join('\n')}\n`);
    writeFileSync(path.join(scratch.dir, 'one.yaml'), `Resources:\n${notebook('Notebook')}\n`);
    const one = await runCliBounded(['scan', '--preset', 'strict', path.join(scratch.dir, 'one.yaml'), '--format', 'json']);
    expect(one.status, one.stderr).toBe(1);
    perNotebook = (JSON.parse(one.stdout) as { findings: unknown[] }).findings.length;
    expect(perNotebook).toBeGreaterThan(5);
  });

  it('writes the whole JSON report in 512 MB', { timeout: WALL_MS + 30_000 }, async () => {
    const output = path.join(scratch.dir, 'report.json');
    const run = await runCliBounded(['scan', '--preset', 'strict', template, '--format', 'json', '--output', output, '--jobs', '1'], { wallMs: WALL_MS });
    expectCompleted(run);
    // A 267 MB report: parsing it whole takes longer than the scan, so its parts are checked.
    const text = readFileSync(output, 'utf8');
    const findingsAt = text.indexOf(',\n  "findings": [\n');
    const head = JSON.parse(`${text.slice(0, findingsAt)}}`) as { stats: { active: number; errors: number; resources: number; bySeverity: Record<string, number> } };
    expect(head.stats.errors).toBe(0);
    expect(head.stats.resources).toBe(NOTEBOOKS);
    expect(head.stats.active).toBe(NOTEBOOKS * perNotebook);
    expect(Object.values(head.stats.bySeverity).reduce((a, b) => a + b, 0)).toBe(NOTEBOOKS * perNotebook);
    expect(occurrences(text, '\n    {\n      "ruleId": "')).toBe(NOTEBOOKS * perNotebook);
    expect(occurrences(text, '\n      "fingerprint": "')).toBe(NOTEBOOKS * perNotebook);
    expect(text.endsWith('\n    }\n  ],\n  "errors": [],\n  "notes": []\n}\n')).toBe(true);
    // The last finding is whole: its own text parses.
    const last = text.slice(text.lastIndexOf('\n    {\n      "ruleId": "'), text.lastIndexOf('\n  ],\n  "errors"'));
    expect((JSON.parse(last) as { resource: { id: string } }).resource.id).toMatch(/^Notebook\d+$/);
  });

  it('writes the SARIF log in 512 MB with the default jobs', { timeout: WALL_MS + 30_000 }, async () => {
    const output = path.join(scratch.dir, 'report.sarif');
    const run = await runCliBounded(['scan', '--preset', 'strict', template, '--format', 'sarif', '--output', output], { wallMs: WALL_MS });
    expectCompleted(run);
    const text = readFileSync(output, 'utf8');
    // GitHub's limit of 25,000 results per run, the rest said in a notification.
    expect(occurrences(text, '"partialFingerprints": {')).toBe(25_000);
    expect(text).toContain(`${NOTEBOOKS * perNotebook - 25_000} less severe results were left out`);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });
});
