/** IAM collector: one GetAccountAuthorizationDetails pass gives every role, user, group and policy. */
import { paginateGetAccountAuthorizationDetails, type IAMClient, type GetAccountAuthorizationDetailsResponse } from '@aws-sdk/client-iam';
import type { ServiceCalls } from './calls.js';
import { sortBy, toRecord } from './records.js';
import type { IamState } from './snapshot.js';

const PAGE_SIZE = 1000;

/** Undefined when the details could not be read in full: a partial view of IAM would hide grants. */
export async function collectIam(client: IAMClient, calls: ServiceCalls): Promise<IamState | undefined> {
  const { items: pages, complete } = await calls.pages(
    'GetAccountAuthorizationDetails',
    () => paginateGetAccountAuthorizationDetails({ client, pageSize: PAGE_SIZE }, {}),
    (page: GetAccountAuthorizationDetailsResponse) => [page],
  );
  if (!complete) return undefined;
  const roles = pages.flatMap((p) => p.RoleDetailList ?? []).map(toRecord);
  const users = pages.flatMap((p) => p.UserDetailList ?? []).map(toRecord);
  const groups = pages.flatMap((p) => p.GroupDetailList ?? []).map(toRecord);
  const attached = new Set([...roles, ...users, ...groups].flatMap((e) => (e.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn)));
  // AWS managed policies number in the thousands; only those in use say anything about the account.
  const policies = pages
    .flatMap((p) => p.Policies ?? [])
    .filter((p) => !isAwsManaged(p.Arn) || attached.has(p.Arn))
    .map(toRecord);
  return {
    roles: sortBy(roles, (r) => r.Arn),
    users: sortBy(users, (u) => u.Arn),
    groups: sortBy(groups, (g) => g.Arn),
    policies: sortBy(policies, (p) => p.Arn),
  };
}

function isAwsManaged(policyArn: string | undefined): boolean {
  return policyArn !== undefined && /^arn:[^:]+:iam::aws:policy\//.test(policyArn);
}
