/**
 * The data quality job cases of the peer corpus (../shared/peer-corpus,
 * concerns `other-dq-job-*`): checkov's CKV_AWS_367 (output key), CKV_AWS_368
 * (volume key) and CKV_AWS_369 (inter-container encryption), each compared
 * with the one SM022/SM023 finding that stands for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../src/config/config.js';
import type { Finding } from '../src/core/finding.js';
import { scan } from '../src/pipeline/scan.js';
import sm022 from './sm022-job-intercontainer-encryption-off.js';
import sm023 from './sm023-job-storage-unencrypted.js';

const CORPUS = path.resolve(import.meta.dirname, '../../shared/peer-corpus');

interface PeerCase {
  id: string;
  concern: string;
  format: string;
  file: string;
  expected: 'pass' | 'fail';
  resource?: string;
}

/** Which findings stand for each concern: the rule, and the property it names. */
const CONCERNS: Readonly<Record<string, (f: Finding) => boolean>> = {
  'other-dq-job-no-kms': (f) => f.ruleId === 'SM023' && f.propertyPath.join('.') === 'DataQualityJobOutputConfig.KmsKeyId',
  'other-dq-job-no-volume-kms': (f) => f.ruleId === 'SM023' && f.propertyPath.join('.') === 'JobResources.ClusterConfig.VolumeKmsKeyId',
  'other-dq-job-no-traffic-encryption': (f) => f.ruleId === 'SM022',
};

/** Where sagelint disagrees with the peer on purpose (documented in SM022's notes). */
const SINGLE_INSTANCE = 'the job runs on one instance (InstanceCount: 1), so there is no traffic between instances to encrypt';
const DIVERGENCES: Readonly<Record<string, string>> = {
  'checkov:cloudformation:SagemakerDataQualityJobDefinitionTrafficEncryption:SagemakerDataQualityJobDefinitionTrafficEncryption-FAILED.yaml:DataQualityJobDefinitionFail1': SINGLE_INSTANCE,
  'checkov:cloudformation:SagemakerDataQualityJobDefinitionTrafficEncryption:SagemakerDataQualityJobDefinitionTrafficEncryption-FAILED.yaml:DataQualityJobDefinitionFail2': SINGLE_INSTANCE,
};

const available = existsSync(path.join(CORPUS, 'manifest.json'));
const cases: PeerCase[] = available
  ? (JSON.parse(readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as PeerCase[]).filter((c) => c.format === 'cloudformation' && c.concern in CONCERNS)
  : [];

describe.runIf(available)('peer corpus: data quality job definitions', () => {
  it('has the cases this test was written for', () => {
    expect(cases.length).toBe(8);
  });

  for (const c of cases) {
    it(c.id, async () => {
      const result = await scan([c.file], { root: CORPUS, rules: [sm022, sm023], catalog: [sm022, sm023], config: EMPTY_CONFIG });
      expect(result.errors).toEqual([]);
      const flagged = result.findings.some((f) => f.resource.id === c.resource && CONCERNS[c.concern]!(f));
      const divergence = DIVERGENCES[c.id];
      if (divergence) expect(flagged ? 'fail' : 'pass', divergence).not.toBe(c.expected);
      else expect(flagged ? 'fail' : 'pass').toBe(c.expected);
    });
  }
});
