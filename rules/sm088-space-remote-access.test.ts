import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm088-space-remote-access.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'omitted: remote access is off by default',
      template: cfn`
        Resources:
          Space:
            Type: AWS::SageMaker::Space
            Properties:
              DomainId: d-123
              SpaceName: shared
      `,
    },
    cfn`
      Resources:
        Space:
          Type: AWS::SageMaker::Space
          Properties:
            DomainId: d-123
            SpaceName: shared
            SpaceSettings:
              RemoteAccess: DISABLED
    `,
    {
      name: 'HCL, remote access disabled',
      hcl: tf`
        resource "aws_sagemaker_space" "shared" {
          domain_id  = "d-123"
          space_name = "shared"
          space_settings {
            remote_access = "DISABLED"
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'remote access enabled',
      template: cfn`
        Resources:
          Space:
            Type: AWS::SageMaker::Space
            Properties:
              DomainId: d-123
              SpaceName: shared
              SpaceSettings:
                AppType: CodeEditor
                RemoteAccess: ENABLED
      `,
      findings: [{ line: 9, column: 23, severity: 'medium', message: /^SpaceSettings\.RemoteAccess is 'ENABLED': users can connect a local IDE/ }],
      fixed: cfn`
        Resources:
          Space:
            Type: AWS::SageMaker::Space
            Properties:
              DomainId: d-123
              SpaceName: shared
              SpaceSettings:
                AppType: CodeEditor
                RemoteAccess: DISABLED
      `,
    },
    {
      name: 'HCL, remote access enabled: the fix disables it',
      hcl: tf`
        resource "aws_sagemaker_space" "shared" {
          domain_id  = "d-123"
          space_name = "shared"
          space_settings {
            remote_access = "ENABLED"
          }
        }
      `,
      findings: [{ line: 5, column: 21, severity: 'medium', message: /is 'ENABLED'/ }],
      fixed: tf`
        resource "aws_sagemaker_space" "shared" {
          domain_id  = "d-123"
          space_name = "shared"
          space_settings {
            remote_access = "DISABLED"
          }
        }
      `,
    },
    {
      name: 'plan, remote access enabled',
      plan: [{ type: 'aws_sagemaker_space', name: 's', values: { domain_id: 'd-123', space_name: 's', space_settings: [{ remote_access: 'ENABLED' }] } }],
      findings: [{ severity: 'medium' }],
    },
  ],
});

describe('SM088 on live state', () => {
  it('reads DescribeSpace (no moto support: the recorded SDK shape)', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.spaces.push(
        { DomainId: 'd-123', SpaceName: 'open', SpaceArn: sagemakerArn('space/d-123/open'), SpaceSettings: { AppType: 'CodeEditor', RemoteAccess: 'ENABLED' } },
        { DomainId: 'd-123', SpaceName: 'closed', SpaceArn: sagemakerArn('space/d-123/closed'), SpaceSettings: { RemoteAccess: 'DISABLED' } },
      );
    });
    expect(findings).toEqual([{ at: sagemakerArn('space/d-123/open'), certainty: 'definite', message: expect.stringMatching(/is 'ENABLED'/) }]);
  });
});
