/**
 * Coverage: what the audit could not see. Every failed call becomes a gap that
 * names where it happened and which rules could therefore not be evaluated, so a
 * clean report never hides a permission the auditor lacked.
 */
import { SAGEMAKER_KINDS, type ResourceKind } from '../../model/resource.js';
import { addToGroup } from '../../collections.js';
import { ReadOnlyViolationError } from './read-only-error.js';
import type { AuditService, CoverageGap, GapReason } from '../../core/coverage.js';

/**
 * Services whose resources are collected (STS and Organizations only reach
 * accounts); `redshift` reads provisioned clusters and Redshift Serverless
 * (its own API, `redshift-serverless`) alike.
 */
export const COLLECTED_SERVICES = ['iam', 'sagemaker', 'ec2', 'redshift'] as const satisfies readonly AuditService[];
export type CollectedService = (typeof COLLECTED_SERVICES)[number];

/** Region recorded for calls to global services (IAM, Organizations, STS AssumeRole). */
export const GLOBAL_REGION = 'global';

/** The part of a rule that coverage needs; `RuleMeta` satisfies it. */
export interface RuleScope {
  id: string;
  appliesTo: readonly ResourceKind[];
}

/** The resource kinds each operation contributes to, by service. `ListTags` is handled apart. */
const OPERATION_KINDS: Record<AuditService, Record<string, ResourceKind[]>> = {
  sagemaker: {
    ListNotebookInstances: ['NotebookInstance'],
    DescribeNotebookInstance: ['NotebookInstance'],
    ListNotebookInstanceLifecycleConfigs: ['NotebookLifecycleConfig'],
    DescribeNotebookInstanceLifecycleConfig: ['NotebookLifecycleConfig'],
    ListDomains: ['Domain'],
    DescribeDomain: ['Domain'],
    ListUserProfiles: ['UserProfile'],
    DescribeUserProfile: ['UserProfile'],
    ListModels: ['Model'],
    DescribeModel: ['Model'],
    ListEndpointConfigs: ['EndpointConfig'],
    DescribeEndpointConfig: ['EndpointConfig'],
    ListEndpoints: ['Endpoint'],
    DescribeEndpoint: ['Endpoint'],
    ListTrainingJobs: ['Job'],
    DescribeTrainingJob: ['Job'],
    ListHyperParameterTuningJobs: ['Job'],
    DescribeHyperParameterTuningJob: ['Job'],
    ListProcessingJobs: ['Job'],
    DescribeProcessingJob: ['Job'],
    ListMonitoringSchedules: ['Job'],
    DescribeMonitoringSchedule: ['Job'],
    ListDataQualityJobDefinitions: ['Job'],
    DescribeDataQualityJobDefinition: ['Job'],
    ListModelQualityJobDefinitions: ['Job'],
    DescribeModelQualityJobDefinition: ['Job'],
    ListModelBiasJobDefinitions: ['Job'],
    DescribeModelBiasJobDefinition: ['Job'],
    ListModelExplainabilityJobDefinitions: ['Job'],
    DescribeModelExplainabilityJobDefinition: ['Job'],
    ListTransformJobs: ['TransformJob'],
    DescribeTransformJob: ['TransformJob'],
    ListPipelines: ['Pipeline'],
    DescribePipeline: ['Pipeline'],
    ListClusters: ['HyperPodCluster'],
    DescribeCluster: ['HyperPodCluster'],
    ListSpaces: ['Space'],
    DescribeSpace: ['Space'],
    ListStudioLifecycleConfigs: ['StudioLifecycleConfig'],
    DescribeStudioLifecycleConfig: ['StudioLifecycleConfig'],
    ListWorkforces: ['Workforce'],
    ListAppImageConfigs: ['AppImageConfig'],
    DescribeAppImageConfig: ['AppImageConfig'],
    ListImages: ['Image'],
    DescribeImage: ['Image'],
    ListModelPackageGroups: ['ModelPackageGroup'],
    GetModelPackageGroupPolicy: ['ModelPackageGroup'],
    ListFeatureGroups: ['FeatureGroup'],
    DescribeFeatureGroup: ['FeatureGroup'],
    ListInferenceExperiments: ['InferenceExperiment'],
    DescribeInferenceExperiment: ['InferenceExperiment'],
  },
  ec2: {
    DescribeVpcs: ['Vpc'],
    DescribeSubnets: ['Subnet'],
    DescribeRouteTables: ['Subnet'],
    DescribeSecurityGroups: ['SecurityGroup', 'SecurityGroupIngress'],
    DescribeVpcEndpoints: ['VpcEndpoint'],
  },
  redshift: {
    DescribeClusters: ['RedshiftCluster'],
    DescribeLoggingStatus: ['RedshiftCluster'],
    DescribeClusterParameterGroups: ['RedshiftParameterGroup'],
    DescribeClusterParameters: ['RedshiftParameterGroup'],
    DescribeClusterSubnetGroups: ['RedshiftSubnetGroup'],
    DescribeClusterSnapshots: ['RedshiftSnapshot'],
    DescribeEventSubscriptions: ['RedshiftEventSubscription'],
  },
  // Namespaces are found through the workgroups that use them.
  'redshift-serverless': {
    ListWorkgroups: ['RedshiftServerlessWorkgroup', 'RedshiftServerlessNamespace'],
    GetNamespace: ['RedshiftServerlessNamespace'],
  },
  iam: {
    GetAccountAuthorizationDetails: ['IamRole', 'IamUser', 'IamGroup', 'IamPolicy'],
  },
  // Failing to reach an account or list its regions hides everything in it.
  sts: {},
  organizations: {},
};

/** The operations of a service that read resources (every collector call but ListTags and DescribeRegions). */
export function operationsOf(service: AuditService): string[] {
  return Object.keys(OPERATION_KINDS[service]);
}

/** Operations that only read tags: they leave every other property intact. */
const TAG_OPERATIONS = new Set(['ListTags']);
/** The tag rules' family in the catalog (TG001 …). */
const TAG_RULE_PREFIX = 'TG';

/**
 * Resource kinds whose data an operation provides; `all` when the failure hides
 * a whole account or region. An operation not in the table (or `*`) stands for
 * the whole service.
 */
export function kindsAffected(service: AuditService, operation: string): readonly ResourceKind[] | 'all' {
  if (service === 'sts' || service === 'organizations' || operation === 'DescribeRegions') return 'all';
  const known = OPERATION_KINDS[service][operation];
  if (known) return known;
  if (service === 'sagemaker') return SAGEMAKER_KINDS;
  return [...new Set(Object.values(OPERATION_KINDS[service]).flat())];
}

/**
 * The rules a failed operation keeps from being evaluated: those that apply to a
 * kind the operation provides. A tag-only call affects only the tag rules.
 * `wholeService` widens it to everything the service provides (the region is
 * unreachable for that service).
 */
export function rulesAffectedBy(service: AuditService, operation: string, rules: readonly RuleScope[], wholeService = false): string[] {
  const kinds = kindsAffected(service, wholeService ? '*' : operation);
  const tagsOnly = !wholeService && TAG_OPERATIONS.has(operation);
  return rules
    .filter((rule) => kinds === 'all' || rule.appliesTo.some((kind) => kinds.includes(kind)))
    .filter((rule) => !tagsOnly || rule.id.startsWith(TAG_RULE_PREFIX))
    .map((rule) => rule.id)
    .sort();
}

/**
 * The rules a recorded gap leaves unevaluated, for a given rule set: a region
 * found unreachable stopped the whole service there.
 */
export function rulesAffectedByGap(gap: Pick<CoverageGap, 'service' | 'operation' | 'reason'>, rules: readonly RuleScope[]): string[] {
  return rulesAffectedBy(gap.service, gap.operation, rules, gap.reason === 'region-unavailable');
}

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AccessDeniedFault',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AWSOrganizationsNotInUseException',
]);
const REGION_UNAVAILABLE = new Set(['OptInRequired', 'UnrecognizedClientException', 'InvalidClientTokenId', 'AuthFailure']);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'EC2ThrottledException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE']);
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNSUPPORTED = new Set(['NotImplemented', 'InvalidAction', 'UnknownOperationException', 'UnsupportedOperation', 'UnsupportedOperationException']);

const MAX_ERROR_LENGTH = 300;

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: unknown;
}

/**
 * Failures answered by an endpoint other than the service's standard AWS one
 * (a local AWS API, a profile's `endpoint_url`). Only such an endpoint may lack
 * an operation and say so with a body that is not an AWS API response; from
 * AWS's own endpoint such a body comes from something in the way (a proxy, a
 * captive portal), and what the call should have read stays a gap.
 */
const answeredByOtherEndpoints = new WeakSet<object>();

/** Notes that a failure came from an endpoint other than the service's standard one. */
export function markAnsweredByOtherEndpoint(err: unknown): void {
  if (typeof err === 'object' && err !== null) answeredByOtherEndpoints.add(err);
}

/** Sorts a failure into a reason and a message that is safe to print. */
export function classifyError(err: unknown): { reason: GapReason; error: string } {
  if (err instanceof ReadOnlyViolationError) return { reason: 'error', error: err.message };
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SdkErrorShape;
  const name = e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const code = e.code ?? '';
  const undecodable = e.$response !== undefined && /Deserialization error/.test(e.message ?? '');
  const reason = reasonFor(name, code, status, undecodable && { fromOtherEndpoint: answeredByOtherEndpoints.has(e) });
  const message = undecodable
    ? `the endpoint answered${status ? ` HTTP ${status}` : ''} with a body that is not an AWS API response${reason === 'unsupported' ? ' (it may not implement this operation)' : ''}`
    : `${name}: ${firstLine(e.message ?? '')}`;
  return { reason, error: truncate(redactSecrets(message)) };
}

/** `undecodable`: the body was not an AWS API response, and where it came from. */
function reasonFor(name: string, code: string, status: number | undefined, undecodable: false | { fromOtherEndpoint: boolean }): GapReason {
  // Names first: some region and throttling errors arrive with 403 or 400.
  if (ACCESS_DENIED.has(name)) return 'access-denied';
  if (REGION_UNAVAILABLE.has(name) || NETWORK_CODES.has(code)) return 'region-unavailable';
  if (THROTTLED.has(name)) return 'throttled';
  if (TIMEOUT.has(name) || TIMEOUT_CODES.has(code)) return 'timeout';
  if (UNSUPPORTED.has(name)) return 'unsupported';
  if (status === 403) return 'access-denied';
  if (status === 429 || status === 503) return 'throttled';
  // A gateway that cannot reach the service: the endpoint is down, not lacking an operation.
  if (status === 502 || status === 504) return 'region-unavailable';
  if (undecodable) return undecodable.fromOtherEndpoint && (status === undefined || status === 400 || status === 404 || status === 500 || status === 501) ? 'unsupported' : 'error';
  if (status === 501) return 'unsupported';
  return 'error';
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/**
 * Removes what could be a credential from text that will be printed: access key
 * IDs, 40-character secret keys and long opaque tokens.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, '[redacted access key]')
    .replace(/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g, '[redacted secret]')
    .replace(/[A-Za-z0-9/+=_-]{100,}/g, '[redacted token]');
}

/** One line for a report: where the gap is, why, and what it leaves unchecked. */
export function describeGap(gap: CoverageGap): string {
  const where = `${gap.service}:${gap.operation} in account ${gap.account}${gap.region === GLOBAL_REGION ? '' : `, region ${gap.region}`}`;
  const what = gap.resource ? ` for ${gap.resource}` : '';
  const rules = gap.rulesAffected.length ? `; not evaluated: ${gap.rulesAffected.join(', ')}` : '';
  return `Coverage gap (${gap.reason}): ${where}${what} failed — ${gap.error}${rules}`;
}

/**
 * Whether a gap hides a whole account, region or service rather than one
 * resource: a refused AssumeRole or DescribeRegions, or a List call (or a
 * whole service) that failed. The audit fails closed on these. An operation the
 * endpoint does not implement hides nothing that exists there, and a failed
 * Describe of one resource is named in the report without failing the run.
 */
export function hidesScope(gap: Pick<CoverageGap, 'service' | 'operation' | 'reason' | 'resource'>): boolean {
  if (kindsAffected(gap.service, gap.operation) === 'all') return true;
  return gap.resource === undefined && gap.reason !== 'unsupported';
}

/** The most places one collapsed gap line names before it only counts. */
const MAX_PLACES = 8;

/**
 * One line per kind of gap: the same operation failing for the same reason in
 * many regions, accounts or resources is said once, with a count and the
 * places, so a report of a large organization stays readable.
 */
export function describeGaps(gaps: readonly CoverageGap[]): string[] {
  const groups = new Map<string, CoverageGap[]>();
  for (const gap of gaps) {
    addToGroup(groups, [gap.service, gap.operation, gap.reason, gap.resource === undefined ? '' : 'resource', gap.rulesAffected.join(',')].join('\u0000'), gap);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return describeGap(first);
    // A listing made twice (jobs: recent ones, then running ones) names its place once.
    const places = [...new Set(group.map(placeOf))];
    const shown = places.slice(0, MAX_PLACES).join('; ');
    const more = places.length > MAX_PLACES ? `; and ${places.length - MAX_PLACES} more` : '';
    const rules = first.rulesAffected.length ? `; not evaluated: ${first.rulesAffected.join(', ')}` : '';
    return `Coverage gap (${first.reason}) ×${group.length}: ${first.service}:${first.operation} failed in ${group.length} places (${shown}${more}) — ${first.error}${rules}`;
  });
}

function placeOf(gap: CoverageGap): string {
  const where = `account ${gap.account}${gap.region === GLOBAL_REGION ? '' : ` ${gap.region}`}`;
  return gap.resource ? `${where} ${gap.resource}` : where;
}
