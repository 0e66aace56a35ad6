/**
 * The IAM permissions the audit needs, as data: docs/audit.md shows these
 * policies, and the tests run the audit under them.
 */
import { operationsOf } from './coverage.js';
import { type AuditService } from '../../core/coverage.js';

/**
 * Every operation the collectors call in an audited account, by service (IAM
 * action prefix): the operations coverage maps to resource kinds, plus those
 * that read no resource of their own (tags, the list of regions).
 * tag:GetResources (the Resource Groups Tagging API) reads the tags of a
 * region's SageMaker resources at once; without it, ListTags reads them one by one.
 */
export const AUDIT_OPERATIONS = {
  sagemaker: [...operationsOf('sagemaker'), 'ListTags'],
  iam: operationsOf('iam'),
  ec2: ['DescribeRegions', ...operationsOf('ec2')],
  redshift: operationsOf('redshift'),
  'redshift-serverless': operationsOf('redshift-serverless'),
  tag: ['GetResources'],
} satisfies Partial<Record<AuditService | 'tag', readonly string[]>>;

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: string }[];
}

/** IAM actions (`service:Operation`) of the audit in one account, sorted. */
export function auditActions(): string[] {
  return Object.entries(AUDIT_OPERATIONS)
    .flatMap(([service, operations]) => operations.map((operation) => `${service}:${operation}`))
    .sort();
}

/**
 * The least privilege for the identity that reads an account (the caller, or
 * the role assumed in each member account). sts:GetCallerIdentity needs no permission.
 */
export function auditReadPolicy(): PolicyDocument {
  return { Version: '2012-10-17', Statement: [{ Sid: 'SagelintAuditRead', Effect: 'Allow', Action: auditActions(), Resource: '*' }] };
}

/** The one write sagelint makes, only under `audit --security-hub`: findings into the account's own Security Hub. */
export const SECURITY_HUB_IMPORT_OPERATIONS = { securityhub: ['BatchImportFindings'] } as const;

/**
 * What the identity that imports findings (the caller, or the audit role in
 * each member account) needs besides the read policy: BatchImportFindings for
 * the account's own custom integration, `product/<account>/default`.
 */
export function securityHubImportPolicy(partition = 'aws'): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'SagelintImportFindings', Effect: 'Allow', Action: ['securityhub:BatchImportFindings'], Resource: `arn:${partition}:securityhub:*:*:product/*/default` }],
  };
}

/** What the caller of a multi-account audit needs besides: assume the audit role, and list the organization. */
export function auditCallerPolicy(roleName: string, partition = 'aws'): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'SagelintAssumeAuditRole', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: `arn:${partition}:iam::*:role/${roleName}` },
      { Sid: 'SagelintListAccounts', Effect: 'Allow', Action: ['organizations:ListAccounts'], Resource: '*' },
    ],
  };
}
