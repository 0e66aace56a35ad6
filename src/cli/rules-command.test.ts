/** The catalog a config gives: plugins load only when the checked config declares them, never because a comment or a string names them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../config/config.js';
import { ALL_RULES } from '../../rules/index.js';
import { configInputFor, loadCatalogFor } from './rules-command.js';

const loadExtensions = vi.hoisted(() => vi.fn());
vi.mock('../config/plugins.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../config/plugins.js')>();
  loadExtensions.mockImplementation(original.loadExtensions);
  return { ...original, loadExtensions };
});

/** A local plugin whose one rule, ACME001, never reports. */
const PLUGIN = {
  'acme/package.json': JSON.stringify({ name: 'sagelint-plugin-acme', version: '1.0.0', type: 'module', main: 'index.js' }),
  'acme/index.js': `export const apiVersion = '^1.0.0';
export const rules = [{
  id: 'ACME001', name: 'acme-check', severity: 'low', appliesTo: ['NotebookInstance'], tags: [],
  presets: { recommended: true, reason: 'An example.' },
  docs: { summary: 'An example', description: 'An example.', risk: 'None.', guidance: [], remediation: {} },
  check() {},
}];
`,
};

function project(config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-catalog-'));
  for (const [file, text] of Object.entries({ ...PLUGIN, '.sagelint.yml': config })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const catalogOf = async (config: string) => loadCatalogFor(await configInputFor(project(config), undefined));

beforeEach(() => {
  loadExtensions.mockClear();
});

describe('loadCatalogFor', () => {
  it('loads no plugin for a config that names plugins only in a comment or a string', async () => {
    const catalog = await catalogOf(['# plugins: [./acme] is for later', 'exclude: ["plugins/**", "customRules"]', 'requiredTags: [plugins]', ''].join('\n'));
    expect(catalog).toEqual({ rules: ALL_RULES, errors: [] });
    expect(loadExtensions).not.toHaveBeenCalled();
  });

  it('loads no plugin for empty lists', async () => {
    expect((await catalogOf('plugins: []\ncustomRules: []\n')).rules).toBe(ALL_RULES);
    expect(loadExtensions).not.toHaveBeenCalled();
  });

  it("loads the plugins a config declares, and their rules join sagelint's", async () => {
    const catalog = await catalogOf('plugins: [./acme]\nrules:\n  ACME001: high\n');
    expect(loadExtensions).toHaveBeenCalledTimes(1);
    expect(loadExtensions.mock.calls[0]![2]).toEqual({ plugins: ['./acme'], customRules: [] });
    expect(catalog.errors).toEqual([]);
    expect(catalog.rules.map((r) => r.id)).toEqual([...ALL_RULES.map((r) => r.id), 'ACME001']);
  });

  it('refuses a config the schema does not hold before any plugin runs', async () => {
    await expect(configInputFor(project('plugins: ./acme\n'), undefined)).rejects.toThrow(ConfigError);
    await expect(configInputFor(project('plugins: ./acme\n'), undefined)).rejects.toThrow(/plugins: must be array/);
    expect(loadExtensions).not.toHaveBeenCalled();
  });

  it('gives the built-in rules without a config', async () => {
    expect(await loadCatalogFor(undefined)).toEqual({ rules: ALL_RULES, errors: [] });
  });
});
