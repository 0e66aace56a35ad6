import fc from '../../test/helpers/property.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/finding.js';
import { sortFindings } from './scan.js';

function finding(file: string, line: number, ruleId: string): Finding {
  const position = { line, column: 1, offset: 0 };
  return {
    ruleId,
    ruleName: ruleId.toLowerCase(),
    severity: 'high',
    certainty: 'definite',
    message: 'm',
    resource: { id: 'R', type: 'AWS::SageMaker::Model', kind: 'Model', source: 'cloudformation' },
    location: { kind: 'source', file, start: position, end: position, path: [] },
    propertyPath: [],
    fingerprint: `${file}:${line}:${ruleId}`,
  };
}

describe('sortFindings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('orders the findings of one file without building a collator (start-up of a one-template scan)', async () => {
    const collator = vi.spyOn(Intl, 'Collator');
    // A fresh copy of the module: the collator, once built, is kept for the process.
    vi.resetModules();
    const { sortFindings: freshSortFindings } = await import('./scan.js');
    const sorted = freshSortFindings([finding('t.yaml', 9, 'SM002'), finding('t.yaml', 3, 'SM031'), finding('t.yaml', 3, 'SM030')]);
    expect(sorted.map((f) => `${f.location.kind === 'source' ? f.location.start.line : 0} ${f.ruleId}`)).toEqual(['3 SM030', '3 SM031', '9 SM002']);
    expect(collator).not.toHaveBeenCalled();
  });

  it('orders files as localeCompare does', () => {
    const files = ['b.yaml', 'B.yaml', 'a.yaml', 'é.yaml', 'e.yaml', '_x.yaml'];
    const sorted = sortFindings(files.map((file) => finding(file, 1, 'SM001')));
    expect(sorted.map((f) => (f.location.kind === 'source' ? f.location.file : ''))).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });

  it('orders rule IDs at one place as localeCompare does, whatever their letters', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9A-Za-z_-]{0,4}$/), { minLength: 2, maxLength: 6 }), (ids) => {
        const sorted = sortFindings(ids.map((id) => ({ ...finding('t.yaml', 1, id), fingerprint: '' })));
        expect(sorted.map((f) => f.ruleId)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
      }),
    );
  });
});
