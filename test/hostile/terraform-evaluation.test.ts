/**
 * Terraform written to describe astronomically large values (locals doubling
 * each other, nested `for`, `format` widths, strings doubled by `join`,
 * modules fanning out) is refused with a load error at the expression, in
 * bounded time and memory, and another root module's findings are still
 * reported.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliBounded, scratchDir } from './bounded-run.js';

const NOTEBOOK = 'resource "aws_sagemaker_notebook_instance" "nb" {\n  name          = "n"\n  instance_type = "ml.t3.medium"\n  role_arn      = "r"\n}\n';

/** A notebook whose tags hold `value`, so the value is evaluated. */
const notebookUsing = (value: string) => `resource "aws_sagemaker_notebook_instance" "hostile" {\n  name          = "h"\n  instance_type = "ml.t3.medium"\n  role_arn      = "r"\n  tags          = { t = ${value} }\n}\n`;

const doubling = Array.from({ length: 40 }, (_, i) => `  a${i + 1} = [local.a${i}, local.a${i}]`).join('\n');
const joined = Array.from({ length: 16 }, (_, i) => `  s${i + 1} = join("", [local.s${i}, strrev(local.s${i})])`).join('\n');
const fanOut = Object.fromEntries(
  Array.from({ length: 16 }, (_, depth) => [
    `modules/m${depth}/main.tf`,
    depth === 15 ? NOTEBOOK : ['a', 'b', 'c', 'd'].map((name) => `module "${name}" {\n  source = "../m${depth + 1}"\n}\n`).join(''),
  ]),
);

interface Case {
  files: Record<string, string>;
  /** Where the error must be: file and line. */
  at: [string, number];
  message: RegExp;
  /** A file of the hostile root module whose findings are still reported. */
  alsoChecked?: string;
}

const CASES: Record<string, Case> = {
  'locals that double each other (2^40 elements)': {
    // A notebook in another file of the same root module does not use the value: it is still checked.
    files: { 'main.tf': `locals {\n  a0 = "x"\n${doubling}\n}\n${notebookUsing('length(flatten(local.a40))')}`, 'notebook.tf': NOTEBOOK },
    alsoChecked: 'notebook.tf',
    // a19 (line 21) is the first with more than a million values: 2^19 strings in 2^19 - 1 lists.
    at: ['main.tf', 21],
    message: /more than 1,000,000 elements/,
  },
  'nested for expressions (10^9 elements)': {
    files: { 'main.tf': `locals {\n  r = range(1000)\n  x = [for a in local.r : [for b in local.r : [for c in local.r : a + b + c]]]\n}\n${notebookUsing('length(local.x)')}` },
    at: ['main.tf', 3],
    message: /more than [\d,]+ steps/,
  },
  'format with a 400,000,000-character width': {
    files: { 'main.tf': `locals {\n  x = format("%400000000s", "")\n}\n${notebookUsing('local.x')}` },
    at: ['main.tf', 2],
    message: /more than [\d,]+ characters/,
  },
  'a .tfvars value with a 400,000,000-character width': {
    // The variable is left unknown: the notebook that uses it is still checked.
    files: { 'main.tf': `variable "x" {\n  type = string\n}\n${notebookUsing('var.x')}`, 'terraform.tfvars': 'x = format("%400000000s", "")\n' },
    alsoChecked: 'main.tf',
    at: ['terraform.tfvars', 1],
    message: /more than [\d,]+ characters/,
  },
  'strings doubled by join and strrev (554 bytes to gigabytes)': {
    files: { 'main.tf': `locals {\n  s0 = format("%100000s", "")\n${joined}\n}\n${notebookUsing('local.s16')}` },
    at: ['main.tf', 9],
    message: /more than [\d,]+ characters/,
  },
  'modules calling modules four times each (4^16 instances)': {
    files: { 'main.tf': 'module "a" {\n  source = "./modules/m0"\n}\n', ...fanOut },
    // Modules load depth first: the 1,001st instance is called from the second module block of m14.
    at: ['modules/m14/main.tf', 4],
    message: /more than 1,000 module instances/,
  },
};

describe('Terraform evaluation is bounded', () => {
  const scratch = scratchDir('terraform-evaluation');
  afterAll(() => scratch.remove());

  it.each(Object.entries(CASES))('%s', { timeout: 90_000 }, async (name, { files, at, message, alsoChecked }) => {
    const root = path.join(scratch.dir, name.replace(/\W+/g, '-'));
    // The hostile root module, and another root module whose findings must survive it.
    for (const [file, text] of Object.entries({ ...Object.fromEntries(Object.entries(files).map(([f, t]) => [`hostile/${f}`, t])), 'other/main.tf': NOTEBOOK })) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const run = await runCliBounded(['scan', root, '--format', 'json']);
    expect(run.timedOut, `${name}: still running after ${run.ms} ms`).toBe(false);
    expect(run.signal).toBeNull();
    expect(run.status, run.stderr).toBe(2);
    const report = JSON.parse(run.stdout) as { findings: { location: { file?: string } }[]; errors: { file: string; line?: number; message: string }[] };
    const [file, line] = at;
    expect(report.errors).toEqual([expect.objectContaining({ file: `hostile/${file}`, line, message: expect.stringMatching(message) })]);
    expect(report.findings.some((f) => f.location.file === 'other/main.tf')).toBe(true);
    if (alsoChecked) expect(report.findings.some((f) => f.location.file === `hostile/${alsoChecked}`)).toBe(true);
  });
});
