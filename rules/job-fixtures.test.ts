/**
 * The job, transform and network rules over fixtures/jobs: every place a job
 * can be declared (CloudFormation resources, pipeline bodies and Step Functions
 * definitions as YAML literal blocks, escaped JSON and CDK's Fn::Join output,
 * nested Parallel and Map states), and VPCs with complete, partial and
 * imported networks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../src/config/config.js';
import type { Finding } from '../src/core/finding.js';
import { scan } from '../src/pipeline/scan.js';
import sm020 from './sm020-job-outside-vpc.js';
import sm021 from './sm021-job-network-isolation-off.js';
import sm022 from './sm022-job-intercontainer-encryption-off.js';
import sm023 from './sm023-job-storage-unencrypted.js';
import sm030 from './sm030-model-outside-vpc.js';
import sm031 from './sm031-model-network-isolation-off.js';
import sm040 from './sm040-transform-unprotected.js';
import sm041 from './sm041-transform-storage-unencrypted.js';
import sm050 from './sm050-vpc-missing-sagemaker-endpoints.js';
import sm051 from './sm051-vpc-endpoint-private-dns-off.js';
import sm052 from './sm052-vpc-endpoint-open-policy.js';

const RULES = [sm020, sm021, sm022, sm023, sm040, sm041, sm050, sm051, sm052];
const ROOT = path.resolve(import.meta.dirname, '../fixtures/jobs');

/** `file:line RULE resource`, with `possible` and `fix` when they apply. */
function summarize(f: Finding): string {
  const where = f.location.kind === 'source' ? `${f.location.file}:${f.location.start.line}` : f.location.arn;
  return `${where} ${f.ruleId} ${f.resource.id}${f.certainty === 'possible' ? ' possible' : ''}${f.fix ? ' fix' : ''}`;
}

async function scanFixture(file: string) {
  const result = await scan([file], { root: ROOT, rules: RULES, catalog: RULES, config: EMPTY_CONFIG });
  expect(result.errors).toEqual([]);
  return { findings: result.findings.map(summarize), notes: result.notes, result };
}

describe('fixtures/jobs', () => {
  it('a Step Functions definition string: jobs in Parallel and Map states, found at their lines and fixable in the literal block', async () => {
    const { findings } = await scanFixture('step-functions.yaml');
    expect(findings).toEqual([
      'step-functions.yaml:29 SM020 Workflow/Features fix',
      'step-functions.yaml:29 SM022 Workflow/Features fix',
      'step-functions.yaml:29 SM023 Workflow/Features fix',
      'step-functions.yaml:45 SM021 Workflow/Train fix',
      'step-functions.yaml:45 SM022 Workflow/Train fix',
      'step-functions.yaml:45 SM023 Workflow/Train fix',
      'step-functions.yaml:45 SM023 Workflow/Train fix',
      'step-functions.yaml:72 SM041 Workflow/BatchScore fix',
      'step-functions.yaml:77 SM040 Workflow/BatchScore',
    ]);
  });

  it("CDK output: a definition assembled with Fn::Join is located piece by piece, and never edited", async () => {
    const { findings } = await scanFixture('cdk-state-machine.template.json');
    expect(findings).toEqual([
      'cdk-state-machine.template.json:34 SM020 TrainingWorkflowE5F6A7B8/Train',
      'cdk-state-machine.template.json:34 SM022 TrainingWorkflowE5F6A7B8/Train',
      'cdk-state-machine.template.json:34 SM023 TrainingWorkflowE5F6A7B8/Train',
      'cdk-state-machine.template.json:34 SM023 TrainingWorkflowE5F6A7B8/Train',
      'cdk-state-machine.template.json:38 SM021 TrainingWorkflowE5F6A7B8/Train',
      'cdk-state-machine.template.json:38 SM041 TrainingWorkflowE5F6A7B8/Score',
      'cdk-state-machine.template.json:38 SM041 TrainingWorkflowE5F6A7B8/Score',
      'cdk-state-machine.template.json:40 SM040 TrainingWorkflowE5F6A7B8/Score',
    ]);
  });

  it('pipeline bodies: a literal block with Condition, Model and Transform steps, and an escaped JSON body', async () => {
    expect((await scanFixture('pipeline.yaml')).findings).toEqual([
      'pipeline.yaml:18 SM020 Pipeline/Train fix',
      'pipeline.yaml:18 SM023 Pipeline/Train fix',
      'pipeline.yaml:18 SM023 Pipeline/Train fix',
      'pipeline.yaml:50 SM040 Pipeline/Score',
    ]);
    const json = await scanFixture('pipeline.template.json');
    expect(json.findings).toEqual([
      'pipeline.template.json:10 SM020 FeaturePipeline/Features',
      'pipeline.template.json:10 SM021 FeaturePipeline/Features',
      'pipeline.template.json:10 SM023 FeaturePipeline/Features',
      'pipeline.template.json:10 SM023 FeaturePipeline/Features',
    ]);
    expect(json.notes.map((n) => `${n.line}: ${n.message}`)).toEqual([
      '20: ArchivedPipeline: the definition is read from PipelineDefinition.PipelineDefinitionS3Location (S3 or a local file), which sagelint does not fetch, so pipeline steps in it are not checked',
    ]);
  });

  it('processing jobs, monitoring job definitions and monitoring schedules', async () => {
    expect((await scanFixture('monitoring.yaml')).findings).toEqual([
      'monitoring.yaml:31 SM020 ModelQuality fix',
      'monitoring.yaml:31 SM021 ModelQuality fix',
      'monitoring.yaml:31 SM022 ModelQuality fix',
      'monitoring.yaml:31 SM023 ModelQuality fix',
      'monitoring.yaml:31 SM023 ModelQuality fix',
      'monitoring.yaml:51 SM021 Bias fix',
      'monitoring.yaml:74 SM021 HourlyInline fix',
    ]);
  });

  it('a complete private network has nothing to report', async () => {
    expect((await scanFixture('network-complete.yaml')).findings).toEqual([]);
  });

  it('a VPC that hosts a notebook but lacks the notebook endpoint gets one finding naming it', async () => {
    const { findings, result } = await scanFixture('network-partial.yaml');
    expect(findings).toEqual([
      'network-partial.yaml:4 SM050 Vpc fix',
      'network-partial.yaml:17 SM051 ApiEndpoint fix',
      'network-partial.yaml:17 SM052 ApiEndpoint fix',
      'network-partial.yaml:35 SM052 S3Endpoint fix',
    ]);
    expect(result.findings[0]!.message).toContain('no VPC endpoint for aws.sagemaker.${AWS::Region}.notebook (notebook Notebook in the VPC)');
  });

  it('a network imported from another stack is not judged; its endpoints still are', async () => {
    expect((await scanFixture('network-imported.yaml')).findings).toEqual(['network-imported.yaml:28 SM051 RuntimeEndpoint fix']);
  });

  it('definitions that cannot be read are notes, one that is not JSON a load error, never findings', async () => {
    const result = await scan(['definitions-unreadable.yaml'], { root: ROOT, rules: RULES, catalog: RULES, config: EMPTY_CONFIG });
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => `${n.line}: ${n.message}`)).toEqual([
      '8: FromS3: the definition is read from DefinitionS3Location (S3 or a local file), which sagelint does not fetch, so SageMaker tasks in it are not checked',
      '24: PipelineFromS3: the definition is read from PipelineDefinition.PipelineDefinitionS3Location (S3 or a local file), which sagelint does not fetch, so pipeline steps in it are not checked',
    ]);
    // The document ends before its outer object is closed: the error stands right after its last `}`.
    expect(result.errors).toEqual([
      {
        file: 'definitions-unreadable.yaml',
        line: 17,
        column: 10,
        message: expect.stringMatching(/^NotJson: DefinitionString is not valid JSON: .+ \(line 5, column 1 of the document\), so SageMaker tasks in it are not checked$/),
      },
    ]);
  });
});

describe('models declared by workflows', () => {
  it('are checked by the model rules (SM030, SM031) like AWS::SageMaker::Model', async () => {
    const rules = [sm030, sm031];
    const result = await scan(['step-functions.yaml', 'pipeline.yaml'], { root: ROOT, rules, catalog: rules, config: EMPTY_CONFIG });
    expect(result.findings.map(summarize)).toEqual([
      'pipeline.yaml:38 SM030 Pipeline/Register fix',
      'step-functions.yaml:62 SM030 Workflow/CreateModel fix',
      'step-functions.yaml:62 SM031 Workflow/CreateModel fix',
    ]);
  });
});
