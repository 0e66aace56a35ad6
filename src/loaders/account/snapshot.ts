/**
 * `snapshot.json`: what an audit collected, versioned, so that the rules can be
 * re-run offline (`sagelint scan state.json`) and every step after collection
 * can be tested without AWS.
 *
 * Resource records are the API responses as AWS returned them (dates as ISO
 * strings, `$metadata` dropped), plus the few fields sagelint adds from follow-up
 * calls (`Tags`, `LoggingStatus`, `Parameters`). Such an added field is absent
 * when its call failed, and the failure is in `coverage`; an empty list means
 * there was nothing. See docs/audit.md for the full description.
 */
import { Ajv, type ErrorObject } from 'ajv';
import type {
  DescribeClusterResponse,
  DescribeAppImageConfigResponse,
  DescribeImageResponse,
  Workforce,
  ModelPackageGroupSummary,
  DescribeSpaceResponse,
  DescribeStudioLifecycleConfigResponse,
  DescribeDataQualityJobDefinitionResponse,
  DescribeDomainResponse,
  DescribeEndpointConfigOutput,
  DescribeEndpointOutput,
  DescribeHyperParameterTuningJobResponse,
  DescribeModelBiasJobDefinitionResponse,
  DescribeModelExplainabilityJobDefinitionResponse,
  DescribeModelOutput,
  DescribeModelQualityJobDefinitionResponse,
  DescribeMonitoringScheduleResponse,
  DescribeNotebookInstanceLifecycleConfigOutput,
  DescribeNotebookInstanceOutput,
  DescribePipelineResponse,
  DescribeProcessingJobResponse,
  DescribeTrainingJobResponse,
  DescribeTransformJobResponse,
  DescribeUserProfileResponse,
  DescribeFeatureGroupResponse,
  DescribeInferenceExperimentResponse,
} from '@aws-sdk/client-sagemaker';
import type { GroupDetail, ManagedPolicyDetail, RoleDetail, UserDetail } from '@aws-sdk/client-iam';
import type { RouteTable, SecurityGroup, Subnet, Vpc, VpcEndpoint } from '@aws-sdk/client-ec2';
import type { Cluster, ClusterParameterGroup, ClusterSubnetGroup, EventSubscription, LoggingStatus, Parameter, Snapshot as ClusterSnapshot } from '@aws-sdk/client-redshift';
import type { Namespace, Workgroup } from '@aws-sdk/client-redshift-serverless';
import type { MonitoringType } from '../../model/job-shapes.js';
import { COLLECTED_SERVICES, type CollectedService } from './coverage.js';
import type { NotOfferedService } from './offered.js';
import { AUDIT_SERVICES, type CoverageGap } from '../../core/coverage.js';
import { get } from '../../model/value.js';
import { PositionMap } from '../source-text.js';
import { firstJsonSyntaxError, parseStructuredText } from '../structured-text.js';

/** The key that marks a snapshot; its value is the schema version. */
export const SNAPSHOT_MARKER = 'sagelintSnapshot';
export const SNAPSHOT_VERSION = 6;

/**
 * What each schema version added, in words: a snapshot read from an older
 * version lacks it, and its reports say so.
 */
const ADDED_IN_VERSION: Readonly<Record<number, string>> = {
  2: 'monitoring job definitions (data quality, model quality, model bias, model explainability)',
  3: 'SageMaker HyperPod clusters, Studio spaces, Studio lifecycle configurations and labeling workforces',
  4: 'Studio app image configurations and images, and Redshift cluster subnet groups, cluster snapshots and event subscriptions',
  5: 'SageMaker model package groups and their resource policies',
  6: 'SageMaker feature groups and inference experiments, and Redshift Serverless workgroups and namespaces',
};

/**
 * An API shape as it reads back from JSON: dates are ISO strings, `$metadata` is
 * gone, and every field is optional: a snapshot may come from another sagelint
 * version or be edited, so readers check what they use.
 */
export type ApiRecord<T> = Jsonified<Omit<T, '$metadata'>>;
type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]?: Jsonified<T[K]> }
      : T;

export interface ApiTag {
  Key?: string;
  Value?: string;
}

/** A SageMaker description with the resource's tags (ListTags); no `Tags` when they could not be read. */
export type Tagged<T> = ApiRecord<T> & { Tags?: ApiTag[] };

export interface SageMakerState {
  notebookInstances: Tagged<DescribeNotebookInstanceOutput>[];
  notebookLifecycleConfigs: Tagged<DescribeNotebookInstanceLifecycleConfigOutput>[];
  domains: Tagged<DescribeDomainResponse>[];
  userProfiles: Tagged<DescribeUserProfileResponse>[];
  models: Tagged<DescribeModelOutput>[];
  endpointConfigs: Tagged<DescribeEndpointConfigOutput>[];
  endpoints: Tagged<DescribeEndpointOutput>[];
  trainingJobs: Tagged<DescribeTrainingJobResponse>[];
  hyperParameterTuningJobs: Tagged<DescribeHyperParameterTuningJobResponse>[];
  processingJobs: Tagged<DescribeProcessingJobResponse>[];
  transformJobs: Tagged<DescribeTransformJobResponse>[];
  pipelines: Tagged<DescribePipelineResponse>[];
  monitoringSchedules: Tagged<DescribeMonitoringScheduleResponse>[];
  dataQualityJobDefinitions: Tagged<DescribeDataQualityJobDefinitionResponse>[];
  modelQualityJobDefinitions: Tagged<DescribeModelQualityJobDefinitionResponse>[];
  modelBiasJobDefinitions: Tagged<DescribeModelBiasJobDefinitionResponse>[];
  modelExplainabilityJobDefinitions: Tagged<DescribeModelExplainabilityJobDefinitionResponse>[];
  hyperPodClusters: Tagged<DescribeClusterResponse>[];
  spaces: Tagged<DescribeSpaceResponse>[];
  studioLifecycleConfigs: Tagged<DescribeStudioLifecycleConfigResponse>[];
  /** ListWorkforces gives every workforce whole: there is nothing to describe. */
  workforces: ApiRecord<Workforce>[];
  appImageConfigs: Tagged<DescribeAppImageConfigResponse>[];
  images: Tagged<DescribeImageResponse>[];
  /**
   * ListModelPackageGroups gives each group whole; `ResourcePolicy` is
   * GetModelPackageGroupPolicy's answer, absent when the group has none or the
   * call failed (then in `coverage`).
   */
  modelPackageGroups: (ApiRecord<ModelPackageGroupSummary> & { ResourcePolicy?: string })[];
  featureGroups: Tagged<DescribeFeatureGroupResponse>[];
  inferenceExperiments: Tagged<DescribeInferenceExperimentResponse>[];
}

/** The collection of each kind of monitoring job definition, by the `MonitoringType` a schedule names it with. */
export const MONITORING_DEFINITION_COLLECTIONS = {
  DataQuality: 'dataQualityJobDefinitions',
  ModelQuality: 'modelQualityJobDefinitions',
  ModelBias: 'modelBiasJobDefinitions',
  ModelExplainability: 'modelExplainabilityJobDefinitions',
} as const satisfies Record<MonitoringType, keyof SageMakerState>;

export interface Ec2State {
  vpcs: ApiRecord<Vpc>[];
  subnets: ApiRecord<Subnet>[];
  securityGroups: ApiRecord<SecurityGroup>[];
  vpcEndpoints: ApiRecord<VpcEndpoint>[];
  routeTables: ApiRecord<RouteTable>[];
}

export interface RedshiftState {
  /** `LoggingStatus` is DescribeLoggingStatus's answer for the cluster. */
  clusters: (ApiRecord<Cluster> & { LoggingStatus?: ApiRecord<LoggingStatus> })[];
  /** `Parameters` is every parameter of the group (DescribeClusterParameters), defaults included. */
  parameterGroups: (ApiRecord<ClusterParameterGroup> & { Parameters?: ApiRecord<Parameter>[] })[];
  /** DescribeClusterSubnetGroups gives each group whole, its subnets with their Availability Zones. */
  subnetGroups: ApiRecord<ClusterSubnetGroup>[];
  /** DescribeClusterSnapshots: automated and manual snapshots, with their tags. */
  snapshots: ApiRecord<ClusterSnapshot>[];
  eventSubscriptions: ApiRecord<EventSubscription>[];
  /** Redshift Serverless ListWorkgroups: each workgroup whole, in the API's own (camelCase) names. */
  workgroups: ApiRecord<Workgroup>[];
  /** Redshift Serverless GetNamespace of each namespace a workgroup uses, in the API's own (camelCase) names. */
  namespaces: ApiRecord<Namespace>[];
}

/** GetAccountAuthorizationDetails, all pages. Policy documents stay as AWS sent them (URL-encoded JSON). */
export interface IamState {
  roles: ApiRecord<RoleDetail>[];
  users: ApiRecord<UserDetail>[];
  groups: ApiRecord<GroupDetail>[];
  /** Customer managed policies, and AWS managed policies that something in the account attaches. */
  policies: ApiRecord<ManagedPolicyDetail>[];
}

export interface RegionState {
  region: string;
  sagemaker: SageMakerState;
  ec2: Ec2State;
  redshift: RedshiftState;
}

export interface AccountState {
  accountId: string;
  /** `aws`, `aws-cn`, `aws-us-gov`. */
  partition: string;
  /** Who the audit acted as in this account. */
  principalArn: string;
  /** The role assumed to reach the account, when it is not the caller's own. */
  assumedRoleArn?: string;
  /** Absent when the IAM details could not be read (see coverage). */
  iam?: IamState;
  regions: RegionState[];
}

/** Which training, tuning, processing and transform jobs were collected. */
export interface JobWindow {
  /** Every job, whatever its age. */
  allJobs: boolean;
  /** Jobs created at or after this instant (ISO 8601); absent with allJobs. */
  since?: string;
  /** Jobs still in progress, however old, are included too. */
  includesRunning: boolean;
}

export interface SnapshotScope {
  /** Regions as requested: explicit names, `all` (each account's enabled regions), or the profile's default. */
  regions: string[] | 'all' | 'default';
  /** How the accounts were chosen. */
  accounts: 'caller' | 'list' | 'organization';
  roleName?: string;
  shard?: { index: number; count: number };
  /** The services collected, when not all of them were: the others' collections are empty, unread. */
  services?: CollectedService[];
  jobs: JobWindow;
  /**
   * The schema version the snapshot was written in, when it was read from an
   * older one and upgraded: what later versions collect was not read.
   */
  upgradedFrom?: number;
}

export interface CollectionStats {
  /** API operations completed (each page counts). */
  calls: number;
  /** Extra HTTP attempts made by the SDK's retries. */
  retries: number;
  /** Attempts refused by throttling (or HTTP 503) that were retried. */
  throttlesRetried: number;
  durationMs: number;
}

export interface Snapshot {
  [SNAPSHOT_MARKER]: typeof SNAPSHOT_VERSION;
  /** When collection started (ISO 8601). */
  collectedAt: string;
  scope: SnapshotScope;
  accounts: AccountState[];
  /** Every call that failed, with the rules it left unevaluated. */
  coverage: CoverageGap[];
  /** Services the run proved a region does not offer (their failed calls are no gaps); absent when none. */
  notOffered?: NotOfferedService[];
  stats: CollectionStats;
}

const stringArray = { type: 'array', items: { type: 'string' } } as const;
const records = { type: 'array', items: { type: 'object' } } as const;
const collections = (names: readonly string[]) =>
  ({ type: 'object', required: names, properties: Object.fromEntries(names.map((n) => [n, records])) }) as const;

const SAGEMAKER_COLLECTIONS = [
  'notebookInstances',
  'notebookLifecycleConfigs',
  'domains',
  'userProfiles',
  'models',
  'endpointConfigs',
  'endpoints',
  'trainingJobs',
  'hyperParameterTuningJobs',
  'processingJobs',
  'transformJobs',
  'pipelines',
  'monitoringSchedules',
  ...Object.values(MONITORING_DEFINITION_COLLECTIONS),
  'hyperPodClusters',
  'spaces',
  'studioLifecycleConfigs',
  'workforces',
  'appImageConfigs',
  'images',
  'modelPackageGroups',
  'featureGroups',
  'inferenceExperiments',
] as const satisfies readonly (keyof SageMakerState)[];
const EC2_COLLECTIONS = ['vpcs', 'subnets', 'securityGroups', 'vpcEndpoints', 'routeTables'] as const satisfies readonly (keyof Ec2State)[];
const REDSHIFT_COLLECTIONS = ['clusters', 'parameterGroups', 'subnetGroups', 'snapshots', 'eventSubscriptions', 'workgroups', 'namespaces'] as const satisfies readonly (keyof RedshiftState)[];
const IAM_COLLECTIONS = ['roles', 'users', 'groups', 'policies'] as const satisfies readonly (keyof IamState)[];

/**
 * JSON Schema (draft-07) of the snapshot envelope. Resource records are AWS API
 * shapes and are checked only as objects: the model mapping reads them defensively.
 */
export const SNAPSHOT_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'sagelint account snapshot',
  type: 'object',
  required: [SNAPSHOT_MARKER, 'collectedAt', 'scope', 'accounts', 'coverage', 'stats'],
  properties: {
    [SNAPSHOT_MARKER]: { const: SNAPSHOT_VERSION },
    collectedAt: { type: 'string' },
    scope: {
      type: 'object',
      required: ['regions', 'accounts', 'jobs'],
      properties: {
        regions: { oneOf: [stringArray, { enum: ['all', 'default'] }] },
        accounts: { enum: ['caller', 'list', 'organization'] },
        roleName: { type: 'string' },
        shard: {
          type: 'object',
          required: ['index', 'count'],
          properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
        },
        services: { type: 'array', items: { enum: [...COLLECTED_SERVICES] } },
        jobs: {
          type: 'object',
          required: ['allJobs', 'includesRunning'],
          properties: { allJobs: { type: 'boolean' }, since: { type: 'string' }, includesRunning: { type: 'boolean' } },
        },
        upgradedFrom: { type: 'integer', minimum: 1, maximum: SNAPSHOT_VERSION - 1 },
      },
    },
    accounts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['accountId', 'partition', 'principalArn', 'regions'],
        properties: {
          accountId: { type: 'string', pattern: '^[0-9]{12}$' },
          partition: { type: 'string' },
          principalArn: { type: 'string' },
          assumedRoleArn: { type: 'string' },
          iam: collections(IAM_COLLECTIONS),
          regions: {
            type: 'array',
            items: {
              type: 'object',
              required: ['region', 'sagemaker', 'ec2', 'redshift'],
              properties: {
                region: { type: 'string' },
                sagemaker: collections(SAGEMAKER_COLLECTIONS),
                ec2: collections(EC2_COLLECTIONS),
                redshift: collections(REDSHIFT_COLLECTIONS),
              },
            },
          },
        },
      },
    },
    coverage: {
      type: 'array',
      items: {
        type: 'object',
        required: ['account', 'region', 'service', 'operation', 'error', 'reason', 'rulesAffected'],
        properties: {
          account: { type: 'string' },
          region: { type: 'string' },
          service: { enum: [...AUDIT_SERVICES] },
          operation: { type: 'string' },
          error: { type: 'string' },
          reason: { enum: ['access-denied', 'region-unavailable', 'throttled', 'timeout', 'unsupported', 'error'] },
          resource: { type: 'string' },
          rulesAffected: stringArray,
        },
      },
    },
    notOffered: {
      type: 'array',
      items: {
        type: 'object',
        required: ['region', 'service', 'endpoint', 'regionAnsweredBy', 'serviceAnsweredIn'],
        properties: {
          region: { type: 'string' },
          service: { enum: [...AUDIT_SERVICES] },
          endpoint: { type: 'string' },
          regionAnsweredBy: { type: 'string' },
          serviceAnsweredIn: { type: 'string' },
        },
      },
    },
    stats: {
      type: 'object',
      required: ['calls', 'retries', 'throttlesRetried', 'durationMs'],
      properties: {
        calls: { type: 'integer', minimum: 0 },
        retries: { type: 'integer', minimum: 0 },
        throttlesRetried: { type: 'integer', minimum: 0 },
        durationMs: { type: 'number', minimum: 0 },
      },
    },
  },
} as const;

/** An empty region, the starting point of collection (and of hand-written test snapshots). */
export function emptyRegionState(region: string): RegionState {
  const empty = <K extends string>(names: readonly K[]) => Object.fromEntries(names.map((n) => [n, []])) as unknown as Record<K, never[]>;
  return { region, sagemaker: empty(SAGEMAKER_COLLECTIONS), ec2: empty(EC2_COLLECTIONS), redshift: empty(REDSHIFT_COLLECTIONS) };
}

/** True when parsed JSON is a sagelint snapshot (of any version). */
export function isSnapshot(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && SNAPSHOT_MARKER in json;
}

export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Parses and validates snapshot text; throws SnapshotError saying where it is wrong. */
export function parseSnapshot(text: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw syntaxError(text, err);
  }
  if (!isSnapshot(json)) throw new SnapshotError(`not a sagelint snapshot: no "${SNAPSHOT_MARKER}" key at the top level`, 1, 1);
  const version = (json as Record<string, unknown>)[SNAPSHOT_MARKER];
  if (typeof version === 'number' && version > SNAPSHOT_VERSION) {
    throw new SnapshotError(`snapshot version ${version} was written by a newer sagelint; this one reads version ${SNAPSHOT_VERSION}`);
  }
  if (typeof version === 'number' && version < SNAPSHOT_VERSION) upgradeFrom(version, json as Record<string, unknown>);
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(SNAPSHOT_SCHEMA);
  if (!validator(json)) {
    const error = validator.errors?.[0];
    const { line, column } = error ? positionOf(text, error.instancePath) : {};
    throw new SnapshotError(`invalid snapshot: ${describeSchemaError(error)}`, line, column);
  }
  return json as Snapshot;
}

/** The collections each schema version added, by service. */
const COLLECTIONS_ADDED_IN: Readonly<Record<number, { sagemaker?: readonly (keyof SageMakerState)[]; redshift?: readonly (keyof RedshiftState)[] }>> = {
  2: { sagemaker: Object.values(MONITORING_DEFINITION_COLLECTIONS) },
  3: { sagemaker: ['hyperPodClusters', 'spaces', 'studioLifecycleConfigs', 'workforces'] },
  4: { sagemaker: ['appImageConfigs', 'images'], redshift: ['subnetGroups', 'snapshots', 'eventSubscriptions'] },
  5: { sagemaker: ['modelPackageGroups'] },
  6: { sagemaker: ['featureGroups', 'inferenceExperiments'], redshift: ['workgroups', 'namespaces'] },
};

/**
 * What older versions did not collect becomes empty collections, and the
 * scope records the version, so reports say they were not read. Upgraded
 * before validation, so errors name the places of the file; anything not
 * shaped as expected is left for the schema to report.
 */
function upgradeFrom(version: number, json: Record<string, unknown>): void {
  const added = Object.entries(COLLECTIONS_ADDED_IN)
    .filter(([since]) => Number(since) > version)
    .flatMap(([, byService]) => Object.entries(byService).flatMap(([service, collections]) => collections.map((collection) => ({ service, collection }))));
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a snapshot upgraded from an older schema version lacks, one sentence per version since. */
export function describeUpgrade(scope: SnapshotScope): string[] {
  const from = scope.upgradedFrom;
  if (from === undefined) return [];
  const missing = Object.entries(ADDED_IN_VERSION)
    .filter(([version]) => Number(version) > from)
    .map(([, what]) => what);
  return missing.map((what) => `This snapshot was written in schema version ${from}, which did not collect ${what}: rules were not evaluated on them.`);
}

/** Stable, readable JSON: the file is meant to be diffed and kept as evidence. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

function describeSchemaError(error: ErrorObject | undefined): string {
  if (!error) return 'unknown schema error';
  const where = error.instancePath ? `at ${error.instancePath}` : 'at the top level';
  return `${where}: ${error.message ?? 'does not match the schema'}`;
}

function syntaxError(text: string, err: unknown): SnapshotError {
  const message = (err instanceof Error ? err.message : String(err)).replace(/ in JSON at position \d+.*$/, '');
  // Node 20's JSON.parse does not always name a position: the strict JSON scanner finds it.
  const offset = firstJsonSyntaxError(text);
  if (offset === undefined) return new SnapshotError(`invalid JSON: ${message}`);
  const { line, column } = new PositionMap(text).at(offset);
  return new SnapshotError(`invalid JSON: ${message}`, line, column);
}

/** The line and column of a JSON pointer (`/accounts/0/regions`) in the snapshot text, where it can be found. */
function positionOf(text: string, pointer: string): { line?: number; column?: number } {
  const parsed = parseStructuredText(text, 'snapshot.json');
  if (!parsed.ok) return {};
  const keys = pointer.split('/').slice(1).map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~')).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  let value = parsed.doc.value;
  for (const key of keys) {
    const next = get(value, key);
    if (next.t === 'omitted') break;
    value = next;
  }
  return value.loc.kind === 'source' ? { line: value.loc.start.line, column: value.loc.start.column } : {};
}
