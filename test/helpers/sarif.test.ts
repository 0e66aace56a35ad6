import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMultitool, validateSarifSchema } from './sarif.js';

const dir = mkdtempSync(join(tmpdir(), 'sagelint-helper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A log GitHub would reject: its rule lacks descriptions and help, and its artifact says nothing but where it is. */
const deficient = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'demo', version: '1.0.0', informationUri: 'https://example.com/demo', rules: [{ id: 'D001', name: 'Demo' }] } },
      artifacts: [{ location: { uri: 'a.yaml', uriBaseId: '%SRCROOT%' } }],
      results: [
        {
          ruleId: 'D001',
          ruleIndex: 0,
          message: { text: 'Demo finding.' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'a.yaml', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1 } } }],
        },
      ],
    },
  ],
};

describe('SARIF helpers', () => {
  it('report the multitool’s errors and warnings with readable messages and the file they are in', () => {
    const file = join(dir, 'deficient.sarif');
    writeFileSync(file, JSON.stringify(deficient));
    const { errors, warnings } = runMultitool([file]);
    expect(errors.map((e) => e.ruleId)).toEqual(['GH2012', 'GH2012', 'GH2012']);
    expect(errors[0]).toEqual({
      file,
      ruleId: 'GH2012',
      message: expect.stringMatching(/^runs\[0\]\.tool\.driver\.rules\[0\]: This 'reportingDescriptor' object does not provide a 'shortDescription' value/),
    });
    expect(warnings.map((w) => w.ruleId)).toEqual(['SARIF2004']);
  }, 60_000);

  it('validate against the SARIF schema', () => {
    expect(validateSarifSchema(deficient)).toEqual({ valid: true, errors: [] });
    expect(validateSarifSchema({ ...deficient, version: '2.0.0' })).toEqual({ valid: false, errors: ['/version must be equal to one of the allowed values'] });
  });
});
