/**
 * Model package groups against a real AWS API. moto implements
 * CreateModelPackageGroup and ListModelPackageGroups but not
 * GetModelPackageGroupPolicy: the groups are collected, and each policy read
 * is a coverage gap for SM090 on that group, never a clean pass.
 */
import { CreateModelPackageGroupCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm090 from '../../rules/sm090-model-registry-shared-openly.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.modelRegistry;

const groupArn = (name: string) => `arn:aws:sagemaker:${HOME_REGION}:${ACCOUNT}:model-package-group/${name}`;

describeLive('audit of model package groups', () => {
  let snapshot: Snapshot;

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const sm = new SageMakerClient({ endpoint, credentials, region: HOME_REGION });
    for (const name of ['fraud', 'churn']) await sm.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: name }));
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['sagemaker'], rules: [sm090] });
  }, 120_000);

  it('lists every group, in name order', () => {
    const groups = regionOf(snapshot, ACCOUNT, HOME_REGION).sagemaker.modelPackageGroups;
    expect(groups.map((g) => [g.ModelPackageGroupName, g.ModelPackageGroupArn, g.ResourcePolicy])).toEqual([
      ['churn', groupArn('churn'), undefined],
      ['fraud', groupArn('fraud'), undefined],
    ]);
    expect(snapshot.coverage.filter((g) => g.operation === 'ListModelPackageGroups')).toEqual([]);
  });

  it('records each unread policy as a gap of SM090 for that group', () => {
    const gaps = snapshot.coverage.filter((g) => g.operation === 'GetModelPackageGroupPolicy');
    expect(gaps.map((g) => [g.resource, g.reason, g.rulesAffected.includes('SM090')])).toEqual([
      [groupArn('churn'), 'unsupported', true],
      [groupArn('fraud'), 'unsupported', true],
    ]);
  });

  it('maps the groups to resources SM090 judges, with nothing to report on a group without a policy', () => {
    const [unit] = snapshotToUnits(snapshot);
    expect(unit!.resources.filter((r) => r.kind === 'ModelPackageGroup').map((r) => r.id)).toEqual([groupArn('churn'), groupArn('fraud')]);
    expect(evaluateUnit(unit!, { rules: [sm090] }).findings).toEqual([]);
  });
});
