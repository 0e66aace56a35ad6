import fc from '../../test/helpers/property.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionIndex } from './action-index.js';
import { loadActionCatalog } from './actions.js';
import { Glob } from './glob.js';

const SERVICES = ['s3', 'sagemaker', 'iam', 'sts'];

describe('ActionIndex names the IDs the glob matcher matches', () => {
  let ids: string[];
  let index: ActionIndex;
  const oldMatcher = (pattern: string, ignoreCase = true) => {
    const g = new Glob(pattern, { ignoreCase });
    return ids.filter((id) => g.matches(id));
  };
  const indexed = (pattern: string, ignoreCase = true) => index.matching(new Glob(pattern, { ignoreCase }));

  beforeAll(async () => {
    const catalog = await loadActionCatalog();
    ids = SERVICES.flatMap((s) => catalog.actionsOf(s).map((a) => a.id));
    index = new ActionIndex(ids);
  });

  it('on every action ID, as written and in other cases', () => {
    expect(ids.length).toBeGreaterThan(500);
    for (const id of ids) {
      for (const pattern of [id, id.toUpperCase(), id.toLowerCase()]) expect(indexed(pattern).sort(), pattern).toEqual(oldMatcher(pattern).sort());
    }
  });

  it.each([
    '*',
    's3:*',
    'S3:*',
    'sagemaker:Describe*',
    'sagemaker:*Model*',
    's3:Get*Object',
    's3:?etObject',
    'sagemaker:Create???',
    'iam:Pass*',
    '*:Get*',
    '*Object',
    'ec2:*',
    'ec2:DescribeInstances',
    'sagemaker',
    'sagemaker:',
    '',
    's3:GetObject*',
    'arn:${aws:username}:*',
    's3:${*}',
  ])('%s', (pattern) => {
    expect(indexed(pattern).sort()).toEqual(oldMatcher(pattern).sort());
  });

  it('on patterns cut from real IDs, with wildcards in any place', () => {
    const pattern = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('*', '?', '', '*x', 'Get*', '?*'), fc.boolean())
      .map(([which, cut, wildcard, upper]) => {
        const id = ids[which % ids.length]!;
        const text = id.slice(0, Math.min(cut, id.length)) + wildcard + id.slice(Math.min(cut, id.length) + (wildcard === '?' ? 1 : 0));
        return upper ? text.toUpperCase() : text;
      });
    fc.assert(
      fc.property(pattern, (p) => {
        expect(indexed(p).sort()).toEqual(oldMatcher(p).sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('matches a glob that compares with case one by one', () => {
    expect(indexed('S3:getobject', false)).toEqual([]);
    expect(indexed('s3:GetObject', false)).toEqual(['s3:GetObject']);
    expect(indexed('s3:Get*', false).sort()).toEqual(oldMatcher('s3:Get*', false).sort());
  });

  it('gives each ID once, whatever the list repeats', () => {
    const repeated = new ActionIndex(['s3:GetObject', 's3:GetObject', 'S3:GETOBJECT', 's3:PutObject']);
    expect(repeated.matching(new Glob('s3:getobject', { ignoreCase: true })).sort()).toEqual(['S3:GETOBJECT', 's3:GetObject']);
    expect(repeated.matching(new Glob('s3:*', { ignoreCase: true })).sort()).toEqual(['S3:GETOBJECT', 's3:GetObject', 's3:PutObject']);
  });
});
