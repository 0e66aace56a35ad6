/** SageMaker records → resources: notebooks, Studio, models and endpoints, jobs, pipelines, HyperPod clusters, workforces, model package groups, feature groups, inference experiments. */
import type { ResourceKind } from '../../../model/resource.js';
import type { Value } from '../../../model/value.js';
import {
  canonicalJob,
  isMonitoringType,
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  monitoringScheduleJob,
  PROCESSING_LAYOUT,
  TRAINING_LAYOUT,
  trainingDefinitions,
  type MonitoringType,
} from '../../../model/job-shapes.js';
import type { LiveValues } from '../live-values.js';
import { MONITORING_DEFINITION_COLLECTIONS, type SageMakerState } from '../snapshot.js';
import { asIs, type MappingContext, type Spec, type SpecTable } from './spec.js';

type R<K extends keyof SageMakerState> = SageMakerState[K][number];

/**
 * A kind whose Describe output already has CloudFormation's names: its identity
 * fields are all that sets it apart.
 */
function described<K extends keyof SageMakerState>(
  kind: ResourceKind,
  type: string,
  identity: { arn: (r: R<K>) => string | undefined; name: (r: R<K>) => string | undefined; ids?: (r: R<K>) => (string | undefined)[] },
): Spec<R<K>> {
  return { kind, type, ...identity, tags: 'listed', props: asIs };
}

const NOTEBOOK: Spec<R<'notebookInstances'>> = {
  kind: 'NotebookInstance',
  type: 'NotebookInstance',
  arn: (r) => r.NotebookInstanceArn,
  name: (r) => r.NotebookInstanceName,
  tags: 'listed',
  props: (r, v, ctx) =>
    v.record(r, {
      SecurityGroups: undefined,
      SecurityGroupIds: r.SecurityGroups && v.plain(r.SecurityGroups, ['SecurityGroups']),
      NotebookInstanceLifecycleConfigName: undefined,
      LifecycleConfigName: ctx.byNameOf(v, 'NotebookLifecycleConfig', r.NotebookInstanceLifecycleConfigName, ['NotebookInstanceLifecycleConfigName']),
    }),
};

const WORKFORCE: Spec<R<'workforces'>> = {
  kind: 'Workforce',
  type: 'Workforce',
  arn: (r) => r.WorkforceArn,
  name: (r) => r.WorkforceName,
  tags: 'none',
  props: asIs,
};

const IMAGE: Spec<R<'images'>> = {
  kind: 'Image',
  type: 'Image',
  arn: (r) => r.ImageArn,
  name: (r) => r.ImageName,
  tags: 'listed',
  props: (r, v) => v.record(r, { RoleArn: undefined, ImageRoleArn: v.optional(r.RoleArn, ['RoleArn']), Description: undefined, ImageDescription: v.optional(r.Description, ['Description']) }),
};

/** GetModelPackageGroupPolicy's `ResourcePolicy` is CloudFormation's `ModelPackageGroupPolicy`. */
const MODEL_PACKAGE_GROUP: Spec<R<'modelPackageGroups'>> = {
  kind: 'ModelPackageGroup',
  type: 'ModelPackageGroup',
  arn: (r) => r.ModelPackageGroupArn,
  name: (r) => r.ModelPackageGroupName,
  tags: 'none',
  props: (r, v) => v.record(r, { ResourcePolicy: undefined, ModelPackageGroupPolicy: v.optional(r.ResourcePolicy, ['ResourcePolicy']) }),
};

/** Production and shadow variants name their models. */
function variantsOf(variants: readonly { ModelName?: string }[] | undefined, key: string, v: LiveValues, ctx: MappingContext): Value | undefined {
  if (!variants) return undefined;
  return v.list(
    variants.map((variant, i) => v.record(variant, { ModelName: ctx.byNameOf(v, 'Model', variant.ModelName, [key, i, 'ModelName']) }, [key, i])),
    [key],
  );
}

const ENDPOINT_CONFIG: Spec<R<'endpointConfigs'>> = {
  kind: 'EndpointConfig',
  type: 'EndpointConfig',
  arn: (r) => r.EndpointConfigArn,
  name: (r) => r.EndpointConfigName,
  tags: 'listed',
  props: (r, v, ctx) =>
    v.record(r, {
      ProductionVariants: variantsOf(r.ProductionVariants, 'ProductionVariants', v, ctx),
      ShadowProductionVariants: variantsOf(r.ShadowProductionVariants, 'ShadowProductionVariants', v, ctx),
    }),
};

const ENDPOINT: Spec<R<'endpoints'>> = {
  kind: 'Endpoint',
  type: 'Endpoint',
  arn: (r) => r.EndpointArn,
  name: (r) => r.EndpointName,
  tags: 'listed',
  props: (r, v, ctx) => v.record(r, { EndpointConfigName: ctx.byNameOf(v, 'EndpointConfig', r.EndpointConfigName, ['EndpointConfigName']) }),
};

/**
 * Jobs take the canonical Job shape the templates get (`job-shapes.ts`): the
 * Describe outputs are the Create request shapes, so the CloudFormation layouts
 * apply as they are, and values stay located in the API record.
 */
const TRAINING_JOB: Spec<R<'trainingJobs'>> = {
  kind: 'Job',
  type: 'TrainingJob',
  arn: (r) => r.TrainingJobArn,
  name: (r) => r.TrainingJobName,
  tags: 'listed',
  props: (r, v) => canonicalJob(v.record(r), 'training', TRAINING_LAYOUT, v.loc([])),
};

/** One job per training definition, as a tuning job in a template. */
const TUNING_JOB: Spec<R<'hyperParameterTuningJobs'>> = {
  kind: 'Job',
  type: 'HyperParameterTuningJob',
  arn: (r) => r.HyperParameterTuningJobArn,
  name: (r) => r.HyperParameterTuningJobName,
  tags: 'listed',
  props: (r, v) =>
    trainingDefinitions(v.record(r)).map(({ definition, suffix }) => ({
      props: canonicalJob(definition, 'tuning', TRAINING_LAYOUT, v.loc([])),
      ...(suffix ? { suffix } : {}),
    })),
};

const PROCESSING_JOB: Spec<R<'processingJobs'>> = {
  kind: 'Job',
  type: 'ProcessingJob',
  arn: (r) => r.ProcessingJobArn,
  name: (r) => r.ProcessingJobName,
  tags: 'listed',
  props: (r, v) => canonicalJob(v.record(r), 'processing', PROCESSING_LAYOUT, v.loc([])),
};

/**
 * A schedule with an inline job definition is that job. One that names a job
 * definition declares none, as in a template: the definition, collected in the
 * same region, is the job. When it is not in the snapshot (its calls failed, or
 * an older snapshot), a note says its jobs were not judged.
 */
function monitoringScheduleSpec(sm: SageMakerState): Spec<R<'monitoringSchedules'>> {
  const collected = (name: string | undefined, type: string | undefined) => {
    const types = isMonitoringType(type) ? [type] : MONITORING_TYPES;
    return types.some((t) => sm[MONITORING_DEFINITION_COLLECTIONS[t]].some((d) => d.JobDefinitionName === name));
  };
  return {
    kind: 'Job',
    type: 'MonitoringSchedule',
    arn: (r) => r.MonitoringScheduleArn,
    name: (r) => r.MonitoringScheduleName,
    tags: 'listed',
    props: (r, v, ctx) => {
      const job = monitoringScheduleJob(v.record(r), v.loc([]));
      if (job) return [{ props: job }];
      const config = r.MonitoringScheduleConfig;
      const definition = config?.MonitoringJobDefinitionName;
      if (!collected(definition, config?.MonitoringType ?? r.MonitoringType)) {
        ctx.notes.push(
          `${v.origin.arn}: the monitoring schedule runs the job definition ${definition ?? '(unnamed)'}, which is not in the snapshot; SM020–SM023 do not judge its jobs`,
        );
      }
      return [];
    },
  };
}

/** The API record of a monitoring job definition: the four kinds share their identity fields. */
type JobDefinitionRecord = R<(typeof MONITORING_DEFINITION_COLLECTIONS)[MonitoringType]>;

/**
 * Monitoring job definitions are jobs, as in a template: Describe…JobDefinition
 * returns the shape of `AWS::SageMaker::…JobDefinition`, so its layout applies.
 */
const MONITORING_DEFINITION_SPECS = Object.fromEntries(
  MONITORING_TYPES.map((type): [MonitoringType, Spec<JobDefinitionRecord>] => {
    const { jobType, layout } = MONITORING_DEFINITIONS[type];
    const spec: Spec<JobDefinitionRecord> = {
      kind: 'Job',
      type: `${type}JobDefinition`,
      arn: (r) => r.JobDefinitionArn,
      name: (r) => r.JobDefinitionName,
      tags: 'listed',
      props: (r, v) => canonicalJob(v.record(r), jobType, layout, v.loc([])),
    };
    return [type, spec];
  }),
) as Record<MonitoringType, Spec<JobDefinitionRecord>>;

const TRANSFORM_JOB: Spec<R<'transformJobs'>> = {
  kind: 'TransformJob',
  type: 'TransformJob',
  arn: (r) => r.TransformJobArn,
  name: (r) => r.TransformJobName,
  tags: 'listed',
  props: (r, v, ctx) => v.record(r, { ModelName: ctx.byNameOf(v, 'Model', r.ModelName, ['ModelName']) }),
};

/** DescribePipeline returns the definition as a JSON string; CloudFormation holds it as PipelineDefinition.PipelineDefinitionBody. */
const PIPELINE: Spec<R<'pipelines'>> = {
  kind: 'Pipeline',
  type: 'Pipeline',
  arn: (r) => r.PipelineArn,
  name: (r) => r.PipelineName,
  tags: 'listed',
  props: (r, v) =>
    v.record(r, {
      PipelineDefinition:
        r.PipelineDefinition === undefined ? undefined : v.map([['PipelineDefinitionBody', v.plain(r.PipelineDefinition, ['PipelineDefinition'])]], ['PipelineDefinition']),
    }),
};

/** How each collection of a region's SageMaker state maps, in the order its resources are listed. */
export function sageMakerSpecs(sm: SageMakerState): SpecTable<SageMakerState> {
  return {
    notebookInstances: NOTEBOOK,
    notebookLifecycleConfigs: described<'notebookLifecycleConfigs'>('NotebookLifecycleConfig', 'NotebookInstanceLifecycleConfig', { arn: (r) => r.NotebookInstanceLifecycleConfigArn, name: (r) => r.NotebookInstanceLifecycleConfigName }),
    domains: described<'domains'>('Domain', 'Domain', { arn: (r) => r.DomainArn, name: (r) => r.DomainName, ids: (r) => [r.DomainId] }),
    userProfiles: described<'userProfiles'>('UserProfile', 'UserProfile', { arn: (r) => r.UserProfileArn, name: (r) => r.UserProfileName }),
    models: described<'models'>('Model', 'Model', { arn: (r) => r.ModelArn, name: (r) => r.ModelName }),
    endpointConfigs: ENDPOINT_CONFIG,
    endpoints: ENDPOINT,
    trainingJobs: TRAINING_JOB,
    hyperParameterTuningJobs: TUNING_JOB,
    processingJobs: PROCESSING_JOB,
    monitoringSchedules: monitoringScheduleSpec(sm),
    ...Object.fromEntries(MONITORING_TYPES.map((type) => [MONITORING_DEFINITION_COLLECTIONS[type], MONITORING_DEFINITION_SPECS[type]])),
    transformJobs: TRANSFORM_JOB,
    pipelines: PIPELINE,
    hyperPodClusters: described<'hyperPodClusters'>('HyperPodCluster', 'Cluster', { arn: (r) => r.ClusterArn, name: (r) => r.ClusterName }),
    spaces: described<'spaces'>('Space', 'Space', { arn: (r) => r.SpaceArn, name: (r) => r.SpaceName }),
    studioLifecycleConfigs: described<'studioLifecycleConfigs'>('StudioLifecycleConfig', 'StudioLifecycleConfig', { arn: (r) => r.StudioLifecycleConfigArn, name: (r) => r.StudioLifecycleConfigName }),
    workforces: WORKFORCE,
    appImageConfigs: described<'appImageConfigs'>('AppImageConfig', 'AppImageConfig', { arn: (r) => r.AppImageConfigArn, name: (r) => r.AppImageConfigName }),
    images: IMAGE,
    modelPackageGroups: MODEL_PACKAGE_GROUP,
    featureGroups: described<'featureGroups'>('FeatureGroup', 'FeatureGroup', { arn: (r) => r.FeatureGroupArn, name: (r) => r.FeatureGroupName }),
    inferenceExperiments: described<'inferenceExperiments'>('InferenceExperiment', 'InferenceExperiment', { arn: (r) => r.Arn, name: (r) => r.Name }),
  };
}
