/**
 * Robustness on real SageMaker infrastructure code from 14 public repositories
 * (../shared/real-world): nested stacks, SAM, CDK assemblies, Terraform modules,
 * invalid HCL, CRLF and empty files. The scan must get through all of it, and
 * every load error must be one the corpus documents.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { ScanResult } from '../../src/core/finding.js';
import { scan } from '../../src/pipeline/scan.js';
import { selectRules } from '../../src/cli/run-scan.js';
import { awsManagedPolicies } from '../../src/iam/managed.js';
import { sharedFingerprints } from '../helpers/fingerprints.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/real-world');
const available = existsSync(path.join(CORPUS, 'manifest.json'));
if (!available && process.env.CI === 'true') throw new Error(`real-world corpus missing at ${CORPUS}`);

interface CorpusFile {
  file: string;
  format: string;
  flags?: string[];
}

describe.runIf(available)('real-world corpus', () => {
  let manifest: CorpusFile[];
  let result: ScanResult;
  beforeAll(async () => {
    manifest = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
    const repositories = [...new Set(manifest.map((f) => f.file.split('/')[0]!))];
    result = await scan(repositories, { root: CORPUS, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG });
  }, 300_000);

  it('scans every repository without a crash, and explains every load error', () => {
    const documented = new Map(manifest.filter((f) => f.flags?.length).map((f) => [f.file, f.flags!.join('; ')]));
    const unexplained = result.errors.filter((e) => !documented.has(e.file));
    expect(unexplained).toEqual([]);
    for (const error of result.errors) {
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.line, `${error.file}: ${error.message}`).toBeGreaterThan(0);
    }
    expect(result.stats.files).toBeGreaterThan(250);
    expect(result.stats.resources).toBeGreaterThan(100);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  // Performance work must not change what the scan finds: every finding of every rule, in report order, as recorded
  // before that work. A change of findings that is meant updates the file (`npx vitest run <this file> -u`).
  it('gives the findings recorded in real-world-findings.json', async () => {
    const lines = result.findings.map((f) =>
      JSON.stringify({
        rule: f.ruleId,
        file: f.location.kind === 'source' ? f.location.file : f.location.arn,
        line: f.location.kind === 'source' ? f.location.start.line : undefined,
        fingerprint: f.fingerprint,
        certainty: f.certainty,
        message: createHash('sha256').update(f.message).digest('hex').slice(0, 16),
      }),
    );
    await expect(`[\n${lines.join(',\n')}\n]\n`).toMatchFileSnapshot('./real-world-findings.json');
  });

  it('gives each finding its own fingerprint', () => {
    expect(sharedFingerprints(result.findings)).toEqual({});
  });

  it('knows every AWS managed policy the corpus attaches that AWS still publishes', () => {
    const managed = awsManagedPolicies();
    const unknownPolicies = result.notes.map((n) => /AWS managed policy (\S+)|managed policy (\S+) \(none of its/.exec(n.message)).filter((m) => m !== null);
    for (const match of unknownPolicies) {
      const name = (match[1] ?? match[2])!.split('/').pop()!;
      expect(managed.byPolicyName(name), match[0]).toBeUndefined();
    }
  });

  it('the default preset keeps every notebook, network, job, model and Redshift finding, and at most half of all findings', async () => {
    const strictRules = selectRules(ALL_RULES, EMPTY_CONFIG, { preset: 'strict' });
    expect(strictRules).toEqual(ALL_RULES);
    const defaultRules = selectRules(ALL_RULES, EMPTY_CONFIG, {});
    const repositories = [...new Set(manifest.map((f) => f.file.split('/')[0]!))];
    const byDefault = await scan(repositories, { root: CORPUS, rules: defaultRules, catalog: ALL_RULES, config: EMPTY_CONFIG });
    // The resource rules: SageMaker and Redshift security rules other than the IAM ones (SM033, availability, is not a security rule).
    const resourceRule = (id: string) => {
      const rule = ALL_RULES.find((r) => r.id === id)!;
      return /^(SM|RS)\d{3}$/.test(id) && rule.tags.includes('security') && !rule.tags.includes('iam');
    };
    const kept = new Set(byDefault.findings.map((f) => f.fingerprint));
    const resourceFindings = result.findings.filter((f) => resourceRule(f.ruleId));
    expect(resourceFindings.length).toBeGreaterThan(100);
    expect(resourceFindings.filter((f) => !kept.has(f.fingerprint)).map((f) => `${f.ruleId} ${f.resource.id}`)).toEqual([]);
    expect(byDefault.findings.length, `default ${byDefault.findings.length} of strict ${result.findings.length}`).toBeLessThanOrEqual(result.findings.length / 2);
  }, 300_000);

  it('names, in every SM050 note of a VPC it cannot judge, the input that would decide it', () => {
    const unjudged = result.notes.filter((n) => n.message.startsWith('SM050: the VPC of '));
    expect(unjudged.length).toBeGreaterThan(0);
    for (const note of unjudged) expect(note.message, `${note.file}:${note.line}`).toMatch(/(decides it|judges it)$/);
    // Neither an undeclared reference nor an unreadable value: each note says what keeps the VPC unknown.
    for (const note of unjudged) expect(note.message, `${note.file}:${note.line}`).not.toMatch(/is not declared here|not a reference sagelint can follow/);
  });
});
