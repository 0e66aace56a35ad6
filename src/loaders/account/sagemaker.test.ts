/**
 * Where the SageMaker collector takes tags from: one GetResources listing per
 * region (Resource Groups Tagging API) instead of a ListTags per resource, and
 * ListTags again whenever that listing is refused or breaks off. The clients
 * are the audit's own (guard, limiter, retries) with the answers stubbed in
 * their middleware: moto 5.2.1's GetResources leaves out spaces, user
 * profiles, studio lifecycle configurations and monitoring schedules, and
 * cannot be made to fail on its second page.
 */
import { describe, expect, it } from 'vitest';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { AccessDenied, stubbedClient, type Answer } from '../../../test/helpers/stubbed-aws-client.js';
import { GapRecorder, ServiceCalls } from './calls.js';
import { collectSageMaker } from './sagemaker.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const notebookArn = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/${name}`;
const TAGGED = notebookArn('tagged');
const UNTAGGED = notebookArn('untagged');

const sageMakerAnswers: Record<string, Answer> = {
  ListNotebookInstances: () => ({ NotebookInstances: [{ NotebookInstanceName: 'tagged' }, { NotebookInstanceName: 'untagged' }] }),
  DescribeNotebookInstance: (input) => ({ NotebookInstanceName: input.NotebookInstanceName, NotebookInstanceArn: notebookArn(String(input.NotebookInstanceName)) }),
  ListTags: (input) => ({ Tags: input.ResourceArn === TAGGED ? [{ Key: 'team', Value: 'from-list-tags' }] : [] }),
};

const denied: Answer = () => {
  throw new AccessDenied('not authorized to perform tag:GetResources');
};

async function collect(tagging: Record<string, Answer> | undefined, sagemaker: Record<string, Answer> = sageMakerAnswers) {
  const calls: string[] = [];
  const recorder = new GapRecorder([{ id: 'TG001', appliesTo: ['NotebookInstance'] }]);
  const sm = stubbedClient(SageMakerClient, sagemaker, calls);
  const tags = tagging && stubbedClient(ResourceGroupsTaggingAPIClient, tagging, calls);
  const state = await collectSageMaker(sm, new ServiceCalls({ account: ACCOUNT, region: REGION, service: 'sagemaker' }, recorder), { allJobs: true, includesRunning: true }, tags);
  const tagsOf = Object.fromEntries(state.notebookInstances.map((n) => [n.NotebookInstanceName, n.Tags]));
  const gaps = recorder.sorted().map((g) => `${g.operation} ${g.resource ?? ''} [${g.rulesAffected.join(',')}]`);
  return { tagsOf, gaps, count: (operation: string) => calls.filter((c) => c === operation).length };
}

describe('SageMaker tags', () => {
  it('come from one GetResources listing per region, every page of it: no ListTags, and a resource it does not name has none', async () => {
    const { tagsOf, gaps, count } = await collect({
      GetResources: (input) =>
        input.PaginationToken
          ? { ResourceTagMappingList: [{ ResourceARN: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/other', Tags: [] }] }
          : // SageMaker names are unique regardless of case: an ARN that spells the name otherwise is the same resource.
            { ResourceTagMappingList: [{ ResourceARN: notebookArn('Tagged'), Tags: [{ Key: 'team', Value: 'ml' }] }], PaginationToken: 'page-2' },
    });
    expect(tagsOf).toEqual({ tagged: [{ Key: 'team', Value: 'ml' }], untagged: [] });
    expect(count('GetResources')).toBe(2);
    expect(count('ListTags')).toBe(0);
    expect(gaps).toEqual([]);
  });

  it('asks GetResources for the SageMaker kinds it reads only, as many to a page as it allows', async () => {
    const inputs: Record<string, unknown>[] = [];
    await collect({ GetResources: (input) => (inputs.push(input), {}) });
    expect(inputs).toEqual([expect.objectContaining({ ResourcesPerPage: 100 })]);
    const types = inputs[0]!.ResourceTypeFilters as string[];
    expect(types).toEqual(expect.arrayContaining(['sagemaker:notebook-instance', 'sagemaker:training-job', 'sagemaker:hyper-parameter-tuning-job', 'sagemaker:cluster', 'sagemaker:model-bias-job-definition', 'sagemaker:app-image-config', 'sagemaker:image', 'sagemaker:feature-group', 'sagemaker:inference-experiment']));
    expect(types).toHaveLength(24);
    // Not the kinds it does not read, which can run to millions (trial components).
    expect(types).not.toContain('sagemaker');
    expect(types).not.toContain('sagemaker:experiment-trial-component');
  });

  it('are read with ListTags for a resource whose ARN names a type the listing did not ask for', async () => {
    const oddArn = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook/untagged`;
    const { tagsOf, count } = await collect(
      { GetResources: () => ({}) },
      { ...sageMakerAnswers, DescribeNotebookInstance: (input) => ({ NotebookInstanceName: input.NotebookInstanceName, NotebookInstanceArn: input.NotebookInstanceName === 'tagged' ? TAGGED : oddArn }) },
    );
    expect(tagsOf).toEqual({ tagged: [], untagged: [] });
    expect(count('ListTags')).toBe(1);
  });

  it('are read with ListTags per resource when GetResources is denied, and that is no gap', async () => {
    const { tagsOf, gaps, count } = await collect({ GetResources: denied });
    expect(tagsOf).toEqual({ tagged: [{ Key: 'team', Value: 'from-list-tags' }], untagged: [] });
    expect(count('GetResources')).toBe(1);
    expect(count('ListTags')).toBe(2);
    expect(gaps).toEqual([]);
  });

  it('are read with ListTags when a later page of GetResources fails: half a listing would read as "untagged"', async () => {
    const { tagsOf, count } = await collect({
      GetResources: (input) => {
        if (input.PaginationToken) throw new Error('socket hang up');
        return { ResourceTagMappingList: [{ ResourceARN: TAGGED, Tags: [{ Key: 'team', Value: 'from-get-resources' }] }], PaginationToken: 'page-2' };
      },
    });
    expect(tagsOf).toEqual({ tagged: [{ Key: 'team', Value: 'from-list-tags' }], untagged: [] });
    expect(count('ListTags')).toBe(2);
  });

  it('are unknown, and a gap for the tag rules, when GetResources and ListTags both fail: as without the Tagging API', async () => {
    const failingListTags = { ...sageMakerAnswers, ListTags: denied };
    const withTagging = await collect({ GetResources: denied }, failingListTags);
    const without = await collect(undefined, failingListTags);
    expect(withTagging.tagsOf).toEqual({ tagged: undefined, untagged: undefined });
    expect(withTagging.gaps).toEqual([`ListTags ${TAGGED} [TG001]`, `ListTags ${UNTAGGED} [TG001]`]);
    expect({ tagsOf: withTagging.tagsOf, gaps: withTagging.gaps }).toEqual({ tagsOf: without.tagsOf, gaps: without.gaps });
  });
});
