/**
 * The audit's read-only guard is an allowlist of what the collectors call:
 * credential-issuing reads and operations a future SDK adds are refused
 * before a request leaves the process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GetClusterCredentialsCommand, GetIdentityCenterAuthTokenCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { GetCredentialsCommand, GetIdentityCenterAuthTokenCommand as GetServerlessIdentityCenterAuthTokenCommand, ListWorkgroupsCommand, RedshiftServerlessClient, UpdateWorkgroupCommand } from '@aws-sdk/client-redshift-serverless';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient, TagResourcesCommand, UntagResourcesCommand } from '@aws-sdk/client-resource-groups-tagging-api';
import { BatchImportFindingsCommand, BatchUpdateFindingsCommand, GetFindingsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GetDelegatedAccessTokenCommand, GetSessionTokenCommand, GetWebIdentityTokenCommand, STSClient } from '@aws-sdk/client-sts';
import type { Pluggable } from '@smithy/types';
import { createAuditClient, type AuditClientClass, type GuardableClient } from '../../src/loaders/account/clients.js';
import { isAllowedOperation, isSecurityHubImport, ReadOnlyViolationError, securityHubImportGuard } from '../../src/loaders/account/guard.js';
import { Limiter } from '../../src/loaders/account/limit.js';
import { auditActions } from '../../src/loaders/account/policy.js';

const SRC_DIR = path.join(import.meta.dirname, '../../src');
const ACCOUNT_DIR = path.join(SRC_DIR, 'loaders/account');

/** Each file under src/ (tests aside) that constructs an SDK command, with the operations it names. */
function commandsInSources(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of readdirSync(SRC_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(path.join(SRC_DIR, file), 'utf8');
    const operations = [...text.matchAll(/\bnew ([A-Z]\w+)Command\(/g)].map((m) => m[1]!);
    if (operations.length) found.set(file.split(path.sep).join('/'), operations);
  }
  return found;
}

/** Every SDK operation the account loaders name: `new XCommand(`, `paginateX(` and `calls.pages('X'`. */
function operationsNamedInCollectors(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(ACCOUNT_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(path.join(ACCOUNT_DIR, file), 'utf8');
    for (const m of text.matchAll(/\bnew ([A-Z]\w+)Command\(|\bpaginate([A-Z]\w+)\(/g)) names.add(m[1] ?? m[2]!);
  }
  return [...names].sort();
}

describe('the read-only guard', () => {
  it.each([
    ['STS', 'GetWebIdentityToken'],
    ['STS', 'GetDelegatedAccessToken'],
    ['STS', 'GetSessionToken'],
    ['STS', 'GetFederationToken'],
    ['STS', 'GetAccessKeyInfo'],
    ['Redshift', 'GetIdentityCenterAuthToken'],
    ['Redshift', 'GetClusterCredentials'],
    ['Redshift', 'GetClusterCredentialsWithIAM'],
    ['RedshiftServerless', 'GetCredentials'],
    ['RedshiftServerless', 'GetIdentityCenterAuthToken'],
    ['EC2', 'GetPasswordData'],
    ['SageMaker', 'CreatePresignedDomainUrl'],
    // Read-shaped names sagelint does not call, as a future SDK may add them.
    ['SageMaker', 'GetNotebookInstanceSessionToken'],
    ['SageMaker', 'ListNotebookInstanceSecrets'],
    ['SageMaker', 'BatchGetRecord'],
    ['IAM', 'GetUser'],
  ])('refuses %s:%s', (service, operation) => {
    expect(isAllowedOperation(service, operation)).toBe(false);
  });

  it('allows exactly what the audit policy grants, plus reaching accounts', () => {
    for (const action of auditActions()) {
      const [service, operation] = action.split(':') as [string, string];
      expect(isAllowedOperation(service, operation), action).toBe(true);
    }
  });

  it('allows every operation the collectors call', () => {
    const named = operationsNamedInCollectors();
    expect(named).toContain('ListNotebookInstances');
    const services = ['sagemaker', 'iam', 'ec2', 'redshift', 'redshift-serverless', 'tag', 'sts', 'organizations'];
    const refused = named.filter((operation) => !services.some((service) => isAllowedOperation(service, operation)));
    expect(refused).toEqual([]);
  });

  const guarded = <C extends GuardableClient>(Client: AuditClientClass<C>, guard?: Pluggable<object, object>) =>
    createAuditClient(Client, {
      ...(guard ? { guard } : {}),
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      // Nothing listens here: a request that left the process would fail with a network error, not a refusal.
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
      requestTimeoutMs: 2000,
      connectionTimeoutMs: 1000,
      limiter: new Limiter(1),
    });

  it('refuses credential-issuing commands on real SDK clients before any request', async () => {
    const sts = guarded(STSClient as unknown as AuditClientClass<STSClient>);
    const redshift = guarded(RedshiftClient as unknown as AuditClientClass<RedshiftClient>);
    const attempts = [
      sts.send(new GetWebIdentityTokenCommand({} as never) as never),
      sts.send(new GetDelegatedAccessTokenCommand({} as never) as never),
      sts.send(new GetSessionTokenCommand({}) as never),
      redshift.send(new GetIdentityCenterAuthTokenCommand({} as never) as never),
      redshift.send(new GetClusterCredentialsCommand({ DbUser: 'admin', ClusterIdentifier: 'c' }) as never),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('lets the Resource Groups Tagging API client read tags (GetResources) and refuses its writes before any request', async () => {
    const tagging = guarded(ResourceGroupsTaggingAPIClient as unknown as AuditClientClass<ResourceGroupsTaggingAPIClient>);
    await expect(tagging.send(new TagResourcesCommand({ ResourceARNList: ['arn:aws:sagemaker:us-east-1:123456789012:model/m'], Tags: { a: 'b' } }) as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    await expect(tagging.send(new UntagResourcesCommand({ ResourceARNList: ['arn:aws:sagemaker:us-east-1:123456789012:model/m'], TagKeys: ['a'] }) as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    // Allowed through the guard: it fails on the network (nothing listens), not as a refusal.
    await expect(tagging.send(new GetResourcesCommand({}) as never)).rejects.not.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('lets the Redshift Serverless client list workgroups and refuses its credentials and writes before any request', async () => {
    const serverless = guarded(RedshiftServerlessClient as unknown as AuditClientClass<RedshiftServerlessClient>);
    for (const command of [
      new GetCredentialsCommand({ workgroupName: 'wg' }),
      new GetServerlessIdentityCenterAuthTokenCommand({ workgroupNames: ['wg'] }),
      new UpdateWorkgroupCommand({ workgroupName: 'wg', publiclyAccessible: true }),
    ]) {
      await expect(serverless.send(command as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    }
    // Allowed through the guard: it fails on the network (nothing listens), not as a refusal.
    await expect(serverless.send(new ListWorkgroupsCommand({}) as never)).rejects.not.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('refuses Security Hub on audit clients, BatchImportFindings included', async () => {
    expect(isAllowedOperation('SecurityHub', 'BatchImportFindings')).toBe(false);
    const securityHub = guarded(SecurityHubClient as unknown as AuditClientClass<SecurityHubClient>);
    await expect(securityHub.send(new BatchImportFindingsCommand({ Findings: [] }) as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('lets the Security Hub import clients call BatchImportFindings and nothing else', async () => {
    expect(isSecurityHubImport('SecurityHub', 'BatchImportFindings')).toBe(true);
    for (const [service, operation] of [
      ['SecurityHub', 'GetFindings'],
      ['SecurityHub', 'BatchUpdateFindings'],
      ['SecurityHub', 'DisableSecurityHub'],
      ['SageMaker', 'BatchImportFindings'],
      ['SageMaker', 'ListNotebookInstances'],
    ] as const) {
      expect(isSecurityHubImport(service, operation), `${service}:${operation}`).toBe(false);
    }
    const importer = guarded(SecurityHubClient as unknown as AuditClientClass<SecurityHubClient>, securityHubImportGuard);
    await expect(importer.send(new GetFindingsCommand({}) as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    await expect(importer.send(new BatchUpdateFindingsCommand({ FindingIdentifiers: [] }) as never)).rejects.toBeInstanceOf(ReadOnlyViolationError);
    // Allowed through the guard: it fails on the network (nothing listens), not as a refusal.
    const sent = importer.send(new BatchImportFindingsCommand({ Findings: [] }) as never);
    await expect(sent).rejects.not.toBeInstanceOf(ReadOnlyViolationError);
  });

  it('makes no call but the audit\'s reads anywhere in the sources, except BatchImportFindings in the Security Hub import', () => {
    const writes = [...commandsInSources()].flatMap(([file, operations]) =>
      operations.filter((operation) => !['sagemaker', 'iam', 'ec2', 'redshift', 'redshift-serverless', 'tag', 'sts', 'organizations'].some((service) => isAllowedOperation(service, operation))).map((operation) => `${file}: ${operation}`),
    );
    expect(writes).toEqual(['report/security-hub.ts: BatchImportFindings']);
  });
});
