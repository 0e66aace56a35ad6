import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../engine/config.js';
import type { ScanResult } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { scan } from '../engine/scan.js';
import { rulesOfFramework } from './compliance.js';
import { complianceView, countControls, describeControlCounts, type ComplianceView } from './compliance-view.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Everything SageMaker.1, .2, .3 and .8 ask of a notebook, and the rules that check it beyond them. */
const COMPLIANT = `      InstanceType: ml.t3.medium
      SubnetId: subnet-0abc
      SecurityGroupIds: [sg-0abc]
      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
      PlatformIdentifier: notebook-al2023-v1
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' }`;

/** One notebook that passes, one with direct internet access and root access left at its default (Enabled). */
const TWO_NOTEBOOKS = `Resources:
  PassingNotebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
${COMPLIANT}
      DirectInternetAccess: Disabled
      RootAccess: Disabled
  FailingNotebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
${COMPLIANT}
      DirectInternetAccess: Enabled
`;

async function scanTemplate(template: string, rules: readonly Rule[] = rulesOfFramework(ALL_RULES, 'security-hub')): Promise<{ result: ScanResult; rules: readonly Rule[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-compliance-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'notebooks.yaml'), template);
  return { result: await scan(['.'], { root: dir, rules, catalog: ALL_RULES, config: EMPTY_CONFIG, jobs: 1 }), rules };
}

async function viewOf(template: string, rules?: readonly Rule[]): Promise<ComplianceView> {
  const run = await scanTemplate(template, rules);
  return complianceView(run.result, ALL_RULES, run.rules, 'security-hub');
}

const row = (view: ComplianceView, control: string) => view.controls.find((c) => c.control === control);

describe('the Security Hub control table', () => {
  it('fails the controls one notebook breaks, passes the one both keep, and counts the notebooks each checked', async () => {
    const view = await viewOf(TWO_NOTEBOOKS);
    expect(row(view, 'SageMaker.1')).toEqual({ control: 'SageMaker.1', rules: ['SM001'], checked: 2, failed: 1, status: 'FAILED' });
    expect(row(view, 'SageMaker.2')).toEqual({ control: 'SageMaker.2', rules: ['SM002'], checked: 2, failed: 0, status: 'PASSED' });
    expect(row(view, 'SageMaker.3')).toEqual({ control: 'SageMaker.3', rules: ['SM003'], checked: 2, failed: 1, status: 'FAILED' });
    expect(row(view, 'SageMaker.8')).toMatchObject({ checked: 2, failed: 0, status: 'PASSED' });
  });

  it('lists every Security Hub control the rules map to, in natural order, those without a resource of their kind NOT_APPLICABLE', async () => {
    const view = await viewOf(TWO_NOTEBOOKS);
    const mapped = [...new Set(ALL_RULES.flatMap((rule) => rule.docs.alsoKnownAs?.['Security Hub'] ?? []))];
    expect(view.controls.map((c) => c.control).sort()).toEqual(mapped.sort());
    const ids = view.controls.map((c) => c.control);
    expect(ids.indexOf('SageMaker.2')).toBeLessThan(ids.indexOf('SageMaker.10'));
    expect(row(view, 'Redshift.1')).toEqual({ control: 'Redshift.1', rules: ['RS001'], checked: 0, failed: 0, status: 'NOT_APPLICABLE' });
    expect(row(view, 'SageMaker.9')).toMatchObject({ rules: ['SM022'], status: 'NOT_APPLICABLE' });
    expect(countControls(view).FAILED).toBe(2);
    expect(describeControlCounts(view)).toMatch(/^Security Hub: \d+ controls \(2 FAILED, (\d+ UNKNOWN, )?\d+ PASSED, \d+ NOT_APPLICABLE\)$/);
  });

  it('is UNKNOWN where only a possible finding stands in the way of a pass, saying so', async () => {
    const view = await viewOf(`Parameters:
  Access:
    Type: String
    AllowedValues: [Enabled, Disabled]
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
${COMPLIANT}
      DirectInternetAccess: !Ref Access
      RootAccess: Disabled
`);
    expect(row(view, 'SageMaker.1')).toEqual({ control: 'SageMaker.1', rules: ['SM001'], checked: 1, failed: 0, status: 'UNKNOWN', reason: '1 possibly failing' });
    expect(row(view, 'SageMaker.3')).toMatchObject({ status: 'PASSED' });
  });

  it('does not fail a control on a suppressed finding (an accepted exception)', async () => {
    const suppressed = TWO_NOTEBOOKS.replace(
      '  FailingNotebook:\n    Type: AWS::SageMaker::NotebookInstance\n',
      '  FailingNotebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Metadata:\n      sagelint:\n        ignore:\n          - id: SM003\n            reason: Needs root for GPU drivers\n',
    );
    const view = await viewOf(suppressed);
    expect(row(view, 'SageMaker.3')).toMatchObject({ checked: 2, failed: 0, status: 'PASSED' });
    expect(row(view, 'SageMaker.1')).toMatchObject({ failed: 1, status: 'FAILED' });
  });

  it('is UNKNOWN for a control whose rules did not run, and a rule note makes its control UNKNOWN', async () => {
    const view = await viewOf(TWO_NOTEBOOKS, ALL_RULES.filter((rule) => rule.id === 'SM001'));
    expect(row(view, 'SageMaker.1')).toMatchObject({ status: 'FAILED' });
    expect(row(view, 'SageMaker.2')).toEqual({ control: 'SageMaker.2', rules: ['SM002'], checked: 0, failed: 0, status: 'UNKNOWN', reason: 'SM002 not run' });
    const { result, rules } = await scanTemplate(TWO_NOTEBOOKS);
    const noted = { ...result, findings: result.findings.filter((f) => f.ruleId !== 'SM001'), notes: [...result.notes, { file: 'notebooks.yaml', line: 3, message: 'SM001: the value is decided elsewhere' }] };
    expect(row(complianceView(noted, ALL_RULES, rules, 'security-hub'), 'SageMaker.1')).toMatchObject({ status: 'UNKNOWN', reason: 'notes of SM001' });
  });

  it('judges AWS Config rules by the same findings', async () => {
    const { result, rules } = await scanTemplate(TWO_NOTEBOOKS, rulesOfFramework(ALL_RULES, 'aws-config'));
    const view = complianceView(result, ALL_RULES, rules, 'aws-config');
    expect(view.title).toBe('AWS Config');
    expect(row(view, 'sagemaker-notebook-no-direct-internet-access')).toMatchObject({ rules: ['SM001'], checked: 2, failed: 1, status: 'FAILED' });
    expect(row(view, 'sagemaker-notebook-instance-inside-vpc')).toMatchObject({ status: 'PASSED' });
  });
});
