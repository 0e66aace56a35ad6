import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CreatePresignedNotebookInstanceUrlCommand,
  DeleteNotebookInstanceCommand,
  ListNotebookInstancesCommand,
  SageMakerClient,
  StopNotebookInstanceCommand,
} from '@aws-sdk/client-sagemaker';
import { createAuditClient, type CallOutcome } from './clients.js';
import { isAllowedOperation, ReadOnlyViolationError } from './guard.js';
import { Limiter } from './limit.js';

describe('isAllowedOperation', () => {
  it.each([
    ['SageMaker', 'ListNotebookInstances'],
    ['sagemaker', 'DescribeNotebookInstance'],
    ['IAM', 'GetAccountAuthorizationDetails'],
    ['EC2', 'DescribeRegions'],
    ['STS', 'GetCallerIdentity'],
    ['STS', 'AssumeRole'],
    ['Organizations', 'ListAccounts'],
    // The Resource Groups Tagging API's client is named apart from its IAM prefix, `tag`.
    ['ResourceGroupsTaggingAPI', 'GetResources'],
    ['tag', 'GetResources'],
    ['SageMaker', 'ListFeatureGroups'],
    ['SageMaker', 'DescribeFeatureGroup'],
    ['SageMaker', 'ListInferenceExperiments'],
    ['SageMaker', 'DescribeInferenceExperiment'],
    // Redshift Serverless: the client is RedshiftServerless, the IAM prefix redshift-serverless.
    ['RedshiftServerless', 'ListWorkgroups'],
    ['redshift-serverless', 'GetNamespace'],
  ])('allows %s:%s', (service, op) => {
    expect(isAllowedOperation(service, op)).toBe(true);
  });

  it.each([
    ['SageMaker', 'DeleteNotebookInstance'],
    ['SageMaker', 'CreateNotebookInstance'],
    ['SageMaker', 'StopNotebookInstance'],
    ['SageMaker', 'UpdateDomain'],
    ['IAM', 'PutRolePolicy'],
    ['SageMaker', 'CreatePresignedNotebookInstanceUrl'],
    ['SageMaker', 'Listen'],
    ['SageMaker', 'Gets'],
    ['SageMaker', ''],
    // Credential-issuing reads: test/security/read-only-guard.test.ts.
    // An operation sagelint calls, but on another service.
    ['IAM', 'ListNotebookInstances'],
    ['ResourceGroupsTaggingAPI', 'TagResources'],
    ['ResourceGroupsTaggingAPI', 'UntagResources'],
    ['ResourceGroupsTaggingAPI', 'GetTagKeys'],
    ['SageMaker', 'GetResources'],
    // ListWorkgroups gives each workgroup whole, and namespaces are read by name: no other listing, nor the credentials.
    ['RedshiftServerless', 'GetWorkgroup'],
    ['RedshiftServerless', 'ListNamespaces'],
    ['RedshiftServerless', 'GetCredentials'],
    ['RedshiftServerless', 'UpdateWorkgroup'],
    ['Redshift', 'ListWorkgroups'],
    ['SageMaker', 'PutRecord'],
  ])('refuses %s:%s', (service, op) => {
    expect(isAllowedOperation(service, op)).toBe(false);
  });
});

describe('a guarded client', () => {
  let server: Server;
  let endpoint: string;
  /** Operations that reached the server, from the JSON protocol's target header. */
  const received: string[] = [];
  /** Answers queued for the next requests; default: an empty listing. */
  const answers: { status: number; body: object; type?: string }[] = [];
  const outcomes: CallOutcome[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(String(req.headers['x-amz-target']).split('.').pop()!);
        const answer = answers.shift() ?? { status: 200, body: { NotebookInstances: [] } };
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1', ...(answer.type ? { 'x-amzn-errortype': answer.type } : {}) });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  beforeEach(() => {
    received.length = 0;
    answers.length = 0;
    outcomes.length = 0;
  });

  const client = () =>
    createAuditClient(SageMakerClient, {
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      endpoint,
      maxAttempts: 3,
      requestTimeoutMs: 5000,
      connectionTimeoutMs: 2000,
      limiter: new Limiter(2),
      onCall: (outcome) => outcomes.push(outcome),
    });

  it('lets a read through', async () => {
    await client().send(new ListNotebookInstancesCommand({}));
    expect(received).toEqual(['ListNotebookInstances']);
    expect(outcomes).toEqual([{ attempts: 1, throttlesRetried: 0, ok: true }]);
  });

  it('refuses mutating calls before any request leaves the process', async () => {
    const sagemaker = client();
    for (const command of [
      new DeleteNotebookInstanceCommand({ NotebookInstanceName: 'nb' }),
      new StopNotebookInstanceCommand({ NotebookInstanceName: 'nb' }),
      new CreatePresignedNotebookInstanceUrlCommand({ NotebookInstanceName: 'nb' }),
    ]) {
      const refusal = sagemaker.send(command as never);
      await expect(refusal).rejects.toBeInstanceOf(ReadOnlyViolationError);
      await expect(refusal).rejects.toThrow(/SageMaker:(DeleteNotebookInstance|StopNotebookInstance|CreatePresignedNotebookInstanceUrl) was refused/);
    }
    expect(received).toEqual([]);
    expect(outcomes).toEqual([]);
  });

  it('retries a throttled call and reports the throttle it retried', async () => {
    answers.push({ status: 400, type: 'ThrottlingException', body: { __type: 'ThrottlingException', message: 'Rate exceeded' } });
    await client().send(new ListNotebookInstancesCommand({}));
    expect(received).toEqual(['ListNotebookInstances', 'ListNotebookInstances']);
    expect(outcomes).toEqual([{ attempts: 2, throttlesRetried: 1, ok: true }]);
  });

  it('counts 503s as throttles, but not the one that ends a call', async () => {
    // 503 is retried without adaptive slow-down, which keeps this test fast.
    const unavailable = { status: 503, type: 'ServiceUnavailable', body: { __type: 'ServiceUnavailable', message: 'try again' } };
    answers.push(unavailable, unavailable, unavailable);
    await expect(client().send(new ListNotebookInstancesCommand({}))).rejects.toMatchObject({ name: 'ServiceUnavailable' });
    expect(received).toHaveLength(3);
    expect(outcomes).toEqual([{ attempts: 3, throttlesRetried: 2, ok: false }]);
  });
});
