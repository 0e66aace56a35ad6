/**
 * Collection through a misbehaving network: throttling, 503s, delays, and a
 * region that is not enabled. The SDK's retries must absorb the transient faults
 * (same snapshot as a clean run) and the progress must show them. And a refused
 * Resource Groups Tagging API: SageMaker tags are then read with ListTags.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CreateModelCommand, CreateNotebookInstanceCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AuditProgress, Snapshot } from '../../src/loaders/account/index.js';
import { auditAt, regionOf, RULES } from './audit.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION, OTHER_REGION, seedCallerAccount } from './seed.js';

const NOW = () => new Date('2026-01-01T00:00:00Z');
const REGIONS = [HOME_REGION, OTHER_REGION];

let moto: MotoServer;
let proxy: FaultProxy | undefined;

beforeAll(async () => {
  moto = await startMoto();
  await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
});

afterAll(async () => {
  await proxy?.close();
  await moto?.stop();
});

/** What must not depend on the network: everything but the counters. */
function collected(snapshot: Snapshot) {
  const { stats: _stats, ...rest } = snapshot;
  return rest;
}

describeLive('collection through throttling, 503s and delays', () => {
  it('ends with the result of a clean run and reports the throttles it retried', async () => {
    const clean = await auditAt(moto.endpoint, { regions: REGIONS, allJobs: true, now: NOW });
    // Few throttles: after each, adaptive retry slows the client down on purpose.
    proxy = await startFaultProxy(moto.endpoint, { throttleEvery: 24, unavailableEvery: 6, delayEvery: 3, delayMs: 40 });
    const progress: AuditProgress[] = [];
    const faulty = await auditAt(proxy.endpoint, { regions: REGIONS, allJobs: true, now: NOW, onProgress: (p) => progress.push(p) });
    const { throttled, unavailable } = proxy.counts;
    const injected = throttled + unavailable;
    await proxy.close();
    proxy = undefined;

    expect(collected(faulty)).toEqual(collected(clean));
    expect(throttled).toBeGreaterThan(1);
    expect(unavailable).toBeGreaterThan(5);
    // Every injected fault was retried, and counted as such.
    expect(faulty.stats.throttlesRetried).toBe(injected);
    expect(progress.at(-1)!.throttlesRetried).toBe(injected);
    expect(clean.stats.throttlesRetried).toBe(0);
    expect(faulty.stats.retries).toBeGreaterThan(clean.stats.retries);
  });
});

describeLive('a region the account has not enabled', () => {
  it('becomes one gap per service, naming every rule of that service, while the other region is read in full', async () => {
    proxy = await startFaultProxy(moto.endpoint, { disabledRegion: OTHER_REGION });
    const snapshot = await auditAt(proxy.endpoint, { regions: REGIONS, now: NOW });
    await proxy.close();
    proxy = undefined;

    const refused = snapshot.coverage.filter((g) => g.region === OTHER_REGION);
    expect(refused.map((g) => [g.service, g.reason])).toEqual([
      ['ec2', 'region-unavailable'],
      ['redshift', 'region-unavailable'],
      ['redshift-serverless', 'region-unavailable'],
      ['sagemaker', 'region-unavailable'],
    ]);
    const sagemakerRules = RULES.filter((r) => !r.id.startsWith('RS') && r.appliesTo.some((k) => k !== 'RedshiftCluster' && k !== 'RedshiftParameterGroup')).map((r) => r.id);
    expect(refused.find((g) => g.service === 'sagemaker')!.rulesAffected).toEqual(sagemakerRules.sort());
    expect(refused.find((g) => g.service === 'redshift')!.rulesAffected).toEqual(['RS001', 'RS004', 'TG001']);
    // Redshift Serverless has calls of its own: unreachable, it says so apart, and no rule of this slice judges it.
    expect(refused.find((g) => g.service === 'redshift-serverless')!.rulesAffected).toEqual([]);
    expect(regionOf(snapshot, CALLER_ACCOUNT, OTHER_REGION).sagemaker.models).toEqual([]);
    expect(regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).sagemaker.notebookInstances).toHaveLength(2);
    expect(regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).redshift.clusters).toHaveLength(2);
  });
});

/**
 * A region of its own: moto 5.2.1's GetResources fails as soon as a region
 * holds a notebook lifecycle configuration (its ListTags cannot read one), as
 * the home region does, and then ListTags reads every resource there.
 */
const TAGGING_REGION = 'us-west-2';

describeLive('SageMaker tags', () => {
  beforeAll(async () => {
    const sm = new SageMakerClient({ endpoint: moto.endpoint, credentials: DUMMY_CREDENTIALS, region: TAGGING_REGION });
    const RoleArn = `arn:aws:iam::${CALLER_ACCOUNT}:role/tagging-test`;
    await sm.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'tagged-notebook', InstanceType: 'ml.t3.medium', RoleArn, Tags: [{ Key: 'team', Value: 'ml' }] }));
    await sm.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'untagged-notebook', InstanceType: 'ml.t3.medium', RoleArn }));
    await sm.send(new CreateModelCommand({ ModelName: 'tagged-model', ExecutionRoleArn: RoleArn, PrimaryContainer: { Image: 'image' }, Tags: [{ Key: 'env', Value: 'prod' }] }));
    sm.destroy();
  });

  const requests = (p: FaultProxy, operation: string) => p.counts.operations.get(`${TAGGING_REGION} ${operation}`) ?? 0;
  const auditThrough = async (plan: Parameters<typeof startFaultProxy>[1]) => {
    proxy = await startFaultProxy(moto.endpoint, plan);
    const snapshot = await auditAt(proxy.endpoint, { regions: [TAGGING_REGION], now: NOW });
    const counted = { getResources: requests(proxy, 'GetResources'), listTags: requests(proxy, 'ListTags') };
    await proxy.close();
    proxy = undefined;
    return { snapshot, ...counted };
  };
  const tagsOf = (snapshot: Snapshot) => {
    const { notebookInstances, models } = regionOf(snapshot, CALLER_ACCOUNT, TAGGING_REGION).sagemaker;
    return Object.fromEntries([...notebookInstances.map((n) => [n.NotebookInstanceName, n.Tags]), ...models.map((m) => [m.ModelName, m.Tags])]);
  };
  const tagGaps = (snapshot: Snapshot) => snapshot.coverage.filter((g) => g.operation === 'ListTags' || g.operation === 'GetResources');

  it('come from one GetResources per region, and are what ListTags reads when GetResources is refused', async () => {
    const tagged = await auditThrough({});
    expect(tagged).toMatchObject({ getResources: 1, listTags: 0 });
    expect(tagsOf(tagged.snapshot)).toEqual({ 'tagged-notebook': [{ Key: 'team', Value: 'ml' }], 'untagged-notebook': [], 'tagged-model': [{ Key: 'env', Value: 'prod' }] });

    const listed = await auditThrough({ deniedOperations: ['GetResources'] });
    expect(listed).toMatchObject({ getResources: 1, listTags: 3 });
    // Refused, GetResources is no gap: ListTags read the same tags.
    expect(collected(listed.snapshot)).toEqual(collected(tagged.snapshot));
    expect(tagGaps(listed.snapshot)).toEqual([]);
  });

  it('are unknown, with a gap per resource for the tag rules only, when ListTags is refused as well', async () => {
    const { snapshot } = await auditThrough({ deniedOperations: ['GetResources', 'ListTags'] });
    expect(tagsOf(snapshot)).toEqual({ 'tagged-notebook': undefined, 'untagged-notebook': undefined, 'tagged-model': undefined });
    const arn = (type: string, name: string) => `arn:aws:sagemaker:${TAGGING_REGION}:${CALLER_ACCOUNT}:${type}/${name}`;
    expect(tagGaps(snapshot).map((g) => [g.operation, g.reason, g.resource, g.rulesAffected])).toEqual([
      ['ListTags', 'access-denied', arn('model', 'tagged-model'), ['TG001']],
      ['ListTags', 'access-denied', arn('notebook-instance', 'tagged-notebook'), ['TG001']],
      ['ListTags', 'access-denied', arn('notebook-instance', 'untagged-notebook'), ['TG001']],
    ]);
  });
});
