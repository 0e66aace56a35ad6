import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../core/finding.js';
import { AwsSecurityFinding$, schemaProblems } from '../../test/helpers/asff-schema.js';
import { FINDINGS, live, RULES } from '../../test/helpers/scan-result.js';
import { asffFindings } from './asff.js';
import { importToSecurityHub, MAX_IMPORT_BATCH } from './security-hub.js';

const LIVE_NOTEBOOK = FINDINGS.find((f) => f.fingerprint === 'cafe000000000001')!;
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

/** The live notebook finding again, on notebook `i` of this account and region. */
function notebookFinding(i: number, account: string, region: string): Finding {
  const arn = `arn:aws:sagemaker:${region}:${account}:notebook-instance/nb-${i}`;
  return { ...LIVE_NOTEBOOK, resource: { ...LIVE_NOTEBOOK.resource, id: arn }, location: live(arn, ['DirectInternetAccess']), fingerprint: `${account}-${region}-${i}` };
}

function asffOf(findings: Finding[]): Record<string, unknown>[] {
  const result: ScanResult = { root: '/', findings, errors: [], notes: [], stats: { files: 0, resources: findings.length } };
  return [...asffFindings(result, RULES, { timestamp: '2026-12-07T00:00:00.000Z', region: 'us-east-1' })];
}

interface ImportRequest {
  path: string;
  /** The region the request was signed for (SigV4 credential scope). */
  region: string;
  service: string;
  findings: { Id: string }[];
}

type Answer = (request: ImportRequest) => { status: number; body: object; headers?: Record<string, string> };
const imported: Answer = (request) => ({ status: 200, body: { FailedCount: 0, SuccessCount: request.findings.length, FailedFindings: [] } });

describe('importToSecurityHub', () => {
  let server: Server;
  let endpoint: string;
  const requests: ImportRequest[] = [];
  let answer: Answer = imported;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization));
        const request = { path: req.url ?? '', region: scope?.[1] ?? '', service: scope?.[2] ?? '', findings: (JSON.parse(body) as { Findings: { Id: string }[] }).Findings };
        requests.push(request);
        const { status, body: out, headers } = answer(request);
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(out));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests.length = 0;
    answer = imported;
  });

  const send = (findings: Record<string, unknown>[]) => importToSecurityHub(findings, { credentials: CREDENTIALS, endpoint, maxAttempts: 1 });

  it('sends every finding once, to its region, in batches of at most 100 that match the SDK model', async () => {
    const findings = asffOf([
      ...Array.from({ length: 230 }, (_, i) => notebookFinding(i, '111122223333', 'us-east-1')),
      ...Array.from({ length: 40 }, (_, i) => notebookFinding(i, '111122223333', 'eu-west-1')),
    ]);
    const outcome = await send(findings);
    expect(outcome).toEqual({ imported: 270, failures: [], batches: 4, destinations: ['111122223333/eu-west-1', '111122223333/us-east-1'] });
    expect(requests.map((r) => r.findings.length).sort((a, b) => a - b)).toEqual([30, 40, 100, 100]);
    for (const request of requests) {
      expect(request).toMatchObject({ path: '/findings/import', service: 'securityhub' });
      expect(request.findings.length).toBeLessThanOrEqual(MAX_IMPORT_BATCH);
      for (const finding of request.findings) {
        expect(schemaProblems(AwsSecurityFinding$, finding), finding.Id).toEqual([]);
        expect((finding as unknown as { ProductArn: string }).ProductArn.split(':')[3]).toBe(request.region);
      }
    }
    const sent = requests.flatMap((r) => r.findings.map((f) => f.Id)).sort();
    expect(sent).toEqual(findings.map((f) => f.Id as string).sort());
  });

  it('names each finding Security Hub rejects, with its error code, and counts only the rest as imported', async () => {
    answer = (request) => {
      const rejected = request.findings.slice(0, 2).map((f) => ({ Id: f.Id, ErrorCode: 'InvalidInput', ErrorMessage: 'Finding is too old' }));
      return { status: 200, body: { FailedCount: 2, SuccessCount: request.findings.length - 2, FailedFindings: rejected } };
    };
    const findings = asffOf(Array.from({ length: 5 }, (_, i) => notebookFinding(i, '111122223333', 'us-east-1')));
    const outcome = await send(findings);
    expect(outcome.imported).toBe(3);
    expect(outcome.failures).toEqual(
      findings.slice(0, 2).map((f) => ({ account: '111122223333', region: 'us-east-1', id: f.Id, code: 'InvalidInput', message: 'Finding is too old' })),
    );
  });

  it('counts every finding of a refused call as not imported, with the error', async () => {
    answer = (request) =>
      request.region === 'eu-west-1'
        ? { status: 403, body: { message: 'Security Hub is not enabled' }, headers: { 'x-amzn-errortype': 'InvalidAccessException' } }
        : imported(request);
    const findings = asffOf([notebookFinding(1, '111122223333', 'us-east-1'), notebookFinding(2, '111122223333', 'eu-west-1'), notebookFinding(3, '111122223333', 'eu-west-1')]);
    const outcome = await send(findings);
    expect(outcome.imported).toBe(1);
    expect(outcome.failures.map((f) => [f.id, f.region, f.code])).toEqual([
      [findings[1]!.Id, 'eu-west-1', 'InvalidAccessException'],
      [findings[2]!.Id, 'eu-west-1', 'InvalidAccessException'],
    ]);
    expect(outcome.failures[0]!.message).toMatch(/Security Hub is not enabled/);
  });

  it('does not take for imported what an answer does not account for', async () => {
    answer = (request) => ({ status: 200, body: { FailedCount: 0, SuccessCount: request.findings.length - 1, FailedFindings: [] } });
    const findings = asffOf(Array.from({ length: 3 }, (_, i) => notebookFinding(i, '111122223333', 'us-east-1')));
    const outcome = await send(findings);
    expect(outcome.imported).toBe(0);
    expect(outcome.failures.map((f) => [f.id, f.code])).toEqual(findings.map((f) => [f.Id, 'NotConfirmed']));
  });

  it('sends nothing when there is nothing to send', async () => {
    expect(await send([])).toEqual({ imported: 0, failures: [], batches: 0, destinations: [] });
    expect(requests).toEqual([]);
  });
});
