import { describe, expect, it } from 'vitest';
import { liveFindings, planFindings, sagemakerArn, terraformFindings } from '../test/input-forms.js';
import { cfn, runRuleTests } from '../test/rule-tester.js';
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
  ],
});

describe('SM088 on Terraform and live state', () => {
  it('reads space_settings from HCL and plans', async () => {
    const findings = await terraformFindings(
      rule,
      `resource "aws_sagemaker_space" "shared" {
  domain_id  = "d-123"
  space_name = "shared"
  space_settings {
    remote_access = "ENABLED"
  }
}
`,
    );
    expect(findings).toEqual([{ at: 5, certainty: 'definite', fix: true, message: expect.stringMatching(/^space_settings\.remote_access is 'ENABLED'/) }]);
    const plan = await planFindings(rule, [{ type: 'aws_sagemaker_space', name: 's', values: { domain_id: 'd-123', space_name: 's', space_settings: [{ remote_access: 'ENABLED' }] } }]);
    expect(plan).toHaveLength(1);
  });

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
