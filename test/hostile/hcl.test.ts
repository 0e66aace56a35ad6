/**
 * Terraform that nests 10,000 levels deep, in expressions and in blocks, is
 * refused with the file and line, quickly and without a crash.
 */
import { describe, expect, it } from 'vitest';
import { loadTerraformFiles } from '../../src/loaders/terraform/index.js';

const DEPTH = 10_000;

describe('deeply nested HCL', () => {
  it.each([
    ['tuples', `locals {\n  x = ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n}\n`],
    ['objects', `locals {\n  x = ${'{ a = '.repeat(DEPTH)}1${' }'.repeat(DEPTH)}\n}\n`],
    ['function calls', `locals {\n  x = ${'max('.repeat(DEPTH)}1${')'.repeat(DEPTH)}\n}\n`],
    ['blocks', `${'dynamic "a" {\n'.repeat(DEPTH)}${'}\n'.repeat(DEPTH)}`],
  ])('in %s', async (_kind, text) => {
    const started = process.cpuUsage();
    const units = await loadTerraformFiles({ 'main.tf': `${text}resource "aws_sagemaker_model" "m" {\n  name = "m"\n}\n` });
    const { user, system } = process.cpuUsage(started);
    // CPU time, which a busy machine does not stretch as it does wall time.
    expect((user + system) / 1000).toBeLessThan(10_000);
    const errors = units.flatMap((u) => u.errors);
    expect(errors).toEqual([{ file: 'main.tf', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/nesting deeper than/) }]);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(1);
  });
});
