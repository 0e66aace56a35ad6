import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { matchExternalSuppression, type ExternalSuppression } from './suppressions.js';

const finding = {
  ruleId: 'SM001',
  resource: { id: 'Nb', type: 'AWS::SageMaker::NotebookInstance', kind: 'NotebookInstance', source: 'cloudformation' },
  location: { kind: 'source', file: 'sandbox/nb.yaml', start: { line: 3, column: 1, offset: 0 }, end: { line: 3, column: 1, offset: 0 }, path: [] },
} as unknown as Finding;

const base: ExternalSuppression = { rule: 'SM001', reason: 'sandbox', source: '.sagelint.yml' };
const today = new Date('2026-11-26T12:00:00Z');

describe('matchExternalSuppression', () => {
  it.each([
    ['rule only', base, true],
    ['another rule', { ...base, rule: 'SM002' }, false],
    ['every rule', { ...base, rule: '*' }, true],
    ['matching path glob', { ...base, path: 'sandbox/**' }, true],
    ['other path', { ...base, path: 'prod/**' }, false],
    ['matching resource', { ...base, resource: 'Nb' }, true],
    ['other resource', { ...base, resource: 'Other' }, false],
    ['not yet expired', { ...base, expires: '2026-11-27' }, true],
  ])('%s', (_name, suppression, applies) => {
    expect(Boolean(matchExternalSuppression(finding, [suppression], today).suppression)).toBe(applies);
  });

  it('reports the finding again once the suppression expires, and says so', () => {
    const match = matchExternalSuppression(finding, [{ ...base, expires: '2026-11-26' }], today);
    expect(match.suppression).toBeUndefined();
    expect(match.expired?.message).toMatch(/expired on 2026-11-26; the finding is reported again/);
  });

  it('carries the reason as the justification', () => {
    expect(matchExternalSuppression(finding, [base], today).suppression).toEqual({ kind: 'external', justification: 'sandbox', source: '.sagelint.yml' });
  });
});
