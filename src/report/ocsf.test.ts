import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../core/finding.js';
import { createValidator } from '../../test/helpers/json-schema.js';
import { FINDINGS, makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { ocsfReportText, OCSF_VERSION } from './ocsf.js';
import { toolVersion } from './tool.js';

const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

const SCHEMA = JSON.parse(readFileSync(new URL('../../test/helpers/ocsf-detection-finding.schema.json', import.meta.url), 'utf8')) as { $id: string };
const validate = createValidator(SCHEMA, { strict: true });
const TIMESTAMP = '2026-12-07T00:00:00.000Z';

type Event = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function eventsOf(result: ScanResult): Event[] {
  return JSON.parse([...ocsfReportText(result, RULES, { timestamp: TIMESTAMP })].join('')) as Event[];
}

describe('OCSF report', () => {
  const result = sampleScan(scanRoot.root);
  const events = eventsOf(result);

  it('is one Detection Finding per finding, each valid against the OCSF schema of its version', () => {
    expect(SCHEMA.$id).toContain(`/${OCSF_VERSION}/`);
    expect(events).toHaveLength(result.findings.length);
    for (const event of events) expect(validate(event).errors, event.finding_info.uid).toEqual([]);
    for (const event of events) {
      expect(event).toMatchObject({ class_uid: 2004, category_uid: 2, activity_id: 1, type_uid: 200401, time: Date.parse(TIMESTAMP) });
      expect(event.metadata).toMatchObject({ version: OCSF_VERSION, product: { name: 'sagelint', vendor_name: 'sagelint', version: toolVersion() } });
    }
  });

  it('the schema refuses what OCSF refuses', () => {
    const [valid] = events;
    const { finding_info: _info, ...withoutInfo } = valid!;
    expect(validate(withoutInfo).errors).toEqual(["/ must have required property 'finding_info'"]);
    expect(validate({ ...valid, compliance: {} }).valid).toBe(false);
    expect(validate({ ...valid, severity_id: 7 }).valid).toBe(false);
    expect(validate({ ...valid, time: TIMESTAMP }).valid).toBe(false);
    expect(validate({ ...valid, metadata: { ...valid!.metadata, profiles: ['cloud'] } }).errors).toContain("/ must have required property 'cloud'");
  });

  it('has the fingerprint as its stable uid, the rule as its analytic, and its severity and confidence', () => {
    expect(events.map((e) => e.finding_info.uid)).toEqual(FINDINGS.map((f) => f.fingerprint));
    const notebook = events[0]!;
    expect(notebook).toMatchObject({
      severity_id: 4,
      severity: 'High',
      confidence_id: 3,
      status_id: 1,
      status: 'New',
      message: FINDINGS[0]!.message,
      finding_info: {
        title: 'SM001 The notebook instance has direct internet access.',
        desc: FINDINGS[0]!.message,
        types: ['Software and Configuration Checks/AWS Security Best Practices'],
        analytic: { uid: 'SM001', name: 'notebook-direct-internet', type_id: 1, type: 'Rule' },
      },
      remediation: { desc: 'Set DirectInternetAccess to Disabled and attach the notebook to a subnet' },
      unmapped: { compliance: { 'Security Hub': ['SageMaker.1'], checkov: ['CKV_AWS_122'] } },
    });
    expect(notebook.remediation.references).toEqual([expect.stringMatching(/docs\/rules\/SM001\.md$/)]);
    expect(Object.fromEntries(events.map((e) => [FINDINGS.find((f) => f.fingerprint === e.finding_info.uid)!.severity, e.severity_id]))).toMatchObject({ high: 4, medium: 3, low: 2 });
  });

  it('names a finding in a template by file and resource, with no cloud', () => {
    const source = events[0]!;
    expect(source.cloud).toBeUndefined();
    expect(source.metadata.profiles).toBeUndefined();
    expect(source.resources).toEqual([
      {
        uid: 'templates/notebook.yaml/Notebook',
        name: 'MlStack/Notebook',
        type: 'AWS::SageMaker::NotebookInstance',
        data: { file: 'templates/notebook.yaml', line: expect.any(Number), column: expect.any(Number), resource_id: 'Notebook', source: 'cloudformation' },
      },
    ]);
  });

  it('puts a live finding in its account and region under the cloud profile', () => {
    const live = events.find((e) => e.finding_info.uid === 'cafe000000000001')!;
    expect(live.metadata.profiles).toEqual(['cloud']);
    expect(live.cloud).toEqual({ provider: 'AWS', region: 'us-east-1', account: { uid: '123456789012', type_id: 10, type: 'AWS Account' } });
    expect(live.resources[0]).toMatchObject({ uid: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research', cloud_partition: 'aws', region: 'us-east-1' });
    const role: Finding = {
      ...FINDINGS[0]!,
      resource: { id: 'arn:aws:iam::123456789012:role/ml', type: 'Role', kind: 'IamRole', source: 'live' },
      location: { kind: 'live', arn: 'arn:aws:iam::123456789012:role/ml', partition: 'aws', account: '123456789012', region: 'global', path: [] },
    };
    const [global] = eventsOf({ ...result, findings: [role] });
    expect(global!.cloud).toEqual({ provider: 'AWS', account: { uid: '123456789012', type_id: 10, type: 'AWS Account' } });
    expect(validate(global).errors).toEqual([]);
  });

  it('marks suppressed and baselined findings Suppressed, with the justification', () => {
    const suppressed = events.filter((e) => e.status_id === 3);
    expect(suppressed.map((e) => e.finding_info.analytic.uid).sort()).toEqual(['SM003', 'SM033']);
    expect(suppressed.every((e) => e.status === 'Suppressed' && e.unmapped.suppression.justification)).toBe(true);
    const [baselined] = eventsOf({ ...result, findings: [{ ...FINDINGS[0]!, baselineState: 'unchanged' }] });
    expect(baselined).toMatchObject({ status_id: 3, unmapped: { baseline_state: 'unchanged' } });
  });

  it('marks every finding of an incomplete audit', () => {
    const marked = eventsOf({ ...result, incomplete: { summary: '1 region could not be read', gaps: [] } });
    expect(marked.map((e) => e.unmapped.incomplete)).toEqual(marked.map(() => 'INCOMPLETE: 1 region could not be read'));
  });

  it('writes text from the scanned files inert, the same text once parsed', () => {
    const message = 'open\u2028##[stop-commands]x\u001b]8;;http://evil\u0007';
    const text = [...ocsfReportText({ ...result, findings: [{ ...FINDINGS[0]!, message }] }, RULES, { timestamp: TIMESTAMP })].join('');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]|##\[/);
    expect((JSON.parse(text) as Event[])[0]!.finding_info.desc).toBe(message);
  });

  it('is an empty array when there are no findings', () => {
    expect(eventsOf({ ...result, findings: [] })).toEqual([]);
  });
});
