/**
 * SageMaker collector: lists every resource kind the rules check, describes each
 * one, and reads its tags. Jobs are windowed (created recently, or still running)
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
  DescribeImageCommand,
  DescribeHyperParameterTuningJobCommand,
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
  paginateListClusters,
  paginateListDataQualityJobDefinitions,
  paginateListDomains,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListHyperParameterTuningJobs,
  paginateListModelBiasJobDefinitions,
  paginateListModelExplainabilityJobDefinitions,
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
  paginateListAppImageConfigs,
  paginateListImages,
  paginateListSpaces,
  paginateListStudioLifecycleConfigs,
  type MonitoringJobDefinitionSummary,
  type SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { ServiceCalls } from './calls.js';
import { distinct, sortBy, toRecord } from './records.js';
import type { ApiTag, JobWindow, SageMakerState, Tagged } from './snapshot.js';

const PAGE_SIZE = 100;

export async function collectSageMaker(client: SageMakerClient, calls: ServiceCalls, jobs: JobWindow): Promise<SageMakerState> {
  const sm = new SageMakerReader(client, calls);
  const [
    notebookInstances,
    domains,
    models,
    endpointConfigs,
    endpoints,
    pipelines,
    monitoringSchedules,
    dataQualityJobDefinitions,
    modelQualityJobDefinitions,
    modelBiasJobDefinitions,
    modelExplainabilityJobDefinitions,
    hyperPodClusters,
    spaces,
    studioLifecycleConfigs,
    workforces,
    appImageConfigs,
    images,
  ] = await Promise.all([
    sm.notebookInstances(),
    sm.domains(),
    sm.models(),
    sm.endpointConfigs(),
    sm.endpoints(),
    sm.pipelines(),
    sm.monitoringSchedules(),
    sm.dataQualityJobDefinitions(),
    sm.modelQualityJobDefinitions(),
    sm.modelBiasJobDefinitions(),
    sm.modelExplainabilityJobDefinitions(),
    sm.hyperPodClusters(),
    sm.spaces(),
    sm.studioLifecycleConfigs(),
    sm.workforces(),
    sm.appImageConfigs(),
    sm.images(),
  ]);
  const [notebookLifecycleConfigs, userProfiles, trainingJobs, hyperParameterTuningJobs, processingJobs, transformJobs] = await Promise.all([
    sm.lifecycleConfigs(distinct(notebookInstances.map((n) => n.NotebookInstanceLifecycleConfigName))),
    sm.userProfiles(),
    sm.trainingJobs(jobs),
    sm.tuningJobs(jobs),
    sm.processingJobs(jobs),
    sm.transformJobs(jobs),
  ]);
  return {
    notebookInstances,
    notebookLifecycleConfigs,
    domains,
    userProfiles,
    models,
    endpointConfigs,
    endpoints,
    trainingJobs,
    hyperParameterTuningJobs,
    processingJobs,
    transformJobs,
    pipelines,
    monitoringSchedules,
    dataQualityJobDefinitions,
    modelQualityJobDefinitions,
    modelBiasJobDefinitions,
    modelExplainabilityJobDefinitions,
    hyperPodClusters,
    spaces,
    studioLifecycleConfigs,
    workforces,
    appImageConfigs,
    images,
  };
}

/** The filters a job listing takes, common to every job type. */
interface JobFilter {
  CreationTimeAfter?: Date;
  StatusEquals?: 'InProgress';
}

class SageMakerReader {
  constructor(
    private readonly client: SageMakerClient,
    private readonly calls: ServiceCalls,
  ) {}

  private get paging() {
    return { client: this.client, pageSize: PAGE_SIZE };
  }

  async notebookInstances() {
    const { items } = await this.calls.pages('ListNotebookInstances', () => paginateListNotebookInstances(this.paging, {}), (p) => p.NotebookInstances);
    const names = distinct(items.map((n) => n.NotebookInstanceName));
    return this.describeEach(names, 'DescribeNotebookInstance', (NotebookInstanceName) => this.client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName })), (d) => d.NotebookInstanceArn);
  }

  /**
   * Lifecycle configurations from the list, and from each notebook's own
   * reference: where listing is refused, the ones in use are still read.
   */
  async lifecycleConfigs(referenced: string[]) {
    const { items } = await this.calls.pages(
      'ListNotebookInstanceLifecycleConfigs',
      () => paginateListNotebookInstanceLifecycleConfigs(this.paging, {}),
      (p) => p.NotebookInstanceLifecycleConfigs,
    );
    const names = distinct([...items.map((c) => c.NotebookInstanceLifecycleConfigName), ...referenced]);
    return this.describeEach(
      names,
      'DescribeNotebookInstanceLifecycleConfig',
      (NotebookInstanceLifecycleConfigName) => this.client.send(new DescribeNotebookInstanceLifecycleConfigCommand({ NotebookInstanceLifecycleConfigName })),
      (d) => d.NotebookInstanceLifecycleConfigArn,
    );
  }

  async domains() {
    const { items } = await this.calls.pages('ListDomains', () => paginateListDomains(this.paging, {}), (p) => p.Domains);
    const ids = distinct(items.map((d) => d.DomainId));
    return this.describeEach(ids, 'DescribeDomain', (DomainId) => this.client.send(new DescribeDomainCommand({ DomainId })), (d) => d.DomainArn);
  }

  async userProfiles() {
    const { items } = await this.calls.pages('ListUserProfiles', () => paginateListUserProfiles(this.paging, {}), (p) => p.UserProfiles);
    return this.describeInDomain(
      items.map((u) => [u.DomainId, u.UserProfileName]),
      'DescribeUserProfile',
      (DomainId, UserProfileName) => this.client.send(new DescribeUserProfileCommand({ DomainId, UserProfileName })),
      (d) => d.UserProfileArn,
    );
  }

  async models() {
    const { items } = await this.calls.pages('ListModels', () => paginateListModels(this.paging, {}), (p) => p.Models);
    const names = distinct(items.map((m) => m.ModelName));
    return this.describeEach(names, 'DescribeModel', (ModelName) => this.client.send(new DescribeModelCommand({ ModelName })), (d) => d.ModelArn);
  }

  async endpointConfigs() {
    const { items } = await this.calls.pages('ListEndpointConfigs', () => paginateListEndpointConfigs(this.paging, {}), (p) => p.EndpointConfigs);
    const names = distinct(items.map((c) => c.EndpointConfigName));
    return this.describeEach(names, 'DescribeEndpointConfig', (EndpointConfigName) => this.client.send(new DescribeEndpointConfigCommand({ EndpointConfigName })), (d) => d.EndpointConfigArn);
  }

  async endpoints() {
    const { items } = await this.calls.pages('ListEndpoints', () => paginateListEndpoints(this.paging, {}), (p) => p.Endpoints);
    const names = distinct(items.map((e) => e.EndpointName));
    return this.describeEach(names, 'DescribeEndpoint', (EndpointName) => this.client.send(new DescribeEndpointCommand({ EndpointName })), (d) => d.EndpointArn);
  }

  async pipelines() {
    const { items } = await this.calls.pages('ListPipelines', () => paginateListPipelines(this.paging, {}), (p) => p.PipelineSummaries);
    const names = distinct(items.map((p) => p.PipelineName));
    return this.describeEach(names, 'DescribePipeline', (PipelineName) => this.client.send(new DescribePipelineCommand({ PipelineName })), (d) => d.PipelineArn);
  }

  async hyperPodClusters() {
    const { items } = await this.calls.pages('ListClusters', () => paginateListClusters(this.paging, {}), (p) => p.ClusterSummaries);
    const names = distinct(items.map((c) => c.ClusterName));
    return this.describeEach(names, 'DescribeCluster', (ClusterName) => this.client.send(new DescribeClusterCommand({ ClusterName })), (d) => d.ClusterArn);
  }

  async spaces() {
    const { items } = await this.calls.pages('ListSpaces', () => paginateListSpaces(this.paging, {}), (p) => p.Spaces);
    return this.describeInDomain(
      items.map((s) => [s.DomainId, s.SpaceName]),
      'DescribeSpace',
      (DomainId, SpaceName) => this.client.send(new DescribeSpaceCommand({ DomainId, SpaceName })),
      (d) => d.SpaceArn,
    );
  }

  async studioLifecycleConfigs() {
    const { items } = await this.calls.pages('ListStudioLifecycleConfigs', () => paginateListStudioLifecycleConfigs(this.paging, {}), (p) => p.StudioLifecycleConfigs);
    const names = distinct(items.map((c) => c.StudioLifecycleConfigName));
    return this.describeEach(
      names,
      'DescribeStudioLifecycleConfig',
      (StudioLifecycleConfigName) => this.client.send(new DescribeStudioLifecycleConfigCommand({ StudioLifecycleConfigName })),
      (d) => d.StudioLifecycleConfigArn,
    );
  }

  async appImageConfigs() {
    const { items } = await this.calls.pages('ListAppImageConfigs', () => paginateListAppImageConfigs(this.paging, {}), (p) => p.AppImageConfigs);
    const names = distinct(items.map((c) => c.AppImageConfigName));
    return this.describeEach(names, 'DescribeAppImageConfig', (AppImageConfigName) => this.client.send(new DescribeAppImageConfigCommand({ AppImageConfigName })), (d) => d.AppImageConfigArn);
  }

  async images() {
    const { items } = await this.calls.pages('ListImages', () => paginateListImages(this.paging, {}), (p) => p.Images);
    const names = distinct(items.map((i) => i.ImageName));
    return this.describeEach(names, 'DescribeImage', (ImageName) => this.client.send(new DescribeImageCommand({ ImageName })), (d) => d.ImageArn);
  }

  /** The list gives each workforce whole (there is at most one per Region). */
  async workforces() {
    const { items } = await this.calls.pages('ListWorkforces', () => paginateListWorkforces(this.paging, {}), (p) => p.Workforces);
    return sortBy(items, (w) => w.WorkforceName ?? '').map((w) => toRecord(w));
  }

  async monitoringSchedules() {
    const { items } = await this.calls.pages('ListMonitoringSchedules', () => paginateListMonitoringSchedules(this.paging, {}), (p) => p.MonitoringScheduleSummaries);
    const names = distinct(items.map((s) => s.MonitoringScheduleName));
    return this.describeEach(
      names,
      'DescribeMonitoringSchedule',
      (MonitoringScheduleName) => this.client.send(new DescribeMonitoringScheduleCommand({ MonitoringScheduleName })),
      (d) => d.MonitoringScheduleArn,
    );
  }

  dataQualityJobDefinitions() {
    return this.jobDefinitions(
      'ListDataQualityJobDefinitions',
      () => paginateListDataQualityJobDefinitions(this.paging, {}),
      'DescribeDataQualityJobDefinition',
      (JobDefinitionName) => this.client.send(new DescribeDataQualityJobDefinitionCommand({ JobDefinitionName })),
    );
  }

  modelQualityJobDefinitions() {
    return this.jobDefinitions(
      'ListModelQualityJobDefinitions',
      () => paginateListModelQualityJobDefinitions(this.paging, {}),
      'DescribeModelQualityJobDefinition',
      (JobDefinitionName) => this.client.send(new DescribeModelQualityJobDefinitionCommand({ JobDefinitionName })),
    );
  }

  modelBiasJobDefinitions() {
    return this.jobDefinitions(
      'ListModelBiasJobDefinitions',
      () => paginateListModelBiasJobDefinitions(this.paging, {}),
      'DescribeModelBiasJobDefinition',
      (JobDefinitionName) => this.client.send(new DescribeModelBiasJobDefinitionCommand({ JobDefinitionName })),
    );
  }

  modelExplainabilityJobDefinitions() {
    return this.jobDefinitions(
      'ListModelExplainabilityJobDefinitions',
      () => paginateListModelExplainabilityJobDefinitions(this.paging, {}),
      'DescribeModelExplainabilityJobDefinition',
      (JobDefinitionName) => this.client.send(new DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName })),
    );
  }

  /** The four kinds of monitoring job definition are listed and described alike. */
  private async jobDefinitions<O extends { JobDefinitionArn?: string }>(
    listOperation: string,
    list: () => AsyncIterable<{ JobDefinitionSummaries?: MonitoringJobDefinitionSummary[] }>,
    describeOperation: string,
    describe: (name: string) => Promise<O>,
  ) {
    const { items } = await this.calls.pages(listOperation, list, (p) => p.JobDefinitionSummaries);
    const names = distinct(items.map((d) => d.MonitoringJobDefinitionName));
    return this.describeEach(names, describeOperation, describe, (d) => d.JobDefinitionArn);
  }

  async trainingJobs(window: JobWindow) {
    const names = await this.jobNames(window, 'ListTrainingJobs', (filter) => paginateListTrainingJobs(this.paging, filter), (p) => p.TrainingJobSummaries?.map((j) => j.TrainingJobName));
    return this.describeEach(names, 'DescribeTrainingJob', (TrainingJobName) => this.client.send(new DescribeTrainingJobCommand({ TrainingJobName })), (d) => d.TrainingJobArn);
  }

  async tuningJobs(window: JobWindow) {
    const names = await this.jobNames(
      window,
      'ListHyperParameterTuningJobs',
      (filter) => paginateListHyperParameterTuningJobs(this.paging, filter),
      (p) => p.HyperParameterTuningJobSummaries?.map((j) => j.HyperParameterTuningJobName),
    );
    return this.describeEach(
      names,
      'DescribeHyperParameterTuningJob',
      (HyperParameterTuningJobName) => this.client.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName })),
      (d) => d.HyperParameterTuningJobArn,
    );
  }

  async processingJobs(window: JobWindow) {
    const names = await this.jobNames(window, 'ListProcessingJobs', (filter) => paginateListProcessingJobs(this.paging, filter), (p) => p.ProcessingJobSummaries?.map((j) => j.ProcessingJobName));
    return this.describeEach(names, 'DescribeProcessingJob', (ProcessingJobName) => this.client.send(new DescribeProcessingJobCommand({ ProcessingJobName })), (d) => d.ProcessingJobArn);
  }

  async transformJobs(window: JobWindow) {
    const names = await this.jobNames(window, 'ListTransformJobs', (filter) => paginateListTransformJobs(this.paging, filter), (p) => p.TransformJobSummaries?.map((j) => j.TransformJobName));
    return this.describeEach(names, 'DescribeTransformJob', (TransformJobName) => this.client.send(new DescribeTransformJobCommand({ TransformJobName })), (d) => d.TransformJobArn);
  }

  /** Names of the jobs in the window: one listing filtered by creation time, one of jobs still running. */
  private async jobNames<P>(window: JobWindow, operation: string, list: (filter: JobFilter) => AsyncIterable<P>, pick: (page: P) => (string | undefined)[] | undefined): Promise<string[]> {
    const filters: JobFilter[] = window.allJobs
      ? [{}]
      : [{ ...(window.since ? { CreationTimeAfter: new Date(window.since) } : {}) }, ...(window.includesRunning ? [{ StatusEquals: 'InProgress' as const }] : [])];
    const listings = await Promise.all(filters.map((filter) => this.calls.pages(operation, () => list(filter), pick)));
    return distinct(listings.flatMap((l) => l.items));
  }

  /** Resources named within a domain (user profiles, spaces): described by domain ID and name, keyed `<domain>/<name>`. */
  private describeInDomain<O extends object>(
    listed: [string | undefined, string | undefined][],
    operation: string,
    describe: (domainId: string, name: string) => Promise<O>,
    arnOf: (output: O) => string | undefined,
  ): Promise<Tagged<O>[]> {
    const keys = distinct(listed.map(([domainId, name]) => (domainId && name ? `${domainId}/${name}` : undefined)));
    return this.describeEach(keys, operation, (key) => describe(...splitOnce(key, '/')), arnOf);
  }

  /**
   * Describes each resource (failures become gaps and the resource is left out:
   * a half-known resource would be judged on defaults it may not have) and adds
   * its tags, read by its ARN.
   */
  private async describeEach<O extends object>(keys: string[], operation: string, describe: (key: string) => Promise<O>, arnOf: (output: O) => string | undefined): Promise<Tagged<O>[]> {
    const described = await Promise.all(
      keys.map(async (key) => {
        const output = await this.calls.call(operation, () => describe(key), key);
        if (!output) return undefined;
        const arn = arnOf(output);
        const tags = arn ? await this.tags(arn) : undefined;
        // A record is a JSON object; the compiler cannot see that through the generic mapping.
        const record = { ...(toRecord(output as O) as object), ...(tags ? { Tags: tags } : {}) } as Tagged<O>;
        return { key, record };
      }),
    );
    return sortBy(
      described.filter((d) => d !== undefined),
      (d) => d.key,
    ).map((d) => d.record);
  }

  /** The resource's tags, or undefined when they could not be read in full. */
  private async tags(ResourceArn: string): Promise<ApiTag[] | undefined> {
    const { items, complete } = await this.calls.pages('ListTags', () => paginateListTags(this.paging, { ResourceArn }), (p) => p.Tags, ResourceArn);
    return complete ? items.map((t) => ({ Key: t.Key, Value: t.Value })) : undefined;
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
