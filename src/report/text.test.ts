import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../core/finding.js';
import { FINDINGS, makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { renderText } from './text.js';

const ESCAPE = '\u001b[';

let root: string;
let remove: () => void;
let scan: ScanResult;
beforeAll(() => {
  ({ root, remove } = makeScanRoot());
  scan = sampleScan(root);
});
afterAll(() => remove());

describe('renderText', () => {
  it('opens with the summary, then each resource with its findings most severe first, one frame marking them all, fixes and controls', () => {
    expect(renderText(scan, RULES, { color: false })).toBe(`Summary: 5 findings (1 critical, 2 high, 1 medium, 1 low); 2 suppressed; 2 load errors; 2 notes; 4 files and 9 resources scanned.

CRITICAL RS001 redshift-public  infra/main.tf:3:24
  publicly_accessible is true: the cluster has a public endpoint

LOW      RS003 redshift-no-enhanced-vpc-routing (possible)  infra/main.tf:1:10
  enhanced_vpc_routing is omitted; its default depends on the provider version, which is unknown

  resource: aws_redshift_cluster.warehouse (aws_redshift_cluster)
    > 1 | resource "aws_redshift_cluster" "warehouse" {
        |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ RS003
      2 |   cluster_identifier  = "warehouse"
    > 3 | \tpublicly_accessible = true
        | \t                      ^^^^ RS001
      4 |   encrypted           = false
      5 | }

HIGH     SM001 notebook-direct-internet  arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research
  DirectInternetAccess is Enabled on the live notebook instance
  remediation (AWS CLI):
    aws sagemaker create-notebook-instance --direct-internet-access Disabled ...
  recreate: DirectInternetAccess cannot be changed on an existing notebook instance.
  controls: Security Hub SageMaker.1; checkov CKV_AWS_122

  resource: NotebookInstance in account 123456789012, region us-east-1

HIGH     SM001 notebook-direct-internet  templates/notebook.yaml:8:29
  DirectInternetAccess is Enabled: the notebook reaches, and is reachable from, the internet
  fix: Set DirectInternetAccess to Disabled and attach the notebook to a subnet
  fill in: <subnet-id>
  controls: Security Hub SageMaker.1; checkov CKV_AWS_122

MEDIUM   SM004 notebook-storage-unencrypted  templates/notebook.yaml:3:3
  KmsKeyId is omitted: the ML storage volume is encrypted with an AWS managed key only
  fix: Add KmsKeyId
  fill in: <kms-key-arn>

  resource: Notebook (AWS::SageMaker::NotebookInstance, MlStack/Notebook)
       1 | AWSTemplateFormatVersion: '2010-09-09'
       2 | Resources:
    >  3 |   Notebook:
         |   ^^^^^^^^ SM004
       4 |     Type: AWS::SageMaker::NotebookInstance
       5 |     Properties:
       6 |       InstanceType: ml.t3.medium
       7 |       RoleArn: !GetAtt Role.Arn
    >  8 |       DirectInternetAccess: Enabled
         |                             ^^^^^^^ SM001
       9 |       RootAccess: Enabled
      10 |   Role:

Load errors
  templates/broken.yaml:4:7  error mapping values are not allowed here
  infra/secret.tf  error cannot read file: permission denied

Notes
  pipelines/train.yaml:12  The pipeline definition is held in S3 (s3://ml-defs/train.json) and was not checked
  Region ap-east-1 is not enabled for account 123456789012; it was skipped

Summary: 5 findings (1 critical, 2 high, 1 medium, 1 low); 2 suppressed; 2 load errors; 2 notes; 4 files and 9 resources scanned.
`);
  });

  it('orders findings by severity, then file and line, whatever order they come in', () => {
    const text = renderText({ ...scan, findings: [...scan.findings].reverse() }, RULES, { color: false });
    const headlines = text.split('\n').filter((line) => /^(CRITICAL|HIGH|MEDIUM|LOW) /.test(line));
    expect(headlines.map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual(['CRITICAL RS001', 'LOW RS003', 'HIGH SM001', 'HIGH SM001', 'MEDIUM SM004']);
    expect(text).toBe(renderText(scan, RULES, { color: false }));
    expect(text.split('\n')[2]).toMatch(/^CRITICAL RS001/);
  });

  it('leaves suppressed findings out but counts them', () => {
    const text = renderText(scan, RULES, { color: false });
    expect(text).not.toContain('SM003');
    expect(text).not.toContain('SM033');
    expect(text).toContain('; 2 suppressed;');
  });

  it('colors by default and not when asked', () => {
    expect(renderText(scan, RULES)).toContain(ESCAPE);
    expect(renderText(scan, RULES, { color: false })).not.toContain(ESCAPE);
  });

  it('in quiet mode leaves out only the findings below the threshold, keeping resources, frames and fixes', () => {
    const text = renderText(scan, RULES, { color: false, quiet: true, threshold: 'high' });
    expect(text).toMatch(/^Summary: 5 findings .*; 2 below high not shown;/);
    expect(text).not.toMatch(/^(MEDIUM|LOW) /m);
    expect(text.split('\n').filter((line) => /^(CRITICAL|HIGH) /.test(line))).toHaveLength(3);
    expect(text).toContain('  resource: Notebook (AWS::SageMaker::NotebookInstance, MlStack/Notebook)\n');
    expect(text).toContain('  resource: aws_redshift_cluster.warehouse (aws_redshift_cluster)\n');
    expect(text).toContain('  fix: Set DirectInternetAccess to Disabled');
    expect(text).toMatch(/> +8 \| {7}DirectInternetAccess: Enabled\n/);
  });

  it('in compact mode writes one line per finding (location, severity, rule, resource, message), then load errors and the summary', () => {
    expect(renderText(scan, RULES, { color: false, compact: true })).toBe(
      [
        'infra/main.tf:3:24 critical RS001 aws_redshift_cluster.warehouse publicly_accessible is true: the cluster has a public endpoint',
        'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research high SM001 arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research DirectInternetAccess is Enabled on the live notebook instance',
        'templates/notebook.yaml:8:29 high SM001 Notebook DirectInternetAccess is Enabled: the notebook reaches, and is reachable from, the internet',
        'templates/notebook.yaml:3:3 medium SM004 Notebook KmsKeyId is omitted: the ML storage volume is encrypted with an AWS managed key only',
        'infra/main.tf:1:10 low RS003 aws_redshift_cluster.warehouse enhanced_vpc_routing is omitted; its default depends on the provider version, which is unknown (possible)',
        'templates/broken.yaml:4:7 error load-error - mapping values are not allowed here',
        'infra/secret.tf:1:1 error load-error - cannot read file: permission denied',
        '',
        'Summary: 5 findings (1 critical, 2 high, 1 medium, 1 low); 2 suppressed; 2 load errors; 2 notes; 4 files and 9 resources scanned.',
        '',
      ].join('\n'),
    );
  });

  it('in compact and quiet mode writes only the lines at or above the threshold', () => {
    const lines = renderText(scan, RULES, { color: false, compact: true, quiet: true, threshold: 'critical' }).split('\n');
    expect(lines[0]).toMatch(/^infra\/main\.tf:3:24 critical RS001 /);
    expect(lines.filter((line) => / (high|medium|low) [A-Z]{2}\d{3} /.test(line))).toEqual([]);
  });

  it('shows findings without a frame when their file cannot be read', () => {
    const text = renderText({ ...scan, root: `${root}/missing` }, RULES, { color: false });
    expect(text).toContain('CRITICAL RS001 redshift-public  infra/main.tf:3:24');
    expect(text).not.toContain(' | ');
  });

  it('writes input text as one inert line: no control character, line break or command from it survives', () => {
    const hostile = {
      ...FINDINGS[3]!,
      message: 'value \u001b]0;pwned\u0007 is \u202eeurt\nsecond line\r::add-mask::x ##[stop-commands]t',
      resource: { ...FINDINGS[3]!.resource, id: 'aws_redshift_cluster.\u001b[2Jx' },
    };
    const errors = [{ file: '::error::a.yaml', message: 'bad\u001b[31m\n::warning::at line 2' }];
    const notes = [{ message: '::notice::forged\u009b31m' }];
    for (const options of [{}, { compact: true }, { quiet: true }]) {
      const text = renderText({ ...scan, findings: [hostile], errors, notes }, RULES, { color: false, ...options });
      // eslint-disable-next-line no-control-regex -- the point of the test
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^::|##\[/);
    }
    const text = renderText({ ...scan, findings: [hostile], errors, notes }, RULES, { color: false });
    expect(text).toContain('  value \u241b]0;pwned\u2407 is \uFFFDeurt\u240asecond line\u240d::add-mask::x ##\uFF3Bstop-commands]t\n');
    expect(text).toContain('resource: aws_redshift_cluster.\u241b[2Jx (aws_redshift_cluster)');
    expect(text).toContain('  \uFF1A:error::a.yaml  error bad\u241b[31m\u240a::warning::at line 2\n');
    expect(text).toContain('  \uFF1A:notice::forged\uFFFD31m\n');
  });

  it('says so when there is nothing to report', () => {
    const empty: ScanResult = { root, findings: FINDINGS.filter((f) => f.suppression), errors: [], notes: [], stats: { files: 1, resources: 1 } };
    expect(renderText(empty, RULES, { color: false })).toBe('Summary: no findings; 2 suppressed; 1 file and 1 resource scanned.\n');
  });
});
