/**
 * The audit against a real AWS API (moto): collection, coverage gaps for what
 * the endpoint does not implement, the snapshot file, and the model mapping.
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { DeleteNotebookInstanceCommand, DescribeNotebookInstanceCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ResourceGraph } from '../../src/model/graph.js';
import { prop, type Resource } from '../../src/model/resource.js';
import { get, stringOf, toPlain } from '../../src/model/value.js';
import {
  loadSnapshot,
  parseSnapshot,
  ReadOnlyViolationError,
  serializeSnapshot,
  snapshotToUnits,
  type AuditProgress,
  type CollectOptions,
  type Snapshot,
} from '../../src/loaders/account/index.js';
import { createAuditClient } from '../../src/loaders/account/clients.js';
import { Limiter } from '../../src/loaders/account/limit.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION, OTHER_REGION, PLANTED_SECRET, seedCallerAccount, type SeededState } from './seed.js';

let moto: MotoServer;

beforeAll(async () => {
  moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
});

afterAll(async () => {
  await moto?.stop();
});

const audit = (options: CollectOptions = {}) => auditAt(moto.endpoint, options);

describeLive('audit of one account in two regions', () => {
  let seeded: SeededState;
  let snapshot: Snapshot;
  const progress: AuditProgress[] = [];

  beforeAll(async () => {
    await moto.reset();
    seeded = await seedCallerAccount(moto.endpoint);
    // Jobs are created "now" by moto; a window from far back includes them.
    snapshot = await audit({ regions: [HOME_REGION, OTHER_REGION], jobsSince: new Date('2000-01-01T00:00:00Z'), onProgress: (p) => progress.push(p) });
  });

  it('collects every SageMaker kind, lifecycle configs included though listing them is not implemented', () => {
    const home = regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).sagemaker;
    expect(home.notebookInstances.map((n) => n.NotebookInstanceName)).toEqual(['locked-notebook', 'open-notebook']);
    expect(home.notebookLifecycleConfigs.map((c) => c.NotebookInstanceLifecycleConfigName)).toEqual(['risky-setup']);
    expect(home.models.map((m) => m.ModelName)).toEqual(['churn', 'churn-isolated']);
    expect(home.endpointConfigs.map((c) => c.EndpointConfigName)).toEqual(['churn']);
    expect(home.endpoints.map((e) => e.EndpointName)).toEqual(['churn']);
    expect(home.trainingJobs.map((j) => j.TrainingJobName)).toEqual(['train-churn']);
    expect(home.processingJobs.map((j) => j.ProcessingJobName)).toEqual(['prepare-churn']);
    expect(home.transformJobs.map((j) => j.TransformJobName)).toEqual(['score-churn']);
    expect(home.pipelines.map((p) => p.PipelineName)).toEqual(['churn-pipeline']);
    const open = home.notebookInstances.find((n) => n.NotebookInstanceName === 'open-notebook')!;
    expect(open.DirectInternetAccess).toBe('Enabled');
    expect(open.RootAccess).toBeUndefined();
    expect(open.Tags).toContainEqual({ Key: 'aws:cloudformation:stack-name', Value: 'ml-sandbox' });
    const other = regionOf(snapshot, CALLER_ACCOUNT, OTHER_REGION).sagemaker;
    expect(other.endpointConfigs[0]?.ProductionVariants?.[0]?.InitialInstanceCount).toBe(2);
  });

  it('collects the network, Redshift with logging and parameters, and IAM with its documents', () => {
    const { ec2, redshift } = regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION);
    expect(ec2.vpcs.map((v) => v.VpcId)).toContain(seeded.network.vpcId);
    expect(ec2.subnets.map((s) => s.SubnetId)).toContain(seeded.network.subnetId);
    expect(ec2.securityGroups.map((g) => g.GroupId)).toEqual(expect.arrayContaining([seeded.network.openGroupId, seeded.network.closedGroupId]));
    expect(ec2.vpcEndpoints.map((e) => e.ServiceName)).toEqual([`com.amazonaws.${HOME_REGION}.sagemaker.api`]);
    expect(ec2.routeTables.length).toBeGreaterThan(0);
    expect(redshift.clusters.map((c) => [c.ClusterIdentifier, c.PubliclyAccessible, c.Encrypted])).toEqual([
      ['private-warehouse', false, true],
      ['public-warehouse', true, false],
    ]);
    expect(redshift.clusters.every((c) => c.LoggingStatus !== undefined)).toBe(true);
    const strict = redshift.parameterGroups.find((g) => g.ParameterGroupName === 'strict')!;
    expect(strict.Parameters?.map((p) => p.ParameterName)).toContain('require_ssl');
    const iam = snapshot.accounts[0]!.iam!;
    expect(iam.roles.map((r) => r.Arn)).toEqual([seeded.roleArn]);
    // AWS managed policies: only those attached to something are kept.
    expect(iam.policies.map((p) => p.Arn).sort()).toEqual([`arn:aws:iam::${CALLER_ACCOUNT}:policy/ReadTrainingData`, 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess']);
  });

  it('records a coverage gap, with the rules it leaves unevaluated, for each operation the endpoint does not implement', () => {
    const gaps = snapshot.coverage.map((g) => `${g.region} ${g.service}:${g.operation} ${g.reason} [${g.rulesAffected.join(',')}]${g.resource ? ` ${g.resource}` : ''}`);
    expect(gaps).toEqual([
      // Event subscriptions, app image configurations and images: moto has no such API, and no rule of this slice reads them.
      `${OTHER_REGION} redshift:DescribeEventSubscriptions unsupported []`,
      // Redshift Serverless, feature groups and inference experiments: moto has no such listing; no rule of this slice reads them.
      `${OTHER_REGION} redshift-serverless:ListWorkgroups unsupported []`,
      `${OTHER_REGION} sagemaker:ListAppImageConfigs unsupported []`,
      `${OTHER_REGION} sagemaker:ListFeatureGroups unsupported []`,
      `${OTHER_REGION} sagemaker:ListImages unsupported []`,
      `${OTHER_REGION} sagemaker:ListInferenceExperiments unsupported []`,
      `${OTHER_REGION} sagemaker:ListMonitoringSchedules unsupported [SM020]`,
      `${OTHER_REGION} sagemaker:ListNotebookInstanceLifecycleConfigs unsupported [SM006]`,
      // Spaces, Studio lifecycle configurations and workforces: no rule of this slice of the catalog reads them.
      `${OTHER_REGION} sagemaker:ListSpaces unsupported []`,
      `${OTHER_REGION} sagemaker:ListStudioLifecycleConfigs unsupported []`,
      `${OTHER_REGION} sagemaker:ListUserProfiles unsupported [SM012]`,
      `${OTHER_REGION} sagemaker:ListWorkforces unsupported []`,
      `${HOME_REGION} redshift:DescribeEventSubscriptions unsupported []`,
      `${HOME_REGION} redshift-serverless:ListWorkgroups unsupported []`,
      `${HOME_REGION} sagemaker:ListAppImageConfigs unsupported []`,
      `${HOME_REGION} sagemaker:ListFeatureGroups unsupported []`,
      `${HOME_REGION} sagemaker:ListImages unsupported []`,
      `${HOME_REGION} sagemaker:ListInferenceExperiments unsupported []`,
      `${HOME_REGION} sagemaker:ListMonitoringSchedules unsupported [SM020]`,
      `${HOME_REGION} sagemaker:ListNotebookInstanceLifecycleConfigs unsupported [SM006]`,
      `${HOME_REGION} sagemaker:ListSpaces unsupported []`,
      `${HOME_REGION} sagemaker:ListStudioLifecycleConfigs unsupported []`,
      // Tags of lifecycle configs and transform jobs cannot be listed here: only the tag rule is affected.
      `${HOME_REGION} sagemaker:ListTags unsupported [TG001] arn:aws:sagemaker:${HOME_REGION}:${CALLER_ACCOUNT}:notebook-instance-lifecycle-config/risky-setup`,
      `${HOME_REGION} sagemaker:ListTags unsupported [TG001] arn:aws:sagemaker:${HOME_REGION}:${CALLER_ACCOUNT}:transform-job/score-churn`,
      `${HOME_REGION} sagemaker:ListUserProfiles unsupported [SM012]`,
      `${HOME_REGION} sagemaker:ListWorkforces unsupported []`,
    ]);
    expect(snapshot.coverage.every((g) => g.account === CALLER_ACCOUNT && /not an AWS API response/.test(g.error))).toBe(true);
  });

  it('records the job window and reports progress up to completion', () => {
    expect(snapshot.scope).toEqual({
      regions: [OTHER_REGION, HOME_REGION],
      accounts: 'caller',
      jobs: { allJobs: false, since: '2000-01-01T00:00:00.000Z', includesRunning: true },
    });
    const last = progress.at(-1)!;
    expect(last.accounts).toEqual({ done: 1, total: 1 });
    // IAM once, and SageMaker, EC2 and Redshift in each of the two regions.
    expect(last.tasks).toEqual({ done: 7, total: 7 });
    expect(last.calls).toBe(snapshot.stats.calls);
    expect(last.gaps).toBe(snapshot.coverage.length);
    expect(snapshot.stats.calls).toBeGreaterThan(50);
    // The endpoint lacks some operations: each is a gap, and none was retried, as it would answer the same.
    expect(snapshot.coverage.filter((gap) => gap.reason === 'unsupported').length).toBeGreaterThan(0);
    expect(snapshot.stats.retries).toBe(0);
  });

  it('leaves out jobs older than the window, and takes them all with allJobs', async () => {
    const later = () => new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const recent = await audit({ regions: [HOME_REGION], services: ['sagemaker'], now: later });
    const home = regionOf(recent, CALLER_ACCOUNT, HOME_REGION).sagemaker;
    expect([home.trainingJobs, home.processingJobs, home.transformJobs].map((jobs) => jobs.length)).toEqual([0, 0, 0]);
    expect(recent.scope.jobs.since).toBeDefined();
    const every = await audit({ regions: [HOME_REGION], services: ['sagemaker'], allJobs: true, now: later });
    expect(regionOf(every, CALLER_ACCOUNT, HOME_REGION).sagemaker.trainingJobs).toHaveLength(1);
    expect(every.scope.jobs).toEqual({ allJobs: true, includesRunning: true });
  });

  it('writes a snapshot that reads back identical and loads as the same units', () => {
    const text = serializeSnapshot(snapshot);
    expect(parseSnapshot(text)).toEqual(snapshot);
    const fromFile = loadSnapshot('/scan-root', 'audit/state.json', text);
    const direct = snapshotToUnits(snapshot, 'audit/state.json');
    expect(fromFile.map((u) => u.resources.map((r) => r.id))).toEqual(direct.map((u) => u.resources.map((r) => r.id)));
    expect(fromFile[0]!.files).toEqual(['audit/state.json']);
    expect(fromFile[0]!.errors).toEqual([]);
  });

  describeLive('read-only, and silent about secrets', () => {
    it('refuses a mutating call before it reaches the service', async () => {
      const guarded = createAuditClient(SageMakerClient, {
        region: HOME_REGION,
        credentials: DUMMY_CREDENTIALS,
        endpoint: moto.endpoint,
        maxAttempts: 1,
        requestTimeoutMs: 5000,
        connectionTimeoutMs: 2000,
        limiter: new Limiter(1),
      });
      await expect(guarded.send(new DeleteNotebookInstanceCommand({ NotebookInstanceName: 'open-notebook' }))).rejects.toBeInstanceOf(ReadOnlyViolationError);
      const plain = new SageMakerClient({ region: HOME_REGION, credentials: DUMMY_CREDENTIALS, endpoint: moto.endpoint });
      const still = await plain.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: 'open-notebook' }));
      expect(still.NotebookInstanceStatus).toBe('InService');
    });

    it('never prints secrets: not the lifecycle script, not the credentials', async () => {
      const printed: string[] = [];
      const capture = (stream: NodeJS.WriteStream) =>
        vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
          printed.push(String(chunk));
          return true;
        });
      const spies = [capture(process.stdout), capture(process.stderr), ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args) => void printed.push(args.join(' '))))];
      const progress: string[] = [];
      let snapshot: Snapshot;
      try {
        snapshot = await audit({ regions: [HOME_REGION], onProgress: (p) => progress.push(JSON.stringify(p)) });
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      const script = Buffer.from(regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION).sagemaker.notebookLifecycleConfigs[0]!.OnStart![0]!.Content!, 'base64').toString();
      expect(script).toContain(PLANTED_SECRET);
      const visible = [...printed, ...progress, JSON.stringify(snapshot.coverage), ...snapshotToUnits(snapshot).flatMap((u) => u.notes.map((n) => n.message))].join('\n');
      expect(visible).not.toContain(PLANTED_SECRET);
      expect(visible).not.toContain(DUMMY_CREDENTIALS.secretAccessKey);
      expect(serializeSnapshot(snapshot)).not.toContain(DUMMY_CREDENTIALS.secretAccessKey);
    });
  });

  describeLive('mapped onto the model', () => {
    let resources: Resource[];
    let graph: ResourceGraph;
    const byName = (kind: Resource['kind'], region: string, name: string) => {
      // SageMaker ARNs end in /<name>, Redshift ARNs in :<name>.
      const found = resources.find((r) => r.kind === kind && r.loc.kind === 'live' && r.loc.region === region && /[/:]([^/:]+)$/.exec(r.id)?.[1] === name);
      if (!found) throw new Error(`no ${kind} ${name} in ${region}`);
      return found;
    };

    beforeAll(() => {
      const units = snapshotToUnits(snapshot, 'state.json');
      expect(units).toHaveLength(1);
      resources = units[0]!.resources;
      graph = new ResourceGraph(resources);
    });

    it('gives notebooks canonical names, defaults, live locations and their CloudFormation origin', () => {
      const open = byName('NotebookInstance', HOME_REGION, 'open-notebook');
      expect(open).toMatchObject({ type: 'NotebookInstance', source: 'live', label: 'CloudFormation stack ml-sandbox, logical ID SandboxNotebook' });
      expect(open.loc).toEqual({ kind: 'live', arn: open.id, partition: 'aws', account: CALLER_ACCOUNT, region: HOME_REGION, path: [] });
      const rootAccess = prop(open, 'RootAccess');
      expect(rootAccess).toMatchObject({ t: 'omitted', fallback: { v: 'Enabled' } });
      expect(stringOf(prop(open, 'LifecycleConfigName'))).toBe('risky-setup');
      const locked = byName('NotebookInstance', HOME_REGION, 'locked-notebook');
      const groups = prop(locked, 'SecurityGroupIds');
      expect(toPlain(groups)).toEqual([seeded.network.closedGroupId]);
      expect(groups.loc).toMatchObject({ kind: 'live', arn: locked.id, path: ['SecurityGroups'] });
      expect(prop(locked, 'NotebookInstanceLifecycleConfigName').t).toBe('omitted');
    });

    it('links notebooks to their lifecycle config, subnet, security groups and role', () => {
      const open = byName('NotebookInstance', HOME_REGION, 'open-notebook');
      const locked = byName('NotebookInstance', HOME_REGION, 'locked-notebook');
      const config = byName('NotebookLifecycleConfig', HOME_REGION, 'risky-setup');
      expect(graph.referrers(config, 'NotebookInstance').map((e) => e.from)).toEqual([open]);
      expect(graph.references(locked, 'Subnet').map((e) => e.to.aliases)).toEqual([expect.arrayContaining([seeded.network.subnetId])]);
      expect(graph.references(locked, 'SecurityGroup').map((e) => e.to.aliases)).toEqual([expect.arrayContaining([seeded.network.closedGroupId])]);
      const role = graph.byId(seeded.roleArn)!;
      expect(role.kind).toBe('IamRole');
      expect(graph.references(open, 'IamRole').map((e) => e.to)).toEqual([role]);
    });

    it('keeps references by a name used in two regions inside their region', () => {
      const homeConfig = byName('EndpointConfig', HOME_REGION, 'churn');
      const otherConfig = byName('EndpointConfig', OTHER_REGION, 'churn');
      expect(graph.references(homeConfig, 'Model').map((e) => e.to)).toEqual([byName('Model', HOME_REGION, 'churn')]);
      expect(graph.references(otherConfig, 'Model').map((e) => e.to)).toEqual([byName('Model', OTHER_REGION, 'churn')]);
      const endpoint = byName('Endpoint', HOME_REGION, 'churn');
      expect(graph.references(endpoint, 'EndpointConfig').map((e) => e.to)).toEqual([homeConfig]);
      const transform = byName('TransformJob', HOME_REGION, 'score-churn');
      expect(graph.references(transform, 'Model').map((e) => e.to)).toEqual([byName('Model', HOME_REGION, 'churn')]);
      // The tags of the transform job could not be read: the set says it is partial.
      expect(transform.tags?.partial).toBe(true);
    });

    it('maps jobs to Job in canonical shape, a model without VPC to no VpcConfig, and the pipeline definition to its CloudFormation place', () => {
      const training = byName('Job', HOME_REGION, 'train-churn');
      expect(training.type).toBe('TrainingJob');
      expect([stringOf(prop(training, 'JobType')), toPlain(prop(training, 'ResourceConfig', 'InstanceCount'))]).toEqual(['training', 2]);
      // Processing jobs take the canonical Job shape: network settings from NetworkConfig, instances from ClusterConfig.
      const processing = byName('Job', HOME_REGION, 'prepare-churn');
      expect(processing.type).toBe('ProcessingJob');
      expect(stringOf(prop(processing, 'JobType'))).toBe('processing');
      expect(prop(processing, 'EnableNetworkIsolation')).toMatchObject({ v: true, loc: { arn: processing.id, path: ['NetworkConfig', 'EnableNetworkIsolation'] } });
      expect(toPlain(prop(processing, 'VpcConfig', 'Subnets'))).toEqual([seeded.network.subnetId]);
      // moto leaves ProcessingResources out of DescribeProcessingJob: the canonical ResourceConfig is omitted at its native place.
      expect(prop(processing, 'ResourceConfig')).toMatchObject({ t: 'omitted', path: ['ProcessingResources', 'ClusterConfig'] });
      expect(prop(byName('Model', HOME_REGION, 'churn'), 'VpcConfig').t).toBe('omitted');
      expect(toPlain(prop(byName('Model', HOME_REGION, 'churn-isolated'), 'VpcConfig', 'Subnets'))).toEqual([seeded.network.subnetId]);
      const body = stringOf(prop(byName('Pipeline', HOME_REGION, 'churn-pipeline'), 'PipelineDefinition', 'PipelineDefinitionBody'));
      expect(JSON.parse(body!).Steps[0].Name).toBe('Train');
    });

    it('decodes IAM documents and links the role to its managed policies', () => {
      const role = graph.byId(seeded.roleArn)!;
      const inline = prop(role, 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action');
      expect(stringOf(inline)).toBe('s3:*');
      expect(inline.loc).toMatchObject({ region: 'global', path: ['RolePolicyList', 0, 'PolicyDocument', 'Statement', 0, 'Action'] });
      expect(stringOf(prop(role, 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'Service'))).toBe('sagemaker.amazonaws.com');
      const policies = graph.references(role, 'IamPolicy').map((e) => stringOf(prop(e.to, 'ManagedPolicyName')));
      expect(policies.sort()).toEqual(['AmazonSageMakerFullAccess', 'ReadTrainingData']);
      const custom = graph.byId(`arn:aws:iam::${CALLER_ACCOUNT}:policy/ReadTrainingData`)!;
      expect(stringOf(prop(custom, 'PolicyDocument', 'Statement', 0, 'Action'))).toBe('s3:GetObject');
      expect(role.tags?.known.get('team')).toBe('ml');
    });

    it('flattens security group permissions into CloudFormation ingress rules', () => {
      const open = graph.byId(seeded.network.openGroupId)!;
      const ingress = prop(open, 'SecurityGroupIngress');
      expect(toPlain(ingress)).toEqual([{ IpProtocol: 'tcp', FromPort: 8888, ToPort: 8888, CidrIp: '0.0.0.0/0', Description: 'anyone' }]);
      expect(get(ingress, 0, 'CidrIp').loc).toMatchObject({ path: ['IpPermissions', 0, 'IpRanges', 0, 'CidrIp'] });
      const closed = graph.byId(seeded.network.closedGroupId)!;
      expect(graph.references(closed, 'SecurityGroup').map((e) => e.to)).toEqual([open]);
    });

    it('maps Redshift clusters onto CloudFormation properties and links them to their parameter group', () => {
      const privateCluster = byName('RedshiftCluster', HOME_REGION, 'private-warehouse');
      expect(privateCluster.id).toBe(`arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:cluster:private-warehouse`);
      expect(stringOf(prop(privateCluster, 'ClusterParameterGroupName'))).toBe('strict');
      expect(graph.references(privateCluster, 'RedshiftParameterGroup').map((e) => e.to.id)).toEqual([`arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:parametergroup:strict`]);
      expect(prop(privateCluster, 'LoggingProperties').t).toBe('omitted');
      const publicCluster = byName('RedshiftCluster', HOME_REGION, 'public-warehouse');
      expect(prop(publicCluster, 'PubliclyAccessible')).toMatchObject({ t: 'scalar', v: true });
    });

    it('turns the coverage gaps into notes of the unit', () => {
      const notes = snapshotToUnits(snapshot)[0]!.notes.map((n) => n.message);
      expect(notes[0]).toMatch(/^Jobs: only training, tuning, processing and transform jobs created after 2000-01-01T00:00:00.000Z, or still running/);
      // The same gap in both regions is one line, with a count and the places.
      expect(notes).toContain(
        `Coverage gap (unsupported) ×2: sagemaker:ListNotebookInstanceLifecycleConfigs failed in 2 places (account ${CALLER_ACCOUNT} ${OTHER_REGION}; account ${CALLER_ACCOUNT} ${HOME_REGION}) — the endpoint answered HTTP 500 with a body that is not an AWS API response (it may not implement this operation); not evaluated: SM006`,
      );
    });
  });
});
