import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../core/finding.js';
import { makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { CSV_COLUMNS, csvField, csvReportText } from './csv.js';

const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

/** Parsed as strictly as a data tool would: every row as wide as the header, RFC 4180 quoting. */
function rowsOf(result: ScanResult): Record<string, string>[] {
  return parseCsv([...csvReportText(result, RULES)].join(''), { columns: true, relax_column_count: false, bom: false }) as Record<string, string>[];
}

describe('CSV report', () => {
  const result = sampleScan(scanRoot.root);
  const rows = rowsOf(result);

  it('has a header, then one row per finding, load error and note', () => {
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.filter((r) => r.record === 'finding')).toHaveLength(result.findings.length);
    expect(rows.filter((r) => r.record === 'error')).toHaveLength(result.errors.length);
    expect(rows.filter((r) => r.record === 'note')).toHaveLength(result.notes.length);
    expect(rows).toHaveLength(result.findings.length + result.errors.length + result.notes.length);
  });

  it('places a source finding at its file, line and column, and a live one at its account, region and ARN', () => {
    const source = rows.find((r) => r.rule_id === 'SM001' && r.file !== '')!;
    expect(source).toMatchObject({ severity: 'high', state: 'active', resource_type: 'AWS::SageMaker::NotebookInstance', file: 'templates/notebook.yaml', account: '', arn: '' });
    expect(Number(source.line)).toBeGreaterThan(0);
    expect(source.compliance).toContain('security-hub/SageMaker.1');
    expect(source.help_uri).toMatch(/docs\/rules\/SM001\.md$/);
    const live = rows.find((r) => r.rule_id === 'SM001' && r.file === '')!;
    expect(live).toMatchObject({ account: '123456789012', region: 'us-east-1', arn: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research', line: '' });
  });

  it('says which findings are suppressed', () => {
    expect(rows.filter((r) => r.state === 'suppressed').map((r) => r.rule_id).sort()).toEqual(['SM003', 'SM033']);
  });

  it('keeps text from the scanned files in one field of one line, never as a formula or a workflow command', () => {
    const hostile = { ...result, findings: [], notes: [], errors: [{ file: '=HYPERLINK("http://x","a, b")\r\nrecord', line: 1, message: '@SUM(1)\n::error::forged ##[stop-commands]\u001b[2J' }] };
    const text = [...csvReportText(hostile, RULES)].join('');
    expect(text.split('\r\n')).toHaveLength(3);
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.toMatch(/^::|##\[|\u001b/m);
    const [row, ...rest] = rowsOf(hostile);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ record: 'error', file: `'=HYPERLINK("http://x","a, b")␍␊record`, message: `'@SUM(1)␊::error::forged ##［stop-commands]␛[2J` });
  });
});

describe('csvField', () => {
  it.each([
    [undefined, ''],
    [12, '12'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['line\nbreak', 'line␊break'],
    ['\r=1', '␍=1'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
