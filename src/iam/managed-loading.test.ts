/**
 * The AWS managed policy snapshot (3.5 MB of JSON, Brotli-compressed) is read
 * at the first lookup of an AWS managed policy ARN, not when the IAM rules are
 * prepared: a scan of roles with inline policies alone never reads it. This
 * file runs in a process of its own (vitest isolates test files), so the count
 * of reads starts at zero.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../config/config.js';
import { scan } from '../pipeline/scan.js';
import { managedPolicySnapshotReads } from './managed.js';

const TRUST = 'AssumeRolePolicyDocument:\n        Statement: [{ Effect: Allow, Principal: { Service: sagemaker.amazonaws.com }, Action: sts:AssumeRole }]';

const INLINE_ONLY = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ${TRUST}
      Policies:
        - PolicyName: data
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: ['s3:*', 'iam:PassRole', 'sagemaker:*'], Resource: '*' }]
`;

const SAGEMAKER_FULL_ACCESS = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ${TRUST}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSageMakerFullAccess]
`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Every rule's findings on one template, as rule and a hash of the message (sorted). */
async function findingsOf(template: string): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'sagelint-managed-'));
  roots.push(root);
  writeFileSync(path.join(root, 'role.yaml'), template);
  const result = await scan(['.'], { root, rules: ALL_RULES, catalog: ALL_RULES, config: EMPTY_CONFIG });
  expect(result.errors).toEqual([]);
  return result.findings.map((f) => `${f.ruleId} ${createHash('sha256').update(f.message).digest('hex').slice(0, 16)}`).sort();
}

describe('the AWS managed policy snapshot', () => {
  it('is not read for a role with only an inline policy, though every IAM rule judges it', async () => {
    // Recorded from the scan before the snapshot was deferred: the IAM rules ran in full.
    expect(await findingsOf(INLINE_ONLY)).toEqual([
      'SM060 707ec04d57cf9512',
      'SM061 1861462221e47a33',
      'SM062 91f0c983c0e2a512',
      'SM063 617774a3d8b39cc1',
      'SM064 986516562b0734dd',
      'SM065 900522a29218d76f',
      'SM066 f66e19a901f63c23',
      'SM083 19ec8c1a82df17bb',
      'SM083 4a8ca07277c52508',
    ]);
    expect(managedPolicySnapshotReads()).toBe(0);
  });

  it('is read once the first AWS managed policy ARN is looked up, with the findings it gave before', async () => {
    expect(await findingsOf(SAGEMAKER_FULL_ACCESS)).toEqual([
      'SM060 024ee2b8b84dd3c2',
      'SM061 755ca248f2cca36c',
      'SM062 91f0c983c0e2a512',
      'SM064 25e902126c88c22b',
      'SM065 df683d38455022e3',
      'SM066 f86835405e23830f',
      'SM083 16fc3c30f527eeea',
      'SM083 354c62f3a69f696d',
    ]);
    expect(managedPolicySnapshotReads()).toBe(1);
    await findingsOf(SAGEMAKER_FULL_ACCESS);
    expect(managedPolicySnapshotReads()).toBe(1);
  });
});
