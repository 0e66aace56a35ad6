import { beforeAll, describe, expect, it } from 'vitest';
import { describeAccessLevels, loadActionCatalog, supportsConditionKey, type ActionCatalog } from './actions.js';

let catalog: ActionCatalog;
beforeAll(async () => {
  catalog = await loadActionCatalog();
});

describe('ActionCatalog', () => {
  it('loads once and shares the catalog', async () => {
    expect(await loadActionCatalog()).toBe(catalog);
  });

  it('finds actions in any case, with the resource types they work on', () => {
    const getObject = catalog.get('S3:GETOBJECT')!;
    expect(getObject.id).toBe('s3:GetObject');
    expect(getObject.resourceTypes.map((r) => r.type.name)).toContain('object');
    expect(catalog.get('s3:ListBucket')!.resourceTypes.map((r) => r.type.name)).toEqual(['accesspoint', 'bucket']);
    expect(catalog.resourceType('s3', 'bucket')!.arnFormat).toBe('arn:${Partition}:s3:::${BucketName}');
  });

  it('splits combined access levels', () => {
    const putPolicy = catalog.get('s3:PutBucketPolicy')!;
    expect(putPolicy.accessLevels).toEqual(['Permissions management', 'Write']);
    expect(describeAccessLevels([catalog.get('s3:GetObject')!, putPolicy])).toBe('Read, Write, Permissions management');
  });

  it('knows which condition keys each action supports', () => {
    const createModel = catalog.get('sagemaker:CreateModel')!;
    expect(supportsConditionKey(createModel, 'SageMaker:VpcSubnets')).toBe(true);
    expect(supportsConditionKey(createModel, 'sagemaker:RootAccess')).toBe(false);
  });

  it('marks actions without resource-level permissions', () => {
    expect(catalog.get('sagemaker:ListNotebookInstances')!.wildcardOnly).toBe(true);
    expect(catalog.get('sagemaker:DescribeNotebookInstance')!.wildcardOnly).toBe(false);
  });

  it('reads only the services the analyses reason about', () => {
    expect(catalog.actionsOf('ec2')).toEqual([]);
    expect(catalog.actionsOf('sts').length).toBeGreaterThan(0);
  });
});
