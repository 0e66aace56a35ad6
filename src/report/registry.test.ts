import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../core/finding.js';
import { makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { formatOfFile, OUTPUT_FORMATS, renderedText, reportFileName, REPORTERS, type RenderOptions } from './registry.js';

/** ANSI colors start with it. */
const ESCAPE = '\u001b[';

const OPTIONS: RenderOptions = { failOn: 'low', color: false, quiet: false, asff: { account: '123456789012', region: 'eu-west-1', timestamp: '2026-01-02T03:04:05.000Z' } };

let scan: ScanResult;
let removeScanRoot: () => void;
beforeAll(() => {
  const scanRoot = makeScanRoot();
  removeScanRoot = scanRoot.remove;
  scan = sampleScan(scanRoot.root);
});
afterAll(() => removeScanRoot());

describe('the reporter registry', () => {
  it('lists the formats in the order --help gives them', () => {
    expect(OUTPUT_FORMATS).toEqual(['text', 'json', 'sarif', 'markdown', 'github', 'html', 'csv', 'asff', 'ocsf']);
  });

  it('names each --output-dir report after its format, no two alike', () => {
    expect(OUTPUT_FORMATS.map(reportFileName)).toEqual([
      'sagelint.txt',
      'sagelint.json',
      'sagelint.sarif',
      'sagelint.md',
      'sagelint.github.txt',
      'sagelint.html',
      'sagelint.csv',
      'sagelint.asff.json',
      'sagelint.ocsf.json',
    ]);
  });

  it('gives every file ending in lower case with its dot', () => {
    for (const format of OUTPUT_FORMATS) for (const extension of REPORTERS[format].extensions) expect(extension).toMatch(/^\.[a-z.]+$/);
  });

  it('reads the format from a file name by its longest ending, in any case', () => {
    const of = (file: string) => formatOfFile(file, OUTPUT_FORMATS);
    expect(of('out/report.json')).toBe('json');
    expect(of('report.asff.json')).toBe('asff');
    expect(of('REPORT.OCSF.JSON')).toBe('ocsf');
    expect(of('report.sarif.json')).toBe('json');
    expect(of('report.SARIF')).toBe('sarif');
    expect(of('report.htm')).toBe('html');
    expect(of('report.md')).toBe('markdown');
    expect(of('report.csv')).toBe('csv');
    expect(of('report')).toBeUndefined();
    expect(of('notes.sarif.bak')).toBeUndefined();
  });

  it('never reads plain text formats from a .txt name, which says nothing of its content', () => {
    expect(formatOfFile('report.txt', OUTPUT_FORMATS)).toBeUndefined();
    expect(formatOfFile('report.github.txt', OUTPUT_FORMATS)).toBeUndefined();
  });

  it('reads a file name among the formats a command writes only', () => {
    expect(formatOfFile('merged.asff.json', ['json', 'sarif', 'markdown'])).toBe('json');
    expect(formatOfFile('merged.html', ['json', 'sarif', 'markdown'])).toBeUndefined();
    expect(formatOfFile(undefined, OUTPUT_FORMATS)).toBeUndefined();
  });

  it.each(OUTPUT_FORMATS)('renders %s through the one signature', async (format) => {
    const text = await renderedText(format, scan, RULES, OPTIONS);
    expect(text).toMatch(/\n$/);
    if (['json', 'sarif', 'asff', 'ocsf'].includes(format)) expect(() => JSON.parse(text)).not.toThrow();
    // Every format that lists findings names the scan's (SM001, on the notebook).
    if (format !== 'github') expect(text).toContain('SM001');
  });

  it('passes each format the options it takes', async () => {
    const sarif = JSON.parse(await renderedText('sarif', scan, RULES, { ...OPTIONS, category: 'iac' })) as { runs: { automationDetails?: { id: string } }[] };
    expect(sarif.runs[0]!.automationDetails).toEqual({ id: 'iac/' });
    const asff = JSON.parse(await renderedText('asff', scan, RULES, OPTIONS)) as { AwsAccountId: string; CreatedAt: string }[];
    expect(asff.every((f) => f.CreatedAt === OPTIONS.asff!.timestamp)).toBe(true);
    expect(asff.map((f) => f.AwsAccountId)).toContain('123456789012');
    const ocsf = JSON.parse(await renderedText('ocsf', scan, RULES, OPTIONS)) as { time: number }[];
    expect(ocsf[0]!.time).toBe(Date.parse(OPTIONS.asff!.timestamp));
    const quiet = await renderedText('text', scan, RULES, { ...OPTIONS, quiet: true, failOn: 'high' });
    expect(quiet).toMatch(/below high not shown/);
    expect(quiet).not.toContain(ESCAPE);
    expect(await renderedText('text', scan, RULES, { ...OPTIONS, color: true })).toContain(ESCAPE);
  });

  it('refuses ASFF for findings in files without an account and region, and nothing else', async () => {
    const refusal = (options: RenderOptions) => REPORTERS.asff.refusal(scan, options);
    expect(await refusal({ ...OPTIONS, asff: { timestamp: OPTIONS.asff!.timestamp } })).toMatch(/--asff-account and --asff-region/);
    expect(await refusal(OPTIONS)).toBeUndefined();
    const live = { ...scan, findings: scan.findings.filter((f) => f.location.kind === 'live') };
    expect(await REPORTERS.asff.refusal(live, { ...OPTIONS, asff: undefined })).toBeUndefined();
    expect(OUTPUT_FORMATS.filter((format) => 'refusal' in REPORTERS[format])).toEqual(['asff']);
  });
});
