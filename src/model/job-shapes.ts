/**
 * Jobs, batch transforms and models in their canonical shapes (see
 * `src/model/resource.ts`), built from the native shapes they are declared in.
 *
 * A canonical property is the native Value itself, found where the native
 * shape keeps it: locations and fixes stay in the source, and a property the
 * source omits is an `omitted` Value whose path is the native place a fix must
 * insert it (e.g. `NetworkConfig.EnableNetworkIsolation` of a processing job).
 * Nothing here reads CloudFormation syntax, so other loaders can use it.
 */
import type { Location } from './location.js';
import type { Resource } from './resource.js';
import { get, pathOf, scalar, stringOf, type Value } from './value.js';

export type JobType = 'training' | 'tuning' | 'processing' | 'data-quality' | 'model-quality' | 'model-bias' | 'model-explainability';

/** Canonical property → where the native shape keeps it. */
export type JobLayout = Readonly<Record<string, readonly string[]>>;

/** CreateTrainingJob, and each training job definition of a tuning job: the canonical shape itself. */
export const TRAINING_LAYOUT: JobLayout = {
  RoleArn: ['RoleArn'],
  VpcConfig: ['VpcConfig'],
  EnableNetworkIsolation: ['EnableNetworkIsolation'],
  EnableInterContainerTrafficEncryption: ['EnableInterContainerTrafficEncryption'],
  ResourceConfig: ['ResourceConfig'],
  OutputDataConfig: ['OutputDataConfig'],
};

/** Processing and monitoring jobs keep network settings in `NetworkConfig` and instances in a `ClusterConfig`. */
function clusterLayout(clusterConfig: readonly string[], outputConfig: string, root: readonly string[] = []): JobLayout {
  return {
    RoleArn: [...root, 'RoleArn'],
    VpcConfig: [...root, 'NetworkConfig', 'VpcConfig'],
    EnableNetworkIsolation: [...root, 'NetworkConfig', 'EnableNetworkIsolation'],
    EnableInterContainerTrafficEncryption: [...root, 'NetworkConfig', 'EnableInterContainerTrafficEncryption'],
    ResourceConfig: [...root, ...clusterConfig, 'ClusterConfig'],
    OutputDataConfig: [...root, outputConfig],
  };
}

/** CreateProcessingJob and `AWS::SageMaker::ProcessingJob`. */
export const PROCESSING_LAYOUT = clusterLayout(['ProcessingResources'], 'ProcessingOutputConfig');

/** `AWS::SageMaker::{DataQuality,ModelQuality,ModelBias,ModelExplainability}JobDefinition`: `<Kind>JobOutputConfig`, `JobResources`. */
export function monitoringDefinitionLayout(outputConfig: string): JobLayout {
  return clusterLayout(['JobResources'], outputConfig);
}

/** The inline job definition of a monitoring schedule (`MonitoringScheduleConfig.MonitoringJobDefinition`). */
export const MONITORING_SCHEDULE_LAYOUT = clusterLayout(['MonitoringResources'], 'MonitoringOutputConfig', ['MonitoringScheduleConfig', 'MonitoringJobDefinition']);

/**
 * The canonical properties of a job: the native properties, with the canonical
 * ones (and `JobType`) laid over them. Native properties stay readable so rules
 * can look at what the canonical shape leaves out.
 */
export function canonicalJob(native: Value, jobType: JobType, layout: JobLayout, typeLoc: Location): Value {
  const path = pathOf(native);
  const loc: Location = { ...native.loc, path };
  const entries = new Map<string, Value>(native.t === 'map' ? native.entries : []);
  const keyLocs = new Map<string, Location>(native.t === 'map' ? native.keyLocs : []);
  entries.set('JobType', scalar(jobType, typeLoc));
  for (const [canonical, nativePath] of Object.entries(layout)) {
    entries.set(canonical, get(native, ...nativePath));
    // A key located elsewhere than at the top would mislead an insertion into this map.
    if (nativePath.length !== 1 || nativePath[0] !== canonical) keyLocs.delete(canonical);
  }
  return { t: 'map', loc, entries, keyLocs };
}

export type MonitoringType = 'DataQuality' | 'ModelQuality' | 'ModelBias' | 'ModelExplainability';

export interface MonitoringDefinitionShape {
  jobType: JobType;
  /** Where the job's settings sit in `AWS::SageMaker::<type>JobDefinition` and in `Describe<type>JobDefinition`, which share one shape. */
  layout: JobLayout;
}

/** The four monitoring job definitions, by the `MonitoringType` that names them (`<type>JobDefinition`). */
export const MONITORING_DEFINITIONS: Readonly<Record<MonitoringType, MonitoringDefinitionShape>> = {
  DataQuality: { jobType: 'data-quality', layout: monitoringDefinitionLayout('DataQualityJobOutputConfig') },
  ModelQuality: { jobType: 'model-quality', layout: monitoringDefinitionLayout('ModelQualityJobOutputConfig') },
  ModelBias: { jobType: 'model-bias', layout: monitoringDefinitionLayout('ModelBiasJobOutputConfig') },
  ModelExplainability: { jobType: 'model-explainability', layout: monitoringDefinitionLayout('ModelExplainabilityJobOutputConfig') },
};

export const MONITORING_TYPES = Object.keys(MONITORING_DEFINITIONS) as MonitoringType[];

export function isMonitoringType(value: string | undefined): value is MonitoringType {
  return value !== undefined && Object.hasOwn(MONITORING_DEFINITIONS, value);
}

/**
 * The job a monitoring schedule (CloudFormation, or DescribeMonitoringSchedule)
 * declares inline, in canonical shape; undefined for a schedule that names a
 * job definition (`MonitoringJobDefinitionName`): that definition is the job.
 */
export function monitoringScheduleJob(schedule: Value, typeLoc: Location): Value | undefined {
  if (get(schedule, 'MonitoringScheduleConfig', 'MonitoringJobDefinition').t === 'omitted') return undefined;
  // An inline definition without a monitoring type is a data quality job.
  const monitoringType = stringOf(get(schedule, 'MonitoringScheduleConfig', 'MonitoringType'));
  const { jobType } = MONITORING_DEFINITIONS[isMonitoringType(monitoringType) ? monitoringType : 'DataQuality'];
  return canonicalJob(schedule, jobType, MONITORING_SCHEDULE_LAYOUT, typeLoc);
}

/** The SageMaker API calls that Step Functions tasks and pipeline steps make, whose requests sagelint reads. */
export type SageMakerRequest =
  | 'CreateTrainingJob'
  | 'CreateProcessingJob'
  | 'CreateHyperParameterTuningJob'
  | 'CreateTransformJob'
  | 'CreateModel'
  | 'CreateEndpointConfig'
  | 'CreateEndpoint';

/** Where a request is declared: the resource that declares it and the identity the request's resources get. */
export interface RequestSite {
  /** The declaring resource (a state machine, a pipeline), as the loader built it. */
  parent: Omit<Resource, 'kind'>;
  /** Identity of the resource built from the request (e.g. `Machine/Train`). */
  id: string;
  /** Where the request is declared (the state's or step's name). */
  loc: Location;
  /** Where it was found, for messages: "Step Functions state Train of Machine". */
  label: string;
}

/**
 * The resources one request creates: a job (one per training definition of a
 * tuning job), a batch transform job, a model, an endpoint configuration or an
 * endpoint, in canonical shape (the API's request is CloudFormation's shape for
 * the last three).
 */
export function resourcesOfRequest(request: SageMakerRequest, args: Value, site: RequestSite): Resource[] {
  const make = (kind: Resource['kind'], id: string, props: Value, aliases: string[] = []): Resource => ({
    ...site.parent,
    kind,
    id,
    type: request,
    loc: site.loc,
    props,
    // Tags of embedded requests are not read: TG001 judges the declaring resource.
    tags: undefined,
    aliases,
    label: site.parent.label ? `${site.label} (${site.parent.label})` : site.label,
  });
  switch (request) {
    case 'CreateTrainingJob':
      return [make('Job', site.id, canonicalJob(args, 'training', TRAINING_LAYOUT, site.loc))];
    case 'CreateProcessingJob':
      return [make('Job', site.id, canonicalJob(args, 'processing', PROCESSING_LAYOUT, site.loc))];
    case 'CreateHyperParameterTuningJob':
      return trainingDefinitions(args).map(({ definition, suffix }) =>
        make('Job', suffix ? `${site.id}/${suffix}` : site.id, canonicalJob(definition, 'tuning', TRAINING_LAYOUT, site.loc)),
      );
    case 'CreateTransformJob':
      return [make('TransformJob', site.id, args)];
    case 'CreateModel': {
      const name = stringOf(get(args, 'ModelName'));
      return [make('Model', site.id, args, name ? [name] : [])];
    }
    case 'CreateEndpointConfig': {
      const name = stringOf(get(args, 'EndpointConfigName'));
      return [make('EndpointConfig', site.id, args, name ? [name] : [])];
    }
    case 'CreateEndpoint': {
      const name = stringOf(get(args, 'EndpointName'));
      return [make('Endpoint', site.id, args, name ? [name] : [])];
    }
  }
}

/** A tuning job's training definitions: `TrainingJobDefinitions` (each named), else the single `TrainingJobDefinition`. */
export function trainingDefinitions(args: Value): { definition: Value; suffix?: string }[] {
  const list = get(args, 'TrainingJobDefinitions');
  if (list.t === 'list' && list.items.length > 0) {
    return list.items.map((definition, i) => ({ definition, suffix: stringOf(get(definition, 'DefinitionName')) ?? `#${i + 1}` }));
  }
  return [{ definition: get(args, 'TrainingJobDefinition') }];
}
