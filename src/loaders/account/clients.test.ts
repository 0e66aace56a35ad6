/**
 * The audit's clients retry what may pass on another attempt, and not an
 * answer saying the endpoint lacks the operation: that answer comes back the
 * same, and its retries would spend the capacity the real faults need.
 */
import { ListFeatureGroupsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { Agent, createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditClient, type CallOutcome } from './clients.js';
import { classifyError } from './coverage.js';
import { Limiter } from './limit.js';

/** What the endpoint answers, by the path the test sends to. */
const ANSWERS: Record<string, { status: number; type: string; body: string }> = {
  // moto's answer to an operation it does not implement: HTML, not an AWS error.
  '/not-implemented': { status: 500, type: 'text/html', body: '<html><body>Internal Server Error</body></html>' },
  // The same page from what answers for AWS's own endpoint name: a proxy, a captive portal.
  '/proxy-page': { status: 500, type: 'text/html', body: '<html><body>Internal Server Error</body></html>' },
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

/** Resolves every name to the local endpoint, so a request to AWS's own name reaches it. */
const toLoopback: LookupFunction = (_hostname, options, callback) =>
  options.all ? (callback as (err: null, addresses: LookupAddress[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

/** A SageMaker client whose requests to AWS's own name for the service (`path` on it) reach the local endpoint. */
function asAwsEndpoint(path: string) {
  return class extends SageMakerClient {
    constructor(config: ConstructorParameters<typeof SageMakerClient>[0] = {}) {
      const aws = () => new URL(`http://sagemaker.us-east-1.amazonaws.com:${new URL(endpoint).port}${path}`);
      super({ ...config, endpointProvider: ({ Endpoint }) => ({ url: Endpoint ? new URL(Endpoint) : aws() }), requestHandler: { ...(config.requestHandler as object), httpAgent: new Agent({ lookup: toLoopback }) } });
    }
  };
}

/** A call through `path` of the local endpoint, given as a custom endpoint, or as the standard one when `Client` says so. */
async function callThrough(path: string, Client: typeof SageMakerClient = SageMakerClient): Promise<{ error: unknown; outcome: CallOutcome | undefined }> {
  let outcome: CallOutcome | undefined;
  const client = createAuditClient(Client, {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    ...(Client === SageMakerClient ? { endpoint: `${endpoint}${path}` } : {}),
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

  it("take a body that is not an AWS response from AWS's own endpoint name for a failed read, not a missing operation", async () => {
    const { error } = await callThrough('/proxy-page', asAwsEndpoint('/proxy-page'));
    expect(classifyError(error)).toEqual({ reason: 'error', error: 'the endpoint answered HTTP 500 with a body that is not an AWS API response' });
    expect(requests['/proxy-page']).toBe(3);
  }, 30_000);

  it('retry an endpoint that is unavailable, up to the attempts allowed', async () => {
    const { error, outcome } = await callThrough('/unavailable');
    expect(classifyError(error).reason).toBe('throttled');
    expect(requests['/unavailable']).toBe(3);
    expect(outcome?.attempts).toBe(3);
  }, 30_000);
});
