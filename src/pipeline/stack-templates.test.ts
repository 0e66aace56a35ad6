import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import type { Resource } from '../model/resource.js';
import { mapAccountState } from '../loaders/account/model.js';
import { emptyRegionState } from '../loaders/account/snapshot.js';
import { indexStackTemplates, relocateFindings, stackNameOfFile, templateLocations, type StackTemplateIndex } from './stack-templates.js';

const ACCOUNT = '123456789012';
const NOTEBOOK = (logicalId: string) => `  ${logicalId}:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::${ACCOUNT}:role/Exec\n`;

/** A report root with a source root inside: plain templates, a CDK assembly, two templates of one stack name, a non-template. */
function sourceTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sagelint-stacks-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('infra/ml-sandbox.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n${NOTEBOOK('SandboxNotebook')}`);
  write(
    'infra/cdk.out/manifest.json',
    JSON.stringify({
      version: '36.0.0',
      artifacts: {
        MlStack: { type: 'aws:cloudformation:stack', displayName: 'Prod/MlStack', properties: { templateFile: 'MlStack.template.json', stackName: 'ml-prod' } },
        Other: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Other.template.json' } },
      },
    }),
  );
  const cdkTemplate = (logicalId: string) =>
    JSON.stringify({ Resources: { [logicalId]: { Type: 'AWS::SageMaker::NotebookInstance', Properties: { InstanceType: 'ml.t3.medium', RoleArn: 'r' } } } }, null, 1);
  write('infra/cdk.out/MlStack.template.json', cdkTemplate('Notebook1A2B'));
  write('infra/cdk.out/Other.template.json', cdkTemplate('OtherNotebook'));
  write('infra/a/shared.yaml', `Resources:\n${NOTEBOOK('Shared')}`);
  write('infra/b/shared.template', `Resources:\n${NOTEBOOK('Shared')}`);
  write('infra/.github/workflow.yml', 'on: push\njobs: {}\n');
  write('outside/elsewhere.yaml', `Resources:\n${NOTEBOOK('Elsewhere')}`);
  return root;
}

describe('stack names of template files', () => {
  it('are the file name without its extensions', () => {
    expect(['x/ml-sandbox.yaml', 'ml-sandbox.yml', 'ml-sandbox.template.json', 'ml-sandbox.template', 'ml.sandbox.json'].map(stackNameOfFile)).toEqual([
      'ml-sandbox',
      'ml-sandbox',
      'ml-sandbox',
      'ml-sandbox',
      'ml.sandbox',
    ]);
  });
});

describe('live resources located in their stack templates', () => {
  let root: string;
  let index: StackTemplateIndex;

  beforeAll(async () => {
    root = sourceTree();
    index = await indexStackTemplates(root, path.join(root, 'infra'), { maxFileBytes: 1 << 20 });
  });

  it('finds a logical ID in the template named after the stack, at the ID, relative to the report root', () => {
    expect(index.locate('ml-sandbox', 'SandboxNotebook')).toMatchObject({ kind: 'source', file: 'infra/ml-sandbox.yaml', start: { line: 7, column: 3 }, path: ['Resources', 'SandboxNotebook'] });
    expect(index.locate('ml-sandbox', 'Missing')).toBeUndefined();
    expect(index.locate('elsewhere', 'Elsewhere')).toBeUndefined();
  });

  it('names a CDK template by its stack name in the manifest, else by the artifact ID', () => {
    expect(index.locate('ml-prod', 'Notebook1A2B')).toMatchObject({ file: 'infra/cdk.out/MlStack.template.json', start: { line: 3 } });
    expect(index.locate('MlStack', 'Notebook1A2B')).toBeUndefined();
    expect(index.locate('Other', 'OtherNotebook')).toMatchObject({ file: 'infra/cdk.out/Other.template.json' });
  });

  it('leaves a stack name two templates answer to unmatched, and says so', () => {
    expect(index.locate('shared', 'Shared')).toBeUndefined();
    expect(index.notes).toEqual([{ file: 'infra/a/shared.yaml', message: 'Stack shared matches several templates (infra/a/shared.yaml, infra/b/shared.template): its live resources keep their ARN locations.' }]);
    expect(index.errors).toEqual([]);
  });

  it('moves findings on matched resources to the template and keeps every fingerprint', () => {
    const notebook = (name: string, tags: Record<string, string>) => ({
      NotebookInstanceName: name,
      NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/${name}`,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    });
    const cfn = (stack: string, logicalId: string) => ({ 'aws:cloudformation:stack-name': stack, 'aws:cloudformation:logical-id': logicalId });
    const state = emptyRegionState('us-east-1');
    state.sagemaker.notebookInstances.push(
      notebook('sandbox', cfn('ml-sandbox', 'SandboxNotebook')),
      notebook('prod', cfn('ml-prod', 'Notebook1A2B')),
      notebook('ambiguous', cfn('shared', 'Shared')),
      notebook('unknown-id', cfn('ml-sandbox', 'Gone')),
      notebook('handmade', {}),
    );
    const { resources } = mapAccountState({ accountId: ACCOUNT, partition: 'aws', principalArn: 'p', regions: [state] });
    const locations = templateLocations(resources, index);
    const arn = (name: string) => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:notebook-instance/${name}`;
    expect([...locations.keys()].sort()).toEqual([arn('prod'), arn('sandbox')]);

    const findings = resources.map((r: Resource, i): Finding => ({
      ruleId: 'SM001',
      ruleName: 'notebook-direct-internet',
      severity: 'high',
      certainty: 'definite',
      message: 'm',
      resource: { id: r.id, type: r.type, kind: r.kind, source: r.source },
      location: r.loc,
      propertyPath: ['DirectInternetAccess'],
      fingerprint: `fp${i}`,
    }));
    const moved = relocateFindings(findings, locations);
    expect(moved.map((f) => (f.location.kind === 'source' ? `${f.location.file}:${f.location.start.line}` : f.location.arn))).toEqual([
      'infra/ml-sandbox.yaml:7',
      'infra/cdk.out/MlStack.template.json:3',
      arn('ambiguous'),
      arn('unknown-id'),
      arn('handmade'),
    ]);
    expect(moved.map((f) => f.fingerprint)).toEqual(findings.map((f) => f.fingerprint));
  });
});
