import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type * as sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../core/finding.js';
import { AUDIT_SERVICES, type CoverageGap } from '../core/coverage.js';
import { createValidator } from '../../test/helpers/json-schema.js';
import { makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { csvReportText } from './csv.js';
import { parsedReport } from '../../test/helpers/report-text.js';
import { jsonReportText, type JsonReport } from './json.js';
import { renderMarkdown } from './markdown.js';
import { sarifReportText } from './sarif.js';
import { renderText } from './text.js';

const validate = createValidator(JSON.parse(readFileSync(new URL('./json-report.schema.json', import.meta.url), 'utf8')) as object, { strict: true });
const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

const GAP: CoverageGap = {
  account: '123456789012',
  region: 'us-east-1',
  service: 'redshift',
  operation: 'DescribeClusters',
  error: 'AccessDenied: no',
  reason: 'access-denied',
  rulesAffected: ['RS001'],
};

function incompleteScan(): ScanResult {
  return { ...sampleScan(scanRoot.root), incomplete: { summary: '1 coverage gap (1 hide a whole account, region or service)', gaps: [GAP] } };
}

describe('an incomplete audit in every format', () => {
  it('text ends with an INCOMPLETE line, quiet or not', () => {
    for (const quiet of [false, true]) {
      const text = renderText(incompleteScan(), RULES, { color: false, quiet });
      expect(text.trimEnd().split('\n').at(-1)).toBe('INCOMPLETE: 1 coverage gap (1 hide a whole account, region or service)');
    }
    expect(renderText(sampleScan(scanRoot.root), RULES, { color: false })).not.toMatch(/INCOMPLETE/);
  });

  it('markdown opens with it', () => {
    expect(renderMarkdown(incompleteScan(), RULES).split('\n')[2]).toBe('> ⚠️ **INCOMPLETE: 1 coverage gap (1 hide a whole account, region or service)**');
    expect(renderMarkdown(sampleScan(scanRoot.root), RULES)).not.toMatch(/INCOMPLETE/);
  });

  it('JSON says incomplete: true with the gaps, and validates', () => {
    const report = parsedReport<JsonReport>(jsonReportText(incompleteScan(), RULES));
    expect(report.incomplete).toBe(true);
    expect(report.gaps).toEqual([GAP]);
    expect(validate(report)).toEqual({ valid: true, errors: [] });
    const complete = parsedReport<JsonReport>(jsonReportText(sampleScan(scanRoot.root), RULES));
    expect('incomplete' in complete || 'gaps' in complete).toBe(false);
    expect(validate({ ...complete, incomplete: true })).toMatchObject({ valid: false });
  });

  it('JSON validates with a gap of every service an audit calls', () => {
    const gaps = AUDIT_SERVICES.map((service) => ({ ...GAP, service }));
    const report = parsedReport<JsonReport>(jsonReportText({ ...incompleteScan(), incomplete: { summary: 'gaps', gaps } }, RULES));
    expect(validate(report)).toEqual({ valid: true, errors: [] });
  });

  it('SARIF marks the invocation unsuccessful with an error notification', () => {
    const [invocation] = parsedReport<sarif.Log>(sarifReportText(incompleteScan(), RULES)).runs[0]!.invocations!;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications![0]).toEqual({ level: 'error', message: { text: 'INCOMPLETE: 1 coverage gap (1 hide a whole account, region or service).' } });
  });

  it('CSV opens with an incomplete row, and lists each gap as a row', () => {
    const rows = parseCsv([...csvReportText(incompleteScan(), RULES)].join(''), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ record: 'incomplete', message: 'INCOMPLETE: 1 coverage gap (1 hide a whole account, region or service)' });
    expect(rows.at(-1)).toMatchObject({ record: 'gap', account: '123456789012', region: 'us-east-1', message: 'redshift:DescribeClusters: access-denied (AccessDenied: no); rules affected: RS001' });
    expect([...csvReportText(sampleScan(scanRoot.root), RULES)].join('')).not.toMatch(/INCOMPLETE|^gap,/m);
  });
});
