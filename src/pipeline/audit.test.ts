/**
 * The audit's steps, called directly against a local endpoint that answers
 * who the caller is and refuses every other call: the collectors' failures
 * become coverage gaps, the result says INCOMPLETE, and the gap policy decides
 * whether the run fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/config.js';
import type { CollectOptions, Snapshot } from '../loaders/account/index.js';
import { ALL_RULES } from '../../rules/index.js';
import { auditAccounts, collapseNotes, incompleteness, incompleteRefusal, type AuditOptions } from './audit.js';

const CALLER = [
  '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
  '<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult>',
  '<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>',
  '</GetCallerIdentityResponse>',
].join('');

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (body.includes('Action=GetCallerIdentity')) {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(CALLER);
      } else {
        // Every other call is refused, as IAM refuses an action the caller's policy lacks (in the query protocol Redshift speaks).
        res.writeHead(403, { 'content-type': 'text/xml' });
        res.end('<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized</Message></Error><RequestId>1</RequestId></ErrorResponse>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function collect(extra: Partial<CollectOptions> = {}): CollectOptions {
  return {
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    homeRegion: 'us-east-1',
    regions: ['us-east-1'],
    endpoint,
    maxAttempts: 1,
    requestTimeoutMs: 5_000,
    ...extra,
  };
}

const audit = (options: Partial<AuditOptions> & { collect: CollectOptions }) =>
  auditAccounts({ evaluation: { root: process.cwd(), rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG }, ...options });

describe('auditAccounts', { timeout: 60_000 }, () => {
  it('marks the result incomplete and fails closed when a collector fails', async () => {
    let collected: Snapshot | undefined;
    const outcome = await audit({ collect: collect({ services: ['redshift'] }), onCollected: (snapshot) => void (collected = snapshot) });
    expect(collected).toBe(outcome.snapshot);
    expect(outcome.snapshot.accounts.map((a) => a.accountId)).toEqual(['123456789012']);
    const gaps = outcome.snapshot.coverage;
    expect(gaps.length).toBeGreaterThan(0);
    // The Redshift service of the audit reads provisioned clusters and Redshift Serverless.
    expect(new Set(gaps.map((gap) => `${gap.account} ${gap.service}`))).toEqual(new Set(['123456789012 redshift', '123456789012 redshift-serverless']));
    expect(outcome.incomplete).toEqual({ summary: expect.stringMatching(/coverage gaps? \(\d+ hide a whole account, region or service/), gaps });
    expect(outcome.result.incomplete).toEqual(outcome.incomplete);
    expect(outcome.live.incomplete).toEqual(outcome.incomplete);
    expect(outcome.refusal).toMatch(/^the audit is incomplete: \d+ coverage gaps? hide a whole account, region or service/);
  });

  it('passes an incomplete audit under --allow-gaps, still marked incomplete', async () => {
    const outcome = await audit({ collect: collect({ services: ['redshift'] }), gaps: 'allow' });
    expect(outcome.incomplete).toBeDefined();
    expect(outcome.refusal).toBeUndefined();
  });

  it('fails when no account could be entered', async () => {
    const outcome = await audit({ collect: collect({ accounts: ['111111111111'], roleName: 'audit', services: ['redshift'] }) });
    expect(outcome.snapshot.accounts).toEqual([]);
    expect(outcome.snapshot.coverage.map((gap) => [gap.account, gap.service, gap.operation])).toEqual([['111111111111', 'sts', 'AssumeRole']]);
    expect(outcome.incomplete?.summary).toMatch(/^no account was audited/);
    expect(outcome.refusal).toBe('the audit is incomplete: no account was audited; --allow-gaps accepts that');
  });

  it('keeps the errors known before the audit in its result', async () => {
    const error = { file: 'plugins/broken', message: 'cannot load' };
    const outcome = await audit({ collect: collect({ services: ['redshift'] }), errors: [error], gaps: 'allow' });
    expect(outcome.result.errors).toEqual([error]);
    expect(outcome.live.errors).toEqual([error]);
  });
});

describe('the gap policy', () => {
  const snapshotWith = (coverage: Partial<Snapshot['coverage'][number]>[], accounts = 1) =>
    ({ accounts: Array.from({ length: accounts }, (_, i) => ({ accountId: String(i).padStart(12, '1') })), coverage }) as unknown as Snapshot;
  const oneResource = { account: '111111111111', region: 'us-east-1', service: 'sagemaker', operation: 'DescribeNotebookInstance', reason: 'access-denied', resource: 'nb', rulesAffected: [] };

  it('passes a complete audit, and a gap of one resource unless any gap fails', () => {
    expect(incompleteness(snapshotWith([]))).toBeUndefined();
    expect(incompleteRefusal(snapshotWith([]), 'any')).toBeUndefined();
    const partial = snapshotWith([oneResource as never]);
    expect(incompleteness(partial)?.summary).toMatch(/^1 coverage gap \(1 a single resource/);
    expect(incompleteRefusal(partial, 'fail-closed')).toBeUndefined();
    expect(incompleteRefusal(partial, 'any')).toMatch(/^1 API call failed/);
    expect(incompleteRefusal(partial, 'allow')).toBeUndefined();
  });
});

describe('collapseNotes', () => {
  it('says the same note once, with a count', () => {
    const note = { file: 'snapshot.json', message: 'a gap' };
    expect(collapseNotes([note, { ...note }, { file: 'other', message: 'a gap' }])).toEqual([{ ...note, message: 'a gap (×2)' }, { file: 'other', message: 'a gap' }]);
  });
});
