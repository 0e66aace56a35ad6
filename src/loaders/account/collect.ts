/**
 * `collectAccountState`: reads what is deployed in one or many accounts and
 * regions into a snapshot, read-only, bounded, retried, and honest about what it
 * could not see.
 */
import { performance } from 'node:perf_hooks';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RedshiftClient } from '@aws-sdk/client-redshift';
import { RedshiftServerlessClient } from '@aws-sdk/client-redshift-serverless';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { assumeRole, AuditSetupError, listOrganizationAccounts, parseShard, selectShard, validateAccountId, type Shard } from './accounts.js';
import { GapRecorder, ServiceCalls, type ServiceScope } from './calls.js';
import { createAuditClient, type AuditClientClass, type CallOutcome, type GuardableClient } from './clients.js';
import { classifyError, COLLECTED_SERVICES, GLOBAL_REGION, type CollectedService, type RuleScope } from './coverage.js';
import type { AuditService } from '../../core/coverage.js';
import { collectEc2 } from './ec2.js';
import { collectIam } from './iam.js';
import { Limiter, mapLimited } from './limit.js';
import { EndpointEvidence, environmentProxy, type EndpointAttempt } from './offered.js';
import { compareText } from './records.js';
import { collectRedshift } from './redshift.js';
import { collectSageMaker } from './sagemaker.js';
import { emptyRegionState, SNAPSHOT_MARKER, SNAPSHOT_VERSION, type AccountState, type JobWindow, type RegionState, type Snapshot, type SnapshotScope } from './snapshot.js';

export const DEFAULT_JOB_WINDOW_DAYS = 30;

type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

export interface CollectOptions {
  /** Named profile of the shared AWS config; default: the SDK's default chain. */
  profile?: string;
  /** Explicit credentials, instead of the profile. */
  credentials?: Credentials;
  /** Region for the account-level calls (STS, Organizations, IAM, DescribeRegions); default: the profile's. */
  homeRegion?: string;
  /** Regions to audit: names, or `all` (each account's enabled regions, the default). */
  regions?: readonly string[] | 'all';
  /** Member accounts to audit through `roleName`. */
  accounts?: readonly string[];
  /** Audit every active account of the organization through `roleName`. */
  org?: boolean;
  /** Role assumed in each member account (a read-only role, e.g. one with SecurityAudit). */
  roleName?: string;
  externalId?: string;
  /** This run's part of the accounts, `i/n`; shards of the same list are disjoint and cover it. */
  shard?: Shard | string;
  /** Jobs created after this instant (default: 30 days before the audit), plus those still running. */
  jobsSince?: Date;
  /** Every job, whatever its age. */
  allJobs?: boolean;
  /** Collect only these services (default: all); the snapshot says which were left out. */
  services?: readonly CollectedService[];
  /** One endpoint for every service (e.g. a local AWS API); default: AWS, or AWS_ENDPOINT_URL. */
  endpoint?: string;
  /** The rules that will judge the snapshot, to name those a coverage gap leaves unevaluated. */
  rules?: readonly RuleScope[];
  /** Called once the accounts and regions are known, before any resource is read; must not throw. */
  onScope?: (scope: AuditScope) => void;
  /** Called after every API call and every finished collection; must not throw. */
  onProgress?: (progress: AuditProgress) => void;
  /** Calls in flight per service, region and account (default 5). */
  concurrency?: number;
  /** Accounts collected at once (default 2). */
  accountConcurrency?: number;
  /** Regions collected at once within an account (default 4). */
  regionConcurrency?: number;
  /** Attempts per call, the first included, with adaptive retry (default 5). */
  maxAttempts?: number;
  requestTimeoutMs?: number;
  connectionTimeoutMs?: number;
  /** The clock (tests). */
  now?: () => Date;
}

/** What an audit is about to read, said before it starts. */
export interface AuditScope {
  accounts: string[];
  /** Accounts of the whole list, when a shard takes a part of it. */
  accountsBeforeShard: number;
  shard?: Shard;
  /** The regions read in every account, or `per-account`: each account's enabled regions, asked in each. */
  regions: string[] | 'per-account';
  /** Regions the caller's account has not enabled (opt-in regions), left out. */
  skippedRegions: string[];
}

export interface AuditProgress {
  accounts: { done: number; total: number };
  /** One task per service, region and account (IAM once per account); the total grows as regions are found. */
  tasks: { done: number; total: number };
  calls: number;
  retries: number;
  throttlesRetried: number;
  gaps: number;
}

/** What an option left unset comes to (the live audit benchmark bounds its reference loop by the same concurrency). */
export const COLLECT_DEFAULTS = {
  concurrency: 5,
  accountConcurrency: 2,
  regionConcurrency: 4,
  maxAttempts: 5,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 5_000,
};

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function collectAccountState(options: CollectOptions = {}): Promise<Snapshot> {
  const now = options.now?.() ?? new Date();
  const started = performance.now();
  const requested = validateRegions(options.regions) ?? 'all';
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
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
      ...(shard ? { shard } : {}),
      regions: regions === 'all' ? 'per-account' : [...regions],
      skippedRegions: requested === 'all' && known ? known.skipped : [],
    });
    progress.addAccounts(accountIds.length);
    const jobs = jobWindow(options, now);
    const accounts = await mapLimited(accountIds, options.accountConcurrency ?? COLLECT_DEFAULTS.accountConcurrency, async (accountId) => {
      try {
        const access = await audit.enterAccount(accountId, caller, homeRegion, baseCredentials);
        return access && (await audit.collectAccount(access, regions, homeRegion, jobs));
      } finally {
        progress.accountDone();
      }
    });
    const { gaps, notOffered } = audit.endpoints.settle(audit.recorder.sorted());
    return {
      [SNAPSHOT_MARKER]: SNAPSHOT_VERSION,
      collectedAt: now.toISOString(),
      scope: snapshotScope(options, requested, shard, jobs, audit.services),
      accounts: accounts.filter((a) => a !== undefined).sort((a, b) => compareText(a.accountId, b.accountId)),
      coverage: gaps,
      ...(notOffered.length ? { notOffered } : {}),
      stats: { ...progress.counts(), durationMs: Math.round(performance.now() - started) },
    };
  } finally {
    audit.destroyClients();
  }
}

interface Caller {
  account: string;
  partition: string;
  arn: string;
}

interface AccountAccess {
  accountId: string;
  partition: string;
  credentials: Credentials;
  principalArn: string;
  assumedRoleArn?: string;
}

/** The state of one audit: its clients, its gaps, its progress. */
class Audit {
  readonly recorder: GapRecorder;
  /** What the regional endpoints showed: which services a region does not offer. */
  readonly endpoints = new EndpointEvidence(environmentProxy(process.env));
  readonly services: readonly CollectedService[];
  private readonly clients: GuardableClient[] = [];

  constructor(
    private readonly options: CollectOptions,
    private readonly progress: ProgressTracker,
  ) {
    this.recorder = new GapRecorder(options.rules ?? [], () => progress.gapRecorded());
    const only = options.services;
    this.services = only?.length ? COLLECTED_SERVICES.filter((service) => only.includes(service)) : COLLECTED_SERVICES;
  }

  /**
   * A guarded client with its own concurrency bound (one per service, region
   * and account). A regional client names its service, under which its
   * attempts are evidence of what the region offers.
   */
  client<C extends GuardableClient>(Client: AuditClientClass<C>, region: string, credentials: Credentials, regionalService?: AuditService | 'tagging'): C {
    const client = createAuditClient(Client, {
      region,
      credentials,
      ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
      maxAttempts: this.options.maxAttempts ?? COLLECT_DEFAULTS.maxAttempts,
      requestTimeoutMs: this.options.requestTimeoutMs ?? COLLECT_DEFAULTS.requestTimeoutMs,
      connectionTimeoutMs: this.options.connectionTimeoutMs ?? COLLECT_DEFAULTS.connectionTimeoutMs,
      limiter: new Limiter(this.options.concurrency ?? COLLECT_DEFAULTS.concurrency),
      onCall: (outcome) => this.progress.callDone(outcome),
      ...(regionalService ? { onAttempt: (attempt: EndpointAttempt) => this.endpoints.note(region, regionalService, attempt) } : {}),
    });
    this.clients.push(client);
    return client;
  }

  destroyClients(): void {
    for (const client of this.clients.splice(0)) client.destroy();
  }

  async callerIdentity(homeRegion: string, credentials: Credentials): Promise<Caller> {
    const sts = this.client(STSClient, homeRegion, credentials);
    const identity = await sts.send(new GetCallerIdentityCommand({})).catch((err: unknown) => {
      throw new AuditSetupError(credentialProblem(err, this.options.profile) ?? `cannot identify the caller (sts:GetCallerIdentity): ${classifyError(err).error}`);
    });
    if (!identity.Account || !identity.Arn) throw new AuditSetupError('sts:GetCallerIdentity returned no account');
    return { account: identity.Account, arn: identity.Arn, partition: identity.Arn.split(':')[1] ?? 'aws' };
  }

  async targetAccounts(homeRegion: string, credentials: Credentials, callerAccount: string): Promise<string[]> {
    const { accounts, org, roleName } = this.options;
    if (org && accounts?.length) throw new AuditSetupError('choose either an account list or the organization, not both');
    if ((org || accounts?.length) && !roleName) throw new AuditSetupError('auditing other accounts needs the name of the role to assume in each (roleName)');
    if (accounts?.length) return accounts.map(validateAccountId);
    if (!org) return [callerAccount];
    const organizations = this.client(OrganizationsClient, homeRegion, credentials);
    return listOrganizationAccounts(organizations).catch((err: unknown) => {
      throw new AuditSetupError(`cannot list the organization's accounts (organizations:ListAccounts): ${classifyError(err).error}`);
    });
  }

  /** Credentials for the account: the caller's own, or an assumed role; undefined (and a gap) when refused. */
  async enterAccount(accountId: string, caller: Caller, homeRegion: string, baseCredentials: Credentials): Promise<AccountAccess | undefined> {
    const { roleName, externalId } = this.options;
    if (!roleName) return { accountId, partition: caller.partition, credentials: baseCredentials, principalArn: caller.arn };
    const roleArn = `arn:${caller.partition}:iam::${accountId}:role/${roleName}`;
    const sts = this.client(STSClient, homeRegion, baseCredentials);
    try {
      const assumed = await assumeRole(sts, roleArn, externalId);
      return { accountId, partition: caller.partition, credentials: assumed.credentials, principalArn: assumed.principalArn, assumedRoleArn: roleArn };
    } catch (err) {
      this.recorder.record({ account: accountId, region: GLOBAL_REGION, service: 'sts' }, 'AssumeRole', err, roleArn);
      return undefined;
    }
  }

  async collectAccount(access: AccountAccess, requested: readonly string[] | 'all', homeRegion: string, jobs: JobWindow): Promise<AccountState> {
    const regions = await this.accountRegions(access, requested, homeRegion);
    const regional = this.services.filter((service) => service !== 'iam').length;
    this.progress.addTasks((this.services.includes('iam') ? 1 : 0) + regions.length * regional);
    const [iam, regionStates] = await Promise.all([
      this.services.includes('iam') ? this.collectService(access, GLOBAL_REGION, 'iam', (calls) => collectIam(this.client(IAMClient, homeRegion, access.credentials), calls)) : undefined,
      mapLimited(regions, this.options.regionConcurrency ?? COLLECT_DEFAULTS.regionConcurrency, (region) => this.collectRegion(access, region, jobs)),
    ]);
    return {
      accountId: access.accountId,
      partition: access.partition,
      principalArn: access.principalArn,
      ...(access.assumedRoleArn ? { assumedRoleArn: access.assumedRoleArn } : {}),
      ...(iam ? { iam } : {}),
      regions: regionStates,
    };
  }

  /** A service left out by the options, or whose collection broke down, keeps empty collections. */
  private async collectRegion(access: AccountAccess, region: string, jobs: JobWindow): Promise<RegionState> {
    const state = emptyRegionState(region);
    const wanted = (service: CollectedService) => this.services.includes(service);
    const { credentials } = access;
    const [sagemaker, ec2, redshift] = await Promise.all([
      wanted('sagemaker')
        ? this.collectService(access, region, 'sagemaker', (calls) =>
            collectSageMaker(
              this.client(SageMakerClient, region, credentials, 'sagemaker'),
              calls,
              jobs,
              this.client(ResourceGroupsTaggingAPIClient, region, credentials, 'tagging'),
            ),
          )
        : undefined,
      wanted('ec2') ? this.collectService(access, region, 'ec2', (calls) => collectEc2(this.client(EC2Client, region, credentials, 'ec2'), calls)) : undefined,
      wanted('redshift')
        ? this.collectService(access, region, 'redshift', (calls) =>
            collectRedshift(this.client(RedshiftClient, region, credentials, 'redshift'), calls, {
              client: this.client(RedshiftServerlessClient, region, credentials, 'redshift-serverless'),
              calls: this.calls(access, region, 'redshift-serverless'),
            }),
          )
        : undefined,
    ]);
    return { ...state, ...(sagemaker && { sagemaker }), ...(ec2 && { ec2 }), ...(redshift && { redshift }) };
  }

  /** The regions to read in this account; `all` asks EC2 which regions the account has enabled. */
  private async accountRegions(access: AccountAccess, requested: readonly string[] | 'all', homeRegion: string): Promise<string[]> {
    if (requested !== 'all') return [...requested];
    const ec2 = this.client(EC2Client, homeRegion, access.credentials, 'ec2');
    const out = await this.calls(access, homeRegion, 'ec2').call('DescribeRegions', () => ec2.send(new DescribeRegionsCommand({ AllRegions: false })));
    const enabled = (out?.Regions ?? []).map((r) => r.RegionName).filter((name): name is string => !!name);
    // Without the list, the home region is still worth reading; the gap says what is missing.
    return enabled.length ? enabled.sort(compareText) : [homeRegion];
  }

  /**
   * Every region of the partition, as the caller's account sees it: the
   * enabled ones and those left out (opt-in regions not enabled); undefined
   * when it may not ask (the audit then goes on, and a per-account listing
   * records the gap).
   */
  async callerRegions(homeRegion: string, credentials: Credentials): Promise<{ enabled: string[]; skipped: string[] } | undefined> {
    const ec2 = this.client(EC2Client, homeRegion, credentials);
    try {
      const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
      const enabled: string[] = [];
      const skipped: string[] = [];
      for (const region of out.Regions ?? []) {
        if (!region.RegionName) continue;
        (region.OptInStatus === 'not-opted-in' ? skipped : enabled).push(region.RegionName);
      }
      return enabled.length ? { enabled: enabled.sort(compareText), skipped: skipped.sort(compareText) } : undefined;
    } catch {
      return undefined;
    }
  }

  private calls(access: AccountAccess, region: string, service: ServiceScope['service']): ServiceCalls {
    return new ServiceCalls({ account: access.accountId, region, service }, this.recorder);
  }

  /**
   * One service in one region (or IAM) of one account, as a progress task.
   * Collectors turn failed calls into gaps themselves; anything else that goes
   * wrong (a response no one expected) becomes a gap for the whole service
   * rather than ending the audit.
   */
  private async collectService<T>(access: AccountAccess, region: string, service: CollectedService, run: (calls: ServiceCalls) => Promise<T>): Promise<T | undefined> {
    const calls = this.calls(access, region, service);
    try {
      return await run(calls);
    } catch (err) {
      this.recorder.record(calls.scope, '*', err);
      return undefined;
    } finally {
      this.progress.taskDone();
    }
  }
}

class ProgressTracker {
  private readonly accounts = { done: 0, total: 0 };
  private readonly tasks = { done: 0, total: 0 };
  private calls = 0;
  private retries = 0;
  private throttlesRetried = 0;
  private gaps = 0;

  constructor(private readonly listener: ((progress: AuditProgress) => void) | undefined) {}

  counts() {
    return { calls: this.calls, retries: this.retries, throttlesRetried: this.throttlesRetried };
  }

  addAccounts(n: number): void {
    this.accounts.total += n;
    this.emit();
  }

  accountDone(): void {
    this.accounts.done++;
    this.emit();
  }

  addTasks(n: number): void {
    this.tasks.total += n;
    this.emit();
  }

  taskDone(): void {
    this.tasks.done++;
    this.emit();
  }

  callDone(outcome: CallOutcome): void {
    this.calls++;
    this.retries += outcome.attempts - 1;
    this.throttlesRetried += outcome.throttlesRetried;
    this.emit();
  }

  gapRecorded(): void {
    this.gaps++;
    this.emit();
  }

  private emit(): void {
    this.listener?.({ accounts: { ...this.accounts }, tasks: { ...this.tasks }, ...this.counts(), gaps: this.gaps });
  }
}

function validateRegions(regions: CollectOptions['regions']): readonly string[] | 'all' | undefined {
  if (regions === undefined || regions === 'all') return regions;
  if (regions.length === 0) throw new AuditSetupError('no regions given');
  for (const region of regions) {
    if (!REGION_NAME.test(region)) throw new AuditSetupError(`invalid region name "${region}" (e.g. us-east-1), or use "all"`);
  }
  return [...new Set(regions)].sort(compareText);
}

/**
 * The regions to read: names as given, checked against the partition's list
 * when the caller could read it; `all` for the caller's account alone is its
 * enabled regions, already known; other accounts are asked each.
 */
function resolveRegions(
  requested: readonly string[] | 'all',
  known: { enabled: string[]; skipped: string[] } | undefined,
  accountIds: readonly string[],
  callerAccount: string,
): readonly string[] | 'all' {
  if (requested === 'all') return known && accountIds.length === 1 && accountIds[0] === callerAccount ? known.enabled : 'all';
  if (known) {
    const all = new Set([...known.enabled, ...known.skipped]);
    const unknown = requested.filter((region) => !all.has(region));
    if (unknown.length) throw new AuditSetupError(`unknown region ${unknown.join(', ')}: this partition has ${[...all].sort(compareText).join(', ')}`);
  }
  return requested;
}

async function resolveHomeRegion(options: CollectOptions, regions: readonly string[] | 'all' | undefined): Promise<string> {
  if (options.homeRegion) return options.homeRegion;
  const probe = new STSClient(options.profile ? { profile: options.profile } : {});
  try {
    const region = await probe.config.region();
    if (region) return region;
  } catch {
    // No region configured: fall back on the regions asked for.
  } finally {
    probe.destroy();
  }
  if (Array.isArray(regions) && regions[0]) return regions[0];
  // A mistyped profile has no region either: say what is really wrong.
  if (options.profile && !options.credentials) {
    const problem = await fromNodeProviderChain({ profile: options.profile })().then(
      () => undefined,
      (err: unknown) => credentialProblem(err, options.profile),
    );
    if (problem) throw new AuditSetupError(problem);
  }
  throw new AuditSetupError('no region: name the regions to audit, or set a region for the profile (AWS_REGION, or "region" in ~/.aws/config)');
}

const EXPIRED = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired', 'TokenRefreshRequired']);
const REJECTED = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'UnrecognizedClientException', 'AuthFailure']);

/** What is wrong with the caller's credentials, in words a user can act on; undefined for other failures. */
function credentialProblem(err: unknown, profile: string | undefined): string | undefined {
  const { name = '', message = '' } = (typeof err === 'object' && err !== null ? err : {}) as { name?: string; message?: string };
  if (name === 'CredentialsProviderError' || /could not (load|resolve) credentials/i.test(message)) {
    if (profile) return `profile "${profile}" was not found, or has no credentials, in the shared AWS config (~/.aws/config, ~/.aws/credentials)`;
    return `no AWS credentials found (environment, --profile, SSO, instance or container role): ${classifyError(err).error}`;
  }
  if (EXPIRED.has(name)) return `the AWS session has expired (${name}): renew it (e.g. \`aws sso login\`) and run the audit again`;
  if (REJECTED.has(name)) return `AWS rejected the credentials (${name}): ${classifyError(err).error}`;
  return undefined;
}

function jobWindow(options: CollectOptions, now: Date): JobWindow {
  if (options.allJobs) return { allJobs: true, includesRunning: true };
  const since = options.jobsSince ?? new Date(now.getTime() - DEFAULT_JOB_WINDOW_DAYS * DAY_MS);
  return { allJobs: false, since: since.toISOString(), includesRunning: true };
}

function snapshotScope(
  options: CollectOptions,
  regions: readonly string[] | 'all',
  shard: Shard | undefined,
  jobs: JobWindow,
  services: readonly CollectedService[],
): SnapshotScope {
  return {
    regions: regions === 'all' ? 'all' : [...regions],
    accounts: options.org ? 'organization' : options.accounts?.length ? 'list' : 'caller',
    ...(options.roleName ? { roleName: options.roleName } : {}),
    ...(shard ? { shard } : {}),
    ...(services.length < COLLECTED_SERVICES.length ? { services: [...services] } : {}),
    jobs,
  };
}
