/**
 * A service is judged not offered in a region only on proof: its standard
 * endpoint's name does not exist there, while DNS and the network answer for
 * another service in the region and for the same service elsewhere. Every
 * other failure stays a gap.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ListWorkgroupsCommand, RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageGap } from '../../core/coverage.js';
import { createAuditClient, standardHostname } from './clients.js';
import { Limiter } from './limit.js';
import { attemptOutcome, describeNotOffered, EndpointEvidence, environmentProxy, type EndpointAttempt } from './offered.js';

const missing = (hostname: string): EndpointAttempt => ({ hostname, standard: true, outcome: 'name-not-found' });
const answered = (hostname: string): EndpointAttempt => ({ hostname, standard: true, outcome: 'answered' });
const SERVERLESS_ME = 'redshift-serverless.me-south-1.amazonaws.com';

/** The evidence of an all-regions run where Redshift Serverless has no endpoint in me-south-1. */
function allRegionsRun(proxied = false): EndpointEvidence {
  const evidence = new EndpointEvidence(proxied);
  evidence.note('me-south-1', 'redshift-serverless', missing(SERVERLESS_ME));
  evidence.note('me-south-1', 'redshift-serverless', missing(SERVERLESS_ME));
  evidence.note('me-south-1', 'sagemaker', answered('api.sagemaker.me-south-1.amazonaws.com'));
  evidence.note('us-east-1', 'redshift-serverless', answered('redshift-serverless.us-east-1.amazonaws.com'));
  return evidence;
}

const gap = (over: Partial<CoverageGap>): CoverageGap => ({
  account: '123456789012',
  region: 'me-south-1',
  service: 'redshift-serverless',
  operation: 'ListWorkgroups',
  error: `Error: getaddrinfo ENOTFOUND ${SERVERLESS_ME}`,
  reason: 'region-unavailable',
  rulesAffected: ['RS020'],
  ...over,
});

describe('attemptOutcome', () => {
  const dnsError = (code: string, hostname: string) => Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, syscall: 'getaddrinfo', hostname });

  it('a name that does not exist, for the name the request went to', () => {
    expect(attemptOutcome(dnsError('ENOTFOUND', SERVERLESS_ME), SERVERLESS_ME)).toBe('name-not-found');
    // A proxy's own name not resolving says nothing of the service's.
    expect(attemptOutcome(dnsError('ENOTFOUND', 'proxy.corp.example'), SERVERLESS_ME)).toBe('failed');
  });

  it('an AWS answer, whatever it says', () => {
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(attemptOutcome(denied, 'x')).toBe('answered');
  });

  it.each([
    ['a resolver that cannot answer now', dnsError('EAI_AGAIN', SERVERLESS_ME)],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', syscall: 'connect' })],
    ['a timeout', Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ETIMEDOUT' })],
    ['a body that is not an AWS response', Object.assign(new SyntaxError('Unexpected token'), { $metadata: { httpStatusCode: 502 }, $response: {} })],
    ['something thrown that is not an error', 'boom'],
  ])('any other failure: %s', (_what, err) => {
    expect(attemptOutcome(err, SERVERLESS_ME)).toBe('failed');
  });
});

describe('environmentProxy', () => {
  it('sees a proxy in any of the usual variables, in any case', () => {
    expect(environmentProxy({ HTTPS_PROXY: 'http://proxy:3128' })).toBe(true);
    expect(environmentProxy({ http_proxy: 'http://proxy:3128' })).toBe(true);
    expect(environmentProxy({ ALL_PROXY: 'socks5://proxy:1080' })).toBe(true);
    expect(environmentProxy({ HTTPS_PROXY: ' ', NO_PROXY: '*', PATH: '/bin' })).toBe(false);
  });
});

describe('EndpointEvidence', () => {
  it('proves a service not offered, naming the evidence', () => {
    const proof = allRegionsRun().notOffered('me-south-1', 'redshift-serverless');
    expect(proof).toEqual({ region: 'me-south-1', service: 'redshift-serverless', endpoint: SERVERLESS_ME, regionAnsweredBy: 'sagemaker', serviceAnsweredIn: 'us-east-1' });
    expect(describeNotOffered(proof!)).toBe(
      `Not offered: redshift-serverless is not offered in me-south-1 — the DNS name of its endpoint, ${SERVERLESS_ME}, does not exist, ` +
        'while sagemaker answered in me-south-1 and redshift-serverless answered in us-east-1; there is nothing of it to read there, and this is no coverage gap.',
    );
  });

  it('doubts it when a proxy is configured', () => {
    expect(allRegionsRun(true).notOffered('me-south-1', 'redshift-serverless')).toBeUndefined();
  });

  it('doubts it when no other service answered in the region (no network, or no DNS)', () => {
    const evidence = new EndpointEvidence(false);
    evidence.note('me-south-1', 'redshift-serverless', missing(SERVERLESS_ME));
    evidence.note('me-south-1', 'sagemaker', missing('api.sagemaker.me-south-1.amazonaws.com'));
    evidence.note('us-east-1', 'redshift-serverless', answered('redshift-serverless.us-east-1.amazonaws.com'));
    expect(evidence.notOffered('me-south-1', 'redshift-serverless')).toBeUndefined();
  });

  it('doubts it when the service answered in no other region (its names may be blocked)', () => {
    const evidence = new EndpointEvidence(false);
    evidence.note('me-south-1', 'redshift-serverless', missing(SERVERLESS_ME));
    evidence.note('me-south-1', 'sagemaker', answered('api.sagemaker.me-south-1.amazonaws.com'));
    evidence.note('us-east-1', 'redshift-serverless', missing('redshift-serverless.us-east-1.amazonaws.com'));
    expect(evidence.notOffered('me-south-1', 'redshift-serverless')).toBeUndefined();
  });

  it.each<[string, EndpointAttempt]>([
    ['one attempt failed otherwise (EAI_AGAIN, a timeout, a refused connection)', { hostname: SERVERLESS_ME, standard: true, outcome: 'failed' }],
    ['the service answered in the region once', answered(SERVERLESS_ME)],
    ['an attempt went to a custom endpoint', { hostname: 'serverless.invalid', standard: false, outcome: 'name-not-found' }],
    ['an answer came from a custom endpoint', { hostname: 'localhost', standard: false, outcome: 'answered' }],
    ['another name of the service did not resolve', missing('redshift-serverless-fips.me-south-1.amazonaws.com')],
  ])('doubts it when %s', (_what, attempt) => {
    const evidence = allRegionsRun();
    evidence.note('me-south-1', 'redshift-serverless', attempt);
    expect(evidence.notOffered('me-south-1', 'redshift-serverless')).toBeUndefined();
  });

  it('takes no answer from a custom endpoint as a witness', () => {
    const evidence = new EndpointEvidence(false);
    evidence.note('me-south-1', 'redshift-serverless', missing(SERVERLESS_ME));
    evidence.note('me-south-1', 'sagemaker', { hostname: '127.0.0.1', standard: false, outcome: 'answered' });
    evidence.note('us-east-1', 'redshift-serverless', answered('redshift-serverless.us-east-1.amazonaws.com'));
    expect(evidence.notOffered('me-south-1', 'redshift-serverless')).toBeUndefined();
  });

  it('settles the unreachable-region gaps of a service not offered, once per region and service, and keeps every other gap', () => {
    const other = [
      gap({ account: '111111111111', operation: 'ListWorkgroups' }),
      gap({ region: 'me-south-1', service: 'sagemaker', operation: 'ListModels', error: 'AccessDenied: no', reason: 'access-denied' }),
      gap({ operation: '*', error: 'TypeError: x', reason: 'error' }),
      gap({ region: 'us-east-1', error: 'TimeoutError: socket hang up', reason: 'timeout' }),
    ];
    const { gaps, notOffered } = allRegionsRun().settle([gap({}), ...other]);
    expect(gaps).toEqual(other.slice(1));
    expect(notOffered.map((n) => [n.region, n.service])).toEqual([['me-south-1', 'redshift-serverless']]);
    expect(new EndpointEvidence(false).settle([gap({})])).toEqual({ gaps: [gap({})], notOffered: [] });
  });
});

/** The SDK's endpoint rules, replaced: the client's standard endpoint is `url`. */
function withStandardEndpoint(url: string) {
  return class extends RedshiftServerlessClient {
    constructor(config: ConstructorParameters<typeof RedshiftServerlessClient>[0] = {}) {
      super({ ...config, endpointProvider: ({ Endpoint }) => ({ url: new URL(Endpoint ?? url) }) });
    }
  };
}

describe('audit clients report what each attempt showed of its endpoint', () => {
  let server: Server;
  let local: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end('{"workgroups":[]}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    local = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function attemptsOf(Client: ReturnType<typeof withStandardEndpoint>, endpoint?: string): Promise<EndpointAttempt[]> {
    const attempts: EndpointAttempt[] = [];
    const client = createAuditClient(Client, {
      region: 'me-south-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      ...(endpoint ? { endpoint } : {}),
      maxAttempts: 2,
      requestTimeoutMs: 5_000,
      connectionTimeoutMs: 5_000,
      limiter: new Limiter(1),
      onAttempt: (attempt) => attempts.push(attempt),
    });
    await client.send(new ListWorkgroupsCommand({})).catch(() => undefined);
    client.destroy();
    return attempts;
  }

  it('a standard endpoint whose name does not exist, on every attempt', async () => {
    // `.invalid` never resolves (RFC 2606).
    expect(await attemptsOf(withStandardEndpoint('https://redshift-serverless.me-south-1.invalid'))).toEqual([
      { hostname: 'redshift-serverless.me-south-1.invalid', standard: true, outcome: 'name-not-found' },
      { hostname: 'redshift-serverless.me-south-1.invalid', standard: true, outcome: 'name-not-found' },
    ]);
  });

  it('a standard endpoint that answers', async () => {
    expect(await attemptsOf(withStandardEndpoint(local))).toEqual([{ hostname: 'localhost', standard: true, outcome: 'answered' }]);
  });

  it('a custom endpoint, answering or not, is not the standard one', async () => {
    const Client = withStandardEndpoint(local);
    expect(await attemptsOf(Client, 'https://custom.invalid')).toEqual([
      { hostname: 'custom.invalid', standard: false, outcome: 'name-not-found' },
      { hostname: 'custom.invalid', standard: false, outcome: 'name-not-found' },
    ]);
    expect(await attemptsOf(withStandardEndpoint('https://redshift-serverless.me-south-1.invalid'), local)).toEqual([{ hostname: 'localhost', standard: false, outcome: 'answered' }]);
  });

  it('by the real endpoint rules, the standard endpoint is the service\'s regional AWS name', () => {
    const client = new RedshiftServerlessClient({ region: 'me-south-1' });
    expect(standardHostname(client, 'me-south-1')).toBe(SERVERLESS_ME);
    client.destroy();
  });
});
