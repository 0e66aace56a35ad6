/**
 * SageMaker collector: lists every resource kind the rules check, describes each
 * one, and reads its tags. One table (`KINDS`) says how each kind is listed and
 * described; one path reads them all. Jobs are windowed (created recently, or still running)
 * because accounts can hold hundreds of thousands of them; job definitions,
 * which monitoring schedules run again and again, are read in full.
 */
import {
  DescribeAppImageConfigCommand,
  DescribeClusterCommand,
  DescribeDataQualityJobDefinitionCommand,
  DescribeDomainCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeFeatureGroupCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeImageCommand,
  DescribeInferenceExperimentCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  DescribeNotebookInstanceCommand,
  DescribeNotebookInstanceLifecycleConfigCommand,
  DescribePipelineCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  DescribeTransformJobCommand,
  DescribeUserProfileCommand,
  DescribeSpaceCommand,
  DescribeStudioLifecycleConfigCommand,
  GetModelPackageGroupPolicyCommand,
  paginateListAppImageConfigs,
  paginateListClusters,
  paginateListDataQualityJobDefinitions,
  paginateListDomains,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListFeatureGroups,
  paginateListHyperParameterTuningJobs,
  paginateListImages,
  paginateListInferenceExperiments,
  paginateListModelBiasJobDefinitions,
  paginateListModelExplainabilityJobDefinitions,
  paginateListModelPackageGroups,
  paginateListModelQualityJobDefinitions,
  paginateListModels,
  paginateListMonitoringSchedules,
  paginateListNotebookInstanceLifecycleConfigs,
  paginateListNotebookInstances,
  paginateListPipelines,
  paginateListProcessingJobs,
  paginateListTags,
  paginateListTrainingJobs,
  paginateListTransformJobs,
  paginateListUserProfiles,
  paginateListWorkforces,
  paginateListSpaces,
  paginateListStudioLifecycleConfigs,
  type MonitoringJobDefinitionSummary,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { paginateGetResources, type ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import type { ServiceCalls } from './calls.js';
import { distinct, sortBy, toRecord } from './records.js';
import type { ApiTag, JobWindow, SageMakerState } from './snapshot.js';

const PAGE_SIZE = 100;

type Paging = { client: SageMakerClient; pageSize: number };

/** The filters a job listing takes, common to every job type. */
interface JobFilter {
  CreationTimeAfter?: Date;
  StatusEquals?: 'InProgress';
}

/** How one kind is read: its listing, the key each listed item is described by, and its Describe call. */
interface KindReader<P, O extends object> {
  /** The resource type in its ARN (`arn:…:sagemaker:…:<type>/<name>`), as the Tagging API filters by it. */
  resourceType: string;
  list: string;
  paginate: (paging: Paging, filter: JobFilter) => AsyncIterable<P>;
  /** A page's items as the keys to describe them by: a name, an ID, or `<domain>/<name>` for resources named within a domain. */
  keys: (page: P) => (string | undefined)[] | undefined;
  describe: string;
  send: (client: SageMakerClient, key: string) => Promise<O>;
  arn: (output: O) => string | undefined;
  /** Jobs: only those created in the window, or still running, are listed. */
  windowed?: true;
}

/** Each entry is typed on its own; the generic path reads them alike. */
const kind = <P, O extends object>(reader: KindReader<P, O>) => reader as unknown as KindReader<unknown, object>;

/** `<domain>/<name>` for resources named within a domain (user profiles, spaces). */
const inDomain = (domainId: string | undefined, name: string | undefined) => (domainId && name ? `${domainId}/${name}` : undefined);

/** The four kinds of monitoring job definition are listed and described alike. */
const jobDefinition = <O extends { JobDefinitionArn?: string }>(
  resourceType: string,
  list: string,
  paginate: (paging: Paging) => AsyncIterable<{ JobDefinitionSummaries?: MonitoringJobDefinitionSummary[] }>,
  describe: string,
  send: (client: SageMakerClient, JobDefinitionName: string) => Promise<O>,
) => kind({ resourceType, list, paginate, keys: (page) => page.JobDefinitionSummaries?.map((d) => d.MonitoringJobDefinitionName), describe, send, arn: (d) => d.JobDefinitionArn });

/** Every kind described one by one, by its collection in the snapshot. */
const KINDS = {
  notebookInstances: kind({
    resourceType: 'notebook-instance',
    list: 'ListNotebookInstances',
    paginate: (paging) => paginateListNotebookInstances(paging, {}),
    keys: (page) => page.NotebookInstances?.map((n) => n.NotebookInstanceName),
    describe: 'DescribeNotebookInstance',
    send: (client, NotebookInstanceName) => client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName })),
    arn: (d) => d.NotebookInstanceArn,
  }),
  notebookLifecycleConfigs: kind({
    resourceType: 'notebook-instance-lifecycle-config',
    list: 'ListNotebookInstanceLifecycleConfigs',
    paginate: (paging) => paginateListNotebookInstanceLifecycleConfigs(paging, {}),
    keys: (page) => page.NotebookInstanceLifecycleConfigs?.map((c) => c.NotebookInstanceLifecycleConfigName),
    describe: 'DescribeNotebookInstanceLifecycleConfig',
    send: (client, NotebookInstanceLifecycleConfigName) => client.send(new DescribeNotebookInstanceLifecycleConfigCommand({ NotebookInstanceLifecycleConfigName })),
    arn: (d) => d.NotebookInstanceLifecycleConfigArn,
  }),
  domains: kind({
    resourceType: 'domain',
    list: 'ListDomains',
    paginate: (paging) => paginateListDomains(paging, {}),
    keys: (page) => page.Domains?.map((d) => d.DomainId),
    describe: 'DescribeDomain',
    send: (client, DomainId) => client.send(new DescribeDomainCommand({ DomainId })),
    arn: (d) => d.DomainArn,
  }),
  userProfiles: kind({
    resourceType: 'user-profile',
    list: 'ListUserProfiles',
    paginate: (paging) => paginateListUserProfiles(paging, {}),
    keys: (page) => page.UserProfiles?.map((u) => inDomain(u.DomainId, u.UserProfileName)),
    describe: 'DescribeUserProfile',
    send: (client, key) => {
      const [DomainId, UserProfileName] = splitOnce(key, '/');
      return client.send(new DescribeUserProfileCommand({ DomainId, UserProfileName }));
    },
    arn: (d) => d.UserProfileArn,
  }),
  models: kind({
    resourceType: 'model',
    list: 'ListModels',
    paginate: (paging) => paginateListModels(paging, {}),
    keys: (page) => page.Models?.map((m) => m.ModelName),
    describe: 'DescribeModel',
    send: (client, ModelName) => client.send(new DescribeModelCommand({ ModelName })),
    arn: (d) => d.ModelArn,
  }),
  endpointConfigs: kind({
    resourceType: 'endpoint-config',
    list: 'ListEndpointConfigs',
    paginate: (paging) => paginateListEndpointConfigs(paging, {}),
    keys: (page) => page.EndpointConfigs?.map((c) => c.EndpointConfigName),
    describe: 'DescribeEndpointConfig',
    send: (client, EndpointConfigName) => client.send(new DescribeEndpointConfigCommand({ EndpointConfigName })),
    arn: (d) => d.EndpointConfigArn,
  }),
  endpoints: kind({
    resourceType: 'endpoint',
    list: 'ListEndpoints',
    paginate: (paging) => paginateListEndpoints(paging, {}),
    keys: (page) => page.Endpoints?.map((e) => e.EndpointName),
    describe: 'DescribeEndpoint',
    send: (client, EndpointName) => client.send(new DescribeEndpointCommand({ EndpointName })),
    arn: (d) => d.EndpointArn,
  }),
  trainingJobs: kind({
    resourceType: 'training-job',
    list: 'ListTrainingJobs',
    paginate: (paging, filter) => paginateListTrainingJobs(paging, filter),
    keys: (page) => page.TrainingJobSummaries?.map((j) => j.TrainingJobName),
    describe: 'DescribeTrainingJob',
    send: (client, TrainingJobName) => client.send(new DescribeTrainingJobCommand({ TrainingJobName })),
    arn: (d) => d.TrainingJobArn,
    windowed: true,
  }),
  hyperParameterTuningJobs: kind({
    resourceType: 'hyper-parameter-tuning-job',
    list: 'ListHyperParameterTuningJobs',
    paginate: (paging, filter) => paginateListHyperParameterTuningJobs(paging, filter),
    keys: (page) => page.HyperParameterTuningJobSummaries?.map((j) => j.HyperParameterTuningJobName),
    describe: 'DescribeHyperParameterTuningJob',
    send: (client, HyperParameterTuningJobName) => client.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName })),
    arn: (d) => d.HyperParameterTuningJobArn,
    windowed: true,
  }),
  processingJobs: kind({
    resourceType: 'processing-job',
    list: 'ListProcessingJobs',
    paginate: (paging, filter) => paginateListProcessingJobs(paging, filter),
    keys: (page) => page.ProcessingJobSummaries?.map((j) => j.ProcessingJobName),
    describe: 'DescribeProcessingJob',
    send: (client, ProcessingJobName) => client.send(new DescribeProcessingJobCommand({ ProcessingJobName })),
    arn: (d) => d.ProcessingJobArn,
    windowed: true,
  }),
  transformJobs: kind({
    resourceType: 'transform-job',
    list: 'ListTransformJobs',
    paginate: (paging, filter) => paginateListTransformJobs(paging, filter),
    keys: (page) => page.TransformJobSummaries?.map((j) => j.TransformJobName),
    describe: 'DescribeTransformJob',
    send: (client, TransformJobName) => client.send(new DescribeTransformJobCommand({ TransformJobName })),
    arn: (d) => d.TransformJobArn,
    windowed: true,
  }),
  pipelines: kind({
    resourceType: 'pipeline',
    list: 'ListPipelines',
    paginate: (paging) => paginateListPipelines(paging, {}),
    keys: (page) => page.PipelineSummaries?.map((p) => p.PipelineName),
    describe: 'DescribePipeline',
    send: (client, PipelineName) => client.send(new DescribePipelineCommand({ PipelineName })),
    arn: (d) => d.PipelineArn,
  }),
  monitoringSchedules: kind({
    resourceType: 'monitoring-schedule',
    list: 'ListMonitoringSchedules',
    paginate: (paging) => paginateListMonitoringSchedules(paging, {}),
    keys: (page) => page.MonitoringScheduleSummaries?.map((s) => s.MonitoringScheduleName),
    describe: 'DescribeMonitoringSchedule',
    send: (client, MonitoringScheduleName) => client.send(new DescribeMonitoringScheduleCommand({ MonitoringScheduleName })),
    arn: (d) => d.MonitoringScheduleArn,
  }),
  dataQualityJobDefinitions: jobDefinition(
    'data-quality-job-definition',
    'ListDataQualityJobDefinitions',
    (paging) => paginateListDataQualityJobDefinitions(paging, {}),
    'DescribeDataQualityJobDefinition',
    (client, JobDefinitionName) => client.send(new DescribeDataQualityJobDefinitionCommand({ JobDefinitionName })),
  ),
  modelQualityJobDefinitions: jobDefinition(
    'model-quality-job-definition',
    'ListModelQualityJobDefinitions',
    (paging) => paginateListModelQualityJobDefinitions(paging, {}),
    'DescribeModelQualityJobDefinition',
    (client, JobDefinitionName) => client.send(new DescribeModelQualityJobDefinitionCommand({ JobDefinitionName })),
  ),
  modelBiasJobDefinitions: jobDefinition(
    'model-bias-job-definition',
    'ListModelBiasJobDefinitions',
    (paging) => paginateListModelBiasJobDefinitions(paging, {}),
    'DescribeModelBiasJobDefinition',
    (client, JobDefinitionName) => client.send(new DescribeModelBiasJobDefinitionCommand({ JobDefinitionName })),
  ),
  modelExplainabilityJobDefinitions: jobDefinition(
    'model-explainability-job-definition',
    'ListModelExplainabilityJobDefinitions',
    (paging) => paginateListModelExplainabilityJobDefinitions(paging, {}),
    'DescribeModelExplainabilityJobDefinition',
    (client, JobDefinitionName) => client.send(new DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName })),
  ),
  hyperPodClusters: kind({
    resourceType: 'cluster',
    list: 'ListClusters',
    paginate: (paging) => paginateListClusters(paging, {}),
    keys: (page) => page.ClusterSummaries?.map((c) => c.ClusterName),
    describe: 'DescribeCluster',
    send: (client, ClusterName) => client.send(new DescribeClusterCommand({ ClusterName })),
    arn: (d) => d.ClusterArn,
  }),
  spaces: kind({
    resourceType: 'space',
    list: 'ListSpaces',
    paginate: (paging) => paginateListSpaces(paging, {}),
    keys: (page) => page.Spaces?.map((s) => inDomain(s.DomainId, s.SpaceName)),
    describe: 'DescribeSpace',
    send: (client, key) => {
      const [DomainId, SpaceName] = splitOnce(key, '/');
      return client.send(new DescribeSpaceCommand({ DomainId, SpaceName }));
    },
    arn: (d) => d.SpaceArn,
  }),
  studioLifecycleConfigs: kind({
    resourceType: 'studio-lifecycle-config',
    list: 'ListStudioLifecycleConfigs',
    paginate: (paging) => paginateListStudioLifecycleConfigs(paging, {}),
    keys: (page) => page.StudioLifecycleConfigs?.map((c) => c.StudioLifecycleConfigName),
    describe: 'DescribeStudioLifecycleConfig',
    send: (client, StudioLifecycleConfigName) => client.send(new DescribeStudioLifecycleConfigCommand({ StudioLifecycleConfigName })),
    arn: (d) => d.StudioLifecycleConfigArn,
  }),
  appImageConfigs: kind({
    resourceType: 'app-image-config',
    list: 'ListAppImageConfigs',
    paginate: (paging) => paginateListAppImageConfigs(paging, {}),
    keys: (page) => page.AppImageConfigs?.map((c) => c.AppImageConfigName),
    describe: 'DescribeAppImageConfig',
    send: (client, AppImageConfigName) => client.send(new DescribeAppImageConfigCommand({ AppImageConfigName })),
    arn: (d) => d.AppImageConfigArn,
  }),
  images: kind({
    resourceType: 'image',
    list: 'ListImages',
    paginate: (paging) => paginateListImages(paging, {}),
    keys: (page) => page.Images?.map((i) => i.ImageName),
    describe: 'DescribeImage',
    send: (client, ImageName) => client.send(new DescribeImageCommand({ ImageName })),
    arn: (d) => d.ImageArn,
  }),
  featureGroups: kind({
    resourceType: 'feature-group',
    list: 'ListFeatureGroups',
    paginate: (paging) => paginateListFeatureGroups(paging, {}),
    keys: (page) => page.FeatureGroupSummaries?.map((g) => g.FeatureGroupName),
    describe: 'DescribeFeatureGroup',
    send: (client, FeatureGroupName) => client.send(new DescribeFeatureGroupCommand({ FeatureGroupName })),
    arn: (d) => d.FeatureGroupArn,
  }),
  inferenceExperiments: kind({
    resourceType: 'inference-experiment',
    list: 'ListInferenceExperiments',
    paginate: (paging) => paginateListInferenceExperiments(paging, {}),
    keys: (page) => page.InferenceExperiments?.map((e) => e.Name),
    describe: 'DescribeInferenceExperiment',
    send: (client, Name) => client.send(new DescribeInferenceExperimentCommand({ Name })),
    arn: (d) => d.Arn,
  }),
} satisfies Record<Exclude<keyof SageMakerState, ListedCollection>, KindReader<unknown, object>>;

type DescribedCollection = keyof typeof KINDS;

/** Collections whose List call gives each resource whole: they are read by their own method, not described one by one. */
type ListedCollection = 'workforces' | 'modelPackageGroups';

/**
 * What the Tagging API is asked for: the kinds read here, not every SageMaker
 * type (trial components and experiments alone can run to millions).
 */
const TAGGED_RESOURCE_TYPES = Object.values(KINDS).map((reader) => `sagemaker:${reader.resourceType}`);

/**
 * Read once the others are: lifecycle configurations, which notebooks name,
 * and the jobs, the bulk of most accounts.
 */
const LATER: readonly DescribedCollection[] = ['notebookLifecycleConfigs', 'trainingJobs', 'hyperParameterTuningJobs', 'processingJobs', 'transformJobs'];

/**
 * `tagging` (the Resource Groups Tagging API of the same region and account)
 * gives every resource's tags in one listing; without it, or when it fails,
 * each resource's tags are read with ListTags.
 */
export async function collectSageMaker(client: SageMakerClient, calls: ServiceCalls, jobs: JobWindow, tagging?: ResourceGroupsTaggingAPIClient): Promise<SageMakerState> {
  const sm = new SageMakerReader(client, calls, jobs, new SageMakerTags(client, calls, tagging));
  const collections = Object.keys(KINDS) as DescribedCollection[];
  const read = async (names: readonly DescribedCollection[], state: Partial<Record<DescribedCollection, object[]>>) => {
    const results = await Promise.all(names.map((name) => sm.read(KINDS[name], name === 'notebookLifecycleConfigs' ? referencedLifecycleConfigs(state) : [])));
    names.forEach((name, i) => (state[name] = results[i]));
  };
  const state: Partial<Record<DescribedCollection, object[]>> = {};
  const [workforces, modelPackageGroups] = await Promise.all([
    sm.workforces(),
    sm.modelPackageGroups(),
    read(
      collections.filter((name) => !LATER.includes(name)),
      state,
    ),
  ]);
  await read(LATER, state);
  // Each collection holds its own kind's records: the table above pairs each with its Describe call.
  return { ...(state as unknown as Omit<SageMakerState, ListedCollection>), workforces, modelPackageGroups };
}

/**
 * Lifecycle configurations from the list, and from each notebook's own
 * reference: where listing is refused, the ones in use are still read.
 */
function referencedLifecycleConfigs(state: Partial<Record<DescribedCollection, object[]>>): (string | undefined)[] {
  return ((state.notebookInstances ?? []) as SageMakerState['notebookInstances']).map((n) => n.NotebookInstanceLifecycleConfigName);
}

class SageMakerReader {
  constructor(
    private readonly client: SageMakerClient,
    private readonly calls: ServiceCalls,
    private readonly window: JobWindow,
    private readonly tags: SageMakerTags,
  ) {}

  private get paging(): Paging {
    return { client: this.client, pageSize: PAGE_SIZE };
  }

  /** Lists the kind (plus keys known otherwise), describes each resource, and adds its tags. */
  async read(reader: KindReader<unknown, object>, alsoKeys: readonly (string | undefined)[]): Promise<object[]> {
    const listed = await this.keys(reader);
    return this.describeEach(reader, distinct([...listed, ...alsoKeys]));
  }

  /** The list gives each workforce whole (there is at most one per Region). */
  async workforces() {
    const { items } = await this.calls.pages('ListWorkforces', () => paginateListWorkforces(this.paging, {}), (p) => p.Workforces);
    return sortBy(items, (w) => w.WorkforceName ?? '').map((w) => toRecord(w));
  }

  /**
   * The list gives each model package group whole; its resource policy is a
   * call of its own. A group whose policy cannot be read keeps no policy, and
   * the failed call is its gap.
   */
  async modelPackageGroups() {
    const { items } = await this.calls.pages('ListModelPackageGroups', () => paginateListModelPackageGroups(this.paging, {}), (p) => p.ModelPackageGroupSummaryList);
    const groups = sortBy(items, (g) => g.ModelPackageGroupName ?? '');
    return Promise.all(
      groups.map(async (group) => {
        const ModelPackageGroupName = group.ModelPackageGroupName;
        const policy =
          ModelPackageGroupName &&
          (await this.calls.call('GetModelPackageGroupPolicy', () => this.client.send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName })), group.ModelPackageGroupArn ?? ModelPackageGroupName));
        return { ...toRecord(group), ...(policy && policy.ResourcePolicy ? { ResourcePolicy: policy.ResourcePolicy } : {}) };
      }),
    );
  }

  /** Keys of the listed resources; for jobs, one listing filtered by creation time and one of jobs still running. */
  private async keys(reader: KindReader<unknown, object>): Promise<string[]> {
    const window = this.window;
    const filters: JobFilter[] =
      !reader.windowed || window.allJobs
        ? [{}]
        : [{ ...(window.since ? { CreationTimeAfter: new Date(window.since) } : {}) }, ...(window.includesRunning ? [{ StatusEquals: 'InProgress' as const }] : [])];
    const listings = await Promise.all(filters.map((filter) => this.calls.pages(reader.list, () => reader.paginate(this.paging, filter), reader.keys)));
    return distinct(listings.flatMap((l) => l.items));
  }

  /**
   * Describes each resource (failures become gaps and the resource is left out:
   * a half-known resource would be judged on defaults it may not have) and adds
   * its tags, read by its ARN.
   */
  private async describeEach(reader: KindReader<unknown, object>, keys: string[]): Promise<object[]> {
    const described = await Promise.all(
      keys.map(async (key) => {
        const output = await this.calls.call(reader.describe, () => reader.send(this.client, key), key);
        if (!output) return undefined;
        const arn = reader.arn(output);
        const tags = arn ? await this.tags.of(arn) : undefined;
        const record: object = { ...toRecord(output), ...(tags ? { Tags: tags } : {}) };
        return { key, record };
      }),
    );
    return sortBy(
      described.filter((d) => d !== undefined),
      (d) => d.key,
    ).map((d) => d.record);
  }
}

/**
 * The tags of one region's SageMaker resources. One paginated GetResources of
 * the Resource Groups Tagging API answers for all of them (a resource it does
 * not return has no tags), instead of a ListTags per resource: a request per
 * 100 tagged resources of the kinds read here, jobs older than the window
 * included, which is still fewer requests unless the region holds over 100
 * times the window's jobs. Fail closed:
 * where GetResources is refused or any page of it fails, each resource's tags
 * are read with ListTags as before, and a ListTags that fails is that
 * resource's gap for the tag rules.
 */
export class SageMakerTags {
  private index: Promise<Map<string, ApiTag[]> | undefined> | undefined;

  constructor(
    private readonly client: SageMakerClient,
    private readonly calls: ServiceCalls,
    private readonly tagging: ResourceGroupsTaggingAPIClient | undefined,
  ) {}

  /** The resource's tags, or undefined when they could not be read in full. */
  async of(arn: string): Promise<ApiTag[] | undefined> {
    this.index ??= this.readIndex();
    const index = await this.index;
    // Only a type the listing asked for may be read as untagged by its absence.
    if (index && TAGGED_RESOURCE_TYPES.includes(`sagemaker:${arn.split(':')[5]?.split('/')[0]}`)) return index.get(arnKey(arn)) ?? [];
    return this.listTags(arn);
  }

  /** Every tagged SageMaker resource of the region, by ARN; undefined when the listing is incomplete. */
  private async readIndex(): Promise<Map<string, ApiTag[]> | undefined> {
    if (!this.tagging) return undefined;
    const index = new Map<string, ApiTag[]>();
    try {
      for await (const page of paginateGetResources({ client: this.tagging, pageSize: PAGE_SIZE }, { ResourceTypeFilters: TAGGED_RESOURCE_TYPES })) {
        for (const { ResourceARN, Tags } of page.ResourceTagMappingList ?? []) {
          if (ResourceARN) index.set(arnKey(ResourceARN), (Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })));
        }
      }
      return index;
    } catch {
      // Not a gap: ListTags reads the same tags, one resource at a time.
      return undefined;
    }
  }

  private async listTags(ResourceArn: string): Promise<ApiTag[] | undefined> {
    const { items, complete } = await this.calls.pages('ListTags', () => paginateListTags({ client: this.client, pageSize: PAGE_SIZE }, { ResourceArn }), (p) => p.Tags, ResourceArn);
    return complete ? items.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined;
  }
}

/** SageMaker ARNs name resources in lower case, and names are unique regardless of case: compare ARNs the same way. */
const arnKey = (arn: string) => arn.toLowerCase();

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
