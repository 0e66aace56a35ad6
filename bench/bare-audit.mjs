// The reference the live audit benchmark holds `sagelint audit` to: a bare AWS
// SDK v3 loop, with the same client packages, that makes the fewest calls
// reading what the audit reads, with the same bounds on calls in flight. In
// each region: every SageMaker kind listed page by page, each listed resource
// described as its page arrives, and the tags of all of them from one
// paginated GetResources of the Resource Groups Tagging API; the EC2 and
// Redshift listings (their tags come in them), each Redshift cluster's
// logging status and parameter group's parameters, the Redshift Serverless
// workgroups and their namespaces; and once for the account, IAM's
// GetAccountAuthorizationDetails. No retries, no snapshot, no rules, no report.
//
// Usage: node bench/bare-audit.mjs REGION[,REGION…] CALLS_PER_SERVICE REGIONS_AT_ONCE
// with the endpoint, credentials and home region in the environment
// (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION).
// Prints, as JSON, the records read by kind and the operations that failed.
import * as ec2 from '@aws-sdk/client-ec2';
import * as iam from '@aws-sdk/client-iam';
import * as redshift from '@aws-sdk/client-redshift';
import * as serverless from '@aws-sdk/client-redshift-serverless';
import * as tagging from '@aws-sdk/client-resource-groups-tagging-api';
import * as sagemaker from '@aws-sdk/client-sagemaker';

/** How each API pages: the request's token and page size, the response's token, and sagelint's page size. */
const PAGING = {
  sagemaker: { tokenIn: 'NextToken', tokenOut: 'NextToken', sizeIn: 'MaxResults', size: 100 },
  tagging: { tokenIn: 'PaginationToken', tokenOut: 'PaginationToken', sizeIn: 'ResourcesPerPage', size: 100 },
  ec2: { tokenIn: 'NextToken', tokenOut: 'NextToken', sizeIn: 'MaxResults', size: 200 },
  redshift: { tokenIn: 'Marker', tokenOut: 'Marker', sizeIn: 'MaxRecords', size: 100 },
  serverless: { tokenIn: 'nextToken', tokenOut: 'nextToken', sizeIn: 'maxResults', size: 100 },
  iam: { tokenIn: 'Marker', tokenOut: 'Marker', sizeIn: 'MaxItems', size: 1000 },
};

/**
 * The SageMaker kinds sagelint reads: its listing, the items of a page, the
 * Describe call (none: the listing gives the resource whole), the Describe
 * input for an item, and the resource type the Tagging API is asked for.
 */
const SAGEMAKER_KINDS = [
  ['ListNotebookInstances', 'NotebookInstances', 'DescribeNotebookInstance', (i) => ({ NotebookInstanceName: i.NotebookInstanceName }), 'notebook-instance'],
  ['ListNotebookInstanceLifecycleConfigs', 'NotebookInstanceLifecycleConfigs', 'DescribeNotebookInstanceLifecycleConfig', (i) => ({ NotebookInstanceLifecycleConfigName: i.NotebookInstanceLifecycleConfigName }), 'notebook-instance-lifecycle-config'],
  ['ListDomains', 'Domains', 'DescribeDomain', (i) => ({ DomainId: i.DomainId }), 'domain'],
  ['ListUserProfiles', 'UserProfiles', 'DescribeUserProfile', (i) => ({ DomainId: i.DomainId, UserProfileName: i.UserProfileName }), 'user-profile'],
  ['ListModels', 'Models', 'DescribeModel', (i) => ({ ModelName: i.ModelName }), 'model'],
  ['ListEndpointConfigs', 'EndpointConfigs', 'DescribeEndpointConfig', (i) => ({ EndpointConfigName: i.EndpointConfigName }), 'endpoint-config'],
  ['ListEndpoints', 'Endpoints', 'DescribeEndpoint', (i) => ({ EndpointName: i.EndpointName }), 'endpoint'],
  ['ListTrainingJobs', 'TrainingJobSummaries', 'DescribeTrainingJob', (i) => ({ TrainingJobName: i.TrainingJobName }), 'training-job'],
  ['ListHyperParameterTuningJobs', 'HyperParameterTuningJobSummaries', 'DescribeHyperParameterTuningJob', (i) => ({ HyperParameterTuningJobName: i.HyperParameterTuningJobName }), 'hyper-parameter-tuning-job'],
  ['ListProcessingJobs', 'ProcessingJobSummaries', 'DescribeProcessingJob', (i) => ({ ProcessingJobName: i.ProcessingJobName }), 'processing-job'],
  ['ListTransformJobs', 'TransformJobSummaries', 'DescribeTransformJob', (i) => ({ TransformJobName: i.TransformJobName }), 'transform-job'],
  ['ListPipelines', 'PipelineSummaries', 'DescribePipeline', (i) => ({ PipelineName: i.PipelineName }), 'pipeline'],
  ['ListMonitoringSchedules', 'MonitoringScheduleSummaries', 'DescribeMonitoringSchedule', (i) => ({ MonitoringScheduleName: i.MonitoringScheduleName }), 'monitoring-schedule'],
  ...[
    ['DataQuality', 'data-quality'],
    ['ModelQuality', 'model-quality'],
    ['ModelBias', 'model-bias'],
    ['ModelExplainability', 'model-explainability'],
  ].map(([k, type]) => [`List${k}JobDefinitions`, 'JobDefinitionSummaries', `Describe${k}JobDefinition`, (i) => ({ JobDefinitionName: i.MonitoringJobDefinitionName }), `${type}-job-definition`]),
  ['ListClusters', 'ClusterSummaries', 'DescribeCluster', (i) => ({ ClusterName: i.ClusterName }), 'cluster'],
  ['ListSpaces', 'Spaces', 'DescribeSpace', (i) => ({ DomainId: i.DomainId, SpaceName: i.SpaceName }), 'space'],
  ['ListStudioLifecycleConfigs', 'StudioLifecycleConfigs', 'DescribeStudioLifecycleConfig', (i) => ({ StudioLifecycleConfigName: i.StudioLifecycleConfigName }), 'studio-lifecycle-config'],
  ['ListAppImageConfigs', 'AppImageConfigs', 'DescribeAppImageConfig', (i) => ({ AppImageConfigName: i.AppImageConfigName }), 'app-image-config'],
  ['ListImages', 'Images', 'DescribeImage', (i) => ({ ImageName: i.ImageName }), 'image'],
  ['ListFeatureGroups', 'FeatureGroupSummaries', 'DescribeFeatureGroup', (i) => ({ FeatureGroupName: i.FeatureGroupName }), 'feature-group'],
  ['ListInferenceExperiments', 'InferenceExperiments', 'DescribeInferenceExperiment', (i) => ({ Name: i.Name }), 'inference-experiment'],
  ['ListWorkforces', 'Workforces'],
  ['ListModelPackageGroups', 'ModelPackageGroupSummaryList', 'GetModelPackageGroupPolicy', (i) => ({ ModelPackageGroupName: i.ModelPackageGroupName })],
];

const EC2_LISTINGS = [
  ['DescribeVpcs', 'Vpcs'],
  ['DescribeSubnets', 'Subnets'],
  ['DescribeSecurityGroups', 'SecurityGroups'],
  ['DescribeVpcEndpoints', 'VpcEndpoints'],
  ['DescribeRouteTables', 'RouteTables'],
];

const REDSHIFT_LISTINGS = [
  ['DescribeClusters', 'Clusters', 'DescribeLoggingStatus', (i) => ({ ClusterIdentifier: i.ClusterIdentifier })],
  ['DescribeClusterParameterGroups', 'ParameterGroups', 'DescribeClusterParameters', (i) => ({ ParameterGroupName: i.ParameterGroupName })],
  ['DescribeClusterSubnetGroups', 'ClusterSubnetGroups'],
  ['DescribeClusterSnapshots', 'Snapshots'],
  ['DescribeEventSubscriptions', 'EventSubscriptionsList'],
];

const [regionList, callsPerService, regionsAtOnce] = process.argv.slice(2);
const regions = regionList?.split(',') ?? [];
const concurrency = Number(callsPerService);
const regionConcurrency = Number(regionsAtOnce);
if (!regions.length || !(concurrency >= 1) || !(regionConcurrency >= 1)) {
  process.stderr.write('usage: node bench/bare-audit.mjs REGION[,REGION…] CALLS_PER_SERVICE REGIONS_AT_ONCE\n');
  process.exit(2);
}

const records = {};
const failed = [];
const clients = [];

/** A client with at most `concurrency` calls in flight, and no retries. */
function client(module, Client, region) {
  const made = new module[Client]({ region, maxAttempts: 1 });
  const limit = limiter(concurrency);
  made.middlewareStack.add((next) => (args) => limit(() => next(args)), { step: 'initialize', name: 'benchConcurrency' });
  clients.push(made);
  return made;
}

/** Reads every page of `operation`, handing each page's items to `onItems`; a failure ends the listing. */
async function list(api, paging, operation, itemsKey, input, onItems) {
  const { tokenIn, tokenOut, sizeIn, size } = PAGING[paging];
  let token;
  try {
    do {
      const page = await api.client.send(new api.module[`${operation}Command`]({ ...input, [sizeIn]: size, ...(token ? { [tokenIn]: token } : {}) }));
      onItems(itemsKey ? (page[itemsKey] ?? []) : [page]);
      token = page[tokenOut];
    } while (token);
  } catch (err) {
    failed.push(`${operation}: ${err.name}`);
  }
}

/** Lists, and makes the per-item call for every listed item as its page arrives; counts the records read. */
async function read(api, paging, [operation, itemsKey, perItem, perItemInput]) {
  const calls = [];
  await list(api, paging, operation, itemsKey, {}, (items) => {
    if (!perItem) {
      records[operation] = (records[operation] ?? 0) + items.length;
      return;
    }
    for (const item of items) calls.push(call(api, perItem, perItemInput(item)));
  });
  return Promise.all(calls);
}

async function call(api, operation, input) {
  try {
    const output = await api.client.send(new api.module[`${operation}Command`](input));
    records[operation] = (records[operation] ?? 0) + 1;
    return output;
  } catch (err) {
    failed.push(`${operation}: ${err.name}`);
    return undefined;
  }
}

async function readRegion(region) {
  const sm = { module: sagemaker, client: client(sagemaker, 'SageMakerClient', region) };
  const tags = { module: tagging, client: client(tagging, 'ResourceGroupsTaggingAPIClient', region) };
  const network = { module: ec2, client: client(ec2, 'EC2Client', region) };
  const warehouse = { module: redshift, client: client(redshift, 'RedshiftClient', region) };
  const workgroups = { module: serverless, client: client(serverless, 'RedshiftServerlessClient', region) };
  const notebookKind = SAGEMAKER_KINDS.find(([operation]) => operation === 'ListNotebookInstances');
  const lifecycleKind = SAGEMAKER_KINDS.find(([operation]) => operation === 'ListNotebookInstanceLifecycleConfigs');
  const resourceTypeFilters = SAGEMAKER_KINDS.filter((k) => k[4]).map((k) => `sagemaker:${k[4]}`);
  await Promise.all([
    ...SAGEMAKER_KINDS.filter((k) => k !== notebookKind && k !== lifecycleKind).map((k) => read(sm, 'sagemaker', k)),
    // Lifecycle configurations named by a notebook are read even where listing them fails.
    Promise.all([read(sm, 'sagemaker', notebookKind), listNames(sm, lifecycleKind)]).then(([notebooks, listed]) => {
      const names = new Set([...listed, ...notebooks.map((n) => n?.NotebookInstanceLifecycleConfigName).filter(Boolean)]);
      return Promise.all([...names].map((name) => call(sm, lifecycleKind[2], { NotebookInstanceLifecycleConfigName: name })));
    }),
    list(tags, 'tagging', 'GetResources', 'ResourceTagMappingList', { ResourceTypeFilters: resourceTypeFilters }, (items) => {
      records.GetResources = (records.GetResources ?? 0) + items.length;
    }),
    ...EC2_LISTINGS.map((k) => read(network, 'ec2', k)),
    ...REDSHIFT_LISTINGS.map((k) => read(warehouse, 'redshift', k)),
    (async () => {
      const namespaces = new Set();
      await list(workgroups, 'serverless', 'ListWorkgroups', 'workgroups', {}, (items) => {
        records.ListWorkgroups = (records.ListWorkgroups ?? 0) + items.length;
        for (const w of items) if (w.namespaceName) namespaces.add(w.namespaceName);
      });
      await Promise.all([...namespaces].map((namespaceName) => call(workgroups, 'GetNamespace', { namespaceName })));
    })(),
  ]);
}

async function listNames(api, [operation, itemsKey]) {
  const names = [];
  await list(api, 'sagemaker', operation, itemsKey, {}, (items) => names.push(...items.map((i) => i.NotebookInstanceLifecycleConfigName)));
  return names;
}

/** Runs tasks with at most `n` at once. */
function limiter(n) {
  let running = 0;
  const waiting = [];
  return async (task) => {
    if (running >= n) await new Promise((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

const regionLimit = limiter(regionConcurrency);
const identity = { module: iam, client: client(iam, 'IAMClient', process.env.AWS_REGION ?? regions[0]) };
await Promise.all([
  list(identity, 'iam', 'GetAccountAuthorizationDetails', undefined, {}, (pages) => {
    for (const page of pages) records.roles = (records.roles ?? 0) + (page.RoleDetailList?.length ?? 0);
  }),
  ...regions.map((region) => regionLimit(() => readRegion(region))),
]);
for (const c of clients) c.destroy();
process.stdout.write(`${JSON.stringify({ records, failed: failed.sort() })}\n`);
