/** The fix passes, called directly: fixes that collide wait for the next pass, refused and excluded fixes are held, a dry run writes nothing. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/config.js';
import { ALL_RULES } from '../../rules/index.js';
import { fixFiles, type FixOptions, type FixPass } from './fix.js';
import type { ScanOptions } from './scan.js';

/** SM021 and SM022 (two instances talk to each other) each insert `NetworkConfig` into the job: the second can only be rendered against the first's text. */
const JOB = `Resources:
  Quality:
    Type: AWS::SageMaker::DataQualityJobDefinition
    Properties:
      JobResources:
        ClusterConfig:
          InstanceCount: 2
          InstanceType: ml.m5.xlarge
          VolumeSizeInGB: 30
`;

function scanOptions(root: string, ruleIds = ['SM021', 'SM022']): ScanOptions {
  return { root, rules: ALL_RULES.filter((r) => ruleIds.includes(r.id)), catalog: ALL_RULES, config: EMPTY_CONFIG, jobs: 1 };
}

function workspace(files: Record<string, string> = { 'job.yaml': JOB }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-fix-passes-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

async function fix(root: string, options: Partial<FixOptions> = {}) {
  const passes: FixPass[] = [];
  const outcome = await fixFiles({ scan: scanOptions(root), paths: [root], include: ['replaces'], onPass: (pass) => passes.push(pass), ...options });
  return { outcome, passes };
}

const networkConfigOf = (text: string) => (parse(text) as { Resources: { Quality: { Properties: { NetworkConfig?: unknown } } } }).Resources.Quality.Properties.NetworkConfig;

describe('fixFiles', () => {
  it('converges on two fixes of one job in two passes: the second is rendered against the first', async () => {
    const root = workspace();
    const { outcome, passes } = await fix(root);
    expect(passes.map((pass) => pass.accepted.map((f) => f.ruleId))).toEqual([['SM021'], ['SM022']]);
    const text = readFileSync(path.join(root, 'job.yaml'), 'utf8');
    expect(text.match(/NetworkConfig/g)).toHaveLength(1);
    expect(networkConfigOf(text)).toEqual({ EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true });
    expect(outcome.files).toEqual([{ file: 'job.yaml', before: JOB, after: text, fixed: 2 }]);
    expect(outcome.before.findings.map((f) => f.ruleId).sort()).toEqual(['SM021', 'SM022']);
    expect({ waiting: outcome.waiting, held: outcome.held, broken: outcome.brokenByFixes, placeholders: outcome.placeholders }).toEqual({ waiting: 0, held: [], broken: [], placeholders: [] });
    // Nothing is left: a second run finds nothing to apply.
    const again = await fix(root);
    expect(again.passes.map((pass) => pass.accepted.length)).toEqual([0]);
    expect(again.outcome.files).toEqual([]);
  });

  it('stops at one pass when no fix waits, and lists the placeholders the fixes left', async () => {
    const root = workspace();
    const { outcome, passes } = await fix(root, { scan: scanOptions(root, ['SM020']) });
    expect(passes.map((pass) => pass.accepted.length)).toEqual([1]);
    // SL001 does not run in the passes: the placeholders are found in the fixed text by a scan of their own.
    expect(outcome.placeholders.map((f) => [f.ruleId, f.resource.id])).toEqual([
      ['SL001', 'Quality'],
      ['SL001', 'Quality'],
    ]);
    expect(outcome.placeholders.map((f) => f.message).join('\n')).toMatch(/<subnet-id>[^]*<security-group-id>|<security-group-id>[^]*<subnet-id>/);
  });

  it('runs the same passes on a copy in a dry run, leaving the scan root as it was', async () => {
    const written = workspace();
    const { outcome: real } = await fix(written);
    const root = workspace();
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('sagelint-dry-run-')).length;
    const { outcome, passes } = await fix(root, { dryRun: true });
    expect(passes.map((pass) => pass.accepted.length)).toEqual([1, 1]);
    expect(readFileSync(path.join(root, 'job.yaml'), 'utf8')).toBe(JOB);
    expect(outcome.files).toEqual(real.files);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('sagelint-dry-run-')).length).toBe(before);
  });

  it('holds a fix of a kind not included, once, with no refusal, and writes nothing', async () => {
    const root = workspace();
    const { outcome, passes } = await fix(root, { include: [] });
    expect(passes.map((pass) => pass.accepted.length)).toEqual([0]);
    expect(outcome.held.map((held) => [held.finding.ruleId, held.finding.fix.kind, held.refusal])).toEqual([
      ['SM021', 'replaces', undefined],
      ['SM022', 'replaces', undefined],
    ]);
    expect(readFileSync(path.join(root, 'job.yaml'), 'utf8')).toBe(JOB);
  });

  it('refuses a file reached through a symbolic link, and writes neither it nor the file it names', async () => {
    const outside = workspace();
    const root = workspace({});
    symlinkSync(outside, path.join(root, 'linked'));
    const { outcome } = await fix(root, { paths: [path.join(root, 'linked', 'job.yaml')] });
    expect(outcome.held.map((held) => held.refusal)).toEqual([expect.stringMatching(/^linked is a symbolic link/), expect.stringMatching(/^linked is a symbolic link/)]);
    expect(outcome.files).toEqual([]);
    expect(readFileSync(path.join(outside, 'job.yaml'), 'utf8')).toBe(JOB);
  });

  it('gives the first pass its load errors, and a later pass only those the fixes caused', async () => {
    const root = workspace({ 'job.yaml': JOB, 'broken.yaml': 'Resources: [\n' });
    const { outcome, passes } = await fix(root);
    expect(passes[0]!.newErrors.map((e) => e.file)).toEqual(['broken.yaml']);
    expect(passes.slice(1).flatMap((pass) => pass.newErrors)).toEqual([]);
    expect(outcome.brokenByFixes).toEqual([]);
    expect(outcome.before.errors.map((e) => e.file)).toEqual(['broken.yaml']);
  });
});
