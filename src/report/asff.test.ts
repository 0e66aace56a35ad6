import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../core/finding.js';
import { AwsSecurityFinding$, schemaProblems } from '../../test/helpers/asff-schema.js';
import { FINDINGS, makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { asffMissingTarget, asffReportText, cut, partitionOf, type AsffOptions } from './asff.js';
import { repositoryFromRemote } from './repository-name.js';

const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

const TIMESTAMP = '2026-12-07T00:00:00.000Z';
const OPTIONS = { account: '210987654321', region: 'eu-central-1', timestamp: TIMESTAMP };

type Asff = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function findingsOf(result: ScanResult, options: AsffOptions = OPTIONS): Asff[] {
  return JSON.parse([...asffReportText(result, RULES, options)].join('')) as Asff[];
}

describe('schemaProblems', () => {
  it('catches a missing required member, an unknown member and a wrong scalar type', () => {
    const [valid] = findingsOf(sampleScan(scanRoot.root));
    expect(schemaProblems(AwsSecurityFinding$, valid)).toEqual([]);
    const { Title: _title, ...withoutTitle } = valid!;
    expect(schemaProblems(AwsSecurityFinding$, withoutTitle)).toEqual(['$.Title: required']);
    expect(schemaProblems(AwsSecurityFinding$, { ...valid, Rule: 'SM001' })).toEqual(['$.Rule: unknown member']);
    expect(schemaProblems(AwsSecurityFinding$, { ...valid, Resources: [{ ...valid!.Resources[0], Details: { Other: { line: 4 } } }] })).toEqual([
      '$.Resources[0].Details.Other.line: 4 is not a string',
    ]);
  });
});

describe('ASFF report', () => {
  const result = sampleScan(scanRoot.root);
  const findings = findingsOf(result);

  it('is one ASFF finding per sagelint finding, each valid against the Security Hub model', () => {
    expect(findings).toHaveLength(result.findings.length);
    for (const finding of findings) expect(schemaProblems(AwsSecurityFinding$, finding), finding.Id).toEqual([]);
  });

  it('has a stable Id from the fingerprint, the rule as generator and one timestamp for the run', () => {
    expect(findings.map((f) => f.Id)).toEqual(FINDINGS.map((f) => `sagelint/${f.fingerprint}`));
    expect(findingsOf(result, { ...OPTIONS, timestamp: '2030-01-01T00:00:00.000Z' }).map((f) => f.Id)).toEqual(findings.map((f) => f.Id));
    expect(findings.map((f) => f.GeneratorId)).toEqual(FINDINGS.map((f) => `sagelint/${f.ruleId}`));
    for (const f of findings) expect([f.SchemaVersion, f.CreatedAt, f.UpdatedAt, f.RecordState]).toEqual(['2018-10-08', TIMESTAMP, TIMESTAMP, 'ACTIVE']);
    expect(findings[0]!.Types).toEqual(['Software and Configuration Checks/AWS Security Best Practices']);
  });

  it('files a finding in a template under the given account and region, located by file and line', () => {
    const source = findings.find((f) => f.Id === 'sagelint/a1b2c3d4e5f60718')!;
    expect(source).toMatchObject({
      ProductArn: 'arn:aws:securityhub:eu-central-1:210987654321:product/210987654321/default',
      AwsAccountId: '210987654321',
      Severity: { Label: 'HIGH', Original: 'high' },
      Title: 'SM001 The notebook instance has direct internet access.',
      Description: FINDINGS[0]!.message,
      Compliance: { Status: 'FAILED', RelatedRequirements: ['Security Hub SageMaker.1', 'checkov CKV_AWS_122'] },
      Remediation: { Recommendation: { Text: 'Set DirectInternetAccess to Disabled and attach the notebook to a subnet' } },
      Workflow: { Status: 'NEW' },
      ProductFields: { 'sagelint/RuleId': 'SM001', 'sagelint/Fingerprint': 'a1b2c3d4e5f60718' },
    });
    expect(source.Remediation.Recommendation.Url).toMatch(/docs\/rules\/SM001\.md$/);
    const line = String(FINDINGS[0]!.location.kind === 'source' && FINDINGS[0]!.location.start.line);
    expect(source.Resources).toEqual([
      {
        Type: 'Other',
        Id: 'templates/notebook.yaml/Notebook',
        Partition: 'aws',
        Region: 'eu-central-1',
        Details: { Other: { file: 'templates/notebook.yaml', line, column: expect.any(String), resourceId: 'Notebook', resourceType: 'AWS::SageMaker::NotebookInstance', source: 'cloudformation' } },
      },
    ]);
    // Findings of one resource at different lines name one resource.
    const onNotebook = findings.filter((f) => f.Resources[0].Details?.Other.resourceId === 'Notebook');
    expect(new Set(onNotebook.map((f) => f.Resources[0].Details.Other.line)).size).toBeGreaterThan(1);
    expect(new Set(onNotebook.map((f) => f.Resources[0].Id))).toEqual(new Set(['templates/notebook.yaml/Notebook']));
  });

  it('files a live finding under its own account, region and ARN, with the ASFF resource type where one exists', () => {
    const notebook = findings.find((f) => f.Id === 'sagelint/cafe000000000001')!;
    expect(notebook).toMatchObject({ AwsAccountId: '123456789012', ProductArn: 'arn:aws:securityhub:us-east-1:123456789012:product/123456789012/default' });
    expect(notebook.Resources).toEqual([{ Type: 'AwsSageMakerNotebookInstance', Id: 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research', Partition: 'aws', Region: 'us-east-1' }]);
    const endpoint = findings.find((f) => f.Id === 'sagelint/cafe000000000002')!;
    expect(endpoint.Resources[0]).toMatchObject({ Type: 'Other', Region: 'eu-west-1' });
  });

  it('files a global IAM finding under the given region, else where its partition records global resources', () => {
    const role: Finding = {
      ...FINDINGS[0]!,
      resource: { id: 'arn:aws-cn:iam::123456789012:role/ml', type: 'Role', kind: 'IamRole', source: 'live' },
      location: { kind: 'live', arn: 'arn:aws-cn:iam::123456789012:role/ml', partition: 'aws-cn', account: '123456789012', region: 'global', path: [] },
    };
    const filed = (region?: string) => findingsOf({ ...result, findings: [role] }, { ...OPTIONS, region })[0]!;
    expect(filed('cn-northwest-1').Resources[0]).toEqual({ Type: 'AwsIamRole', Id: 'arn:aws-cn:iam::123456789012:role/ml', Partition: 'aws-cn', Region: 'cn-northwest-1' });
    expect(filed('cn-northwest-1').ProductArn).toBe('arn:aws-cn:securityhub:cn-northwest-1:123456789012:product/123456789012/default');
    expect(filed('eu-west-1').Resources[0].Region).toBe('cn-north-1');
    expect(filed(undefined).Resources[0].Region).toBe('cn-north-1');
  });

  it('maps each severity to its label', () => {
    expect(Object.fromEntries(findings.map((f) => [f.Severity.Original, f.Severity.Label]))).toEqual({ critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' });
  });

  it('marks suppressed and baselined findings SUPPRESSED', () => {
    expect(findings.filter((f) => f.Workflow.Status === 'SUPPRESSED').map((f) => f.GeneratorId).sort()).toEqual(['sagelint/SM003', 'sagelint/SM033']);
    const baselined = { ...result, findings: [{ ...FINDINGS[0]!, baselineState: 'unchanged' as const }] };
    expect(findingsOf(baselined)[0]!.Workflow.Status).toBe('SUPPRESSED');
  });

  it('cuts a long message to 1,024 characters without splitting a character', () => {
    const message = `${'x'.repeat(1022)}😀 and more`;
    const [long] = findingsOf({ ...result, findings: [{ ...FINDINGS[0]!, message }] });
    expect(long!.Description.length).toBeLessThanOrEqual(1024);
    expect(long!.Description).toBe(`${'x'.repeat(1022)}…`);
    expect(cut('short', 10)).toBe('short');
  });

  it('writes text from the scanned files inert: no control character, line separator or workflow command in the file, the same text once parsed', () => {
    const message = 'open\u2028##[stop-commands]x\u001b]8;;http://evil\u0007';
    const text = [...asffReportText({ ...result, findings: [{ ...FINDINGS[0]!, message }] }, RULES, OPTIONS)].join('');
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]|##\[/);
    expect((JSON.parse(text) as Asff[])[0]!.Description).toBe(message);
  });

  it('marks every finding of an incomplete audit', () => {
    expect(findings.every((f) => f.ProductFields['sagelint/Incomplete'] === undefined)).toBe(true);
    const incomplete = { ...result, incomplete: { summary: '1 region could not be read', gaps: [] } } as ScanResult;
    const marked = findingsOf(incomplete);
    expect(marked.map((f) => f.ProductFields['sagelint/Incomplete'])).toEqual(marked.map(() => 'INCOMPLETE: 1 region could not be read'));
    for (const finding of marked) expect(schemaProblems(AwsSecurityFinding$, finding)).toEqual([]);
  });

  it('is an empty array when there are no findings', () => {
    expect(findingsOf({ ...result, findings: [] })).toEqual([]);
  });

  it('needs an account and region for findings in files, and not for live ones', () => {
    expect(asffMissingTarget(result, {})).toMatch(/--asff-account and --asff-region/);
    expect(asffMissingTarget(result, { account: '210987654321' })).toMatch(/give --asff-region/);
    expect(asffMissingTarget(result, { account: '210987654321', region: 'us-east-1' })).toBeUndefined();
    expect(asffMissingTarget({ ...result, findings: FINDINGS.filter((f) => f.location.kind === 'live') }, {})).toBeUndefined();
  });

  it('knows the partition of a region', () => {
    expect(['us-east-1', 'cn-north-1', 'us-gov-west-1'].map(partitionOf)).toEqual(['aws', 'aws-cn', 'aws-us-gov']);
  });

  it('puts the repository in the Id and resource of a finding in a file, so two repositories with the same file do not collide', () => {
    const scoped = (scope: string) => findingsOf(result, { ...OPTIONS, scope });
    const [a, b] = [scoped('github.com/acme/ml-infra'), scoped('github.com/acme/ml-sandbox')];
    const source = a.find((f) => f.ProductFields['sagelint/Fingerprint'] === 'a1b2c3d4e5f60718')!;
    expect(source.Id).toBe('sagelint/github.com/acme/ml-infra/a1b2c3d4e5f60718');
    expect(source.Resources[0].Id).toBe('github.com/acme/ml-infra/templates/notebook.yaml/Notebook');
    expect(source.ProductFields['sagelint/Repository']).toBe('github.com/acme/ml-infra');
    const ids = (findings: Asff[]) => new Set(findings.filter((f) => f.Resources[0].Details).map((f) => f.Id));
    expect([...ids(a)].filter((id) => ids(b).has(id))).toEqual([]);
    // A live finding's ARN is unique already: its Id stays the same wherever the audit ran.
    const live = a.find((f) => f.ProductFields['sagelint/Fingerprint'] === 'cafe000000000001')!;
    expect(live.Id).toBe('sagelint/cafe000000000001');
    expect(live.ProductFields['sagelint/Repository']).toBeUndefined();
    for (const finding of a) expect(schemaProblems(AwsSecurityFinding$, finding), finding.Id).toEqual([]);
  });

  it.each([
    ['https://github.com/acme/ml-infra.git', 'github.com/acme/ml-infra'],
    ['https://x-access-token:ghs_secret@github.com/acme/ml-infra', 'github.com/acme/ml-infra'],
    ['git@github.com:acme/ml-infra.git', 'github.com/acme/ml-infra'],
    ['ssh://git@gitlab.example.com:2222/group/sub/ml-infra.git', 'gitlab.example.com/group/sub/ml-infra'],
    ['https://GitHub.com/acme/ml-infra/', 'github.com/acme/ml-infra'],
    ['file:///srv/git/ml-infra.git', undefined],
    ['/srv/git/ml-infra.git', undefined],
    ['', undefined],
  ])('names the repository of remote %s as %s, never with its credentials', (url, name) => {
    expect(repositoryFromRemote(url)).toBe(name);
  });
});
