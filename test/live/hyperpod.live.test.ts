/**
 * SageMaker HyperPod clusters against a real AWS API (moto implements
 * CreateCluster, ListClusters and DescribeCluster): collected with their VPC
 * and instance-group storage settings, and judged as a template's would be.
 */
import { CreateClusterCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm085 from '../../rules/sm085-hyperpod-outside-vpc.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION } from './seed.js';

const ROLE = `arn:aws:iam::${CALLER_ACCOUNT}:role/hyperpod`;
const clusterArn = (name: string) => `arn:aws:sagemaker:${HOME_REGION}:${CALLER_ACCOUNT}:cluster/${name}`;

describeLive('audit of HyperPod clusters', () => {
  let moto: MotoServer;
  let snapshot: Snapshot;

  beforeAll(async () => {
    moto = await startMoto();
    const sm = new SageMakerClient({ endpoint: moto.endpoint, credentials: DUMMY_CREDENTIALS, region: HOME_REGION });
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
        InstanceGroups: [group('workers', `arn:aws:kms:${HOME_REGION}:${CALLER_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`)],
        VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
      }),
    );
    snapshot = await auditAt(moto.endpoint, { regions: [HOME_REGION], services: ['sagemaker'] });
  }, 120_000);
  afterAll(() => moto?.stop());

  it('collects every cluster with its description', () => {
    const clusters = regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).sagemaker.hyperPodClusters;
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
