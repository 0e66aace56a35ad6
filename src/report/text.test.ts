import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../engine/finding.js';
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
  it('groups findings by file and live account, with code frames, fixes, errors, notes and a summary', () => {
    expect(renderText(scan, RULES, { color: false })).toBe(`templates/notebook.yaml

  HIGH     SM001 notebook-direct-internet  templates/notebook.yaml:8:29
    DirectInternetAccess is Enabled: the notebook reaches, and is reachable from, the internet
    resource: Notebook (AWS::SageMaker::NotebookInstance, MlStack/Notebook)

       6 |       InstanceType: ml.t3.medium
       7 |       RoleArn: !GetAtt Role.Arn
    >  8 |       DirectInternetAccess: Enabled
         |                             ^^^^^^^
       9 |       RootAccess: Enabled
      10 |   Role:

    fix: Set DirectInternetAccess to Disabled and attach the notebook to a subnet
    fill in: <subnet-id>

  MEDIUM   SM004 notebook-storage-unencrypted  templates/notebook.yaml:3:3
    KmsKeyId is omitted: the ML storage volume is encrypted with an AWS managed key only
    resource: Notebook (AWS::SageMaker::NotebookInstance)

      1 | AWSTemplateFormatVersion: '2010-09-09'
      2 | Resources:
    > 3 |   Notebook:
        |   ^^^^^^^^
      4 |     Type: AWS::SageMaker::NotebookInstance
      5 |     Properties:

    fix: Add KmsKeyId
    fill in: <kms-key-arn>

infra/main.tf

  CRITICAL RS001 redshift-public  infra/main.tf:3:24
    publicly_accessible is true: the cluster has a public endpoint
    resource: aws_redshift_cluster.warehouse (aws_redshift_cluster)

      1 | resource "aws_redshift_cluster" "warehouse" {
      2 |   cluster_identifier  = "warehouse"
    > 3 | \tpublicly_accessible = true
        | \t                      ^^^^
      4 |   encrypted           = false
      5 | }

  LOW      RS003 redshift-no-enhanced-vpc-routing (possible)  infra/main.tf:1:10
    enhanced_vpc_routing is omitted; its default depends on the provider version, which is unknown
    resource: aws_redshift_cluster.warehouse (aws_redshift_cluster)

    > 1 | resource "aws_redshift_cluster" "warehouse" {
        |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      2 |   cluster_identifier  = "warehouse"
      3 | \tpublicly_accessible = true

account 123456789012, region us-east-1

  HIGH     SM001 notebook-direct-internet  arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research
    DirectInternetAccess is Enabled on the live notebook instance
    resource: NotebookInstance in account 123456789012, region us-east-1

    remediation (AWS CLI):
      aws sagemaker create-notebook-instance --direct-internet-access Disabled ...
    recreate: DirectInternetAccess cannot be changed on an existing notebook instance.

Load errors
  templates/broken.yaml:4:7  error mapping values are not allowed here
  infra/secret.tf  error cannot read file: permission denied

Notes
  pipelines/train.yaml:12  The pipeline definition is held in S3 (s3://ml-defs/train.json) and was not checked
  Region ap-east-1 is not enabled for account 123456789012; it was skipped

Summary: 5 findings (1 critical, 2 high, 1 medium, 1 low); 2 suppressed; 2 load errors; 2 notes; 4 files and 9 resources scanned.
`);
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

  it('in quiet mode shows one line per finding at or above the threshold, then the summary', () => {
    expect(renderText(scan, RULES, { color: false, quiet: true, threshold: 'high' })).toBe(
      [
        'HIGH     SM001 notebook-direct-internet  templates/notebook.yaml:8:29: DirectInternetAccess is Enabled: the notebook reaches, and is reachable from, the internet',
        'CRITICAL RS001 redshift-public  infra/main.tf:3:24: publicly_accessible is true: the cluster has a public endpoint',
        'HIGH     SM001 notebook-direct-internet  arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research: DirectInternetAccess is Enabled on the live notebook instance',
        '',
        'Summary: 5 findings (1 critical, 2 high, 1 medium, 1 low); 2 suppressed; 2 below high not shown; 2 load errors; 2 notes; 4 files and 9 resources scanned.',
        '',
      ].join('\n'),
    );
  });

  it('shows findings without a frame when their file cannot be read', () => {
    const text = renderText({ ...scan, root: `${root}/missing` }, RULES, { color: false });
    expect(text).toContain('CRITICAL RS001 redshift-public  infra/main.tf:3:24');
    expect(text).not.toContain(' | ');
  });

  it('neutralizes escape sequences and bidirectional overrides from the inputs', () => {
    const hostile = {
      ...FINDINGS[3]!,
      message: 'value \u001b]0;pwned\u0007 is \u202eeurt\nsecond line',
      resource: { ...FINDINGS[3]!.resource, id: 'aws_redshift_cluster.\u001b[2Jx' },
    };
    const text = renderText({ ...scan, findings: [hostile], errors: [{ file: 'a.yaml', message: 'bad\u001b[31m\nat line 2' }] }, RULES, { color: false });
    for (const character of ['\u001b', '\u0007', '\u202e']) expect(text).not.toContain(character);
    expect(text).toContain('    value \uFFFD]0;pwned\uFFFD is \uFFFDeurt\n    second line\n');
    expect(text).toContain('resource: aws_redshift_cluster.\uFFFD[2Jx (aws_redshift_cluster)');
    expect(text).toContain('  a.yaml  error bad\uFFFD[31m\n    at line 2\n');
  });

  it('says so when there is nothing to report', () => {
    const empty: ScanResult = { root, findings: FINDINGS.filter((f) => f.suppression), errors: [], notes: [], stats: { files: 1, resources: 1 } };
    expect(renderText(empty, RULES, { color: false })).toBe('Summary: no findings; 2 suppressed; 1 file and 1 resource scanned.\n');
  });
});
