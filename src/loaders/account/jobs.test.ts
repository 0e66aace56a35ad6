/**
 * Live jobs in the canonical Job shape: the job rules (SM020–SM023) read a
 * training, tuning, processing or monitoring job, or a monitoring job
 * definition, from an account exactly as they read one declared in a template.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateUnit } from '../../engine/evaluate.js';
import type { Finding } from '../../core/finding.js';
import { prepareRules } from '../../core/rule.js';
import { prop, type Resource } from '../../model/resource.js';
import { stringOf, toPlain } from '../../model/value.js';
import sm020 from '../../../rules/sm020-job-outside-vpc.js';
import sm021 from '../../../rules/sm021-job-network-isolation-off.js';
import sm022 from '../../../rules/sm022-job-intercontainer-encryption-off.js';
import sm023 from '../../../rules/sm023-job-storage-unencrypted.js';
import { loadCloudFormationText } from '../cloudformation/index.js';
import { MONITORING_TYPES, type MonitoringType } from '../../model/job-shapes.js';
import { mapAccountState } from './model.js';
import { emptyRegionState, MONITORING_DEFINITION_COLLECTIONS, type AccountState, type RegionState } from './snapshot.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const JOB_RULES = [sm020, sm021, sm022, sm023];
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
type SageMaker = RegionState['sagemaker'];
type TrainingRecord = SageMaker['trainingJobs'][number];
const arnOf = (type: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${type}/${name}`;

/** Every job setting right: no job rule reports it. */
const SECURE_TRAINING: TrainingRecord = {
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
  VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
  EnableNetworkIsolation: true,
  EnableInterContainerTrafficEncryption: true,
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 10, VolumeKmsKeyId: KEY },
  OutputDataConfig: { S3OutputPath: 's3://bucket/out', KmsKeyId: KEY },
};

/** Every job setting wrong, on two instances (so inter-container traffic matters). */
const INSECURE_TRAINING: TrainingRecord = {
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
  ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 10 },
  OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
};

/** A processing job's settings, in the shape both DescribeProcessingJob and AWS::SageMaker::ProcessingJob use. */
const PROCESSING: SageMaker['processingJobs'][number] = {
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
  AppSpecification: { ImageUri: 'image' },
  ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
  NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] } },
  ProcessingOutputConfig: { Outputs: [{ OutputName: 'out', S3Output: { S3Uri: 's3://bucket/out', LocalPath: '/opt/ml/processing/out', S3UploadMode: 'EndOfJob' } }] },
};

/** An inline model quality job definition: outside any VPC, encrypted, on one instance. */
const MONITORING_CONFIG: NonNullable<SageMaker['monitoringSchedules'][number]['MonitoringScheduleConfig']> = {
  MonitoringType: 'ModelQuality',
  ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' },
  MonitoringJobDefinition: {
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
    MonitoringAppSpecification: { ImageUri: 'image' },
    MonitoringInputs: [{ EndpointInput: { EndpointName: 'churn', LocalPath: '/opt/ml/processing/input' } }],
    MonitoringOutputConfig: { KmsKeyId: KEY, MonitoringOutputs: [{ S3Output: { S3Uri: 's3://bucket/monitor', LocalPath: '/opt/ml/processing/output' } }] },
    MonitoringResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10, VolumeKmsKeyId: KEY } },
    NetworkConfig: { EnableNetworkIsolation: true },
  },
};

/**
 * A monitoring job definition of each kind, in the shape both Describe…JobDefinition
 * and AWS::SageMaker::…JobDefinition use: isolated, but outside any VPC, with
 * traffic between its two instances and its storage unencrypted.
 */
function jobDefinition(type: MonitoringType): Record<string, unknown> {
  return {
    JobDefinitionName: `${type}-definition`,
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/Exec`,
    [`${type}AppSpecification`]: { ImageUri: 'image' },
    [`${type}JobInput`]: { EndpointInput: { EndpointName: 'churn', LocalPath: '/opt/ml/processing/input' } },
    [`${type}JobOutputConfig`]: { MonitoringOutputs: [{ S3Output: { S3Uri: 's3://bucket/monitor', LocalPath: '/opt/ml/processing/output' } }] },
    JobResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
    NetworkConfig: { EnableNetworkIsolation: true },
  };
}

const definitionArn = (type: MonitoringType) => arnOf(`${type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}-job-definition`, `${type}-definition`);

function account(fill: (state: RegionState) => void): AccountState {
  const state = emptyRegionState(REGION);
  fill(state);
  return { accountId: ACCOUNT, partition: 'aws', principalArn: `arn:aws:iam::${ACCOUNT}:user/auditor`, regions: [state] };
}

const { resources, notes } = mapAccountState(
  account((s) => {
    s.sagemaker.trainingJobs.push(
      { TrainingJobName: 'secure', TrainingJobArn: arnOf('training-job', 'secure'), ...SECURE_TRAINING, Tags: [] },
      { TrainingJobName: 'insecure', TrainingJobArn: arnOf('training-job', 'insecure'), ...INSECURE_TRAINING, Tags: [] },
    );
    s.sagemaker.hyperParameterTuningJobs.push(
      {
        HyperParameterTuningJobName: 'multi',
        HyperParameterTuningJobArn: arnOf('hyper-parameter-tuning-job', 'multi'),
        TrainingJobDefinitions: [
          { DefinitionName: 'good', ...SECURE_TRAINING },
          { DefinitionName: 'bad', ...INSECURE_TRAINING },
        ],
        Tags: [{ Key: 'team', Value: 'ml' }],
      },
      { HyperParameterTuningJobName: 'single', HyperParameterTuningJobArn: arnOf('hyper-parameter-tuning-job', 'single'), TrainingJobDefinition: INSECURE_TRAINING, Tags: [] },
    );
    s.sagemaker.processingJobs.push({ ProcessingJobName: 'prepare', ProcessingJobArn: arnOf('processing-job', 'prepare'), ...PROCESSING, Tags: [] });
    s.sagemaker.monitoringSchedules.push(
      { MonitoringScheduleName: 'inline', MonitoringScheduleArn: arnOf('monitoring-schedule', 'inline'), MonitoringType: 'ModelQuality', MonitoringScheduleConfig: MONITORING_CONFIG, Tags: [] },
      {
        MonitoringScheduleName: 'named',
        MonitoringScheduleArn: arnOf('monitoring-schedule', 'named'),
        MonitoringScheduleConfig: { MonitoringJobDefinitionName: 'quality-definition', MonitoringType: 'DataQuality' },
        Tags: [],
      },
      {
        MonitoringScheduleName: 'bias',
        MonitoringScheduleArn: arnOf('monitoring-schedule', 'bias'),
        MonitoringScheduleConfig: { MonitoringJobDefinitionName: 'ModelBias-definition', MonitoringType: 'ModelBias' },
        Tags: [],
      },
    );
    for (const type of MONITORING_TYPES) {
      const definitions: object[] = s.sagemaker[MONITORING_DEFINITION_COLLECTIONS[type]];
      definitions.push({ ...jobDefinition(type), JobDefinitionArn: definitionArn(type), CreationTime: '2026-01-01T00:00:00.000Z', Tags: [] });
    }
  }),
  'state.json',
);

const byId = (id: string): Resource => {
  const found = resources.find((r) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};

/** Rule, native property path and message of each finding on `id`. */
function findingsOn(id: string, from: Finding[]): string[] {
  return from.filter((f) => f.resource.id === id).map((f) => `${f.ruleId} ${f.propertyPath.join('.')}: ${f.message}`);
}

let findings: Finding[];

beforeAll(() => {
  prepareRules(JOB_RULES);
  findings = evaluateUnit({ files: [], resources, errors: [], notes: [] }, { rules: JOB_RULES }).findings;
});

describe('live training jobs', () => {
  it('carry the job type and keep their settings where the API returns them', () => {
    const job = byId(arnOf('training-job', 'secure'));
    expect(stringOf(prop(job, 'JobType'))).toBe('training');
    expect(prop(job, 'ResourceConfig', 'InstanceCount')).toMatchObject({ v: 2, loc: { kind: 'live', arn: job.id, path: ['ResourceConfig', 'InstanceCount'] } });
    expect(stringOf(prop(job, 'OutputDataConfig', 'KmsKeyId'))).toBe(KEY);
  });

  it('are judged by every job rule: a secure job passes, an insecure one fails each', () => {
    expect(findingsOn(arnOf('training-job', 'secure'), findings)).toEqual([]);
    expect(findingsOn(arnOf('training-job', 'insecure'), findings).map((f) => f.split(':')[0])).toEqual([
      'SM020 VpcConfig',
      'SM021 EnableNetworkIsolation',
      'SM022 EnableInterContainerTrafficEncryption',
      'SM023 ResourceConfig.VolumeKmsKeyId',
      'SM023 OutputDataConfig.KmsKeyId',
    ]);
  });
});

describe('live tuning jobs', () => {
  it('become one job per training definition, named after it, with the tuning job’s tags', () => {
    const good = byId(`${arnOf('hyper-parameter-tuning-job', 'multi')}/good`);
    const bad = byId(`${arnOf('hyper-parameter-tuning-job', 'multi')}/bad`);
    expect(stringOf(prop(good, 'JobType'))).toBe('tuning');
    expect(toPlain(prop(good, 'VpcConfig', 'Subnets'))).toEqual(['subnet-1']);
    expect(prop(good, 'VpcConfig').loc).toMatchObject({ arn: arnOf('hyper-parameter-tuning-job', 'multi'), path: ['TrainingJobDefinitions', 0, 'VpcConfig'] });
    expect(bad.tags?.known.get('team')).toBe('ml');
    expect(resources.some((r) => r.id === arnOf('hyper-parameter-tuning-job', 'multi'))).toBe(false);
  });

  it('report the faulty definition only', () => {
    expect(findingsOn(`${arnOf('hyper-parameter-tuning-job', 'multi')}/good`, findings)).toEqual([]);
    expect(findingsOn(`${arnOf('hyper-parameter-tuning-job', 'multi')}/bad`, findings)).toHaveLength(5);
  });

  it('with a single TrainingJobDefinition are one job under the tuning job’s ARN', () => {
    const single = byId(arnOf('hyper-parameter-tuning-job', 'single'));
    expect(single.aliases).toContain('single');
    const vpc = findings.find((f) => f.resource.id === single.id && f.ruleId === 'SM020');
    expect(vpc?.location).toMatchObject({ kind: 'live', arn: single.id, path: [] });
    expect(vpc?.message).toMatch(/^VpcConfig is omitted/);
  });
});

describe('live processing jobs', () => {
  const id = arnOf('processing-job', 'prepare');

  it('read network settings from NetworkConfig and instances from ProcessingResources.ClusterConfig', () => {
    const job = byId(id);
    expect(stringOf(prop(job, 'JobType'))).toBe('processing');
    expect(toPlain(prop(job, 'VpcConfig', 'SecurityGroupIds'))).toEqual(['sg-1']);
    expect(prop(job, 'EnableNetworkIsolation')).toMatchObject({ v: true, loc: { path: ['NetworkConfig', 'EnableNetworkIsolation'] } });
    expect(prop(job, 'ResourceConfig', 'InstanceCount')).toMatchObject({ v: 2, loc: { path: ['ProcessingResources', 'ClusterConfig', 'InstanceCount'] } });
  });

  it('are judged as the same job declared in a template', () => {
    const template = JSON.stringify({ Resources: { Prepare: { Type: 'AWS::SageMaker::ProcessingJob', Properties: PROCESSING } } });
    const unit = loadCloudFormationText(template, 'template.json')!;
    const fromTemplate = evaluateUnit(unit, { rules: JOB_RULES }).findings;
    const live = findingsOn(id, findings);
    expect(live.map((f) => f.split(' ')[0])).toEqual(['SM022', 'SM023', 'SM023']);
    expect(live).toEqual(findingsOn('Prepare', fromTemplate));
  });
});

describe('live monitoring schedules', () => {
  const id = arnOf('monitoring-schedule', 'inline');

  it('with an inline job definition are that job, of the schedule’s monitoring type', () => {
    const job = byId(id);
    expect(stringOf(prop(job, 'JobType'))).toBe('model-quality');
    expect(stringOf(prop(job, 'ResourceConfig', 'VolumeKmsKeyId'))).toBe(KEY);
    expect(findingsOn(id, findings)).toEqual([
      expect.stringMatching(/^SM020 MonitoringScheduleConfig\.MonitoringJobDefinition\.NetworkConfig\.VpcConfig: .*model quality monitoring job/),
    ]);
  });

  it('are judged as the same schedule declared in a template', () => {
    const template = JSON.stringify({
      Resources: { Monitor: { Type: 'AWS::SageMaker::MonitoringSchedule', Properties: { MonitoringScheduleName: 'inline', MonitoringScheduleConfig: MONITORING_CONFIG } } },
    });
    const fromTemplate = evaluateUnit(loadCloudFormationText(template, 'template.json')!, { rules: JOB_RULES }).findings;
    expect(findingsOn(id, findings)).toEqual(findingsOn('Monitor', fromTemplate));
  });

  it('that name a job definition declare no job; only one whose definition is not in the snapshot gets a note', () => {
    expect(resources.some((r) => r.id === arnOf('monitoring-schedule', 'named') || r.id === arnOf('monitoring-schedule', 'bias'))).toBe(false);
    expect(notes).toEqual([
      {
        file: 'state.json',
        message: `${arnOf('monitoring-schedule', 'named')}: the monitoring schedule runs the job definition quality-definition, which is not in the snapshot; SM020–SM023 do not judge its jobs`,
      },
    ]);
  });
});

describe.each(MONITORING_TYPES)('live %s job definitions', (type) => {
  const id = definitionArn(type);
  const jobType = type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

  it('are jobs of their kind, read from NetworkConfig, JobResources.ClusterConfig and the output config', () => {
    const job = byId(id);
    expect([job.type, stringOf(prop(job, 'JobType'))]).toEqual([`${type}JobDefinition`, jobType]);
    expect(prop(job, 'EnableNetworkIsolation')).toMatchObject({ v: true, loc: { kind: 'live', arn: id, path: ['NetworkConfig', 'EnableNetworkIsolation'] } });
    expect(prop(job, 'ResourceConfig', 'InstanceCount')).toMatchObject({ v: 2, loc: { path: ['JobResources', 'ClusterConfig', 'InstanceCount'] } });
    expect(prop(job, 'OutputDataConfig', 'KmsKeyId')).toMatchObject({ t: 'omitted', path: [`${type}JobOutputConfig`, 'KmsKeyId'] });
    expect(job.aliases).toEqual([id, `${type}-definition`]);
  });

  it('are judged as the same definition declared in a template', () => {
    const template = JSON.stringify({ Resources: { Definition: { Type: `AWS::SageMaker::${type}JobDefinition`, Properties: jobDefinition(type) } } });
    const fromTemplate = evaluateUnit(loadCloudFormationText(template, 'template.json')!, { rules: JOB_RULES }).findings;
    const live = findingsOn(id, findings);
    expect(live.map((f) => f.split(':')[0])).toEqual([
      'SM020 NetworkConfig.VpcConfig',
      'SM022 NetworkConfig.EnableInterContainerTrafficEncryption',
      'SM023 JobResources.ClusterConfig.VolumeKmsKeyId',
      `SM023 ${type}JobOutputConfig.KmsKeyId`,
    ]);
    expect(live.every((f) => f.includes(jobType.replace('-', ' ')))).toBe(true);
    expect(live).toEqual(findingsOn('Definition', fromTemplate));
  });
});
