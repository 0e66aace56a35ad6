import { describe, expect, it } from 'vitest';
import type { LiveLocation, Path } from './location.js';
import { fromPlain } from './plain.js';

const ORIGIN = { kind: 'live', arn: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb', partition: 'aws', account: '123456789012', region: 'us-east-1' } as const;
const locate = (path: Path): LiveLocation => ({ ...ORIGIN, path });

describe('fromPlain', () => {
  it('locates every node by its path, lists and maps alike', () => {
    const value = fromPlain({ Subnets: ['subnet-1'], RootAccess: 'Disabled' }, locate, ['Describe']);
    if (value.t !== 'map') throw new Error(`expected a map, got ${value.t}`);
    const subnets = value.entries.get('Subnets');
    if (subnets?.t !== 'list') throw new Error('expected a list of subnets');
    expect(subnets.items[0]).toEqual({ t: 'scalar', v: 'subnet-1', loc: locate(['Describe', 'Subnets', 0]) });
    expect(value.entries.get('RootAccess')?.loc).toEqual(locate(['Describe', 'RootAccess']));
  });

  it("gives a key its value's location object rather than a copy of it", () => {
    const value = fromPlain({ KmsKeyId: 'key', Tags: { Team: 'ml' } }, locate);
    if (value.t !== 'map') throw new Error(`expected a map, got ${value.t}`);
    for (const key of ['KmsKeyId', 'Tags']) expect(value.keyLocs.get(key)).toBe(value.entries.get(key)?.loc);
  });

  it('leaves out keys whose value is undefined', () => {
    const value = fromPlain({ Present: 1, Absent: undefined }, locate);
    if (value.t !== 'map') throw new Error(`expected a map, got ${value.t}`);
    expect([...value.entries.keys()]).toEqual(['Present']);
    expect([...value.keyLocs.keys()]).toEqual(['Present']);
  });
});
