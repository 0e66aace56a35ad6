import { describe, expect, it } from 'vitest';
import type { Location, Path } from '../model/location.js';
import { fromPlain } from '../model/plain.js';
import { candidateActions, leavesNameOpen, reachesEvery, reachesSome, resourceTargets } from './access.js';
import type { ResourceType } from './actions.js';
import { parsePolicyDocument, type PolicyStatement } from './policy.js';

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
