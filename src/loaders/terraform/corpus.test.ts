/**
 * Terraform from public repositories (../shared/real-world) and the peer
 * scanners' fixtures (../shared/peer-corpus): every directory loads without a
 * crash, and every load error is one the corpus documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerraformDirectory } from './directory.js';

const SHARED = path.resolve(import.meta.dirname, '../../../../shared');
const REAL_WORLD = path.join(SHARED, 'real-world');
const PEERS = path.join(SHARED, 'peer-corpus');
const available = existsSync(path.join(REAL_WORLD, 'manifest.json')) && existsSync(PEERS);
if (!available && process.env.CI === 'true') throw new Error(`shared corpora missing at ${SHARED}`);

interface CorpusFile {
  file: string;
  format: string;
  flags?: string[];
}

describe.runIf(available)('Terraform corpora', () => {
  it('loads every real-world Terraform directory, failing only on the files documented as invalid HCL', async () => {
    const manifest: CorpusFile[] = JSON.parse(readFileSync(path.join(REAL_WORLD, 'manifest.json'), 'utf8'));
    const invalid = manifest.filter((f) => f.flags?.some((flag) => flag.startsWith('invalid-hcl'))).map((f) => f.file);
    expect(invalid).toHaveLength(6);
    const units = await loadTerraformDirectory(REAL_WORLD, '.');
    const errors = units.flatMap((u) => u.errors);
    expect(errors.map((e) => e.file).sort()).toEqual([...invalid].sort());
    for (const error of errors) {
      expect(error.message, error.file).toMatch(/^invalid HCL syntax: /);
      expect(error.line, error.file).toBeGreaterThan(0);
      expect(error.column, error.file).toBeGreaterThan(0);
    }
    const tfFiles = manifest.filter((f) => f.format === 'terraform').map((f) => f.file);
    const loaded = new Set(units.flatMap((u) => u.files));
    expect(tfFiles.filter((f) => !loaded.has(f))).toEqual([]);
    expect(units.flatMap((u) => u.resources).length).toBeGreaterThan(100);
  });

  it('loads every peer fixture without an error', async () => {
    const units = await loadTerraformDirectory(PEERS, '.');
    expect(units.flatMap((u) => u.errors)).toEqual([]);
    expect(units.flatMap((u) => u.resources).length).toBeGreaterThan(80);
  });
});
