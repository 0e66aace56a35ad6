/**
 * A template written on one line (minified JSON) reads in time linear in its
 * size, as the same template with line breaks does: nothing rescans the line
 * for every value on it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/cli.js';
import { runBounded } from './bounded-run.js';

const READER = path.join(REPO_ROOT, 'dist/src/loaders/structured-text.js');

/** Reads a 10,000-resource template pretty-printed and minified, printing the CPU milliseconds each took (a busy machine stretches wall time, not CPU time). */
const SCRIPT = `
const { parseStructuredText } = await import(${JSON.stringify(READER)});
const resources = Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [
  'Bucket' + i,
  { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'bucket-' + i, Tags: [{ Key: 'k', Value: 'v' }] } },
]));
const doc = { Resources: resources };
const time = (text) => {
  const started = process.cpuUsage();
  const parsed = parseStructuredText(text, 'template.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
};
const pretty = JSON.stringify(doc, null, 1);
const oneLine = JSON.stringify(doc);
time(pretty);
console.log(JSON.stringify({ pretty: time(pretty), oneLine: time(oneLine), prettyBytes: pretty.length, oneLineBytes: oneLine.length }));
`;

describe('one-line JSON', () => {
  it('reads as fast as the same JSON with line breaks', async () => {
    const run = await runBounded(['--input-type=module', '-e', SCRIPT]);
    expect(run.timedOut).toBe(false);
    expect(run.status, run.stderr).toBe(0);
    const ms = JSON.parse(run.stdout) as { pretty: number; oneLine: number; prettyBytes: number; oneLineBytes: number };
    expect(ms.oneLineBytes).toBeGreaterThan(1_000_000);
    // The minified text is shorter; a quadratic reader takes several times as long on it.
    expect(ms.oneLine, JSON.stringify(ms)).toBeLessThan(2 * ms.pretty + 500);
  });
});
