/**
 * Feature groups and inference experiments, from the collector to the rules
 * that judge them (SM071, SM072). moto 5.2.1 implements CreateFeatureGroup and
 * DescribeFeatureGroup but not ListFeatureGroups, and no inference experiment
 * API, so the audit's own clients answer here with the response shapes of the
 * SageMaker API reference.
 */
import { describe, expect, it } from 'vitest';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { AccessDenied, stubbedClient, Throttled, type Answer } from '../../../test/helpers/stubbed-aws-client.js';
import { findingsIn, liveUnit } from '../../../test/rule-inputs.js';
import featureStoreNoKms from '../../../rules/sm071-feature-store-no-kms.js';
import inferenceExperimentNoKms from '../../../rules/sm072-inference-experiment-no-kms.js';
import { GapRecorder, ServiceCalls } from './calls.js';
import { hidesScope } from './coverage.js';
import { collectSageMaker } from './sagemaker.js';
import type { SageMakerState } from './snapshot.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const arnOf = (type: string, name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:${type}/${name}`;

/** DescribeFeatureGroup as the API reference shows it; `stores` sets the two store configurations. */
function featureGroup(name: string, stores: { OnlineStoreConfig?: object; OfflineStoreConfig?: object }) {
  return {
    FeatureGroupArn: arnOf('feature-group', name),
    FeatureGroupName: name,
    RecordIdentifierFeatureName: 'customer_id',
    EventTimeFeatureName: 'event_time',
    FeatureDefinitions: [
      { FeatureName: 'customer_id', FeatureType: 'String' },
      { FeatureName: 'event_time', FeatureType: 'String' },
      { FeatureName: 'lifetime_value', FeatureType: 'Fractional' },
    ],
    CreationTime: '2026-11-02T09:14:07.000Z',
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/FeatureStoreAccess`,
    FeatureGroupStatus: 'Created',
    ...stores,
    NextToken: '',
  };
}

const FEATURE_GROUPS: Record<string, object> = {
  customers: featureGroup('customers', {
    OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: KEY }, StorageType: 'Standard' },
    OfflineStoreConfig: {
      S3StorageConfig: { S3Uri: 's3://ml-features/customers', KmsKeyId: KEY, ResolvedOutputS3Uri: `s3://ml-features/customers/${ACCOUNT}/sagemaker/${REGION}/offline-store/customers-1730538847/data` },
      DisableGlueTableCreation: false,
      DataCatalogConfig: { TableName: 'customers_1730538847', Catalog: 'AwsDataCatalog', Database: 'sagemaker_featurestore' },
      TableFormat: 'Glue',
    },
  }),
  clicks: featureGroup('clicks', {
    OnlineStoreConfig: { EnableOnlineStore: true, StorageType: 'Standard' },
    OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://ml-features/clicks' }, DisableGlueTableCreation: true, TableFormat: 'Iceberg' },
  }),
};

/** DescribeInferenceExperiment as the API reference shows it, for a shadow test of the endpoint `churn`. */
function inferenceExperiment(name: string, keys: { KmsKey?: string; DataStorageKmsKey?: string }) {
  return {
    Arn: arnOf('inference-experiment', name),
    Name: name,
    Type: 'ShadowMode',
    Schedule: { StartTime: '2026-12-01T00:00:00.000Z', EndTime: '2026-12-08T00:00:00.000Z' },
    Status: 'Running',
    CreationTime: '2026-11-30T16:20:00.000Z',
    LastModifiedTime: '2026-12-01T00:03:12.000Z',
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/ShadowTesting`,
    EndpointMetadata: { EndpointName: 'churn', EndpointConfigName: 'churn-shadow-config', EndpointStatus: 'InService' },
    ModelVariants: [
      { ModelName: 'churn-v1', VariantName: 'production', InfrastructureConfig: { InfrastructureType: 'RealTimeInference', RealTimeInferenceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1 } }, Status: 'Deployed' },
      { ModelName: 'churn-v2', VariantName: 'shadow', InfrastructureConfig: { InfrastructureType: 'RealTimeInference', RealTimeInferenceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1 } }, Status: 'Deployed' },
    ],
    DataStorageConfig: { Destination: 's3://ml-shadow-tests/churn', ...(keys.DataStorageKmsKey ? { KmsKey: keys.DataStorageKmsKey } : {}), ContentType: { CsvContentTypes: ['text/csv'], JsonContentTypes: ['application/json'] } },
    ShadowModeConfig: { SourceModelVariantName: 'production', ShadowModelVariants: [{ ShadowModelVariantName: 'shadow', SamplingPercentage: 50 }] },
    ...(keys.KmsKey ? { KmsKey: keys.KmsKey } : {}),
  };
}

const EXPERIMENTS: Record<string, object> = {
  'shadow-churn': inferenceExperiment('shadow-churn', { KmsKey: KEY, DataStorageKmsKey: KEY }),
  'shadow-unkeyed': inferenceExperiment('shadow-unkeyed', {}),
};

const summary = (name: string) => ({ Name: name, Type: 'ShadowMode', Status: 'Running', CreationTime: '2026-11-30T16:20:00.000Z', LastModifiedTime: '2026-12-01T00:03:12.000Z' });

const answers: Record<string, Answer> = {
  // Two pages, as ListFeatureGroups gives them with a NextToken.
  ListFeatureGroups: (input) =>
    input.NextToken
      ? { FeatureGroupSummaries: [{ FeatureGroupName: 'clicks', FeatureGroupArn: arnOf('feature-group', 'clicks'), CreationTime: '2026-11-02T09:14:07.000Z', FeatureGroupStatus: 'Created' }] }
      : { FeatureGroupSummaries: [{ FeatureGroupName: 'customers', FeatureGroupArn: arnOf('feature-group', 'customers'), CreationTime: '2026-11-02T09:14:07.000Z', FeatureGroupStatus: 'Created' }], NextToken: 'page-2' },
  DescribeFeatureGroup: (input) => FEATURE_GROUPS[String(input.FeatureGroupName)]!,
  ListInferenceExperiments: () => ({ InferenceExperiments: Object.keys(EXPERIMENTS).map(summary) }),
  DescribeInferenceExperiment: (input) => EXPERIMENTS[String(input.Name)]!,
};

const failing = (error: Error): Answer => () => {
  throw error;
};

async function collect(overrides: Record<string, Answer> = {}) {
  const calls: string[] = [];
  const recorder = new GapRecorder([featureStoreNoKms, inferenceExperimentNoKms]);
  const client = stubbedClient(SageMakerClient, { ...answers, ...overrides }, calls, REGION);
  const state = await collectSageMaker(client, new ServiceCalls({ account: ACCOUNT, region: REGION, service: 'sagemaker' }, recorder), { allJobs: true, includesRunning: true });
  const gaps = recorder.sorted();
  return { state, gaps, calls, brief: gaps.map((g) => `${g.operation} ${g.reason}${g.resource ? ` ${g.resource}` : ''} [${g.rulesAffected.join(',')}] ${hidesScope(g) ? 'fails closed' : 'named'}`) };
}

const findingsOn = (rule: typeof featureStoreNoKms, state: SageMakerState) =>
  findingsIn(rule, liveUnit((region) => (region.sagemaker = state), { region: REGION })).then((findings) => findings.map((f) => `${f.resource.id} ${f.certainty}: ${f.message.split(':')[0]}`));

describe('feature groups', () => {
  it('are listed, every page, and described one by one, with their tags', async () => {
    const { state, gaps, calls } = await collect({ ListTags: (input) => ({ Tags: input.ResourceArn === arnOf('feature-group', 'customers') ? [{ Key: 'team', Value: 'growth' }] : [] }) });
    expect(state.featureGroups.map((g) => [g.FeatureGroupName, g.Tags])).toEqual([
      ['clicks', []],
      ['customers', [{ Key: 'team', Value: 'growth' }]],
    ]);
    expect(state.featureGroups[1]!.OnlineStoreConfig?.SecurityConfig?.KmsKeyId).toBe(KEY);
    expect(calls.filter((c) => c === 'ListFeatureGroups')).toHaveLength(2);
    expect(gaps).toEqual([]);
  });

  it('without customer managed keys are reported by SM071 on the live audit, store by store', async () => {
    const { state } = await collect();
    expect(await findingsOn(featureStoreNoKms, state)).toEqual([
      `${arnOf('feature-group', 'clicks')} definite: OfflineStoreConfig.S3StorageConfig.KmsKeyId is omitted`,
      `${arnOf('feature-group', 'clicks')} definite: OnlineStoreConfig.SecurityConfig.KmsKeyId is omitted`,
    ]);
  });

  it('that cannot be listed fail the audit closed, naming SM071; one that cannot be described is left out and named', async () => {
    const denied = await collect({ ListFeatureGroups: failing(new AccessDenied('not authorized to perform sagemaker:ListFeatureGroups')) });
    expect(denied.state.featureGroups).toEqual([]);
    expect(denied.brief).toEqual(['ListFeatureGroups access-denied [SM071] fails closed']);
    const throttled = await collect({
      DescribeFeatureGroup: (input, call) => (input.FeatureGroupName === 'clicks' ? failing(new Throttled('Rate exceeded'))(input, call) : FEATURE_GROUPS.customers!),
    });
    expect(throttled.state.featureGroups.map((g) => g.FeatureGroupName)).toEqual(['customers']);
    expect(throttled.brief).toEqual(['DescribeFeatureGroup throttled clicks [SM071] named']);
  });
});

describe('inference experiments', () => {
  it('are listed and described one by one, keys and all', async () => {
    const { state, gaps } = await collect();
    expect(state.inferenceExperiments.map((e) => [e.Name, e.KmsKey, e.DataStorageConfig?.KmsKey])).toEqual([
      ['shadow-churn', KEY, KEY],
      ['shadow-unkeyed', undefined, undefined],
    ]);
    expect(gaps).toEqual([]);
  });

  it('without customer managed keys are reported by SM072 on the live audit, volumes and captured data apart', async () => {
    const { state } = await collect();
    expect(await findingsOn(inferenceExperimentNoKms, state)).toEqual([
      `${arnOf('inference-experiment', 'shadow-unkeyed')} definite: KmsKey is omitted`,
      `${arnOf('inference-experiment', 'shadow-unkeyed')} definite: DataStorageConfig.KmsKey is omitted`,
    ]);
  });

  it('that cannot be listed fail the audit closed, naming SM072', async () => {
    const { state, brief } = await collect({ ListInferenceExperiments: failing(new Throttled('Rate exceeded')) });
    expect(state.inferenceExperiments).toEqual([]);
    expect(brief).toEqual(['ListInferenceExperiments throttled [SM072] fails closed']);
  });
});
