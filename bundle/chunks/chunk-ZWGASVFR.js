import {
  AuditSetupError,
  EndpointEvidence,
  Limiter,
  assumeRole,
  compareText,
  createAuditClient,
  describeNotOffered,
  distinct,
  environmentProxy,
  listOrganizationAccounts,
  mapLimited,
  parseShard,
  selectShard,
  sortBy,
  toRecord,
  validateAccountId
} from "./chunk-4K4PSNR5.js";
import {
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  classifyError,
  describeGaps,
  rulesAffectedByGap
} from "./chunk-EQYR6YSQ.js";
import {
  fromPlain
} from "./chunk-N5JTSYX7.js";
import {
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  PROCESSING_LAYOUT,
  TRAINING_LAYOUT,
  canonicalJob,
  firstJsonSyntaxError,
  isMonitoringType,
  monitoringScheduleJob,
  parseStructuredText,
  trainingDefinitions
} from "./chunk-MFTJGUDJ.js";
import {
  PositionMap
} from "./chunk-HCU2I2RT.js";
import {
  LIVE_DIALECT
} from "./chunk-OA4DYJ3R.js";
import {
  get
} from "./chunk-E2XCQX3P.js";
import {
  appendAll
} from "./chunk-CAGW7M4A.js";

// src/loaders/account/collect.ts
import { performance } from "node:perf_hooks";
import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { IAMClient } from "@aws-sdk/client-iam";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { RedshiftClient } from "@aws-sdk/client-redshift";
import { RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { ResourceGroupsTaggingAPIClient } from "@aws-sdk/client-resource-groups-tagging-api";
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";

// src/loaders/account/calls.ts
var GapRecorder = class {
  constructor(rules, onGap) {
    this.rules = rules;
    this.onGap = onGap;
  }
  rules;
  onGap;
  gaps = [];
  record(scope, operation, err, resource) {
    const { reason, error } = classifyError(err);
    const found = { account: scope.account, region: scope.region, service: scope.service, operation, error, reason, ...resource === void 0 ? {} : { resource } };
    const gap = { ...found, rulesAffected: rulesAffectedByGap(found, this.rules) };
    this.gaps.push(gap);
    this.onGap?.(gap);
  }
  /** Gaps in a stable order, so that two collections of the same state compare equal. */
  sorted() {
    const key = (g) => [g.account, g.region, g.service, g.operation, g.resource ?? ""].join("\0");
    return [...this.gaps].sort((a, b) => compareText(key(a), key(b)));
  }
};
var ServiceCalls = class {
  constructor(scope, recorder) {
    this.scope = scope;
    this.recorder = recorder;
  }
  scope;
  recorder;
  /** Set once the service proved unreachable in this region: later calls are skipped, not each recorded. */
  unreachable = false;
  /** Runs one call; on failure records a gap and yields undefined. */
  async call(operation, run, resource) {
    if (this.unreachable) return void 0;
    try {
      return await run();
    } catch (err) {
      this.fail(operation, err, resource);
      return void 0;
    }
  }
  /** Reads every page of a paginated operation, picking the items of each page. */
  async pages(operation, pages, pick, resource) {
    const items = [];
    if (this.unreachable) return { items, complete: false };
    try {
      for await (const page of pages()) appendAll(items, pick(page) ?? []);
      return { items, complete: true };
    } catch (err) {
      this.fail(operation, err, resource);
      return { items, complete: false };
    }
  }
  fail(operation, err, resource) {
    if (this.unreachable) return;
    this.unreachable = classifyError(err).reason === "region-unavailable";
    this.recorder.record(this.scope, operation, err, this.unreachable ? void 0 : resource);
  }
};

// src/loaders/account/ec2.ts
import {
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs
} from "@aws-sdk/client-ec2";
var PAGE_SIZE = 200;
async function collectEc2(client, calls) {
  const paging = { client, pageSize: PAGE_SIZE };
  const [vpcs, subnets, securityGroups, vpcEndpoints, routeTables] = await Promise.all([
    calls.pages("DescribeVpcs", () => paginateDescribeVpcs(paging, {}), (p) => p.Vpcs),
    calls.pages("DescribeSubnets", () => paginateDescribeSubnets(paging, {}), (p) => p.Subnets),
    calls.pages("DescribeSecurityGroups", () => paginateDescribeSecurityGroups(paging, {}), (p) => p.SecurityGroups),
    calls.pages("DescribeVpcEndpoints", () => paginateDescribeVpcEndpoints(paging, {}), (p) => p.VpcEndpoints),
    calls.pages("DescribeRouteTables", () => paginateDescribeRouteTables(paging, {}), (p) => p.RouteTables)
  ]);
  return {
    vpcs: sortBy(vpcs.items.map(toRecord), (v) => v.VpcId),
    subnets: sortBy(subnets.items.map(toRecord), (s) => s.SubnetId),
    securityGroups: sortBy(securityGroups.items.map(toRecord), (g) => g.GroupId),
    vpcEndpoints: sortBy(vpcEndpoints.items.map(toRecord), (e) => e.VpcEndpointId),
    routeTables: sortBy(routeTables.items.map(toRecord), (t) => t.RouteTableId)
  };
}

// src/loaders/account/iam.ts
import { paginateGetAccountAuthorizationDetails } from "@aws-sdk/client-iam";
var PAGE_SIZE2 = 1e3;
async function collectIam(client, calls) {
  const { items: pages, complete } = await calls.pages(
    "GetAccountAuthorizationDetails",
    () => paginateGetAccountAuthorizationDetails({ client, pageSize: PAGE_SIZE2 }, {}),
    (page) => [page]
  );
  if (!complete) return void 0;
  const roles = pages.flatMap((p) => p.RoleDetailList ?? []).map(toRecord);
  const users = pages.flatMap((p) => p.UserDetailList ?? []).map(toRecord);
  const groups = pages.flatMap((p) => p.GroupDetailList ?? []).map(toRecord);
  const attached = new Set([...roles, ...users, ...groups].flatMap((e) => (e.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn)));
  const policies = pages.flatMap((p) => p.Policies ?? []).filter((p) => !isAwsManaged(p.Arn) || attached.has(p.Arn)).map(toRecord);
  return {
    roles: sortBy(roles, (r) => r.Arn),
    users: sortBy(users, (u) => u.Arn),
    groups: sortBy(groups, (g) => g.Arn),
    policies: sortBy(policies, (p) => p.Arn)
  };
}
function isAwsManaged(policyArn) {
  return policyArn !== void 0 && /^arn:[^:]+:iam::aws:policy\//.test(policyArn);
}

// src/loaders/account/redshift.ts
import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameterGroups,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  paginateDescribeClusterSnapshots,
  paginateDescribeClusterSubnetGroups,
  paginateDescribeEventSubscriptions
} from "@aws-sdk/client-redshift";
import { GetNamespaceCommand, paginateListWorkgroups } from "@aws-sdk/client-redshift-serverless";
var PAGE_SIZE3 = 100;
async function collectRedshift(client, calls, serverless) {
  const paging = { client, pageSize: PAGE_SIZE3 };
  const [{ workgroups, namespaces }, clusters, groups, subnetGroups, snapshots, eventSubscriptions] = await Promise.all([
    collectRedshiftServerless(serverless),
    calls.pages("DescribeClusters", () => paginateDescribeClusters(paging, {}), (p) => p.Clusters),
    calls.pages("DescribeClusterParameterGroups", () => paginateDescribeClusterParameterGroups(paging, {}), (p) => p.ParameterGroups),
    calls.pages("DescribeClusterSubnetGroups", () => paginateDescribeClusterSubnetGroups(paging, {}), (p) => p.ClusterSubnetGroups),
    calls.pages("DescribeClusterSnapshots", () => paginateDescribeClusterSnapshots(paging, {}), (p) => p.Snapshots),
    calls.pages("DescribeEventSubscriptions", () => paginateDescribeEventSubscriptions(paging, {}), (p) => p.EventSubscriptionsList)
  ]);
  const withLogging = await Promise.all(
    clusters.items.map(async (cluster) => {
      const ClusterIdentifier = cluster.ClusterIdentifier;
      const status = ClusterIdentifier ? await calls.call("DescribeLoggingStatus", () => client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier })), ClusterIdentifier) : void 0;
      return { ...toRecord(cluster), ...status ? { LoggingStatus: toRecord(status) } : {} };
    })
  );
  const withParameters = await Promise.all(
    groups.items.map(async (group) => {
      const ParameterGroupName = group.ParameterGroupName;
      const parameters = ParameterGroupName ? await calls.pages("DescribeClusterParameters", () => paginateDescribeClusterParameters(paging, { ParameterGroupName }), (p) => p.Parameters, ParameterGroupName) : void 0;
      return { ...toRecord(group), ...parameters?.complete ? { Parameters: parameters.items.map(toRecord) } : {} };
    })
  );
  return {
    clusters: sortBy(withLogging, (c) => c.ClusterIdentifier),
    parameterGroups: sortBy(withParameters, (g) => g.ParameterGroupName),
    subnetGroups: sortBy(subnetGroups.items.map(toRecord), (g) => g.ClusterSubnetGroupName),
    snapshots: sortBy(snapshots.items.map(toRecord), (s) => `${s.ClusterIdentifier}/${s.SnapshotIdentifier}`),
    eventSubscriptions: sortBy(eventSubscriptions.items.map(toRecord), (s) => s.CustSubscriptionId),
    workgroups,
    namespaces
  };
}
async function collectRedshiftServerless({ client, calls }) {
  const workgroups = await calls.pages("ListWorkgroups", () => paginateListWorkgroups({ client, pageSize: PAGE_SIZE3 }, {}), (p) => p.workgroups);
  const namespaces = await Promise.all(
    distinct(workgroups.items.map((w) => w.namespaceName)).map(
      async (namespaceName) => (await calls.call("GetNamespace", () => client.send(new GetNamespaceCommand({ namespaceName })), namespaceName))?.namespace
    )
  );
  return {
    workgroups: sortBy(workgroups.items.map(toRecord), (w) => w.workgroupName),
    namespaces: sortBy(
      namespaces.filter((n) => n !== void 0).map(toRecord),
      (n) => n.namespaceName
    )
  };
}

// src/loaders/account/sagemaker.ts
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
  paginateListStudioLifecycleConfigs
} from "@aws-sdk/client-sagemaker";
import { paginateGetResources } from "@aws-sdk/client-resource-groups-tagging-api";
var PAGE_SIZE4 = 100;
var kind = (reader) => reader;
var inDomain = (domainId, name) => domainId && name ? `${domainId}/${name}` : void 0;
var jobDefinition = (resourceType, list, paginate, describe, send) => kind({ resourceType, list, paginate, keys: (page) => page.JobDefinitionSummaries?.map((d) => d.MonitoringJobDefinitionName), describe, send, arn: (d) => d.JobDefinitionArn });
var KINDS = {
  notebookInstances: kind({
    resourceType: "notebook-instance",
    list: "ListNotebookInstances",
    paginate: (paging) => paginateListNotebookInstances(paging, {}),
    keys: (page) => page.NotebookInstances?.map((n) => n.NotebookInstanceName),
    describe: "DescribeNotebookInstance",
    send: (client, NotebookInstanceName) => client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName })),
    arn: (d) => d.NotebookInstanceArn
  }),
  notebookLifecycleConfigs: kind({
    resourceType: "notebook-instance-lifecycle-config",
    list: "ListNotebookInstanceLifecycleConfigs",
    paginate: (paging) => paginateListNotebookInstanceLifecycleConfigs(paging, {}),
    keys: (page) => page.NotebookInstanceLifecycleConfigs?.map((c) => c.NotebookInstanceLifecycleConfigName),
    describe: "DescribeNotebookInstanceLifecycleConfig",
    send: (client, NotebookInstanceLifecycleConfigName) => client.send(new DescribeNotebookInstanceLifecycleConfigCommand({ NotebookInstanceLifecycleConfigName })),
    arn: (d) => d.NotebookInstanceLifecycleConfigArn
  }),
  domains: kind({
    resourceType: "domain",
    list: "ListDomains",
    paginate: (paging) => paginateListDomains(paging, {}),
    keys: (page) => page.Domains?.map((d) => d.DomainId),
    describe: "DescribeDomain",
    send: (client, DomainId) => client.send(new DescribeDomainCommand({ DomainId })),
    arn: (d) => d.DomainArn
  }),
  userProfiles: kind({
    resourceType: "user-profile",
    list: "ListUserProfiles",
    paginate: (paging) => paginateListUserProfiles(paging, {}),
    keys: (page) => page.UserProfiles?.map((u) => inDomain(u.DomainId, u.UserProfileName)),
    describe: "DescribeUserProfile",
    send: (client, key) => {
      const [DomainId, UserProfileName] = splitOnce(key, "/");
      return client.send(new DescribeUserProfileCommand({ DomainId, UserProfileName }));
    },
    arn: (d) => d.UserProfileArn
  }),
  models: kind({
    resourceType: "model",
    list: "ListModels",
    paginate: (paging) => paginateListModels(paging, {}),
    keys: (page) => page.Models?.map((m) => m.ModelName),
    describe: "DescribeModel",
    send: (client, ModelName) => client.send(new DescribeModelCommand({ ModelName })),
    arn: (d) => d.ModelArn
  }),
  endpointConfigs: kind({
    resourceType: "endpoint-config",
    list: "ListEndpointConfigs",
    paginate: (paging) => paginateListEndpointConfigs(paging, {}),
    keys: (page) => page.EndpointConfigs?.map((c) => c.EndpointConfigName),
    describe: "DescribeEndpointConfig",
    send: (client, EndpointConfigName) => client.send(new DescribeEndpointConfigCommand({ EndpointConfigName })),
    arn: (d) => d.EndpointConfigArn
  }),
  endpoints: kind({
    resourceType: "endpoint",
    list: "ListEndpoints",
    paginate: (paging) => paginateListEndpoints(paging, {}),
    keys: (page) => page.Endpoints?.map((e) => e.EndpointName),
    describe: "DescribeEndpoint",
    send: (client, EndpointName) => client.send(new DescribeEndpointCommand({ EndpointName })),
    arn: (d) => d.EndpointArn
  }),
  trainingJobs: kind({
    resourceType: "training-job",
    list: "ListTrainingJobs",
    paginate: (paging, filter) => paginateListTrainingJobs(paging, filter),
    keys: (page) => page.TrainingJobSummaries?.map((j) => j.TrainingJobName),
    describe: "DescribeTrainingJob",
    send: (client, TrainingJobName) => client.send(new DescribeTrainingJobCommand({ TrainingJobName })),
    arn: (d) => d.TrainingJobArn,
    windowed: true
  }),
  hyperParameterTuningJobs: kind({
    resourceType: "hyper-parameter-tuning-job",
    list: "ListHyperParameterTuningJobs",
    paginate: (paging, filter) => paginateListHyperParameterTuningJobs(paging, filter),
    keys: (page) => page.HyperParameterTuningJobSummaries?.map((j) => j.HyperParameterTuningJobName),
    describe: "DescribeHyperParameterTuningJob",
    send: (client, HyperParameterTuningJobName) => client.send(new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName })),
    arn: (d) => d.HyperParameterTuningJobArn,
    windowed: true
  }),
  processingJobs: kind({
    resourceType: "processing-job",
    list: "ListProcessingJobs",
    paginate: (paging, filter) => paginateListProcessingJobs(paging, filter),
    keys: (page) => page.ProcessingJobSummaries?.map((j) => j.ProcessingJobName),
    describe: "DescribeProcessingJob",
    send: (client, ProcessingJobName) => client.send(new DescribeProcessingJobCommand({ ProcessingJobName })),
    arn: (d) => d.ProcessingJobArn,
    windowed: true
  }),
  transformJobs: kind({
    resourceType: "transform-job",
    list: "ListTransformJobs",
    paginate: (paging, filter) => paginateListTransformJobs(paging, filter),
    keys: (page) => page.TransformJobSummaries?.map((j) => j.TransformJobName),
    describe: "DescribeTransformJob",
    send: (client, TransformJobName) => client.send(new DescribeTransformJobCommand({ TransformJobName })),
    arn: (d) => d.TransformJobArn,
    windowed: true
  }),
  pipelines: kind({
    resourceType: "pipeline",
    list: "ListPipelines",
    paginate: (paging) => paginateListPipelines(paging, {}),
    keys: (page) => page.PipelineSummaries?.map((p) => p.PipelineName),
    describe: "DescribePipeline",
    send: (client, PipelineName) => client.send(new DescribePipelineCommand({ PipelineName })),
    arn: (d) => d.PipelineArn
  }),
  monitoringSchedules: kind({
    resourceType: "monitoring-schedule",
    list: "ListMonitoringSchedules",
    paginate: (paging) => paginateListMonitoringSchedules(paging, {}),
    keys: (page) => page.MonitoringScheduleSummaries?.map((s) => s.MonitoringScheduleName),
    describe: "DescribeMonitoringSchedule",
    send: (client, MonitoringScheduleName) => client.send(new DescribeMonitoringScheduleCommand({ MonitoringScheduleName })),
    arn: (d) => d.MonitoringScheduleArn
  }),
  dataQualityJobDefinitions: jobDefinition(
    "data-quality-job-definition",
    "ListDataQualityJobDefinitions",
    (paging) => paginateListDataQualityJobDefinitions(paging, {}),
    "DescribeDataQualityJobDefinition",
    (client, JobDefinitionName) => client.send(new DescribeDataQualityJobDefinitionCommand({ JobDefinitionName }))
  ),
  modelQualityJobDefinitions: jobDefinition(
    "model-quality-job-definition",
    "ListModelQualityJobDefinitions",
    (paging) => paginateListModelQualityJobDefinitions(paging, {}),
    "DescribeModelQualityJobDefinition",
    (client, JobDefinitionName) => client.send(new DescribeModelQualityJobDefinitionCommand({ JobDefinitionName }))
  ),
  modelBiasJobDefinitions: jobDefinition(
    "model-bias-job-definition",
    "ListModelBiasJobDefinitions",
    (paging) => paginateListModelBiasJobDefinitions(paging, {}),
    "DescribeModelBiasJobDefinition",
    (client, JobDefinitionName) => client.send(new DescribeModelBiasJobDefinitionCommand({ JobDefinitionName }))
  ),
  modelExplainabilityJobDefinitions: jobDefinition(
    "model-explainability-job-definition",
    "ListModelExplainabilityJobDefinitions",
    (paging) => paginateListModelExplainabilityJobDefinitions(paging, {}),
    "DescribeModelExplainabilityJobDefinition",
    (client, JobDefinitionName) => client.send(new DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName }))
  ),
  hyperPodClusters: kind({
    resourceType: "cluster",
    list: "ListClusters",
    paginate: (paging) => paginateListClusters(paging, {}),
    keys: (page) => page.ClusterSummaries?.map((c) => c.ClusterName),
    describe: "DescribeCluster",
    send: (client, ClusterName) => client.send(new DescribeClusterCommand({ ClusterName })),
    arn: (d) => d.ClusterArn
  }),
  spaces: kind({
    resourceType: "space",
    list: "ListSpaces",
    paginate: (paging) => paginateListSpaces(paging, {}),
    keys: (page) => page.Spaces?.map((s) => inDomain(s.DomainId, s.SpaceName)),
    describe: "DescribeSpace",
    send: (client, key) => {
      const [DomainId, SpaceName] = splitOnce(key, "/");
      return client.send(new DescribeSpaceCommand({ DomainId, SpaceName }));
    },
    arn: (d) => d.SpaceArn
  }),
  studioLifecycleConfigs: kind({
    resourceType: "studio-lifecycle-config",
    list: "ListStudioLifecycleConfigs",
    paginate: (paging) => paginateListStudioLifecycleConfigs(paging, {}),
    keys: (page) => page.StudioLifecycleConfigs?.map((c) => c.StudioLifecycleConfigName),
    describe: "DescribeStudioLifecycleConfig",
    send: (client, StudioLifecycleConfigName) => client.send(new DescribeStudioLifecycleConfigCommand({ StudioLifecycleConfigName })),
    arn: (d) => d.StudioLifecycleConfigArn
  }),
  appImageConfigs: kind({
    resourceType: "app-image-config",
    list: "ListAppImageConfigs",
    paginate: (paging) => paginateListAppImageConfigs(paging, {}),
    keys: (page) => page.AppImageConfigs?.map((c) => c.AppImageConfigName),
    describe: "DescribeAppImageConfig",
    send: (client, AppImageConfigName) => client.send(new DescribeAppImageConfigCommand({ AppImageConfigName })),
    arn: (d) => d.AppImageConfigArn
  }),
  images: kind({
    resourceType: "image",
    list: "ListImages",
    paginate: (paging) => paginateListImages(paging, {}),
    keys: (page) => page.Images?.map((i) => i.ImageName),
    describe: "DescribeImage",
    send: (client, ImageName) => client.send(new DescribeImageCommand({ ImageName })),
    arn: (d) => d.ImageArn
  }),
  featureGroups: kind({
    resourceType: "feature-group",
    list: "ListFeatureGroups",
    paginate: (paging) => paginateListFeatureGroups(paging, {}),
    keys: (page) => page.FeatureGroupSummaries?.map((g) => g.FeatureGroupName),
    describe: "DescribeFeatureGroup",
    send: (client, FeatureGroupName) => client.send(new DescribeFeatureGroupCommand({ FeatureGroupName })),
    arn: (d) => d.FeatureGroupArn
  }),
  inferenceExperiments: kind({
    resourceType: "inference-experiment",
    list: "ListInferenceExperiments",
    paginate: (paging) => paginateListInferenceExperiments(paging, {}),
    keys: (page) => page.InferenceExperiments?.map((e) => e.Name),
    describe: "DescribeInferenceExperiment",
    send: (client, Name) => client.send(new DescribeInferenceExperimentCommand({ Name })),
    arn: (d) => d.Arn
  })
};
var TAGGED_RESOURCE_TYPES = Object.values(KINDS).map((reader) => `sagemaker:${reader.resourceType}`);
var LATER = ["notebookLifecycleConfigs", "trainingJobs", "hyperParameterTuningJobs", "processingJobs", "transformJobs"];
async function collectSageMaker(client, calls, jobs, tagging) {
  const sm = new SageMakerReader(client, calls, jobs, new SageMakerTags(client, calls, tagging));
  const collections2 = Object.keys(KINDS);
  const read = async (names, state2) => {
    const results = await Promise.all(names.map((name) => sm.read(KINDS[name], name === "notebookLifecycleConfigs" ? referencedLifecycleConfigs(state2) : [])));
    names.forEach((name, i) => state2[name] = results[i]);
  };
  const state = {};
  const [workforces, modelPackageGroups] = await Promise.all([
    sm.workforces(),
    sm.modelPackageGroups(),
    read(
      collections2.filter((name) => !LATER.includes(name)),
      state
    )
  ]);
  await read(LATER, state);
  return { ...state, workforces, modelPackageGroups };
}
function referencedLifecycleConfigs(state) {
  return (state.notebookInstances ?? []).map((n) => n.NotebookInstanceLifecycleConfigName);
}
var SageMakerReader = class {
  constructor(client, calls, window, tags) {
    this.client = client;
    this.calls = calls;
    this.window = window;
    this.tags = tags;
  }
  client;
  calls;
  window;
  tags;
  get paging() {
    return { client: this.client, pageSize: PAGE_SIZE4 };
  }
  /** Lists the kind (plus keys known otherwise), describes each resource, and adds its tags. */
  async read(reader, alsoKeys) {
    const listed = await this.keys(reader);
    return this.describeEach(reader, distinct([...listed, ...alsoKeys]));
  }
  /** The list gives each workforce whole (there is at most one per Region). */
  async workforces() {
    const { items } = await this.calls.pages("ListWorkforces", () => paginateListWorkforces(this.paging, {}), (p) => p.Workforces);
    return sortBy(items, (w) => w.WorkforceName ?? "").map((w) => toRecord(w));
  }
  /**
   * The list gives each model package group whole; its resource policy is a
   * call of its own. A group whose policy cannot be read keeps no policy, and
   * the failed call is its gap.
   */
  async modelPackageGroups() {
    const { items } = await this.calls.pages("ListModelPackageGroups", () => paginateListModelPackageGroups(this.paging, {}), (p) => p.ModelPackageGroupSummaryList);
    const groups = sortBy(items, (g) => g.ModelPackageGroupName ?? "");
    return Promise.all(
      groups.map(async (group) => {
        const ModelPackageGroupName = group.ModelPackageGroupName;
        const policy = ModelPackageGroupName && await this.calls.call("GetModelPackageGroupPolicy", () => this.client.send(new GetModelPackageGroupPolicyCommand({ ModelPackageGroupName })), group.ModelPackageGroupArn ?? ModelPackageGroupName);
        return { ...toRecord(group), ...policy && policy.ResourcePolicy ? { ResourcePolicy: policy.ResourcePolicy } : {} };
      })
    );
  }
  /** Keys of the listed resources; for jobs, one listing filtered by creation time and one of jobs still running. */
  async keys(reader) {
    const window = this.window;
    const filters = !reader.windowed || window.allJobs ? [{}] : [{ ...window.since ? { CreationTimeAfter: new Date(window.since) } : {} }, ...window.includesRunning ? [{ StatusEquals: "InProgress" }] : []];
    const listings = await Promise.all(filters.map((filter) => this.calls.pages(reader.list, () => reader.paginate(this.paging, filter), reader.keys)));
    return distinct(listings.flatMap((l) => l.items));
  }
  /**
   * Describes each resource (failures become gaps and the resource is left out:
   * a half-known resource would be judged on defaults it may not have) and adds
   * its tags, read by its ARN.
   */
  async describeEach(reader, keys) {
    const described2 = await Promise.all(
      keys.map(async (key) => {
        const output = await this.calls.call(reader.describe, () => reader.send(this.client, key), key);
        if (!output) return void 0;
        const arn = reader.arn(output);
        const tags = arn ? await this.tags.of(arn) : void 0;
        const record = { ...toRecord(output), ...tags ? { Tags: tags } : {} };
        return { key, record };
      })
    );
    return sortBy(
      described2.filter((d) => d !== void 0),
      (d) => d.key
    ).map((d) => d.record);
  }
};
var SageMakerTags = class {
  constructor(client, calls, tagging) {
    this.client = client;
    this.calls = calls;
    this.tagging = tagging;
  }
  client;
  calls;
  tagging;
  index;
  /** The resource's tags, or undefined when they could not be read in full. */
  async of(arn) {
    this.index ??= this.readIndex();
    const index = await this.index;
    if (index && TAGGED_RESOURCE_TYPES.includes(`sagemaker:${arn.split(":")[5]?.split("/")[0]}`)) return index.get(arnKey(arn)) ?? [];
    return this.listTags(arn);
  }
  /** Every tagged SageMaker resource of the region, by ARN; undefined when the listing is incomplete. */
  async readIndex() {
    if (!this.tagging) return void 0;
    const index = /* @__PURE__ */ new Map();
    try {
      for await (const page of paginateGetResources({ client: this.tagging, pageSize: PAGE_SIZE4 }, { ResourceTypeFilters: TAGGED_RESOURCE_TYPES })) {
        for (const { ResourceARN, Tags } of page.ResourceTagMappingList ?? []) {
          if (ResourceARN) index.set(arnKey(ResourceARN), (Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })));
        }
      }
      return index;
    } catch {
      return void 0;
    }
  }
  async listTags(ResourceArn) {
    const { items, complete } = await this.calls.pages("ListTags", () => paginateListTags({ client: this.client, pageSize: PAGE_SIZE4 }, { ResourceArn }), (p) => p.Tags, ResourceArn);
    return complete ? items.map((t) => ({ Key: t.Key, Value: t.Value })) : void 0;
  }
};
var arnKey = (arn) => arn.toLowerCase();
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}

// src/loaders/account/snapshot.ts
import { Ajv } from "ajv";

// src/core/coverage.ts
var AUDIT_SERVICES = ["sts", "organizations", "iam", "sagemaker", "ec2", "redshift", "redshift-serverless"];

// src/loaders/account/snapshot.ts
var SNAPSHOT_MARKER = "sagelintSnapshot";
var SNAPSHOT_VERSION = 6;
var ADDED_IN_VERSION = {
  2: "monitoring job definitions (data quality, model quality, model bias, model explainability)",
  3: "SageMaker HyperPod clusters, Studio spaces, Studio lifecycle configurations and labeling workforces",
  4: "Studio app image configurations and images, and Redshift cluster subnet groups, cluster snapshots and event subscriptions",
  5: "SageMaker model package groups and their resource policies",
  6: "SageMaker feature groups and inference experiments, and Redshift Serverless workgroups and namespaces"
};
var MONITORING_DEFINITION_COLLECTIONS = {
  DataQuality: "dataQualityJobDefinitions",
  ModelQuality: "modelQualityJobDefinitions",
  ModelBias: "modelBiasJobDefinitions",
  ModelExplainability: "modelExplainabilityJobDefinitions"
};
var stringArray = { type: "array", items: { type: "string" } };
var records = { type: "array", items: { type: "object" } };
var collections = (names) => ({ type: "object", required: names, properties: Object.fromEntries(names.map((n) => [n, records])) });
var SAGEMAKER_COLLECTIONS = [
  "notebookInstances",
  "notebookLifecycleConfigs",
  "domains",
  "userProfiles",
  "models",
  "endpointConfigs",
  "endpoints",
  "trainingJobs",
  "hyperParameterTuningJobs",
  "processingJobs",
  "transformJobs",
  "pipelines",
  "monitoringSchedules",
  ...Object.values(MONITORING_DEFINITION_COLLECTIONS),
  "hyperPodClusters",
  "spaces",
  "studioLifecycleConfigs",
  "workforces",
  "appImageConfigs",
  "images",
  "modelPackageGroups",
  "featureGroups",
  "inferenceExperiments"
];
var EC2_COLLECTIONS = ["vpcs", "subnets", "securityGroups", "vpcEndpoints", "routeTables"];
var REDSHIFT_COLLECTIONS = ["clusters", "parameterGroups", "subnetGroups", "snapshots", "eventSubscriptions", "workgroups", "namespaces"];
var IAM_COLLECTIONS = ["roles", "users", "groups", "policies"];
var SNAPSHOT_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "sagelint account snapshot",
  type: "object",
  required: [SNAPSHOT_MARKER, "collectedAt", "scope", "accounts", "coverage", "stats"],
  properties: {
    [SNAPSHOT_MARKER]: { const: SNAPSHOT_VERSION },
    collectedAt: { type: "string" },
    scope: {
      type: "object",
      required: ["regions", "accounts", "jobs"],
      properties: {
        regions: { oneOf: [stringArray, { enum: ["all", "default"] }] },
        accounts: { enum: ["caller", "list", "organization"] },
        roleName: { type: "string" },
        shard: {
          type: "object",
          required: ["index", "count"],
          properties: { index: { type: "integer", minimum: 1 }, count: { type: "integer", minimum: 1 } }
        },
        services: { type: "array", items: { enum: [...COLLECTED_SERVICES] } },
        jobs: {
          type: "object",
          required: ["allJobs", "includesRunning"],
          properties: { allJobs: { type: "boolean" }, since: { type: "string" }, includesRunning: { type: "boolean" } }
        },
        upgradedFrom: { type: "integer", minimum: 1, maximum: SNAPSHOT_VERSION - 1 }
      }
    },
    accounts: {
      type: "array",
      items: {
        type: "object",
        required: ["accountId", "partition", "principalArn", "regions"],
        properties: {
          accountId: { type: "string", pattern: "^[0-9]{12}$" },
          partition: { type: "string" },
          principalArn: { type: "string" },
          assumedRoleArn: { type: "string" },
          iam: collections(IAM_COLLECTIONS),
          regions: {
            type: "array",
            items: {
              type: "object",
              required: ["region", "sagemaker", "ec2", "redshift"],
              properties: {
                region: { type: "string" },
                sagemaker: collections(SAGEMAKER_COLLECTIONS),
                ec2: collections(EC2_COLLECTIONS),
                redshift: collections(REDSHIFT_COLLECTIONS)
              }
            }
          }
        }
      }
    },
    coverage: {
      type: "array",
      items: {
        type: "object",
        required: ["account", "region", "service", "operation", "error", "reason", "rulesAffected"],
        properties: {
          account: { type: "string" },
          region: { type: "string" },
          service: { enum: [...AUDIT_SERVICES] },
          operation: { type: "string" },
          error: { type: "string" },
          reason: { enum: ["access-denied", "region-unavailable", "throttled", "timeout", "unsupported", "error"] },
          resource: { type: "string" },
          rulesAffected: stringArray
        }
      }
    },
    notOffered: {
      type: "array",
      items: {
        type: "object",
        required: ["region", "service", "endpoint", "regionAnsweredBy", "serviceAnsweredIn"],
        properties: {
          region: { type: "string" },
          service: { enum: [...AUDIT_SERVICES] },
          endpoint: { type: "string" },
          regionAnsweredBy: { type: "string" },
          serviceAnsweredIn: { type: "string" }
        }
      }
    },
    stats: {
      type: "object",
      required: ["calls", "retries", "throttlesRetried", "durationMs"],
      properties: {
        calls: { type: "integer", minimum: 0 },
        retries: { type: "integer", minimum: 0 },
        throttlesRetried: { type: "integer", minimum: 0 },
        durationMs: { type: "number", minimum: 0 }
      }
    }
  }
};
function emptyRegionState(region) {
  const empty = (names) => Object.fromEntries(names.map((n) => [n, []]));
  return { region, sagemaker: empty(SAGEMAKER_COLLECTIONS), ec2: empty(EC2_COLLECTIONS), redshift: empty(REDSHIFT_COLLECTIONS) };
}
function isSnapshot(json) {
  return typeof json === "object" && json !== null && !Array.isArray(json) && SNAPSHOT_MARKER in json;
}
var SnapshotError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var validator;
function parseSnapshot(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw syntaxError(text, err);
  }
  if (!isSnapshot(json)) throw new SnapshotError(`not a sagelint snapshot: no "${SNAPSHOT_MARKER}" key at the top level`, 1, 1);
  const version = json[SNAPSHOT_MARKER];
  if (typeof version === "number" && version > SNAPSHOT_VERSION) {
    throw new SnapshotError(`snapshot version ${version} was written by a newer sagelint; this one reads version ${SNAPSHOT_VERSION}`);
  }
  if (typeof version === "number" && version < SNAPSHOT_VERSION) upgradeFrom(version, json);
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(SNAPSHOT_SCHEMA);
  if (!validator(json)) {
    const error = validator.errors?.[0];
    const { line, column } = error ? positionOf(text, error.instancePath) : {};
    throw new SnapshotError(`invalid snapshot: ${describeSchemaError(error)}`, line, column);
  }
  return json;
}
var COLLECTIONS_ADDED_IN = {
  2: { sagemaker: Object.values(MONITORING_DEFINITION_COLLECTIONS) },
  3: { sagemaker: ["hyperPodClusters", "spaces", "studioLifecycleConfigs", "workforces"] },
  4: { sagemaker: ["appImageConfigs", "images"], redshift: ["subnetGroups", "snapshots", "eventSubscriptions"] },
  5: { sagemaker: ["modelPackageGroups"] },
  6: { sagemaker: ["featureGroups", "inferenceExperiments"], redshift: ["workgroups", "namespaces"] }
};
function upgradeFrom(version, json) {
  const added = Object.entries(COLLECTIONS_ADDED_IN).filter(([since]) => Number(since) > version).flatMap(([, byService]) => Object.entries(byService).flatMap(([service, collections2]) => collections2.map((collection) => ({ service, collection }))));
  json[SNAPSHOT_MARKER] = SNAPSHOT_VERSION;
  if (isObject(json.scope)) json.scope.upgradedFrom = version;
  const accounts = Array.isArray(json.accounts) ? json.accounts : [];
  for (const account of accounts) {
    const regions = isObject(account) && Array.isArray(account.regions) ? account.regions : [];
    for (const region of regions) {
      if (!isObject(region)) continue;
      for (const { service, collection } of added) {
        const state = region[service];
        if (isObject(state)) state[collection] ??= [];
      }
    }
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeUpgrade(scope) {
  const from = scope.upgradedFrom;
  if (from === void 0) return [];
  const missing = Object.entries(ADDED_IN_VERSION).filter(([version]) => Number(version) > from).map(([, what]) => what);
  return missing.map((what) => `This snapshot was written in schema version ${from}, which did not collect ${what}: rules were not evaluated on them.`);
}
function serializeSnapshot(snapshot) {
  return `${JSON.stringify(snapshot, null, 2)}
`;
}
function describeSchemaError(error) {
  if (!error) return "unknown schema error";
  const where = error.instancePath ? `at ${error.instancePath}` : "at the top level";
  return `${where}: ${error.message ?? "does not match the schema"}`;
}
function syntaxError(text, err) {
  const message = (err instanceof Error ? err.message : String(err)).replace(/ in JSON at position \d+.*$/, "");
  const offset = firstJsonSyntaxError(text);
  if (offset === void 0) return new SnapshotError(`invalid JSON: ${message}`);
  const { line, column } = new PositionMap(text).at(offset);
  return new SnapshotError(`invalid JSON: ${message}`, line, column);
}
function positionOf(text, pointer) {
  const parsed = parseStructuredText(text, "snapshot.json");
  if (!parsed.ok) return {};
  const keys = pointer.split("/").slice(1).map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~")).map((k) => /^\d+$/.test(k) ? Number(k) : k);
  let value = parsed.doc.value;
  for (const key of keys) {
    const next = get(value, key);
    if (next.t === "omitted") break;
    value = next;
  }
  return value.loc.kind === "source" ? { line: value.loc.start.line, column: value.loc.start.column } : {};
}

// src/loaders/account/collect.ts
var DEFAULT_JOB_WINDOW_DAYS = 30;
var COLLECT_DEFAULTS = {
  concurrency: 5,
  accountConcurrency: 2,
  regionConcurrency: 4,
  maxAttempts: 5,
  requestTimeoutMs: 3e4,
  connectionTimeoutMs: 5e3
};
var REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
var DAY_MS = 24 * 60 * 60 * 1e3;
async function collectAccountState(options = {}) {
  const now = options.now?.() ?? /* @__PURE__ */ new Date();
  const started = performance.now();
  const requested = validateRegions(options.regions) ?? "all";
  const shard = options.shard === void 0 ? void 0 : parseShard(options.shard);
  const progress = new ProgressTracker(options.onProgress);
  const audit = new Audit(options, progress);
  try {
    const homeRegion = await resolveHomeRegion(options, requested);
    const baseCredentials = options.credentials ?? fromNodeProviderChain(options.profile ? { profile: options.profile } : {});
    const caller = await audit.callerIdentity(homeRegion, baseCredentials);
    const allAccounts = await audit.targetAccounts(homeRegion, baseCredentials, caller.account);
    const accountIds = selectShard(allAccounts, shard);
    const known = await audit.callerRegions(homeRegion, baseCredentials);
    const regions = resolveRegions(requested, known, accountIds, caller.account);
    options.onScope?.({
      accounts: accountIds,
      accountsBeforeShard: new Set(allAccounts).size,
      ...shard ? { shard } : {},
      regions: regions === "all" ? "per-account" : [...regions],
      skippedRegions: requested === "all" && known ? known.skipped : []
    });
    progress.addAccounts(accountIds.length);
    const jobs = jobWindow(options, now);
    const accounts = await mapLimited(accountIds, options.accountConcurrency ?? COLLECT_DEFAULTS.accountConcurrency, async (accountId) => {
      try {
        const access = await audit.enterAccount(accountId, caller, homeRegion, baseCredentials);
        return access && await audit.collectAccount(access, regions, homeRegion, jobs);
      } finally {
        progress.accountDone();
      }
    });
    const { gaps, notOffered } = audit.endpoints.settle(audit.recorder.sorted());
    return {
      [SNAPSHOT_MARKER]: SNAPSHOT_VERSION,
      collectedAt: now.toISOString(),
      scope: snapshotScope(options, requested, shard, jobs, audit.services),
      accounts: accounts.filter((a) => a !== void 0).sort((a, b) => compareText(a.accountId, b.accountId)),
      coverage: gaps,
      ...notOffered.length ? { notOffered } : {},
      stats: { ...progress.counts(), durationMs: Math.round(performance.now() - started) }
    };
  } finally {
    audit.destroyClients();
  }
}
var Audit = class {
  constructor(options, progress) {
    this.options = options;
    this.progress = progress;
    this.recorder = new GapRecorder(options.rules ?? [], () => progress.gapRecorded());
    const only = options.services;
    this.services = only?.length ? COLLECTED_SERVICES.filter((service) => only.includes(service)) : COLLECTED_SERVICES;
  }
  options;
  progress;
  recorder;
  /** What the regional endpoints showed: which services a region does not offer. */
  endpoints = new EndpointEvidence(environmentProxy(process.env));
  services;
  clients = [];
  /**
   * A guarded client with its own concurrency bound (one per service, region
   * and account). A regional client names its service, under which its
   * attempts are evidence of what the region offers.
   */
  client(Client, region, credentials, regionalService) {
    const client = createAuditClient(Client, {
      region,
      credentials,
      ...this.options.endpoint ? { endpoint: this.options.endpoint } : {},
      maxAttempts: this.options.maxAttempts ?? COLLECT_DEFAULTS.maxAttempts,
      requestTimeoutMs: this.options.requestTimeoutMs ?? COLLECT_DEFAULTS.requestTimeoutMs,
      connectionTimeoutMs: this.options.connectionTimeoutMs ?? COLLECT_DEFAULTS.connectionTimeoutMs,
      limiter: new Limiter(this.options.concurrency ?? COLLECT_DEFAULTS.concurrency),
      onCall: (outcome) => this.progress.callDone(outcome),
      ...regionalService ? { onAttempt: (attempt) => this.endpoints.note(region, regionalService, attempt) } : {}
    });
    this.clients.push(client);
    return client;
  }
  destroyClients() {
    for (const client of this.clients.splice(0)) client.destroy();
  }
  async callerIdentity(homeRegion, credentials) {
    const sts = this.client(STSClient, homeRegion, credentials);
    const identity = await sts.send(new GetCallerIdentityCommand({})).catch((err) => {
      throw new AuditSetupError(credentialProblem(err, this.options.profile) ?? `cannot identify the caller (sts:GetCallerIdentity): ${classifyError(err).error}`);
    });
    if (!identity.Account || !identity.Arn) throw new AuditSetupError("sts:GetCallerIdentity returned no account");
    return { account: identity.Account, arn: identity.Arn, partition: identity.Arn.split(":")[1] ?? "aws" };
  }
  async targetAccounts(homeRegion, credentials, callerAccount) {
    const { accounts, org, roleName } = this.options;
    if (org && accounts?.length) throw new AuditSetupError("choose either an account list or the organization, not both");
    if ((org || accounts?.length) && !roleName) throw new AuditSetupError("auditing other accounts needs the name of the role to assume in each (roleName)");
    if (accounts?.length) return accounts.map(validateAccountId);
    if (!org) return [callerAccount];
    const organizations = this.client(OrganizationsClient, homeRegion, credentials);
    return listOrganizationAccounts(organizations).catch((err) => {
      throw new AuditSetupError(`cannot list the organization's accounts (organizations:ListAccounts): ${classifyError(err).error}`);
    });
  }
  /** Credentials for the account: the caller's own, or an assumed role; undefined (and a gap) when refused. */
  async enterAccount(accountId, caller, homeRegion, baseCredentials) {
    const { roleName, externalId } = this.options;
    if (!roleName) return { accountId, partition: caller.partition, credentials: baseCredentials, principalArn: caller.arn };
    const roleArn = `arn:${caller.partition}:iam::${accountId}:role/${roleName}`;
    const sts = this.client(STSClient, homeRegion, baseCredentials);
    try {
      const assumed = await assumeRole(sts, roleArn, externalId);
      return { accountId, partition: caller.partition, credentials: assumed.credentials, principalArn: assumed.principalArn, assumedRoleArn: roleArn };
    } catch (err) {
      this.recorder.record({ account: accountId, region: GLOBAL_REGION, service: "sts" }, "AssumeRole", err, roleArn);
      return void 0;
    }
  }
  async collectAccount(access, requested, homeRegion, jobs) {
    const regions = await this.accountRegions(access, requested, homeRegion);
    const regional = this.services.filter((service) => service !== "iam").length;
    this.progress.addTasks((this.services.includes("iam") ? 1 : 0) + regions.length * regional);
    const [iam, regionStates] = await Promise.all([
      this.services.includes("iam") ? this.collectService(access, GLOBAL_REGION, "iam", (calls) => collectIam(this.client(IAMClient, homeRegion, access.credentials), calls)) : void 0,
      mapLimited(regions, this.options.regionConcurrency ?? COLLECT_DEFAULTS.regionConcurrency, (region) => this.collectRegion(access, region, jobs))
    ]);
    return {
      accountId: access.accountId,
      partition: access.partition,
      principalArn: access.principalArn,
      ...access.assumedRoleArn ? { assumedRoleArn: access.assumedRoleArn } : {},
      ...iam ? { iam } : {},
      regions: regionStates
    };
  }
  /** A service left out by the options, or whose collection broke down, keeps empty collections. */
  async collectRegion(access, region, jobs) {
    const state = emptyRegionState(region);
    const wanted = (service) => this.services.includes(service);
    const { credentials } = access;
    const [sagemaker, ec2, redshift] = await Promise.all([
      wanted("sagemaker") ? this.collectService(
        access,
        region,
        "sagemaker",
        (calls) => collectSageMaker(
          this.client(SageMakerClient, region, credentials, "sagemaker"),
          calls,
          jobs,
          this.client(ResourceGroupsTaggingAPIClient, region, credentials, "tagging")
        )
      ) : void 0,
      wanted("ec2") ? this.collectService(access, region, "ec2", (calls) => collectEc2(this.client(EC2Client, region, credentials, "ec2"), calls)) : void 0,
      wanted("redshift") ? this.collectService(
        access,
        region,
        "redshift",
        (calls) => collectRedshift(this.client(RedshiftClient, region, credentials, "redshift"), calls, {
          client: this.client(RedshiftServerlessClient, region, credentials, "redshift-serverless"),
          calls: this.calls(access, region, "redshift-serverless")
        })
      ) : void 0
    ]);
    return { ...state, ...sagemaker && { sagemaker }, ...ec2 && { ec2 }, ...redshift && { redshift } };
  }
  /** The regions to read in this account; `all` asks EC2 which regions the account has enabled. */
  async accountRegions(access, requested, homeRegion) {
    if (requested !== "all") return [...requested];
    const ec2 = this.client(EC2Client, homeRegion, access.credentials, "ec2");
    const out = await this.calls(access, homeRegion, "ec2").call("DescribeRegions", () => ec2.send(new DescribeRegionsCommand({ AllRegions: false })));
    const enabled = (out?.Regions ?? []).map((r) => r.RegionName).filter((name) => !!name);
    return enabled.length ? enabled.sort(compareText) : [homeRegion];
  }
  /**
   * Every region of the partition, as the caller's account sees it: the
   * enabled ones and those left out (opt-in regions not enabled); undefined
   * when it may not ask (the audit then goes on, and a per-account listing
   * records the gap).
   */
  async callerRegions(homeRegion, credentials) {
    const ec2 = this.client(EC2Client, homeRegion, credentials);
    try {
      const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
      const enabled = [];
      const skipped = [];
      for (const region of out.Regions ?? []) {
        if (!region.RegionName) continue;
        (region.OptInStatus === "not-opted-in" ? skipped : enabled).push(region.RegionName);
      }
      return enabled.length ? { enabled: enabled.sort(compareText), skipped: skipped.sort(compareText) } : void 0;
    } catch {
      return void 0;
    }
  }
  calls(access, region, service) {
    return new ServiceCalls({ account: access.accountId, region, service }, this.recorder);
  }
  /**
   * One service in one region (or IAM) of one account, as a progress task.
   * Collectors turn failed calls into gaps themselves; anything else that goes
   * wrong (a response no one expected) becomes a gap for the whole service
   * rather than ending the audit.
   */
  async collectService(access, region, service, run) {
    const calls = this.calls(access, region, service);
    try {
      return await run(calls);
    } catch (err) {
      this.recorder.record(calls.scope, "*", err);
      return void 0;
    } finally {
      this.progress.taskDone();
    }
  }
};
var ProgressTracker = class {
  constructor(listener) {
    this.listener = listener;
  }
  listener;
  accounts = { done: 0, total: 0 };
  tasks = { done: 0, total: 0 };
  calls = 0;
  retries = 0;
  throttlesRetried = 0;
  gaps = 0;
  counts() {
    return { calls: this.calls, retries: this.retries, throttlesRetried: this.throttlesRetried };
  }
  addAccounts(n) {
    this.accounts.total += n;
    this.emit();
  }
  accountDone() {
    this.accounts.done++;
    this.emit();
  }
  addTasks(n) {
    this.tasks.total += n;
    this.emit();
  }
  taskDone() {
    this.tasks.done++;
    this.emit();
  }
  callDone(outcome) {
    this.calls++;
    this.retries += outcome.attempts - 1;
    this.throttlesRetried += outcome.throttlesRetried;
    this.emit();
  }
  gapRecorded() {
    this.gaps++;
    this.emit();
  }
  emit() {
    this.listener?.({ accounts: { ...this.accounts }, tasks: { ...this.tasks }, ...this.counts(), gaps: this.gaps });
  }
};
function validateRegions(regions) {
  if (regions === void 0 || regions === "all") return regions;
  if (regions.length === 0) throw new AuditSetupError("no regions given");
  for (const region of regions) {
    if (!REGION_NAME.test(region)) throw new AuditSetupError(`invalid region name "${region}" (e.g. us-east-1), or use "all"`);
  }
  return [...new Set(regions)].sort(compareText);
}
function resolveRegions(requested, known, accountIds, callerAccount) {
  if (requested === "all") return known && accountIds.length === 1 && accountIds[0] === callerAccount ? known.enabled : "all";
  if (known) {
    const all = /* @__PURE__ */ new Set([...known.enabled, ...known.skipped]);
    const unknown = requested.filter((region) => !all.has(region));
    if (unknown.length) throw new AuditSetupError(`unknown region ${unknown.join(", ")}: this partition has ${[...all].sort(compareText).join(", ")}`);
  }
  return requested;
}
async function resolveHomeRegion(options, regions) {
  if (options.homeRegion) return options.homeRegion;
  const probe = new STSClient(options.profile ? { profile: options.profile } : {});
  try {
    const region = await probe.config.region();
    if (region) return region;
  } catch {
  } finally {
    probe.destroy();
  }
  if (Array.isArray(regions) && regions[0]) return regions[0];
  if (options.profile && !options.credentials) {
    const problem = await fromNodeProviderChain({ profile: options.profile })().then(
      () => void 0,
      (err) => credentialProblem(err, options.profile)
    );
    if (problem) throw new AuditSetupError(problem);
  }
  throw new AuditSetupError('no region: name the regions to audit, or set a region for the profile (AWS_REGION, or "region" in ~/.aws/config)');
}
var EXPIRED = /* @__PURE__ */ new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired"]);
var REJECTED = /* @__PURE__ */ new Set(["InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException", "AuthFailure"]);
function credentialProblem(err, profile) {
  const { name = "", message = "" } = typeof err === "object" && err !== null ? err : {};
  if (name === "CredentialsProviderError" || /could not (load|resolve) credentials/i.test(message)) {
    if (profile) return `profile "${profile}" was not found, or has no credentials, in the shared AWS config (~/.aws/config, ~/.aws/credentials)`;
    return `no AWS credentials found (environment, --profile, SSO, instance or container role): ${classifyError(err).error}`;
  }
  if (EXPIRED.has(name)) return `the AWS session has expired (${name}): renew it (e.g. \`aws sso login\`) and run the audit again`;
  if (REJECTED.has(name)) return `AWS rejected the credentials (${name}): ${classifyError(err).error}`;
  return void 0;
}
function jobWindow(options, now) {
  if (options.allJobs) return { allJobs: true, includesRunning: true };
  const since = options.jobsSince ?? new Date(now.getTime() - DEFAULT_JOB_WINDOW_DAYS * DAY_MS);
  return { allJobs: false, since: since.toISOString(), includesRunning: true };
}
function snapshotScope(options, regions, shard, jobs, services) {
  return {
    regions: regions === "all" ? "all" : [...regions],
    accounts: options.org ? "organization" : options.accounts?.length ? "list" : "caller",
    ...options.roleName ? { roleName: options.roleName } : {},
    ...shard ? { shard } : {},
    ...services.length < COLLECTED_SERVICES.length ? { services: [...services] } : {},
    jobs
  };
}

// src/loaders/account/live-values.ts
var LiveValues = class {
  constructor(origin) {
    this.origin = origin;
  }
  origin;
  loc(path) {
    return { kind: "live", ...this.origin, path };
  }
  /** Plain API data found at `apiPath` of the record. Empty objects are dropped (AWS omits what they stand for). */
  plain(data, apiPath) {
    return this.plainWithoutEmptyObjects(withoutEmptyObjects(data), apiPath);
  }
  plainWithoutEmptyObjects(data, apiPath) {
    return fromPlain(data, (path) => this.loc(path), apiPath);
  }
  /** A map of canonical keys; entries left undefined are omitted. */
  map(entries, apiPath = []) {
    const values = /* @__PURE__ */ new Map();
    const keyLocs = /* @__PURE__ */ new Map();
    for (const [key, value] of entries) {
      if (value === void 0) continue;
      values.set(key, value);
      keyLocs.set(key, value.loc.kind === "live" ? value.loc : this.loc([...apiPath, key]));
    }
    return { t: "map", loc: this.loc(apiPath), entries: values, keyLocs };
  }
  list(items, apiPath) {
    return { t: "list", loc: this.loc(apiPath), items };
  }
  scalar(v, apiPath) {
    return { t: "scalar", v, loc: this.loc(apiPath) };
  }
  /** A reference to another resource of the snapshot, by the ARN it answers to. */
  ref(targetArn, text, apiPath) {
    return { t: "ref", target: targetArn, text, loc: this.loc(apiPath) };
  }
  unknown(reason, apiPath) {
    return { t: "unknown", reason, loc: this.loc(apiPath) };
  }
  /**
   * The record's properties, with `overrides` applied: a key set to a value is
   * added or replaced (a renamed or reshaped property), a key set to undefined is
   * removed (the API name of a renamed property).
   */
  record(record, overrides = {}, apiPath = []) {
    const own = Object.entries(withoutEmptyObjects(record)).filter(([key]) => !(key in overrides)).map(([key, data]) => [key, data === void 0 ? void 0 : this.plainWithoutEmptyObjects(data, [...apiPath, key])]);
    return this.map([...own, ...Object.entries(overrides)], apiPath);
  }
  /** An optional API field at `apiPath`, as a value (undefined when absent). */
  optional(data, apiPath) {
    return data === void 0 ? void 0 : this.plain(data, apiPath);
  }
};
function withoutEmptyObjects(data) {
  if (Array.isArray(data)) return data.map(withoutEmptyObjects);
  if (data === null || typeof data !== "object") return data;
  const kept = Object.entries(data).map(([key, value]) => [key, withoutEmptyObjects(value)]).filter(([, value]) => !isEmptyObject(value));
  return Object.fromEntries(kept);
}
function isEmptyObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;
}
function decodeJsonDocument(document) {
  if (document !== null && typeof document === "object") return document;
  if (typeof document !== "string") return void 0;
  const text = document.trim();
  for (const candidate of text.startsWith("{") ? [text] : [safeDecodeUri(text), text]) {
    if (candidate === void 0) continue;
    try {
      const parsed = JSON.parse(candidate);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
    } catch {
    }
  }
  return void 0;
}
function safeDecodeUri(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return void 0;
  }
}
function liveTagSet(tags, values, absentMeansNone) {
  const known = /* @__PURE__ */ new Map();
  for (const tag of tags ?? []) if (tag.Key !== void 0) known.set(tag.Key, tag.Value);
  return { known, partial: tags === void 0 && !absentMeansNone, loc: values.loc(["Tags"]) };
}
var STACK_NAME_TAG = "aws:cloudformation:stack-name";
var LOGICAL_ID_TAG = "aws:cloudformation:logical-id";
function cloudFormationLabel(tags) {
  const stack = tags.known.get(STACK_NAME_TAG);
  const logicalId = tags.known.get(LOGICAL_ID_TAG);
  if (!stack && !logicalId) return void 0;
  return [stack && `CloudFormation stack ${stack}`, logicalId && `logical ID ${logicalId}`].filter(Boolean).join(", ");
}

// src/loaders/account/model/spec.ts
var MappingContext = class {
  nameCounts = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** What the mapping could not take in, said in the unit's notes. */
  notes = [];
  constructor(sources) {
    for (const { spec, record, where } of sources) {
      const name = spec.name?.(record);
      const arn = spec.arn(record, where);
      if (!name || !arn) continue;
      this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
      this.byName.set(this.key(spec.kind, where.region, name), arn);
    }
  }
  isUniqueName(name) {
    return this.nameCounts.get(name) === 1;
  }
  /**
   * A property that names another resource: the name itself when it is an alias
   * (unique in the account), else a reference to the ARN of the resource of that
   * kind in the same region; the plain name when there is no such resource.
   */
  byNameOf(values, kind2, name, apiPath) {
    if (name === void 0 || name === null) return void 0;
    if (typeof name !== "string") return values.plain(name, apiPath);
    const target = this.byName.get(this.key(kind2, values.origin.region, name));
    return target && !this.isUniqueName(name) ? values.ref(target, name, apiPath) : values.scalar(name, apiPath);
  }
  /** A policy document decoded into a value; unknown (and a note) when it cannot be decoded. */
  document(values, document, apiPath) {
    if (document === void 0 || document === null) return void 0;
    const decoded = decodeJsonDocument(document);
    if (decoded) return values.plain(decoded, apiPath);
    this.notes.push(`${values.origin.arn}: the policy document at ${apiPath.join(".")} is neither JSON nor URL-encoded JSON; rules see it as unknown`);
    return values.unknown("the policy document could not be decoded", apiPath);
  }
  key(kind2, region, name) {
    return `${kind2}\0${region}\0${name}`;
  }
};
var asIs = (record, values) => values.record(record);

// src/loaders/account/model/ec2.ts
var ec2Arn = (where, owner, type, id) => id && `arn:${where.partition}:ec2:${where.region}:${owner ?? where.account}:${type}/${id}`;
var VPC = {
  kind: "Vpc",
  type: "Vpc",
  arn: (r, where) => ec2Arn(where, r.OwnerId, "vpc", r.VpcId),
  ids: (r) => [r.VpcId],
  tags: "inline",
  props: asIs
};
function subnetSpec(routeTables) {
  const tableOf = (subnet) => routeTables.find((t) => t.Associations?.some((a) => a.SubnetId === subnet.SubnetId)) ?? routeTables.find((t) => t.VpcId === subnet.VpcId && t.Associations?.some((a) => a.Main));
  return {
    kind: "Subnet",
    type: "Subnet",
    arn: (r, where) => r.SubnetArn ?? ec2Arn(where, r.OwnerId, "subnet", r.SubnetId),
    ids: (r) => [r.SubnetId],
    tags: "inline",
    props: (r, v) => {
      const table = tableOf(r);
      const tableValues = table?.RouteTableId && new LiveValues({ ...v.origin, arn: ec2Arn(v.origin, table.OwnerId, "route-table", table.RouteTableId) });
      return v.record(r, {
        RouteTableId: tableValues ? tableValues.plain(table.RouteTableId, ["RouteTableId"]) : void 0,
        Routes: tableValues && table.Routes ? tableValues.plain(table.Routes, ["Routes"]) : void 0
      });
    }
  };
}
function securityGroupRules(permissions, key, v, direction) {
  if (!permissions) return void 0;
  const rules = permissions.flatMap((permission, i) => {
    const rule = (path, target, from) => v.map(
      [
        ...["IpProtocol", "FromPort", "ToPort"].map((field) => [field, v.optional(permission[field], [key, i, field])]),
        ...target.map(([canonical, api]) => [canonical, v.optional(from[api], [...path, api])]),
        ["Description", v.optional(from.Description, [...path, "Description"])]
      ],
      path
    );
    const each = (list, listKey, target) => (list ?? []).map((entry, j) => rule([key, i, listKey, j], target, entry));
    return [
      ...each(permission.IpRanges, "IpRanges", [["CidrIp", "CidrIp"]]),
      ...each(permission.Ipv6Ranges, "Ipv6Ranges", [["CidrIpv6", "CidrIpv6"]]),
      // CloudFormation names the owner of a peer group only for ingress.
      ...each(permission.UserIdGroupPairs, "UserIdGroupPairs", [
        [`${direction}SecurityGroupId`, "GroupId"],
        ...direction === "Source" ? [["SourceSecurityGroupOwnerId", "UserId"]] : []
      ]),
      ...each(permission.PrefixListIds, "PrefixListIds", [[`${direction}PrefixListId`, "PrefixListId"]])
    ];
  });
  return v.list(rules, [key]);
}
var SECURITY_GROUP = {
  kind: "SecurityGroup",
  type: "SecurityGroup",
  arn: (r, where) => r.SecurityGroupArn ?? ec2Arn(where, r.OwnerId, "security-group", r.GroupId),
  ids: (r) => [r.GroupId],
  tags: "inline",
  props: (r, v) => v.record(r, {
    Description: void 0,
    GroupDescription: v.optional(r.Description, ["Description"]),
    IpPermissions: void 0,
    SecurityGroupIngress: securityGroupRules(r.IpPermissions, "IpPermissions", v, "Source"),
    IpPermissionsEgress: void 0,
    SecurityGroupEgress: securityGroupRules(r.IpPermissionsEgress, "IpPermissionsEgress", v, "Destination")
  })
};
var VPC_ENDPOINT = {
  kind: "VpcEndpoint",
  type: "VpcEndpoint",
  arn: (r, where) => ec2Arn(where, r.OwnerId, "vpc-endpoint", r.VpcEndpointId),
  ids: (r) => [r.VpcEndpointId],
  tags: "inline",
  props: (r, v, ctx) => v.record(r, {
    Groups: void 0,
    SecurityGroupIds: r.Groups && v.list(r.Groups.map((g, i) => v.plain(g.GroupId ?? null, ["Groups", i, "GroupId"])), ["Groups"]),
    PolicyDocument: ctx.document(v, r.PolicyDocument, ["PolicyDocument"])
  })
};
function ec2Specs(ec2) {
  return { vpcs: VPC, subnets: subnetSpec(ec2.routeTables), securityGroups: SECURITY_GROUP, vpcEndpoints: VPC_ENDPOINT };
}

// src/loaders/account/model/iam.ts
function inlinePolicies(list, key, v, ctx) {
  if (!list) return void 0;
  return v.list(
    list.map(
      (policy, i) => v.map(
        [
          ["PolicyName", v.optional(policy.PolicyName, [key, i, "PolicyName"])],
          ["PolicyDocument", ctx.document(v, policy.PolicyDocument, [key, i, "PolicyDocument"])]
        ],
        [key, i]
      )
    ),
    [key]
  );
}
function managedPolicyArns(attached, v) {
  if (!attached) return void 0;
  return v.list(
    attached.map((p, i) => v.plain(p.PolicyArn ?? null, ["AttachedManagedPolicies", i, "PolicyArn"])),
    ["AttachedManagedPolicies"]
  );
}
function permissionsBoundary(boundary, v) {
  return v.optional(boundary?.PermissionsBoundaryArn, ["PermissionsBoundary", "PermissionsBoundaryArn"]);
}
var IAM_ROLE = {
  kind: "IamRole",
  type: "Role",
  arn: (r) => r.Arn,
  name: (r) => r.RoleName,
  ids: (r) => [r.RoleId],
  tags: "inline",
  props: (r, v, ctx) => v.record(r, {
    AssumeRolePolicyDocument: ctx.document(v, r.AssumeRolePolicyDocument, ["AssumeRolePolicyDocument"]),
    RolePolicyList: void 0,
    Policies: inlinePolicies(r.RolePolicyList, "RolePolicyList", v, ctx),
    AttachedManagedPolicies: void 0,
    ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
    PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v)
  })
};
var IAM_USER = {
  kind: "IamUser",
  type: "User",
  arn: (r) => r.Arn,
  name: (r) => r.UserName,
  ids: (r) => [r.UserId],
  tags: "inline",
  props: (r, v, ctx) => v.record(r, {
    UserPolicyList: void 0,
    Policies: inlinePolicies(r.UserPolicyList, "UserPolicyList", v, ctx),
    AttachedManagedPolicies: void 0,
    ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v),
    PermissionsBoundary: permissionsBoundary(r.PermissionsBoundary, v),
    GroupList: void 0,
    Groups: r.GroupList && v.list(r.GroupList.map((group, i) => ctx.byNameOf(v, "IamGroup", group, ["GroupList", i]) ?? v.plain(null, ["GroupList", i])), ["GroupList"])
  })
};
var IAM_GROUP = {
  kind: "IamGroup",
  type: "Group",
  arn: (r) => r.Arn,
  name: (r) => r.GroupName,
  ids: (r) => [r.GroupId],
  tags: "none",
  props: (r, v, ctx) => v.record(r, {
    GroupPolicyList: void 0,
    Policies: inlinePolicies(r.GroupPolicyList, "GroupPolicyList", v, ctx),
    AttachedManagedPolicies: void 0,
    ManagedPolicyArns: managedPolicyArns(r.AttachedManagedPolicies, v)
  })
};
var policyName = (r) => r.PolicyName ?? r.Arn?.split("/").pop();
var IAM_POLICY = {
  kind: "IamPolicy",
  type: "ManagedPolicy",
  arn: (r) => r.Arn,
  name: policyName,
  ids: (r) => [r.PolicyId],
  tags: "none",
  props: (r, v, ctx) => {
    const versions = r.PolicyVersionList ?? [];
    const index = versions.findIndex((version) => version.IsDefaultVersion || version.VersionId === r.DefaultVersionId);
    const name = policyName(r);
    return v.record(r, {
      PolicyName: void 0,
      ManagedPolicyName: v.optional(name, r.PolicyName ? ["PolicyName"] : ["Arn"]),
      PolicyVersionList: void 0,
      PolicyDocument: index < 0 ? void 0 : ctx.document(v, versions[index].Document, ["PolicyVersionList", index, "Document"])
    });
  }
};
var IAM_SPECS = { roles: IAM_ROLE, users: IAM_USER, groups: IAM_GROUP, policies: IAM_POLICY };

// src/loaders/account/model/redshift.ts
var redshiftArn = (where, type, name) => name && `arn:${where.partition}:redshift:${where.region}:${where.account}:${type}:${name}`;
function loggingProperties(status, v) {
  if (!status) return v.unknown("the logging status could not be read (DescribeLoggingStatus failed)", ["LoggingStatus"]);
  if (!status.LoggingEnabled) return void 0;
  const { LoggingEnabled: _enabled, LastSuccessfulDeliveryTime: _last, LastFailureTime: _failure, LastFailureMessage: _message, ...properties } = status;
  return v.plain(properties, ["LoggingStatus"]);
}
var REDSHIFT_CLUSTER = {
  kind: "RedshiftCluster",
  type: "Cluster",
  arn: (r, where) => redshiftArn(where, "cluster", r.ClusterIdentifier),
  ids: (r) => [r.ClusterIdentifier],
  tags: "inline",
  props: (r, v, ctx) => {
    const group = r.ClusterParameterGroups?.[0];
    return v.record(r, {
      VpcSecurityGroups: void 0,
      VpcSecurityGroupIds: r.VpcSecurityGroups && v.list(r.VpcSecurityGroups.map((g, i) => v.plain(g.VpcSecurityGroupId ?? null, ["VpcSecurityGroups", i, "VpcSecurityGroupId"])), ["VpcSecurityGroups"]),
      // DescribeClusters says Enabled or Disabled where CloudFormation's MultiAZ is a boolean.
      MultiAZ: r.MultiAZ === void 0 ? void 0 : v.plain(r.MultiAZ.toLowerCase() === "enabled", ["MultiAZ"]),
      // CloudFormation's Port is the endpoint's port.
      Port: r.Endpoint?.Port === void 0 ? void 0 : v.plain(r.Endpoint.Port, ["Endpoint", "Port"]),
      ClusterParameterGroups: void 0,
      ClusterParameterGroupName: ctx.byNameOf(v, "RedshiftParameterGroup", group?.ParameterGroupName, ["ClusterParameterGroups", 0, "ParameterGroupName"]),
      IamRoles: r.IamRoles && v.list(r.IamRoles.map((role, i) => v.plain(role.IamRoleArn ?? null, ["IamRoles", i, "IamRoleArn"])), ["IamRoles"]),
      LoggingStatus: void 0,
      LoggingProperties: loggingProperties(r.LoggingStatus, v)
    });
  }
};
function isUsedOrOwnParameterGroup(group, clusters) {
  const name = group.ParameterGroupName;
  if (!name?.startsWith("default.")) return true;
  return clusters.some((cluster) => cluster.ClusterParameterGroups?.some((used) => used.ParameterGroupName === name));
}
var REDSHIFT_PARAMETER_GROUP = {
  kind: "RedshiftParameterGroup",
  type: "ClusterParameterGroup",
  arn: (r, where) => redshiftArn(where, "parametergroup", r.ParameterGroupName),
  name: (r) => r.ParameterGroupName,
  tags: "inline",
  props: (r, v) => v.record(r, {
    Parameters: r.Parameters ? v.list(
      r.Parameters.map((p, i) => v.plain({ ParameterName: p.ParameterName, ParameterValue: p.ParameterValue, Source: p.Source }, ["Parameters", i])),
      ["Parameters"]
    ) : v.unknown("the parameters could not be read (DescribeClusterParameters failed)", ["Parameters"])
  })
};
var REDSHIFT_SUBNET_GROUP = {
  kind: "RedshiftSubnetGroup",
  type: "ClusterSubnetGroup",
  arn: (r, where) => redshiftArn(where, "subnetgroup", r.ClusterSubnetGroupName),
  name: (r) => r.ClusterSubnetGroupName,
  tags: "inline",
  props: (r, v) => v.record(r, {
    SubnetIds: r.Subnets && v.list(r.Subnets.map((s, i) => v.plain(s.SubnetIdentifier ?? null, ["Subnets", i, "SubnetIdentifier"])), ["Subnets"])
  })
};
var REDSHIFT_SNAPSHOT = {
  kind: "RedshiftSnapshot",
  type: "Snapshot",
  arn: (r, where) => r.ClusterIdentifier && r.SnapshotIdentifier && redshiftArn(where, "snapshot", `${r.ClusterIdentifier}/${r.SnapshotIdentifier}`),
  tags: "inline",
  props: asIs
};
var REDSHIFT_EVENT_SUBSCRIPTION = {
  kind: "RedshiftEventSubscription",
  type: "EventSubscription",
  arn: (r, where) => redshiftArn(where, "eventsubscription", r.CustSubscriptionId),
  name: (r) => r.CustSubscriptionId,
  tags: "inline",
  props: (r, v) => v.record(r, { CustSubscriptionId: void 0, SubscriptionName: v.optional(r.CustSubscriptionId, ["CustSubscriptionId"]) })
};
function pascalCased(data, v, apiPath) {
  if (Array.isArray(data)) return v.list(data.map((item, i) => pascalCased(item, v, [...apiPath, i])), apiPath);
  if (data === null || typeof data !== "object") return v.plain(data, apiPath);
  return v.map(
    Object.entries(data).map(([key, value]) => [`${key.charAt(0).toUpperCase()}${key.slice(1)}`, value === void 0 ? void 0 : pascalCased(value, v, [...apiPath, key])]),
    apiPath
  );
}
var SERVERLESS_WORKGROUP = {
  kind: "RedshiftServerlessWorkgroup",
  type: "Workgroup",
  arn: (r) => r.workgroupArn,
  name: (r) => r.workgroupName,
  ids: (r) => [r.workgroupId],
  tags: "none",
  props: (r, v) => pascalCased(r, v, [])
};
var SERVERLESS_NAMESPACE = {
  kind: "RedshiftServerlessNamespace",
  type: "Namespace",
  arn: (r) => r.namespaceArn,
  name: (r) => r.namespaceName,
  ids: (r) => [r.namespaceId],
  tags: "none",
  props: (r, v) => pascalCased(r, v, [])
};
function redshiftSpecs(redshift) {
  return {
    clusters: REDSHIFT_CLUSTER,
    parameterGroups: { ...REDSHIFT_PARAMETER_GROUP, include: (group) => isUsedOrOwnParameterGroup(group, redshift.clusters) },
    subnetGroups: REDSHIFT_SUBNET_GROUP,
    snapshots: REDSHIFT_SNAPSHOT,
    eventSubscriptions: REDSHIFT_EVENT_SUBSCRIPTION,
    workgroups: SERVERLESS_WORKGROUP,
    namespaces: SERVERLESS_NAMESPACE
  };
}

// src/loaders/account/model/sagemaker.ts
function described(kind2, type, identity) {
  return { kind: kind2, type, ...identity, tags: "listed", props: asIs };
}
var NOTEBOOK = {
  kind: "NotebookInstance",
  type: "NotebookInstance",
  arn: (r) => r.NotebookInstanceArn,
  name: (r) => r.NotebookInstanceName,
  tags: "listed",
  props: (r, v, ctx) => v.record(r, {
    SecurityGroups: void 0,
    SecurityGroupIds: r.SecurityGroups && v.plain(r.SecurityGroups, ["SecurityGroups"]),
    NotebookInstanceLifecycleConfigName: void 0,
    LifecycleConfigName: ctx.byNameOf(v, "NotebookLifecycleConfig", r.NotebookInstanceLifecycleConfigName, ["NotebookInstanceLifecycleConfigName"])
  })
};
var WORKFORCE = {
  kind: "Workforce",
  type: "Workforce",
  arn: (r) => r.WorkforceArn,
  name: (r) => r.WorkforceName,
  tags: "none",
  props: asIs
};
var IMAGE = {
  kind: "Image",
  type: "Image",
  arn: (r) => r.ImageArn,
  name: (r) => r.ImageName,
  tags: "listed",
  props: (r, v) => v.record(r, { RoleArn: void 0, ImageRoleArn: v.optional(r.RoleArn, ["RoleArn"]), Description: void 0, ImageDescription: v.optional(r.Description, ["Description"]) })
};
var MODEL_PACKAGE_GROUP = {
  kind: "ModelPackageGroup",
  type: "ModelPackageGroup",
  arn: (r) => r.ModelPackageGroupArn,
  name: (r) => r.ModelPackageGroupName,
  tags: "none",
  props: (r, v) => v.record(r, { ResourcePolicy: void 0, ModelPackageGroupPolicy: v.optional(r.ResourcePolicy, ["ResourcePolicy"]) })
};
function variantsOf(variants, key, v, ctx) {
  if (!variants) return void 0;
  return v.list(
    variants.map((variant, i) => v.record(variant, { ModelName: ctx.byNameOf(v, "Model", variant.ModelName, [key, i, "ModelName"]) }, [key, i])),
    [key]
  );
}
var ENDPOINT_CONFIG = {
  kind: "EndpointConfig",
  type: "EndpointConfig",
  arn: (r) => r.EndpointConfigArn,
  name: (r) => r.EndpointConfigName,
  tags: "listed",
  props: (r, v, ctx) => v.record(r, {
    ProductionVariants: variantsOf(r.ProductionVariants, "ProductionVariants", v, ctx),
    ShadowProductionVariants: variantsOf(r.ShadowProductionVariants, "ShadowProductionVariants", v, ctx)
  })
};
var ENDPOINT = {
  kind: "Endpoint",
  type: "Endpoint",
  arn: (r) => r.EndpointArn,
  name: (r) => r.EndpointName,
  tags: "listed",
  props: (r, v, ctx) => v.record(r, { EndpointConfigName: ctx.byNameOf(v, "EndpointConfig", r.EndpointConfigName, ["EndpointConfigName"]) })
};
var TRAINING_JOB = {
  kind: "Job",
  type: "TrainingJob",
  arn: (r) => r.TrainingJobArn,
  name: (r) => r.TrainingJobName,
  tags: "listed",
  props: (r, v) => canonicalJob(v.record(r), "training", TRAINING_LAYOUT, v.loc([]))
};
var TUNING_JOB = {
  kind: "Job",
  type: "HyperParameterTuningJob",
  arn: (r) => r.HyperParameterTuningJobArn,
  name: (r) => r.HyperParameterTuningJobName,
  tags: "listed",
  props: (r, v) => trainingDefinitions(v.record(r)).map(({ definition, suffix }) => ({
    props: canonicalJob(definition, "tuning", TRAINING_LAYOUT, v.loc([])),
    ...suffix ? { suffix } : {}
  }))
};
var PROCESSING_JOB = {
  kind: "Job",
  type: "ProcessingJob",
  arn: (r) => r.ProcessingJobArn,
  name: (r) => r.ProcessingJobName,
  tags: "listed",
  props: (r, v) => canonicalJob(v.record(r), "processing", PROCESSING_LAYOUT, v.loc([]))
};
function monitoringScheduleSpec(sm) {
  const collected = (name, type) => {
    const types = isMonitoringType(type) ? [type] : MONITORING_TYPES;
    return types.some((t) => sm[MONITORING_DEFINITION_COLLECTIONS[t]].some((d) => d.JobDefinitionName === name));
  };
  return {
    kind: "Job",
    type: "MonitoringSchedule",
    arn: (r) => r.MonitoringScheduleArn,
    name: (r) => r.MonitoringScheduleName,
    tags: "listed",
    props: (r, v, ctx) => {
      const job = monitoringScheduleJob(v.record(r), v.loc([]));
      if (job) return [{ props: job }];
      const config = r.MonitoringScheduleConfig;
      const definition = config?.MonitoringJobDefinitionName;
      if (!collected(definition, config?.MonitoringType ?? r.MonitoringType)) {
        ctx.notes.push(
          `${v.origin.arn}: the monitoring schedule runs the job definition ${definition ?? "(unnamed)"}, which is not in the snapshot; SM020–SM023 do not judge its jobs`
        );
      }
      return [];
    }
  };
}
var MONITORING_DEFINITION_SPECS = Object.fromEntries(
  MONITORING_TYPES.map((type) => {
    const { jobType, layout } = MONITORING_DEFINITIONS[type];
    const spec = {
      kind: "Job",
      type: `${type}JobDefinition`,
      arn: (r) => r.JobDefinitionArn,
      name: (r) => r.JobDefinitionName,
      tags: "listed",
      props: (r, v) => canonicalJob(v.record(r), jobType, layout, v.loc([]))
    };
    return [type, spec];
  })
);
var TRANSFORM_JOB = {
  kind: "TransformJob",
  type: "TransformJob",
  arn: (r) => r.TransformJobArn,
  name: (r) => r.TransformJobName,
  tags: "listed",
  props: (r, v, ctx) => v.record(r, { ModelName: ctx.byNameOf(v, "Model", r.ModelName, ["ModelName"]) })
};
var PIPELINE = {
  kind: "Pipeline",
  type: "Pipeline",
  arn: (r) => r.PipelineArn,
  name: (r) => r.PipelineName,
  tags: "listed",
  props: (r, v) => v.record(r, {
    PipelineDefinition: r.PipelineDefinition === void 0 ? void 0 : v.map([["PipelineDefinitionBody", v.plain(r.PipelineDefinition, ["PipelineDefinition"])]], ["PipelineDefinition"])
  })
};
function sageMakerSpecs(sm) {
  return {
    notebookInstances: NOTEBOOK,
    notebookLifecycleConfigs: described("NotebookLifecycleConfig", "NotebookInstanceLifecycleConfig", { arn: (r) => r.NotebookInstanceLifecycleConfigArn, name: (r) => r.NotebookInstanceLifecycleConfigName }),
    domains: described("Domain", "Domain", { arn: (r) => r.DomainArn, name: (r) => r.DomainName, ids: (r) => [r.DomainId] }),
    userProfiles: described("UserProfile", "UserProfile", { arn: (r) => r.UserProfileArn, name: (r) => r.UserProfileName }),
    models: described("Model", "Model", { arn: (r) => r.ModelArn, name: (r) => r.ModelName }),
    endpointConfigs: ENDPOINT_CONFIG,
    endpoints: ENDPOINT,
    trainingJobs: TRAINING_JOB,
    hyperParameterTuningJobs: TUNING_JOB,
    processingJobs: PROCESSING_JOB,
    monitoringSchedules: monitoringScheduleSpec(sm),
    ...Object.fromEntries(MONITORING_TYPES.map((type) => [MONITORING_DEFINITION_COLLECTIONS[type], MONITORING_DEFINITION_SPECS[type]])),
    transformJobs: TRANSFORM_JOB,
    pipelines: PIPELINE,
    hyperPodClusters: described("HyperPodCluster", "Cluster", { arn: (r) => r.ClusterArn, name: (r) => r.ClusterName }),
    spaces: described("Space", "Space", { arn: (r) => r.SpaceArn, name: (r) => r.SpaceName }),
    studioLifecycleConfigs: described("StudioLifecycleConfig", "StudioLifecycleConfig", { arn: (r) => r.StudioLifecycleConfigArn, name: (r) => r.StudioLifecycleConfigName }),
    workforces: WORKFORCE,
    appImageConfigs: described("AppImageConfig", "AppImageConfig", { arn: (r) => r.AppImageConfigArn, name: (r) => r.AppImageConfigName }),
    images: IMAGE,
    modelPackageGroups: MODEL_PACKAGE_GROUP,
    featureGroups: described("FeatureGroup", "FeatureGroup", { arn: (r) => r.FeatureGroupArn, name: (r) => r.FeatureGroupName }),
    inferenceExperiments: described("InferenceExperiment", "InferenceExperiment", { arn: (r) => r.Arn, name: (r) => r.Name })
  };
}

// src/loaders/account/model.ts
function mapAccountState(account, file) {
  const sources = [...iamSources(account), ...account.regions.flatMap((region) => regionSources(account, region))];
  const context = new MappingContext(sources);
  const notes = [];
  const resources = [];
  const recordPaths = /* @__PURE__ */ new Map();
  for (const { spec, record, where, path } of sources) {
    const note = (message) => notes.push({ ...file ? { file } : {}, message });
    try {
      const built = buildResources(spec, record, where, context);
      if (built) {
        appendAll(resources, built);
        for (const resource of built) recordPaths.set(resource.id, path);
      } else note(`${path}: the record has no ARN or identifier; it is left out`);
    } catch (err) {
      note(`${path}: the record could not be read (${err instanceof Error ? err.message : String(err)}); it is left out`);
    }
  }
  appendAll(notes, context.notes.map((message) => ({ ...file ? { file } : {}, message })));
  return { resources, notes, recordPaths };
}
function sourcesOf(spec, records2, where, path) {
  const sources = (records2 ?? []).map((record, i) => ({ spec, record, where, path: `${path}[${i}]` }));
  return spec.include ? sources.filter((source) => spec.include(source.record)) : sources;
}
function tableSources(specs, state, where, path) {
  return Object.entries(specs).flatMap(
    ([collection, spec]) => sourcesOf(spec, state[collection], where, `${path}.${collection}`)
  );
}
function regionSources(account, state) {
  const where = { account: account.accountId, partition: account.partition, region: state.region };
  const at = `accounts[${account.accountId}].regions[${state.region}]`;
  return [
    ...tableSources(sageMakerSpecs(state.sagemaker), state.sagemaker, where, `${at}.sagemaker`),
    ...tableSources(ec2Specs(state.ec2), state.ec2, where, `${at}.ec2`),
    ...tableSources(redshiftSpecs(state.redshift), state.redshift, where, `${at}.redshift`)
  ];
}
function iamSources(account) {
  if (!account.iam) return [];
  const where = { account: account.accountId, partition: account.partition, region: GLOBAL_REGION };
  return tableSources(IAM_SPECS, account.iam, where, `accounts[${account.accountId}].iam`);
}
function buildResources(spec, record, where, context) {
  const typed = record;
  const arn = spec.arn(typed, where);
  if (!arn) return void 0;
  const values = new LiveValues({ arn, ...where });
  const tags = spec.tags === "none" ? void 0 : liveTagSet(record.Tags, values, spec.tags === "inline");
  const name = spec.name?.(typed);
  const label = tags && cloudFormationLabel(tags);
  const props = spec.props(typed, values, context);
  const parts = Array.isArray(props) ? props : [{ props }];
  return parts.map(({ props: props2, suffix }) => ({
    kind: spec.kind,
    id: suffix ? `${arn}/${suffix}` : arn,
    type: spec.type,
    source: "live",
    loc: values.loc([]),
    props: props2,
    ...tags ? { tags } : {},
    suppressions: [],
    // A part answers to its own identity only: the record's ARN and name stand for the whole.
    aliases: suffix ? [`${arn}/${suffix}`] : [.../* @__PURE__ */ new Set([arn, ...(spec.ids?.(typed) ?? []).filter((id) => !!id), ...name && context.isUniqueName(name) ? [name] : []])],
    ...label ? { label } : {}
  }));
}

// src/loaders/account/units.ts
function snapshotToUnits(snapshot, file, options = {}) {
  const { rules } = options;
  const ids = [.../* @__PURE__ */ new Set([...snapshot.accounts.map((a) => a.accountId), ...snapshot.coverage.map((g) => g.account)])].sort(compareText);
  const withFile = (message) => ({ ...file ? { file } : {}, message });
  return ids.map((id, i) => {
    const account = snapshot.accounts.find((a) => a.accountId === id);
    const mapped = account ? mapAccountState(account, file) : { resources: [], notes: [withFile(`account ${id} could not be read at all; see the coverage gaps`)] };
    const scope = i === 0 ? describeScope(snapshot.scope).map(withFile) : [];
    const gaps = i === 0 ? describeGaps(snapshot.coverage.map((g) => rules ? { ...g, rulesAffected: rulesAffectedByGap(g, rules) } : g)).map(withFile) : [];
    const notOffered = i === 0 ? (snapshot.notOffered ?? []).map(describeNotOffered).map(withFile) : [];
    return { files: file ? [file] : [], resources: mapped.resources, errors: [], notes: [...scope, ...gaps, ...notOffered, ...mapped.notes], dialect: LIVE_DIALECT };
  });
}
function loadSnapshot(root, file, text, options = {}) {
  try {
    return snapshotToUnits(parseSnapshot(text), file, options);
  } catch (err) {
    if (!(err instanceof SnapshotError)) throw err;
    return [{ files: [file], resources: [], errors: [{ file, ...err.line ? { line: err.line, column: err.column } : {}, message: err.message }], notes: [] }];
  }
}
function describeScope(scope) {
  const services = scope.services && `Only ${scope.services.join(", ")} resources were collected: rules about other services' resources were not evaluated.`;
  return [describeJobWindow(scope.jobs), ...services ? [services] : [], ...describeUpgrade(scope)];
}
function describeJobWindow(window) {
  if (window.allJobs) return "Jobs: every training, tuning, processing and transform job was collected.";
  const since = window.since ? ` created after ${window.since}` : "";
  return `Jobs: only training, tuning, processing and transform jobs${since}${window.includesRunning ? ", or still running," : ""} were collected (collect with allJobs for every job).`;
}

// src/loaders/account/snapshot-locations.ts
function locateInSnapshot(findings, snapshot, text, file) {
  const parsed = parseStructuredText(text, file);
  if (!parsed.ok) return [...findings];
  const records2 = recordJsonPaths(snapshot);
  return findings.map((finding) => {
    const { location, resource } = finding;
    if (location.kind !== "live") return finding;
    const recordPath = records2.get(resource.id);
    const record = recordPath && walk(parsed.doc.value, recordPath);
    if (!record || record.value.t !== "map") return finding;
    const ownRecord = resource.id === location.arn || resource.id.startsWith(`${location.arn}/`);
    const property = ownRecord ? deepest(record.value, location.path) : void 0;
    const found = property?.reached ?? arnEntry(record.value, location.arn);
    const loc = found && sourceRange(found.keyLoc ?? found.value.loc, found.value.loc, file, [...recordPath, ...property?.path ?? []]);
    return loc ? { ...finding, location: loc } : finding;
  });
}
function recordJsonPaths(snapshot) {
  const paths = /* @__PURE__ */ new Map();
  snapshot.accounts.forEach((account, accountIndex) => {
    const regionIndex = new Map(account.regions.map((r, i) => [r.region, i]));
    for (const [id, at] of mapAccountState(account).recordPaths) {
      const match = /^accounts\[[^\]]+\]\.(?:regions\[([^\]]+)\]\.)?(\w+)\.(\w+)\[(\d+)\]$/.exec(at);
      if (!match) continue;
      const [, region, service, collection, index] = match;
      const regional = region === void 0 ? [] : ["regions", regionIndex.get(region) ?? -1];
      paths.set(id, ["accounts", accountIndex, ...regional, service, collection, Number(index)]);
    }
  });
  return paths;
}
function walk(root, path) {
  let reached = { value: root };
  for (const segment of path) {
    const next = step(reached.value, segment);
    if (!next) return void 0;
    reached = next;
  }
  return reached;
}
function deepest(from, path) {
  let reached;
  let depth = 0;
  for (const segment of path) {
    const next = step(reached?.value ?? from, segment);
    if (!next) break;
    reached = next;
    depth++;
  }
  return reached && { reached, path: path.slice(0, depth) };
}
function step(value, segment) {
  if (value.t === "map" && typeof segment === "string") {
    const entry = value.entries.get(segment);
    return entry && { value: entry, keyLoc: value.keyLocs.get(segment) };
  }
  if (value.t === "list" && typeof segment === "number") {
    const item = value.items[segment];
    return item && { value: item };
  }
  return void 0;
}
function arnEntry(record, arn) {
  const id = arn.split(/[/:]/).pop();
  for (const match of [arn, id]) {
    for (const [key, value] of record.entries) {
      if (value.t === "scalar" && value.v === match) return { value, keyLoc: record.keyLocs.get(key) };
    }
  }
  const [first] = record.entries;
  return first && { value: first[1], keyLoc: record.keyLocs.get(first[0]) };
}
function sourceRange(start, end, file, path) {
  if (start.kind !== "source" || end.kind !== "source") return void 0;
  return { kind: "source", file, start: start.start, end: end.end, path, readOnly: true };
}

export {
  AUDIT_SERVICES,
  SNAPSHOT_MARKER,
  SNAPSHOT_VERSION,
  SNAPSHOT_SCHEMA,
  isSnapshot,
  SnapshotError,
  parseSnapshot,
  serializeSnapshot,
  DEFAULT_JOB_WINDOW_DAYS,
  collectAccountState,
  STACK_NAME_TAG,
  LOGICAL_ID_TAG,
  snapshotToUnits,
  loadSnapshot,
  locateInSnapshot
};
