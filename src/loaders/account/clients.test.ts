/**
 * The audit's clients retry what may pass on another attempt, and not an
 * answer saying the endpoint lacks the operation: that answer comes back the
 * same, and its retries would spend the capacity the real faults need.
 */
import { ListFeatureGroupsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditClient, type CallOutcome } from './clients.js';
import { classifyError } from './coverage.js';
import { Limiter } from './limit.js';

/** What the endpoint answers, by the path the test sends to. */
const ANSWERS: Record<string, { status: number; type: string; body: string }> = {
  // moto's answer to an operation it does not implement: HTML, not an AWS error.
  '/not-implemented': { status: 500, type: 'text/html', body: '<html><body>Internal Server Error</body></html>' },
  '/unavailable': { status: 503, type: 'application/x-amz-json-1.1', body: '{"__type":"ServiceUnavailable","message":"try again"}' },
};

let server: Server;
let endpoint: string;
const requests: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = Object.keys(ANSWERS).find((prefix) => req.url?.startsWith(prefix)) ?? '/unavailable';
      const answer = ANSWERS[path]!;
      requests[path] = (requests[path] ?? 0) + 1;
      res.writeHead(answer.status, { 'content-type': answer.type });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function callThrough(path: string): Promise<{ error: unknown; outcome: CallOutcome | undefined }> {
  let outcome: CallOutcome | undefined;
  const client = createAuditClient(SageMakerClient, {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    endpoint: `${endpoint}${path}`,
    maxAttempts: 3,
    requestTimeoutMs: 5_000,
    connectionTimeoutMs: 5_000,
    limiter: new Limiter(1),
    onCall: (call) => (outcome = call),
  });
  try {
    await client.send(new ListFeatureGroupsCommand({}));
    return { error: undefined, outcome };
  } catch (error) {
    return { error, outcome };
  } finally {
    client.destroy();
  }
}

describe('audit clients', () => {
  it('do not retry an operation the endpoint does not implement', async () => {
    const { error, outcome } = await callThrough('/not-implemented');
    expect(classifyError(error).reason).toBe('unsupported');
    expect(requests['/not-implemented']).toBe(1);
    expect(outcome).toEqual({ attempts: 1, throttlesRetried: 0, ok: false });
  });

  it('retry an endpoint that is unavailable, up to the attempts allowed', async () => {
    const { error, outcome } = await callThrough('/unavailable');
    expect(classifyError(error).reason).toBe('throttled');
    expect(requests['/unavailable']).toBe(3);
    expect(outcome?.attempts).toBe(3);
  }, 30_000);
});
