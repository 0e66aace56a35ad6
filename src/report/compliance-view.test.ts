import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../config/config.js';
import type { ScanResult } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import { scan } from '../pipeline/scan.js';
import { createValidator } from '../../test/helpers/json-schema.js';
import { rulesOfFramework } from './compliance.js';
import { complianceView, countControls, describeControlCounts, type ComplianceView } from './compliance-view.js';
import { parsedReport, reportText } from '../../test/helpers/report-text.js';
import { htmlReportText } from './html.js';
import { jsonReportText, type JsonReport } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

const validateJsonReport = createValidator(JSON.parse(readFileSync(new URL('./json-report.schema.json', import.meta.url), 'utf8')) as object, { strict: true });
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

  it('still fails a control on a finding the baseline accepts: the resource is still out of compliance', async () => {
    const { result, rules } = await scanTemplate(TWO_NOTEBOOKS);
    const known = { ...result, findings: result.findings.map((f) => ({ ...f, baselineState: 'unchanged' as const })) };
    expect(row(complianceView(known, ALL_RULES, rules, 'security-hub'), 'SageMaker.1')).toMatchObject({ failed: 1, status: 'FAILED' });
  });

  it('is UNKNOWN for a control whose rules did not run, and a rule note makes its control UNKNOWN', async () => {
    const view = await viewOf(TWO_NOTEBOOKS, ALL_RULES.filter((rule) => rule.id === 'SM001'));
    expect(row(view, 'SageMaker.1')).toMatchObject({ status: 'FAILED' });
    expect(row(view, 'SageMaker.2')).toEqual({ control: 'SageMaker.2', rules: ['SM002'], checked: 0, failed: 0, status: 'UNKNOWN', reason: 'SM002 not run' });
    const { result, rules } = await scanTemplate(TWO_NOTEBOOKS);
    const noted = { ...result, findings: result.findings.filter((f) => f.ruleId !== 'SM001'), notes: [...result.notes, { file: 'notebooks.yaml', line: 3, message: 'SM001: the value is decided elsewhere' }] };
    expect(row(complianceView(noted, ALL_RULES, rules, 'security-hub'), 'SageMaker.1')).toMatchObject({ status: 'UNKNOWN', reason: 'notes of SM001' });
  });

  it('counts for a control only the resource types it covers (controlScopes): SM021 and SM022 check every job, SageMaker.9–.15 one kind each', async () => {
    const rules = rulesOfFramework(ALL_RULES, 'security-hub');
    const root = path.resolve(import.meta.dirname, '../..');
    const result = await scan(['fixtures/jobs/monitoring.yaml'], { root, rules, catalog: ALL_RULES, config: EMPTY_CONFIG, jobs: 1 });
    const view = complianceView(result, ALL_RULES, rules, 'security-hub');
    // Three of the six jobs lack network isolation, but the one data quality definition has it.
    expect(result.findings.filter((f) => f.ruleId === 'SM021')).toHaveLength(3);
    expect(row(view, 'SageMaker.11')).toEqual({ control: 'SageMaker.11', rules: ['SM021'], checked: 1, failed: 0, status: 'PASSED' });
    expect(row(view, 'SageMaker.12')).toMatchObject({ checked: 1, failed: 1, status: 'FAILED' });
    expect(row(view, 'SageMaker.14')).toMatchObject({ checked: 1, failed: 1, status: 'FAILED' });
    // Only the model quality definition runs on two instances without inter-container encryption.
    expect(row(view, 'SageMaker.13')).toMatchObject({ checked: 1, failed: 1, status: 'FAILED' });
    for (const control of ['SageMaker.9', 'SageMaker.10', 'SageMaker.15']) expect(row(view, control), control).toMatchObject({ checked: 1, failed: 0, status: 'PASSED' });
    // The same type named by Terraform and by the API counts too.
    const elsewhere = { ...result, findings: [], stats: { ...result.stats, resourcesByType: { aws_sagemaker_data_quality_job_definition: 2, DataQualityJobDefinition: 1, aws_sagemaker_model_quality_job_definition: 1 } } };
    expect(row(complianceView(elsewhere, ALL_RULES, rules, 'security-hub'), 'SageMaker.11')).toMatchObject({ checked: 3, status: 'PASSED' });
  });

  it('judges AWS Config rules by the same findings', async () => {
    const { result, rules } = await scanTemplate(TWO_NOTEBOOKS, rulesOfFramework(ALL_RULES, 'aws-config'));
    const view = complianceView(result, ALL_RULES, rules, 'aws-config');
    expect(view.title).toBe('AWS Config');
    expect(row(view, 'sagemaker-notebook-no-direct-internet-access')).toMatchObject({ rules: ['SM001'], checked: 2, failed: 1, status: 'FAILED' });
    expect(row(view, 'sagemaker-notebook-instance-inside-vpc')).toMatchObject({ status: 'PASSED' });
  });
});

describe('the control table in each report', () => {
  async function twoNotebooks(): Promise<{ result: ScanResult; rules: readonly Rule[] }> {
    const run = await scanTemplate(TWO_NOTEBOOKS);
    return { result: { ...run.result, compliance: complianceView(run.result, ALL_RULES, run.rules, 'security-hub') }, rules: run.rules };
  }

  it('text: every control, aligned, after the findings and before the closing summary', async () => {
    const { result, rules } = await twoNotebooks();
    const text = renderText(result, rules, { color: false });
    const block = text.slice(text.indexOf('Compliance: Security Hub'), text.lastIndexOf('Summary:'));
    const lines = block.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Compliance: Security Hub: \d+ controls \(2 FAILED/);
    expect(lines[1]).toMatch(/^ {2}CONTROL\s+RULES\s+CHECKED\s+FAILED\s+STATUS\s+REASON$/);
    expect(block).toMatch(/\n {2}SageMaker\.1 +SM001 +2 +1 +FAILED\n/);
    expect(block).toMatch(/\n {2}SageMaker\.2 +SM002 +2 +0 +PASSED\n/);
    expect(block).toMatch(/\n {2}SageMaker\.3 +SM003 +2 +1 +FAILED\n/);
    expect(lines.slice(2)).toHaveLength(result.compliance!.controls.length);
    expect(renderText({ ...result, compliance: undefined }, rules, { color: false })).not.toContain('Compliance:');
  });

  it('Markdown: a table of every control with its status', async () => {
    const { result, rules } = await twoNotebooks();
    const markdown = renderMarkdown(result, rules);
    expect(markdown).toMatch(/\n### Security Hub: \d+ controls \(2 FAILED, /);
    expect(markdown).toContain('\n| control | rules | checked | failed | status | reason |\n|---|---|---|---|---|---|\n');
    expect(markdown).toContain('\n| SageMaker.1 | SM001 | 2 | 1 | ❌ FAILED |  |\n');
    expect(markdown).toContain('\n| SageMaker.2 | SM002 | 2 | 0 | ✅ PASSED |  |\n');
    expect(markdown).toContain('\n| Redshift.1 | RS001 | 0 | 0 | ➖ NOT_APPLICABLE |  |\n');
  });

  it('HTML: a compliance section with one row per control', async () => {
    const { result, rules } = await twoNotebooks();
    const html = reportText(htmlReportText(result, rules));
    const section = /<section id="compliance"[\s\S]*?<\/section>/.exec(html)![0];
    expect(section.match(/<tr data-control=/g)).toHaveLength(result.compliance!.controls.length);
    expect(section).toContain(
      '<tr data-control="SageMaker.1" data-status="FAILED"><td>SageMaker.1</td><td>SM001</td><td class="num">2</td><td class="num">1</td><td class="control-status status-FAILED">FAILED</td><td></td></tr>',
    );
    expect(section).toContain('<td class="control-status status-PASSED">PASSED</td>');
    expect(reportText(htmlReportText({ ...result, compliance: undefined }, rules))).not.toContain('id="compliance"');
  });

  it('JSON: a compliance object the report schema accepts', async () => {
    const { result, rules } = await twoNotebooks();
    const report = parsedReport<JsonReport>(jsonReportText(result, rules));
    expect(report.compliance).toMatchObject({ framework: 'security-hub', title: 'Security Hub', summary: { FAILED: 2 } });
    expect(report.compliance!.controls.find((c) => c.control === 'SageMaker.3')).toEqual({ control: 'SageMaker.3', rules: ['SM003'], checked: 2, failed: 1, status: 'FAILED' });
    expect(validateJsonReport(JSON.parse(JSON.stringify(report)))).toEqual({ valid: true, errors: [] });
    expect(parsedReport(jsonReportText({ ...result, compliance: undefined }, rules))).not.toHaveProperty('compliance');
  });
});
