/** Which accounts an audit covers, and how it gets into each one. */
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { paginateListAccounts, type OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { compareText } from './records.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class AuditSetupError extends Error {
  override readonly name = 'AuditSetupError';
}

/** Parses `i/n` (1 ≤ i ≤ n), as in `--shard 2/4`; also checks a shard given as an object. */
export function parseShard(shard: string | Shard): Shard {
  const text = typeof shard === 'string' ? shard : `${shard.index}/${shard.count}`;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new AuditSetupError(`invalid shard "${text}": expected i/n with 1 ≤ i ≤ n, e.g. 1/4`);
  }
  return { index, count };
}

/**
 * The accounts of one shard: sorted, then dealt round-robin, so every shard of
 * the same list gets a disjoint, nearly equal part and together they cover it.
 */
export function selectShard(accountIds: readonly string[], shard: Shard | undefined): string[] {
  const sorted = [...new Set(accountIds)].sort(compareText);
  return shard ? sorted.filter((_, i) => i % shard.count === shard.index - 1) : sorted;
}

export function validateAccountId(id: string): string {
  if (!/^\d{12}$/.test(id)) throw new AuditSetupError(`invalid account ID "${id}": expected 12 digits`);
  return id;
}

/** Active member accounts of the organization (the caller must be its management or a delegated administrator account). */
export async function listOrganizationAccounts(client: OrganizationsClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of paginateListAccounts({ client }, {})) {
    for (const account of page.Accounts ?? []) {
      // `State` supersedes `Status`; either says whether the account still exists.
      const state = account.State ?? account.Status;
      if (account.Id && (state === undefined || state === 'ACTIVE')) ids.push(account.Id);
    }
  }
  return ids;
}

export interface AssumedRole {
  credentials: AwsCredentialIdentityProvider;
  /** The session's ARN (`arn:aws:sts::<account>:assumed-role/<role>/<session>`). */
  principalArn: string;
}

/** Credentials are renewed this long before they expire, so no call runs with stale ones. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;
export const SESSION_NAME = 'sagelint-audit';

/**
 * Assumes the role once (so a refusal is known before collection starts) and
 * returns a provider that renews the session as it nears expiry: an audit of a
 * large account can outlast one session.
 */
export async function assumeRole(sts: STSClient, roleArn: string, externalId: string | undefined): Promise<AssumedRole> {
  const fetchSession = async () => {
    const out = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: SESSION_NAME, ...(externalId ? { ExternalId: externalId } : {}) }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new AuditSetupError(`AssumeRole into ${roleArn} returned no credentials`);
    const identity: AwsCredentialIdentity = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
    return { identity, principalArn: out.AssumedRoleUser?.Arn ?? roleArn };
  };
  const first = await fetchSession();
  let current: Promise<AwsCredentialIdentity> = Promise.resolve(first.identity);
  let expiration = first.identity.expiration;
  const credentials: AwsCredentialIdentityProvider = () => {
    if (expiration && expiration.getTime() - Date.now() < RENEW_BEFORE_MS) {
      // One renewal for every caller waiting at this moment.
      expiration = undefined;
      current = fetchSession().then(
        (session) => {
          expiration = session.identity.expiration;
          return session.identity;
        },
        (err: unknown) => {
          // Try again on the next call rather than failing every call from now on.
          expiration = new Date(0);
          throw err;
        },
      );
    }
    return current;
  };
  return { credentials, principalArn: first.principalArn };
}
