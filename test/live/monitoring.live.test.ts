/**
 * Monitoring job definitions against a real AWS API (moto implements the four
 * List/Describe pairs and ListTags on them): collected with their tags, and
 * judged by the job rules as the same definitions in a template would be.
 */
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { prepareRules } from '../../src/core/rule.js';
import { prop } from '../../src/model/resource.js';
import { stringOf } from '../../src/model/value.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm020 from '../../rules/sm020-job-outside-vpc.js';
import sm021 from '../../rules/sm021-job-network-isolation-off.js';
import sm022 from '../../rules/sm022-job-intercontainer-encryption-off.js';
import sm023 from '../../rules/sm023-job-storage-unencrypted.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION, seedCallerAccount, seedMonitoringJobDefinitions } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.monitoring;

const JOB_RULES = [sm020, sm021, sm022, sm023];
const arnOf = (type: string, name: string) => `arn:aws:sagemaker:${HOME_REGION}:${ACCOUNT}:${type}-job-definition/${name}`;

describeLive('audit of monitoring job definitions', () => {
  let snapshot: Snapshot;

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const seeded = await seedCallerAccount(endpoint, { awsManagedPolicy: false, credentials });
    await seedMonitoringJobDefinitions(endpoint, seeded.roleArn, seeded.network, credentials);
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['sagemaker'] });
  }, 120_000);

  it('collects each kind with its tags; where moto cannot list a definition’s tags, that is a gap for the tag rules only', () => {
    const sm = regionOf(snapshot, ACCOUNT, HOME_REGION).sagemaker;
    const names = (records: readonly { JobDefinitionName?: string }[]) => records.map((d) => d.JobDefinitionName);
    expect([sm.dataQualityJobDefinitions, sm.modelQualityJobDefinitions, sm.modelBiasJobDefinitions, sm.modelExplainabilityJobDefinitions].map(names)).toEqual([
      ['quality-in-vpc'],
      ['model-quality-open'],
      ['bias-open'],
      ['explain-open'],
    ]);
    expect(sm.dataQualityJobDefinitions[0]).toMatchObject({ JobDefinitionArn: arnOf('data-quality', 'quality-in-vpc'), Tags: [{ Key: 'team', Value: 'ml' }] });
    expect(sm.modelBiasJobDefinitions[0]?.Tags).toEqual([]);
    // moto keeps no tag list for a model explainability definition created without tags, and its ListTags fails.
    expect(sm.modelExplainabilityJobDefinitions[0]?.Tags).toBeUndefined();
    const gaps = snapshot.coverage.filter((g) => /JobDefinition/.test(g.operation) || /job-definition/.test(g.resource ?? ''));
    expect(gaps.map((g) => `${g.operation} ${g.reason} [${g.rulesAffected.join(',')}] ${g.resource}`)).toEqual([
      `ListTags unsupported [TG001] ${arnOf('model-explainability', 'explain-open')}`,
    ]);
  });

  it('maps them onto jobs that the job rules judge', () => {
    const [unit] = snapshotToUnits(snapshot);
    const jobTypes = unit!.resources.filter((r) => r.type.endsWith('JobDefinition')).map((r) => [r.id, stringOf(prop(r, 'JobType'))]);
    expect(jobTypes.sort()).toEqual([
      [arnOf('data-quality', 'quality-in-vpc'), 'data-quality'],
      [arnOf('model-bias', 'bias-open'), 'model-bias'],
      [arnOf('model-explainability', 'explain-open'), 'model-explainability'],
      [arnOf('model-quality', 'model-quality-open'), 'model-quality'],
    ]);
    prepareRules(JOB_RULES);
    const findings = evaluateUnit(unit!, { rules: JOB_RULES }).findings.filter((f) => f.resource.type.endsWith('JobDefinition'));
    const on = (id: string) => findings.filter((f) => f.resource.id === id).map((f) => `${f.ruleId} ${f.propertyPath.join('.')}`);
    expect(on(arnOf('data-quality', 'quality-in-vpc'))).toEqual([]);
    expect(on(arnOf('model-bias', 'bias-open'))).toEqual([
      'SM020 NetworkConfig.VpcConfig',
      'SM021 NetworkConfig.EnableNetworkIsolation',
      'SM023 JobResources.ClusterConfig.VolumeKmsKeyId',
      'SM023 ModelBiasJobOutputConfig.KmsKeyId',
    ]);
    expect(new Set(findings.map((f) => f.resource.id)).size).toBe(3);
  });
});
