/**
 * `sagelint audit --security-hub`: sends the audit's ASFF findings to AWS
 * Security Hub with BatchImportFindings, the one write sagelint makes. Each
 * finding goes to its own account's Security Hub in its own region (the
 * region of its ProductArn), with the audit's credentials in that account
 * (its role when the audit assumed one), in batches of at most 100. It fails
 * closed: a refused call, a rejected finding, or a finding the answer does not
 * account for is a failure that names the finding.
 */
import { BatchImportFindingsCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { assumeRole } from '../loaders/account/accounts.js';
import { createAuditClient, type AuditClientClass, type GuardableClient } from '../loaders/account/clients.js';
import { classifyError } from '../loaders/account/coverage.js';
import { securityHubImportGuard } from '../loaders/account/guard.js';
import { Limiter, mapLimited } from '../loaders/account/limit.js';
import { sortBy } from '../loaders/account/records.js';

type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** BatchImportFindings takes at most this many findings per call. */
export const MAX_IMPORT_BATCH = 100;

export interface SecurityHubImportOptions {
  /** The audit's own credentials (its caller). */
  credentials: Credentials;
  /** The role the audit assumed in each account; the caller's credentials act in its own account when none. */
  roleName?: string;
  externalId?: string;
  /** One endpoint for every service (a local AWS API); default: the SDK's, which honours AWS_ENDPOINT_URL(_SECURITYHUB). */
  endpoint?: string;
  maxAttempts?: number;
}

/** A finding Security Hub did not take, or did not say it took. */
export interface ImportFailure {
  account: string;
  region: string;
  /** The finding's ASFF Id. */
  id: string;
  /** Security Hub's ErrorCode, the SDK error's name for a refused call, or `NotConfirmed`. */
  code: string;
  message: string;
}

export interface ImportOutcome {
  /** Findings Security Hub confirmed it imported. */
  imported: number;
  failures: ImportFailure[];
  batches: number;
  /** `account/region` of every Security Hub written to, sorted. */
  destinations: string[];
}

interface Destination {
  partition: string;
  account: string;
  region: string;
  findings: AwsSecurityFinding[];
}

/** Sends every finding; resolves (never rejects) with what was imported and what was not. */
export async function importToSecurityHub(findings: Iterable<Record<string, unknown>>, options: SecurityHubImportOptions): Promise<ImportOutcome> {
  const destinations = groupByDestination(findings as Iterable<AwsSecurityFinding>);
  const clients: GuardableClient[] = [];
  const client = <C extends GuardableClient>(Client: AuditClientClass<C>, region: string, credentials: Credentials, guarded: boolean): C => {
    const made = createAuditClient(Client, {
      region,
      credentials,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      maxAttempts: options.maxAttempts ?? 5,
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 5_000,
      // Security Hub allows 10 imports a second per account and region: two in flight stay well below.
      limiter: new Limiter(2),
      ...(guarded ? { guard: securityHubImportGuard } : {}),
    });
    clients.push(made);
    return made;
  };
  const accountCredentials = new Map<string, Promise<Credentials>>();
  const credentialsFor = (destination: Destination): Promise<Credentials> => {
    const { roleName, externalId } = options;
    if (!roleName) return Promise.resolve(options.credentials);
    let credentials = accountCredentials.get(destination.account);
    if (!credentials) {
      const sts = client(STSClient as unknown as AuditClientClass<STSClient>, destination.region, options.credentials, false);
      const roleArn = `arn:${destination.partition}:iam::${destination.account}:role/${roleName}`;
      credentials = assumeRole(sts, roleArn, externalId).then((assumed) => assumed.credentials);
      accountCredentials.set(destination.account, credentials);
    }
    return credentials;
  };
  try {
    const outcomes = await mapLimited(destinations, 4, async (destination) => {
      const failed = (batch: readonly AwsSecurityFinding[], err: unknown) => {
        const { error } = classifyError(err);
        const code = (err as { name?: string } | undefined)?.name ?? 'Error';
        return batch.map((finding) => ({ account: destination.account, region: destination.region, id: finding.Id ?? '', code, message: error }));
      };
      let credentials: Credentials;
      try {
        credentials = await credentialsFor(destination);
      } catch (err) {
        return { imported: 0, batches: 0, failures: failed(destination.findings, err) };
      }
      const securityHub = client(SecurityHubClient as unknown as AuditClientClass<SecurityHubClient>, destination.region, credentials, true);
      const batches = chunks(destination.findings, MAX_IMPORT_BATCH);
      const results = await Promise.all(
        batches.map(async (batch) => {
          try {
            const answer = await securityHub.send(new BatchImportFindingsCommand({ Findings: batch }));
            return batchFailures(destination, batch, answer);
          } catch (err) {
            return { imported: 0, failures: failed(batch, err) };
          }
        }),
      );
      return { imported: results.reduce((n, r) => n + r.imported, 0), batches: batches.length, failures: results.flatMap((r) => r.failures) };
    });
    return {
      imported: outcomes.reduce((n, o) => n + o.imported, 0),
      batches: outcomes.reduce((n, o) => n + o.batches, 0),
      failures: outcomes.flatMap((o) => o.failures),
      destinations: destinations.map((d) => `${d.account}/${d.region}`),
    };
  } finally {
    for (const made of clients) made.destroy();
  }
}

/**
 * What one answer says was not imported: the findings it names as failed, and
 * any it names neither way (the counts do not add up), which cannot be
 * assumed imported.
 */
function batchFailures(
  destination: Destination,
  batch: readonly AwsSecurityFinding[],
  answer: { SuccessCount?: number; FailedCount?: number; FailedFindings?: { Id?: string; ErrorCode?: string; ErrorMessage?: string }[] },
): { imported: number; failures: ImportFailure[] } {
  const where = { account: destination.account, region: destination.region };
  const named = (answer.FailedFindings ?? []).map((f) => ({ ...where, id: f.Id ?? '', code: f.ErrorCode ?? 'Unknown', message: f.ErrorMessage ?? '' }));
  const succeeded = answer.SuccessCount ?? 0;
  if (succeeded + named.length === batch.length && (answer.FailedCount ?? named.length) === named.length) return { imported: succeeded, failures: named };
  const failedIds = new Set(named.map((f) => f.id));
  const unconfirmed = batch
    .filter((finding) => !failedIds.has(finding.Id ?? ''))
    .map((finding) => ({
      ...where,
      id: finding.Id ?? '',
      code: 'NotConfirmed',
      message: `the answer counts ${succeeded} imported and ${answer.FailedCount ?? 0} failed of ${batch.length} sent, naming ${named.length}: this finding may not have been imported`,
    }));
  return { imported: 0, failures: [...named, ...unconfirmed] };
}

/** The findings by the Security Hub they belong to: their account, in the partition and region of their ProductArn. */
function groupByDestination(findings: Iterable<AwsSecurityFinding>): Destination[] {
  const byKey = new Map<string, Destination>();
  for (const finding of findings) {
    const [, partition = 'aws', , region = '', account = ''] = (finding.ProductArn ?? '').split(':');
    const key = `${partition}:${finding.AwsAccountId ?? account}:${region}`;
    let destination = byKey.get(key);
    if (!destination) byKey.set(key, (destination = { partition, account: finding.AwsAccountId ?? account, region, findings: [] }));
    destination.findings.push(finding);
  }
  return sortBy([...byKey.values()], (d) => `${d.account}/${d.region}`);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
