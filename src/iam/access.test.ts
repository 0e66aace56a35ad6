import { describe, expect, it } from 'vitest';
import type { Location, Path } from '../model/location.js';
import { fromPlain } from '../model/plain.js';
import type { Value } from '../model/value.js';
import { candidateActions, leavesNameOpen, matchAction, reachesEvery, reachesSome, resourceTargets } from './access.js';
import { loadActionCatalog, type ResourceType } from './actions.js';
import { Glob } from './glob.js';
import { awsManagedPolicies } from './managed.js';
import { parsePolicyDocument, patternsOf, type PolicyStatement } from './policy.js';

const at = (path: Path): Location => ({ kind: 'source', file: 'policy.yaml', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 }, path });
const statement = (data: Record<string, unknown>): PolicyStatement =>
  parsePolicyDocument(fromPlain({ Statement: [{ Effect: 'Allow', ...data }] }, at)).statements[0]!;

const BUCKET: ResourceType = { service: 's3', name: 'bucket', arnFormat: 'arn:${Partition}:s3:::${BucketName}' };
const OBJECT: ResourceType = { service: 's3', name: 'object', arnFormat: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}' };
const ROLE: ResourceType = { service: 'iam', name: 'role', arnFormat: 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}' };

describe('verdicts remembered across statements', () => {
  const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket'] as const;
  const named = (data: Record<string, unknown>) => candidateActions(statement(data), actions, (a) => a);

  it('names the candidates of each Action element, whatever was asked before', () => {
    expect(named({ Action: 's3:GetObject', Resource: '*' })).toEqual(['s3:GetObject']);
    expect(named({ Action: ['s3:GetObject', 's3:Put*'], Resource: '*' })).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(named({ Action: ['s3:Put*', 's3:GetObject'], Resource: '*' })).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(named({ Action: 's3:Put*', Resource: '*' })).toEqual(['s3:PutObject']);
    expect(named({ Action: 'ec2:*', Resource: '*' })).toEqual([]);
    expect(named({ NotAction: 's3:GetObject', Resource: '*' })).toEqual([...actions]);
    expect(named({ Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' })).toEqual(['s3:GetObject', 's3:ListBucket']);
    expect(named({ Action: 's3:GetObject\u0000s3:ListBucket', Resource: '*' })).toEqual([]);
  });

  it('judges one pattern per resource type', () => {
    const pattern = 'arn:aws:s3:::*sagemaker*';
    expect(leavesNameOpen(pattern, BUCKET)).toBe(true);
    expect(leavesNameOpen(pattern, ROLE)).toBe(false);
    expect(leavesNameOpen('arn:aws:s3:::sagemaker-*', BUCKET)).toBe(false);

    const everyBucket = statement({ Action: 's3:*', Resource: 'arn:aws:s3:::*' });
    const [target] = resourceTargets(everyBucket);
    expect(reachesEvery(everyBucket, target!, BUCKET)).toBe(target);
    expect(reachesEvery(everyBucket, target!, ROLE)).toBeUndefined();
    const objects = statement({ Action: 's3:*', Resource: 'arn:aws:s3:::*/*' });
    const [objectTarget] = resourceTargets(objects);
    expect(reachesSome(objectTarget!, OBJECT)).toBe(true);
    expect(reachesSome(objectTarget!, BUCKET)).toBe(false);
    expect(reachesSome(objectTarget!, ROLE)).toBe(false);
  });
});

describe('matchAction, with its Action elements compiled, covers as matching each pattern does', () => {
  const globs = new Map<string, Glob>();
  const globOf = (text: string) => globs.get(text) ?? globs.set(text, new Glob(text, { ignoreCase: true })).get(text)!;
  /** The matcher before compiling: every pattern of the element tested in turn. */
  const reference = (s: PolicyStatement, id: string) => {
    const element = s.action ?? s.notAction;
    if (!element) return undefined;
    const patterns = patternsOf(element);
    const hits = patterns.items.filter((p) => globOf(p.text).matches(id));
    if (s.action) {
      const best = hits.find((p) => p.certain) ?? hits[0];
      return best && { certain: best.certain, via: best.via, at: best.value };
    }
    if (hits.some((p) => p.certain)) return undefined;
    return { certain: hits.length === 0 && patterns.unseen.length === 0, via: hits.flatMap((p) => p.via), at: element };
  };
  const oneOf = (options: [string, unknown][]): Value => ({
    t: 'oneOf',
    loc: at(['Action']),
    options: options.map(([via, v]) => ({ via, value: fromPlain(v, at) })),
  });

  it('on AWS managed policies and statements with deploy-time choices, for every catalog action', async () => {
    const [catalog, managed] = [await loadActionCatalog(), awsManagedPolicies()];
    const ids = ['s3', 'sagemaker', 'iam', 'sts'].flatMap((s) => catalog.actionsOf(s).map((a) => a.id));
    const statements = ['AmazonSageMakerFullAccess', 'AmazonS3FullAccess', 'AmazonSageMakerReadOnly', 'IAMFullAccess'].flatMap((name) => {
      const found = managed.lookup(managed.byPolicyName(name)!.arn, at([]));
      return found.status === 'known' ? found.document.statements : [];
    });
    const choices = oneOf([
      ['Env is prod', ['s3:GetObject', 'sagemaker:Describe*']],
      ['Env is dev', 's3:*'],
    ]);
    statements.push(
      statement({ Action: ['s3:getobject', 'S3:GetObject', 's3:Get*', '${aws:username}'], Resource: '*' }),
      { ...statement({ Action: 'x', Resource: '*' }), action: { t: 'list', loc: at(['Action']), items: [choices, fromPlain('s3:GetObject', at)] } },
      { ...statement({ NotAction: 'x', Resource: '*' }), notAction: choices },
      statement({ NotAction: ['iam:*', 'sts:AssumeRole'], Resource: '*' }),
    );
    expect(statements.length).toBeGreaterThan(10);
    let covered = 0;
    for (const s of statements) {
      for (const id of [...ids, 'ec2:RunInstances']) {
        const expected = reference(s, id);
        const actual = matchAction(s, id);
        // Compared by hand: a deep comparison of policy values thousands of times takes seconds.
        if (actual?.at !== expected?.at || actual?.certain !== expected?.certain || actual?.via.join() !== expected?.via.join()) expect(actual, id).toEqual(expected);
        if (expected) covered++;
      }
    }
    expect(covered).toBeGreaterThan(1000);
  });

  it('shares a compiled element between elements of the same texts only', () => {
    const read = (action: unknown) => statement({ Action: action, Resource: '*' });
    // A managed policy read for a second identity: the same texts, other values.
    const first = read(['s3:GetObject', 's3:Put*']);
    const again = read(['s3:GetObject', 's3:Put*']);
    expect(matchAction(first, 's3:PutObject')?.at).toBe(patternsOf(first.action).items[1]!.value);
    expect(matchAction(again, 's3:PutObject')?.at).toBe(patternsOf(again.action).items[1]!.value);
    // Texts that a separator could run together stay apart.
    expect(matchAction(read(['s3:GetObject\ns3:Put*']), 's3:PutObject')).toBeUndefined();
    expect(matchAction(read(['s3:GetObject', 's3:Put*', 'x']), 's3:GetObject')?.at).toBeDefined();
  });
});
