/**
 * SageMaker HyperPod clusters against a real AWS API (moto implements
 * CreateCluster, ListClusters and DescribeCluster): collected with their VPC
 * and instance-group storage settings, and judged as a template's would be.
 */
import { CreateClusterCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm085 from '../../rules/sm085-hyperpod-outside-vpc.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.hyperpod;

const ROLE = `arn:aws:iam::${ACCOUNT}:role/hyperpod`;
const clusterArn = (name: string) => `arn:aws:sagemaker:${HOME_REGION}:${ACCOUNT}:cluster/${name}`;

describeLive('audit of HyperPod clusters', () => {
  let snapshot: Snapshot;

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const sm = new SageMakerClient({ endpoint, credentials, region: HOME_REGION });
    const group = (name: string, kmsKey?: string) => ({
      InstanceGroupName: name,
      InstanceType: 'ml.c5.xlarge' as const,
      InstanceCount: 1,
      // moto fails without it (AWS defaults it); the SDK would then retry a create that half happened.
      ThreadsPerCore: 1,
      ExecutionRole: ROLE,
      LifeCycleConfig: { SourceS3Uri: 's3://sagemaker-lifecycle/scripts/', OnCreate: 'on_create.sh' },
      InstanceStorageConfigs: [{ EbsVolumeConfig: { VolumeSizeInGB: 100, ...(kmsKey ? { VolumeKmsKeyId: kmsKey } : {}) } }],
    });
    await sm.send(new CreateClusterCommand({ ClusterName: 'open', InstanceGroups: [group('workers')] }));
    await sm.send(
      new CreateClusterCommand({
        ClusterName: 'private',
        InstanceGroups: [group('workers', `arn:aws:kms:${HOME_REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`)],
        VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
      }),
    );
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['sagemaker'] });
  }, 120_000);

  it('collects every cluster with its description', () => {
    const clusters = regionOf(snapshot, ACCOUNT, HOME_REGION).sagemaker.hyperPodClusters;
    expect(clusters.map((c) => [c.ClusterName, c.ClusterArn, c.VpcConfig?.Subnets])).toEqual([
      ['open', clusterArn('open'), undefined],
      ['private', clusterArn('private'), ['subnet-0123456789abcdef0']],
    ]);
    expect(snapshot.coverage.filter((g) => /Cluster/.test(g.operation))).toEqual([]);
  });

  it('judges the cluster outside a VPC', () => {
    const [unit] = snapshotToUnits(snapshot);
    const findings = evaluateUnit(unit!, { rules: [sm085] }).findings;
    expect(findings.map((f) => f.resource.id)).toEqual([clusterArn('open')]);
  });
});
