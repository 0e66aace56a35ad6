/** The policies that apply together: those of one identity, or one policy on its own. */
import type { Resource } from '../model/resource.js';
import type { Value } from '../model/value.js';
import type { ManagedPolicyRecord } from './managed.js';
import type { Contingency, PolicyDocument, PolicyStatement } from './policy.js';
import { addToGroup } from '../collections.js';

export interface AttachedPolicy extends Contingency {
  /** How messages name it: "inline policy 'S3Access'", "policy S3Policy", "AWS managed policy AmazonS3FullAccess". */
  label: string;
  document: PolicyDocument;
  /** The resource whose definition holds the document; absent for AWS managed policies. */
  holder?: Resource;
  /** Where the attachment is written (the ARN in ManagedPolicyArns); AWS managed documents stand there. */
  attachment?: Value;
  /** Set for AWS managed policies: the snapshot record. */
  awsManaged?: ManagedPolicyRecord;
}

/** A policy that cannot be read, reported as unknown rather than guessed. */
export interface UnresolvedPolicy {
  at: Value;
  reason: string;
}

export interface PolicyScope {
  /** The identity (role, user, group), or a policy that no identity in scope carries. */
  owner: Resource;
  policies: AttachedPolicy[];
  /** A permissions boundary caps what the policies grant. */
  boundary?: AttachedPolicy;
  unresolved: UnresolvedPolicy[];
}

export interface ScopedStatement {
  statement: PolicyStatement;
  policy: AttachedPolicy;
}

export function statementsOf(policies: readonly AttachedPolicy[]): ScopedStatement[] {
  return policies.flatMap((policy) => policy.document.statements.map((statement) => ({ statement, policy })));
}

/** Whether a fix may edit the policy's document (AWS managed documents cannot be changed). */
export function isEditable(policy: AttachedPolicy): boolean {
  return !policy.awsManaged;
}

/**
 * Groups findings so that each AWS managed policy yields one per `kind`: they
 * would all point at the same ARN. Other findings stay one per group.
 */
export function groupByManagedPolicy<T>(items: readonly T[], policyOf: (item: T) => AttachedPolicy, kind: (item: T) => string = () => ''): T[][] {
  const groups = new Map<unknown, T[]>();
  for (const item of items) {
    const managed = policyOf(item).awsManaged;
    const key = managed ? `${managed.arn}|${kind(item)}` : item;
    addToGroup(groups, key, item);
  }
  return [...groups.values()];
}
