import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createValidator, type SchemaCheck } from '../../test/helpers/json-schema.js';
import { FINDINGS, makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { parsedReport, reportText } from '../../test/helpers/report-text.js';
import { jsonReportText, type JsonReport } from './json.js';

const schema = JSON.parse(readFileSync(new URL('./json-report.schema.json', import.meta.url), 'utf8')) as object;
const validate: (data: unknown) => SchemaCheck = createValidator(schema, { strict: true });

let root: string;
let remove: () => void;
let report: JsonReport;
beforeAll(() => {
  ({ root, remove } = makeScanRoot());
  report = parsedReport(jsonReportText(sampleScan(root), RULES, { toolVersion: '1.2.3' }));
});
afterAll(() => remove());

describe('jsonReportText', () => {
  it('is written in pieces as JSON.stringify writes the whole report', () => {
    const text = reportText(jsonReportText(sampleScan(root), RULES, { toolVersion: '1.2.3' }));
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('is valid against its published schema', () => {
    expect(validate(report)).toEqual({ valid: true, errors: [] });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('names its schema version, the tool and the scan root', () => {
    expect(report).toMatchObject({
      schemaVersion: '1.3',
      tool: { name: 'sagelint', version: '1.2.3', informationUri: 'https://github.com/sagelint/sagelint' },
      root,
    });
  });

  it('counts active findings by severity, suppressed ones, errors and notes', () => {
    expect(report.stats).toEqual({
      active: 5,
      suppressed: 2,
      unchanged: 0,
      absent: 0,
      bySeverity: { critical: 1, high: 2, medium: 1, low: 1 },
      errors: 2,
      notes: 2,
      files: 4,
      resources: 9,
    });
  });

  it('lists every finding, suppressed ones marked', () => {
    expect(report.findings.map((f) => [f.ruleId, f.suppressed])).toEqual(FINDINGS.map((f) => [f.ruleId, f.suppression !== undefined]));
    expect(report.findings[1]).toMatchObject({
      suppressed: true,
      suppression: { kind: 'inSource', justification: 'Data scientists install system packages', source: 'templates/notebook.yaml:3' },
    });
    expect(report.findings[0]).not.toHaveProperty('suppression');
  });

  it('keeps source and live locations, fixes and resource identity', () => {
    const [first] = report.findings;
    expect(first).toEqual({ ...FINDINGS[0], suppressed: false });
    expect(report.findings[5]!.location).toEqual({
      kind: 'live',
      arn: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research',
      partition: 'aws',
      account: '123456789012',
      region: 'us-east-1',
      path: ['DirectInternetAccess'],
    });
  });

  it('lists the rules that ran with their documentation link', () => {
    expect(report.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(report.rules[0]).toEqual({
      id: 'SM001',
      name: 'notebook-direct-internet',
      severity: 'high',
      fixable: true,
      tags: ['sagemaker', 'network'],
      compliance: ['security-hub/SageMaker.1', 'checkov/CKV_AWS_122'],
      appliesTo: ['NotebookInstance'],
      summary: 'The notebook instance has direct internet access.',
      helpUri: 'https://github.com/sagelint/sagelint/blob/main/docs/rules/SM001.md',
    });
  });

  it('carries load errors and notes with their optional positions', () => {
    expect(report.errors).toEqual(sampleScan(root).errors);
    expect(report.notes).toEqual(sampleScan(root).notes);
  });

  it('copies only documented fields, whatever else a finding carries', () => {
    const extra = { ...FINDINGS[3]!, internal: 'not for output' };
    const scan = { ...sampleScan(root), findings: [extra] };
    expect(validate(parsedReport(jsonReportText(scan, RULES, { toolVersion: '1' })))).toEqual({ valid: true, errors: [] });
  });

  it('matches the example in docs/json-format.md', () => {
    const doc = readFileSync(new URL('../../docs/json-format.md', import.meta.url), 'utf8');
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].at(-1)![1]!;
    expect(validate(JSON.parse(example))).toEqual({ valid: true, errors: [] });
  });

  it.each([
    ['a suppressed finding without its suppression', (r: JsonReport) => delete r.findings[1]!.suppression],
    ['an unknown severity', (r: JsonReport) => Object.assign(r.findings[0]!, { severity: 'severe' })],
    ['a line 0', (r: JsonReport) => Object.assign(r.errors[0]!, { line: 0 })],
    ['an undocumented field', (r: JsonReport) => Object.assign(r.stats, { extra: 1 })],
  ])('has a schema that rejects %s', (_name, breakIt) => {
    const broken = structuredClone(report);
    breakIt(broken);
    expect(validate(broken).valid).toBe(false);
  });
});
