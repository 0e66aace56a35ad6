/**
 * A region where a service has no endpoint, against the real SDK clients: the
 * SDK's endpoint rules are replaced so that Redshift Serverless's standard
 * endpoint in me-south-1 is a name that never resolves (`.invalid`), while
 * every other service answers from moto and Redshift Serverless answers in
 * us-east-1 from a local endpoint (moto has no Redshift Serverless API). The
 * audit says the service is not offered there and is complete; any doubt
 * leaves the gap, and the audit fails closed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { incompleteRefusal } from '../../src/pipeline/audit.js';
import { collectAccountState, hidesScope, snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import { RULES } from './audit.js';
import { standardEndpoints } from './endpoint-rules.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto } from './seed.js';

vi.mock('@aws-sdk/client-sts', async (original) => (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'STSClient', 'sts'));
vi.mock('@aws-sdk/client-iam', async (original) => (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'IAMClient', 'iam'));
vi.mock('@aws-sdk/client-ec2', async (original) => (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'EC2Client', 'ec2'));
vi.mock('@aws-sdk/client-sagemaker', async (original) => (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'SageMakerClient', 'sagemaker'));
vi.mock('@aws-sdk/client-redshift', async (original) => (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'RedshiftClient', 'redshift'));
vi.mock('@aws-sdk/client-redshift-serverless', async (original) =>
  (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'RedshiftServerlessClient', 'redshift-serverless'),
);
vi.mock('@aws-sdk/client-resource-groups-tagging-api', async (original) =>
  (await import('./endpoint-rules.js')).withEndpointRules(await original(), 'ResourceGroupsTaggingAPIClient', 'tagging'),
);

const ACCOUNT = SHARED_MOTO_ACCOUNTS.notOffered;
const OFFERED = 'us-east-1';
const NOT_OFFERED = 'me-south-1';
const MISSING_NAME = `redshift-serverless.${NOT_OFFERED}.invalid`;

let moto: string;
let serverless: Server;
let serverlessEndpoint: string;

beforeAll(async () => {
  // Redshift Serverless where it is offered: no workgroups.
  serverless = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"workgroups":[]}');
    });
  });
  await new Promise<void>((resolve) => serverless.listen(0, '127.0.0.1', resolve));
  serverlessEndpoint = `http://localhost:${(serverless.address() as AddressInfo).port}`;
});

afterAll(async () => {
  standardEndpoints.of = undefined;
  await new Promise<void>((resolve) => serverless?.close(() => resolve()));
});

/** Standard endpoints: moto on loopback, Redshift Serverless as above, and `unresolved` services without a name in me-south-1. */
function rules(unresolved: (service: string) => boolean) {
  return (service: string, region: string) => {
    if (region === NOT_OFFERED && unresolved(service)) return `https://${service}.${NOT_OFFERED}.invalid`;
    return service === 'redshift-serverless' ? serverlessEndpoint : moto.replace('127.0.0.1', 'localhost');
  };
}

async function audit(unresolved: (service: string) => boolean): Promise<Snapshot> {
  moto ??= await sharedMoto();
  const credentials = await assumeInto(moto, ACCOUNT);
  standardEndpoints.of = rules(unresolved);
  return collectAccountState({ credentials, homeRegion: OFFERED, regions: [NOT_OFFERED, OFFERED], rules: RULES, maxAttempts: 2 });
}

const where = (snapshot: Snapshot) => snapshot.coverage.filter(hidesScope).map((g) => `${g.region} ${g.service} ${g.reason}`);

describeLive('a region where a service has no endpoint', () => {
  it('is said in a note, with its evidence, and is no gap: the audit is complete', async () => {
    const snapshot = await audit((service) => service === 'redshift-serverless');
    expect(snapshot.notOffered).toEqual([{ region: NOT_OFFERED, service: 'redshift-serverless', endpoint: MISSING_NAME, regionAnsweredBy: 'ec2', serviceAnsweredIn: OFFERED }]);
    expect(where(snapshot)).toEqual([]);
    expect(incompleteRefusal(snapshot, 'fail-closed')).toBeUndefined();
    const notes = snapshotToUnits(snapshot).flatMap((unit) => unit.notes.map((n) => n.message));
    expect(notes).toContain(
      `Not offered: redshift-serverless is not offered in ${NOT_OFFERED} — the DNS name of its endpoint, ${MISSING_NAME}, does not exist, ` +
        `while ec2 answered in ${NOT_OFFERED} and redshift-serverless answered in ${OFFERED}; there is nothing of it to read there, and this is no coverage gap.`,
    );
  });

  it('stays a gap when no service answers in that region: the audit is incomplete', async () => {
    const snapshot = await audit(() => true);
    expect(snapshot.notOffered).toBeUndefined();
    // Unreachable, or timed out (each call then a gap of its own) where the lookups queue on a busy machine: gaps either way.
    const hidden = where(snapshot).filter((gap) => gap.startsWith(NOT_OFFERED));
    expect([...new Set(hidden.map((gap) => gap.split(' ').slice(0, 2).join(' ')))]).toEqual([
      `${NOT_OFFERED} ec2`,
      `${NOT_OFFERED} redshift`,
      `${NOT_OFFERED} redshift-serverless`,
      `${NOT_OFFERED} sagemaker`,
    ]);
    expect(incompleteRefusal(snapshot, 'fail-closed')).toMatch(/incomplete/);
  });

  it('stays a gap when a proxy is configured', async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.invalid:3128');
    try {
      const snapshot = await audit((service) => service === 'redshift-serverless');
      expect(snapshot.notOffered).toBeUndefined();
      expect(where(snapshot)).toEqual([`${NOT_OFFERED} redshift-serverless region-unavailable`]);
      expect(incompleteRefusal(snapshot, 'fail-closed')).toMatch(/incomplete/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
