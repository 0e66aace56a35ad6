import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm089-workforce-any-ip.js';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Workforce:
          Type: AWS::SageMaker::Workforce
          Properties:
            WorkforceName: labelers
            SourceIpConfig:
              Cidrs: [203.0.113.0/24]
    `,
    {
      name: 'HCL, a corporate range',
      hcl: tf`
        resource "aws_sagemaker_workforce" "labelers" {
          workforce_name = "labelers"
          source_ip_config {
            cidrs = ["10.0.0.0/8"]
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'omitted: any address',
      template: cfn`
        Resources:
          Workforce:
            Type: AWS::SageMaker::Workforce
            Properties:
              WorkforceName: labelers
      `,
      findings: [{ line: 2, severity: 'medium', certainty: 'definite', message: /^SourceIpConfig\.Cidrs is omitted: workers can sign in to the labeling portal/ }],
      fixed: null,
    },
    {
      name: 'an allow list that admits every address',
      template: cfn`
        Resources:
          Workforce:
            Type: AWS::SageMaker::Workforce
            Properties:
              SourceIpConfig:
                Cidrs: [203.0.113.0/24, 0.0.0.0/0]
      `,
      findings: [{ line: 6, message: /^SourceIpConfig\.Cidrs includes '0\.0\.0\.0\/0': the allow list admits every address/ }],
    },
    {
      name: 'HCL, any address',
      hcl: tf`
        resource "aws_sagemaker_workforce" "labelers" {
          workforce_name = "labelers"
          source_ip_config {
            cidrs = ["0.0.0.0/0"]
          }
        }
      `,
      findings: [{ line: 4, message: /includes '0\.0\.0\.0\/0'/ }],
    },
    {
      name: 'plan, no source IP configuration',
      plan: [{ type: 'aws_sagemaker_workforce', name: 'w', values: { workforce_name: 'w', source_ip_config: [] } }],
      findings: [{ message: /is omitted/ }],
    },
  ],
});

describe('SM089 on live state', () => {
  it('reads ListWorkforces records (no moto support: the recorded SDK shape)', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.workforces.push(
        { WorkforceName: 'open', WorkforceArn: sagemakerArn('workforce/open'), SourceIpConfig: { Cidrs: [] } },
        { WorkforceName: 'office', WorkforceArn: sagemakerArn('workforce/office'), SourceIpConfig: { Cidrs: ['203.0.113.0/24'] } },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('workforce/open'), certainty: 'definite', message: expect.stringMatching(/^SourceIpConfig\.Cidrs is \[\]/) }]);
  });
});
