import { describe, expect, it } from 'vitest';
import { emptyRegionState, isSnapshot, MONITORING_DEFINITION_COLLECTIONS, parseSnapshot, serializeSnapshot, SnapshotError, SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';
import { describeJobWindow, loadSnapshot, snapshotToUnits } from './units.js';
import type { CoverageGap } from '../../core/coverage.js';

function minimalSnapshot(): Snapshot {
  return {
    sagelintSnapshot: SNAPSHOT_VERSION,
    collectedAt: '2026-01-01T00:00:00.000Z',
    scope: { regions: ['us-east-1'], accounts: 'caller', jobs: { allJobs: false, since: '2025-12-02T00:00:00.000Z', includesRunning: true } },
    accounts: [{ accountId: '123456789012', partition: 'aws', principalArn: 'arn:aws:iam::123456789012:user/auditor', regions: [emptyRegionState('us-east-1')] }],
    coverage: [],
    stats: { calls: 1, retries: 0, throttlesRetried: 0, durationMs: 10 },
  };
}

function errorOf(text: string): SnapshotError {
  try {
    parseSnapshot(text);
  } catch (err) {
    if (err instanceof SnapshotError) return err;
    throw err;
  }
  throw new Error('parsed without error');
}

describe('snapshot files', () => {
  it('read back what was written', () => {
    const snapshot = minimalSnapshot();
    const text = serializeSnapshot(snapshot);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseSnapshot(text)).toEqual(snapshot);
  });

  it('keep the services the run proved a region does not offer, and say so in a note', () => {
    const notOffered = { region: 'me-south-1', service: 'redshift-serverless', endpoint: 'redshift-serverless.me-south-1.amazonaws.com', regionAnsweredBy: 'sagemaker', serviceAnsweredIn: 'us-east-1' } as const;
    const snapshot = { ...minimalSnapshot(), notOffered: [notOffered] };
    expect(parseSnapshot(serializeSnapshot(snapshot))).toEqual(snapshot);
    const notes = snapshotToUnits(snapshot)[0]!.notes.map((n) => n.message);
    expect(notes.filter((n) => n.startsWith('Not offered:'))).toEqual([
      'Not offered: redshift-serverless is not offered in me-south-1 — the DNS name of its endpoint, redshift-serverless.me-south-1.amazonaws.com, does not exist, ' +
        'while sagemaker answered in me-south-1 and redshift-serverless answered in us-east-1; there is nothing of it to read there, and this is no coverage gap.',
    ]);
    expect(errorOf(JSON.stringify({ ...snapshot, notOffered: [{ ...notOffered, service: 'lambda' }] })).message).toMatch(/^invalid snapshot: at \/notOffered\/0\/service/);
    expect(errorOf(JSON.stringify({ ...snapshot, notOffered: [{ region: 'me-south-1', service: 'sagemaker' }] })).message).toMatch(/^invalid snapshot: at \/notOffered\/0/);
  });

  it('are recognised by their marker', () => {
    expect(isSnapshot(minimalSnapshot())).toBe(true);
    expect(isSnapshot({ sagelintSnapshot: 99 })).toBe(true);
    expect(isSnapshot({ Resources: {} })).toBe(false);
    expect(isSnapshot([])).toBe(false);
    expect(isSnapshot(null)).toBe(false);
  });

  it('report invalid JSON with its line and column', () => {
    const error = errorOf('{\n  "sagelintSnapshot": 1,\n  oops\n}');
    expect(error.message).toMatch(/^invalid JSON/);
    expect([error.line, error.column]).toEqual([3, 3]);
  });

  it('refuse JSON that is not a snapshot', () => {
    expect(errorOf('{"Resources": {}}').message).toBe('not a sagelint snapshot: no "sagelintSnapshot" key at the top level');
  });

  it('refuse a version from a newer sagelint', () => {
    const newer = SNAPSHOT_VERSION + 1;
    expect(errorOf(JSON.stringify({ ...minimalSnapshot(), sagelintSnapshot: newer })).message).toBe(
      `snapshot version ${newer} was written by a newer sagelint; this one reads version ${SNAPSHOT_VERSION}`,
    );
  });

  it('read version 1, which had no monitoring job definitions, as the current version with those collections empty', () => {
    const current = minimalSnapshot();
    const version1 = structuredClone(current) as unknown as { sagelintSnapshot: number; accounts: { regions: { sagemaker: Record<string, unknown> }[] }[] };
    version1.sagelintSnapshot = 1;
    for (const collection of Object.values(MONITORING_DEFINITION_COLLECTIONS)) delete version1.accounts[0]!.regions[0]!.sagemaker[collection];
    const upgraded = parseSnapshot(JSON.stringify(version1));
    expect(upgraded).toEqual({ ...current, scope: { ...current.scope, upgradedFrom: 1 } });
    // Re-saved, it stays honest about what was never read.
    expect(parseSnapshot(serializeSnapshot(upgraded)).scope.upgradedFrom).toBe(1);
  });

  it('read version 2, which had no HyperPod clusters, spaces or Studio lifecycle configurations, with those collections empty', () => {
    const current = minimalSnapshot();
    const version2 = structuredClone(current) as unknown as { sagelintSnapshot: number; accounts: { regions: { sagemaker: Record<string, unknown> }[] }[] };
    version2.sagelintSnapshot = 2;
    for (const collection of ['hyperPodClusters', 'spaces', 'studioLifecycleConfigs', 'workforces']) delete version2.accounts[0]!.regions[0]!.sagemaker[collection];
    expect(parseSnapshot(JSON.stringify(version2))).toEqual({ ...current, scope: { ...current.scope, upgradedFrom: 2 } });
    const notes = snapshotToUnits({ ...current, scope: { ...current.scope, upgradedFrom: 2 } })[0]!.notes.map((n) => n.message);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/schema version 2, which did not collect SageMaker HyperPod clusters, Studio spaces, Studio lifecycle configurations and labeling workforces/)]));
    expect(notes).not.toContainEqual(expect.stringMatching(/monitoring job definitions/));
  });

  it('read version 3, which had no app image configurations, images, Redshift subnet groups, snapshots or event subscriptions, with those collections empty', () => {
    const current = minimalSnapshot();
    const version3 = structuredClone(current) as unknown as { sagelintSnapshot: number; accounts: { regions: { sagemaker: Record<string, unknown>; redshift: Record<string, unknown> }[] }[] };
    version3.sagelintSnapshot = 3;
    const [region] = version3.accounts[0]!.regions;
    for (const collection of ['appImageConfigs', 'images']) delete region!.sagemaker[collection];
    for (const collection of ['subnetGroups', 'snapshots', 'eventSubscriptions']) delete region!.redshift[collection];
    expect(parseSnapshot(JSON.stringify(version3))).toEqual({ ...current, scope: { ...current.scope, upgradedFrom: 3 } });
    const notes = snapshotToUnits({ ...current, scope: { ...current.scope, upgradedFrom: 3 } })[0]!.notes.map((n) => n.message);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/schema version 3, which did not collect Studio app image configurations and images, and Redshift cluster subnet groups, cluster snapshots and event subscriptions/)]));
    expect(notes).not.toContainEqual(expect.stringMatching(/HyperPod/));
  });

  it('read version 4, which had no model package groups, with that collection empty', () => {
    const current = minimalSnapshot();
    const version4 = structuredClone(current) as unknown as { sagelintSnapshot: number; accounts: { regions: { sagemaker: Record<string, unknown> }[] }[] };
    version4.sagelintSnapshot = 4;
    delete version4.accounts[0]!.regions[0]!.sagemaker.modelPackageGroups;
    expect(parseSnapshot(JSON.stringify(version4))).toEqual({ ...current, scope: { ...current.scope, upgradedFrom: 4 } });
    const notes = snapshotToUnits({ ...current, scope: { ...current.scope, upgradedFrom: 4 } })[0]!.notes.map((n) => n.message);
    expect(notes).toEqual(expect.arrayContaining([expect.stringMatching(/schema version 4, which did not collect SageMaker model package groups and their resource policies/)]));
    expect(notes).not.toContainEqual(expect.stringMatching(/app image configurations/));
  });

  it('read version 5, which had no feature groups, inference experiments or Redshift Serverless workgroups and namespaces, with those collections empty', () => {
    const current = minimalSnapshot();
    const version5 = structuredClone(current) as unknown as { sagelintSnapshot: number; accounts: { regions: { sagemaker: Record<string, unknown>; redshift: Record<string, unknown> }[] }[] };
    version5.sagelintSnapshot = 5;
    const [region] = version5.accounts[0]!.regions;
    for (const collection of ['featureGroups', 'inferenceExperiments']) delete region!.sagemaker[collection];
    for (const collection of ['workgroups', 'namespaces']) delete region!.redshift[collection];
    expect(parseSnapshot(JSON.stringify(version5))).toEqual({ ...current, scope: { ...current.scope, upgradedFrom: 5 } });
    const notes = snapshotToUnits({ ...current, scope: { ...current.scope, upgradedFrom: 5 } })[0]!.notes.map((n) => n.message);
    expect(notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/schema version 5, which did not collect SageMaker feature groups and inference experiments, and Redshift Serverless workgroups and namespaces/)]),
    );
    expect(notes).not.toContainEqual(expect.stringMatching(/model package groups/));
  });

  it('still say where a version 1 file is wrong', () => {
    const version1 = { ...minimalSnapshot(), sagelintSnapshot: 1 } as unknown as { accounts: { regions: { sagemaker: unknown }[] }[] };
    version1.accounts[0]!.regions[0]!.sagemaker = 'none';
    expect(errorOf(JSON.stringify(version1)).message).toBe('invalid snapshot: at /accounts/0/regions/0/sagemaker: must be object');
  });

  it('say where the structure is wrong', () => {
    const snapshot = minimalSnapshot() as unknown as { accounts: { accountId: string; regions: { sagemaker: Record<string, unknown> }[] }[] };
    snapshot.accounts[0]!.regions[0]!.sagemaker.notebookInstances = 'not a list';
    expect(errorOf(JSON.stringify(snapshot)).message).toBe('invalid snapshot: at /accounts/0/regions/0/sagemaker/notebookInstances: must be array');
    snapshot.accounts[0]!.accountId = '42';
    const pretty = JSON.stringify(snapshot, null, 2);
    const error = errorOf(pretty);
    expect(error.message).toMatch(/^invalid snapshot: at \/accounts\/0\/accountId/);
    // At the offending value's line and column in the file.
    const line = pretty.split('\n').findIndex((l) => l.includes('"accountId": "42"')) + 1;
    expect([error.line, error.column]).toEqual([line, pretty.split('\n')[line - 1]!.indexOf('"42"') + 1]);
  });
});

describe('loading a snapshot for a scan', () => {
  it('gives one unit per account, with the collection scope and the coverage gaps as notes', () => {
    const snapshot = minimalSnapshot();
    snapshot.scope.services = ['sagemaker'];
    snapshot.accounts[0]!.regions[0]!.sagemaker.models.push({ ModelName: 'm', ModelArn: 'arn:aws:sagemaker:us-east-1:123456789012:model/m' });
    snapshot.coverage.push(
      { account: '123456789012', region: 'us-east-1', service: 'sagemaker', operation: 'ListTags', error: 'AccessDeniedException: no', reason: 'access-denied', rulesAffected: ['TG001'] },
      // An account that could not be entered has gaps and no state.
      { account: '222222222222', region: 'global', service: 'sts', operation: 'AssumeRole', error: 'AccessDenied: no', reason: 'access-denied', rulesAffected: ['SM001'] },
    );
    const units = loadSnapshot('/root', 'out/state.json', serializeSnapshot(snapshot));
    expect(units.map((u) => [u.files, u.resources.map((r) => r.id), u.errors])).toEqual([
      [['out/state.json'], ['arn:aws:sagemaker:us-east-1:123456789012:model/m'], []],
      [['out/state.json'], [], []],
    ]);
    expect(units[0]!.notes).toEqual([
      { file: 'out/state.json', message: 'Jobs: only training, tuning, processing and transform jobs created after 2025-12-02T00:00:00.000Z, or still running, were collected (collect with allJobs for every job).' },
      { file: 'out/state.json', message: "Only sagemaker resources were collected: rules about other services' resources were not evaluated." },
      { file: 'out/state.json', message: 'Coverage gap (access-denied): sagemaker:ListTags in account 123456789012, region us-east-1 failed — AccessDeniedException: no; not evaluated: TG001' },
      { file: 'out/state.json', message: 'Coverage gap (access-denied): sts:AssumeRole in account 222222222222 failed — AccessDenied: no; not evaluated: SM001' },
    ]);
    expect(units[1]!.notes.map((n) => n.message)).toEqual(['account 222222222222 could not be read at all; see the coverage gaps']);
  });

  it('says the same gap in many places once, with a count and the places', () => {
    const snapshot = minimalSnapshot();
    const gap: Omit<CoverageGap, 'region'> = { account: '123456789012', service: 'sagemaker', operation: 'ListUserProfiles', error: 'NotImplemented: no', reason: 'unsupported', rulesAffected: ['SM012'] };
    snapshot.coverage.push({ ...gap, region: 'us-east-1' }, { ...gap, region: 'eu-west-1' }, { ...gap, account: '222222222222', region: 'us-east-1' });
    const notes = snapshotToUnits(snapshot).flatMap((u) => u.notes.map((n) => n.message)).filter((m) => m.startsWith('Coverage gap'));
    expect(notes).toEqual([
      'Coverage gap (unsupported) ×3: sagemaker:ListUserProfiles failed in 3 places (account 123456789012 us-east-1; account 123456789012 eu-west-1; account 222222222222 us-east-1) — NotImplemented: no; not evaluated: SM012',
    ]);
  });

  it('names the rules of the scan that a gap leaves unevaluated, when the scan gives them', () => {
    const snapshot = minimalSnapshot();
    snapshot.coverage.push(
      { account: '123456789012', region: 'us-east-1', service: 'redshift', operation: 'DescribeClusters', error: 'e', reason: 'access-denied', rulesAffected: [] },
      { account: '123456789012', region: 'eu-west-1', service: 'redshift', operation: 'DescribeClusters', error: 'e', reason: 'region-unavailable', rulesAffected: [] },
    );
    const rules = [
      { id: 'RS001', appliesTo: ['RedshiftCluster'] as const },
      { id: 'RS004', appliesTo: ['RedshiftParameterGroup'] as const },
    ];
    const notes = snapshotToUnits(snapshot, undefined, { rules })[0]!.notes.map((n) => n.message);
    expect(notes.filter((m) => m.includes('region us-east-1'))).toEqual([expect.stringMatching(/not evaluated: RS001$/)]);
    // The unreachable region kept every Redshift resource out, parameter groups too.
    expect(notes.filter((m) => m.includes('region eu-west-1'))).toEqual([expect.stringMatching(/not evaluated: RS001, RS004$/)]);
  });

  it('turns a file that is not a valid snapshot into a load error with its position', () => {
    expect(loadSnapshot('/root', 'state.json', '{"sagelintSnapshot": 1,}')).toEqual([
      { files: ['state.json'], resources: [], errors: [{ file: 'state.json', line: 1, column: 24, message: expect.stringMatching(/^invalid JSON/) }], notes: [] },
    ]);
    expect(loadSnapshot('/root', 'state.json', '{"sagelintSnapshot": 1}')[0]!.errors[0]!.message).toMatch(/^invalid snapshot: at the top level: must have required property/);
  });

  it('says what a snapshot of an older schema version did not collect', () => {
    const snapshot = minimalSnapshot();
    snapshot.scope.upgradedFrom = 1;
    expect(snapshotToUnits(snapshot, 'old.json')[0]!.notes.map((n) => n.message)).toContain(
      'This snapshot was written in schema version 1, which did not collect monitoring job definitions (data quality, model quality, model bias, model explainability): rules were not evaluated on them.',
    );
    expect(snapshotToUnits(minimalSnapshot())[0]!.notes.map((n) => n.message)).not.toContainEqual(expect.stringMatching(/schema version/));
  });

  it('describes a window of every job', () => {
    expect(describeJobWindow({ allJobs: true, includesRunning: true })).toBe('Jobs: every training, tuning, processing and transform job was collected.');
  });
});
