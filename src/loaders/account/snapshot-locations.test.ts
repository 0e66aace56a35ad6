import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.js';
import { locateInSnapshot } from './snapshot-locations.js';
import { emptyRegionState, serializeSnapshot, SNAPSHOT_VERSION, type Snapshot } from './snapshot.js';

const MODEL_ARN = 'arn:aws:sagemaker:eu-west-1:123456789012:model/churn';

function snapshot(): Snapshot {
  const west = emptyRegionState('eu-west-1');
  west.sagemaker.models.push({ ModelName: 'churn', ModelArn: MODEL_ARN, EnableNetworkIsolation: false, PrimaryContainer: { Image: 'img' } });
  return {
    sagelintSnapshot: SNAPSHOT_VERSION,
    collectedAt: '2026-01-01T00:00:00.000Z',
    scope: { regions: 'all', accounts: 'caller', jobs: { allJobs: true, includesRunning: true } },
    accounts: [{ accountId: '123456789012', partition: 'aws', principalArn: 'arn:aws:iam::123456789012:user/a', regions: [emptyRegionState('us-east-1'), west] }],
    coverage: [],
    stats: { calls: 1, retries: 0, throttlesRetried: 0, durationMs: 1 },
  };
}

function finding(path: (string | number)[], arn = MODEL_ARN): Finding {
  return {
    ruleId: 'SM031',
    ruleName: 'model-network-isolation',
    severity: 'medium',
    certainty: 'definite',
    message: 'm',
    resource: { id: MODEL_ARN, type: 'Model', kind: 'Model', source: 'live' },
    location: { kind: 'live', arn, partition: 'aws', account: '123456789012', region: 'eu-west-1', path },
    propertyPath: [],
    fingerprint: 'f',
  };
}

describe('locateInSnapshot', () => {
  const state = snapshot();
  const text = serializeSnapshot(state);
  const lines = text.split('\n');
  const lineOf = (f: Finding) => (f.location.kind === 'source' ? lines[f.location.start.line - 1]! : '');

  it('puts a finding at the property of its record, in the right account and region', () => {
    const [located] = locateInSnapshot([finding(['EnableNetworkIsolation'])], state, text, 'audit.snapshot.json');
    expect(located!.location).toMatchObject({ kind: 'source', file: 'audit.snapshot.json', readOnly: true, path: ['accounts', 0, 'regions', 1, 'sagemaker', 'models', 0, 'EnableNetworkIsolation'] });
    expect(lineOf(located!).trim()).toBe('"EnableNetworkIsolation": false,');
    expect(located!.fingerprint).toBe('f');
  });

  it('goes as deep as the record goes, and to the ARN for the resource itself or a property it lacks', () => {
    const [deep, whole, absent] = locateInSnapshot([finding(['PrimaryContainer', 'Environment', 'X']), finding([]), finding(['VpcConfig'])], state, text, 's.json');
    expect(lineOf(deep!).trim()).toBe('"PrimaryContainer": {');
    expect(lineOf(whole!).trim()).toBe(`"ModelArn": "${MODEL_ARN}",`);
    expect(lineOf(absent!).trim()).toBe(`"ModelArn": "${MODEL_ARN}",`);
  });

  it('leaves a finding on a resource the snapshot does not hold where it was', () => {
    const other = { ...finding([]), resource: { ...finding([]).resource, id: 'arn:aws:sagemaker:eu-west-1:123456789012:model/gone' } };
    expect(locateInSnapshot([other], state, text, 's.json')[0]!.location.kind).toBe('live');
  });
});
