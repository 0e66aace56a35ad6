/** Linked templates are parsed once: loading takes the parse planning made, and planning parses only what may link. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findInputFiles } from '../walk.js';
import { loadUnitSource, planUnitSources } from '../index.js';
import * as structuredText from '../structured-text.js';

vi.mock('../structured-text.js', async (original) => {
  const actual = await original<typeof structuredText>();
  return { ...actual, parseStructuredText: vi.fn(actual.parseStructuredText) };
});

const ROOT = path.resolve(import.meta.dirname, '../../../fixtures/repository');
const OPTIONS = { maxFileBytes: 5 * 1024 * 1024, varFiles: [] };

describe('planning and loading linked templates', () => {
  it('parses each template once', async () => {
    const parse = vi.mocked(structuredText.parseStructuredText);
    const files = (await findInputFiles(ROOT, [path.join(ROOT, 'exports')], () => false)).files;
    parse.mockClear();
    const plan = await planUnitSources(ROOT, files, OPTIONS);
    const units = [];
    for (const source of plan.sources) units.push(...(await loadUnitSource(ROOT, source, OPTIONS)));
    expect(units.flatMap((u) => u.files).sort()).toEqual(['exports/endpoints.yaml', 'exports/network.yaml', 'exports/notebook.yaml']);
    expect(units.flatMap((u) => u.resources).length).toBeGreaterThan(0);
    expect(parse.mock.calls.map(([, file]) => file).sort()).toEqual(['exports/endpoints.yaml', 'exports/network.yaml', 'exports/notebook.yaml']);
  });

  it('leaves templates that only export to loading when no template imports: their exports link nothing', async () => {
    const parse = vi.mocked(structuredText.parseStructuredText);
    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-exporters-'));
    for (const name of ['network', 'storage']) {
      writeFileSync(path.join(root, `${name}.yaml`), `Resources:\n  Key:\n    Type: AWS::KMS::Key\nOutputs:\n  KeyArn:\n    Value: !GetAtt Key.Arn\n    Export:\n      Name: ${name}-key\n`);
    }
    const files = (await findInputFiles(root, [root], () => false)).files;
    parse.mockClear();
    const plan = await planUnitSources(root, files, OPTIONS);
    expect(parse).not.toHaveBeenCalled();
    for (const source of plan.sources) await loadUnitSource(root, source, OPTIONS);
    expect(parse.mock.calls.map(([, file]) => file).sort()).toEqual(['network.yaml', 'storage.yaml']);
  });

  it('parses again when the text changed after planning', async () => {
    const { parseAfterPlanning } = await import('./repository.js');
    const parse = vi.mocked(structuredText.parseStructuredText);
    const files = (await findInputFiles(ROOT, [path.join(ROOT, 'nested')], () => false)).files;
    await planUnitSources(ROOT, files, OPTIONS);
    parse.mockClear();
    const edited = parseAfterPlanning('Resources: {}\n', 'nested/main.yaml');
    expect(edited).toMatchObject({ ok: true, doc: { text: 'Resources: {}\n' } });
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
