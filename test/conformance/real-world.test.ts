/**
 * Robustness on real SageMaker infrastructure code from 14 public repositories
 * (../shared/real-world): nested stacks, SAM, CDK assemblies, Terraform modules,
 * invalid HCL, CRLF and empty files. The scan must get through all of it, and
 * every load error must be one the corpus documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/engine/config.js';
import { scan } from '../../src/engine/scan.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/real-world');
const available = existsSync(path.join(CORPUS, 'manifest.json'));
if (!available && process.env.CI === 'true') throw new Error(`real-world corpus missing at ${CORPUS}`);

interface CorpusFile {
  file: string;
  format: string;
  flags?: string[];
}

describe.runIf(available)('real-world corpus', () => {
  it('scans every repository without a crash, and explains every load error', async () => {
    const manifest: CorpusFile[] = JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
    const documented = new Map(manifest.filter((f) => f.flags?.length).map((f) => [f.file, f.flags!.join('; ')]));
    const repositories = [...new Set(manifest.map((f) => f.file.split('/')[0]!))];
    const result = await scan(repositories, { root: CORPUS, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG });
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
});
