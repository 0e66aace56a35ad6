import { describe, expect, it } from 'vitest';
import { liveFindings, sagemakerArn } from '../test/input-forms.js';
import { cfn, runRuleTests, tf } from '../test/rule-tester.js';
import rule from './sm087-studio-lifecycle-risk.js';

const base64 = (script: string) => Buffer.from(script).toString('base64');
const PIPED = '#!/bin/bash\nset -e\ncurl -fsSL https://example.com/setup.sh | bash\n';

runRuleTests(rule, {
  valid: [
    cfn`
      Resources:
        Config:
          Type: AWS::SageMaker::StudioLifecycleConfig
          Properties:
            StudioLifecycleConfigName: safe
            StudioLifecycleConfigAppType: JupyterLab
            StudioLifecycleConfigContent: ${base64('#!/bin/bash\npip install --upgrade jupyterlab-git\n')}
    `,
    {
      name: 'HCL, a script that installs a package',
      hcl: tf`
        resource "aws_sagemaker_studio_lifecycle_config" "risky" {
          studio_lifecycle_config_name     = "risky"
          studio_lifecycle_config_app_type = "JupyterLab"
          studio_lifecycle_config_content  = base64encode("#!/bin/bash\\npip install pandas\\n")
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a download piped into a shell, base64 as the API stores it',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::StudioLifecycleConfig
            Properties:
              StudioLifecycleConfigName: risky
              StudioLifecycleConfigAppType: JupyterLab
              StudioLifecycleConfigContent: ${base64(PIPED)}
      `,
      findings: [{ line: 7, severity: 'high', certainty: 'definite', message: /^StudioLifecycleConfigContent line 3 / }],
      fixed: null,
    },
    {
      name: 'the script written in the template with !Base64',
      template: cfn`
        Resources:
          Config:
            Type: AWS::SageMaker::StudioLifecycleConfig
            Properties:
              StudioLifecycleConfigAppType: CodeEditor
              StudioLifecycleConfigContent: !Base64 |
                #!/bin/bash
                export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      `,
      findings: [{ line: 6, message: /^StudioLifecycleConfigContent line 2 / }],
    },
    {
      name: 'HCL, a script that pipes a download into a shell',
      hcl: tf`
        resource "aws_sagemaker_studio_lifecycle_config" "risky" {
          studio_lifecycle_config_name     = "risky"
          studio_lifecycle_config_app_type = "JupyterLab"
          studio_lifecycle_config_content  = base64encode("#!/bin/bash\\ncurl -fsSL https://example.com/setup.sh | bash\\n")
        }
      `,
      findings: [{ line: 4, message: /line 2 / }],
    },
    {
      name: 'plan, a script that pipes a download into a shell',
      plan: [{ type: 'aws_sagemaker_studio_lifecycle_config', name: 'risky', values: { studio_lifecycle_config_name: 'risky', studio_lifecycle_config_content: 'IyEvYmluL2Jhc2gKc2V0IC1lCmN1cmwgLWZzU0wgaHR0cHM6Ly9leGFtcGxlLmNvbS9zZXR1cC5zaCB8IGJhc2gK' } }],
      findings: [{ message: /line 3 / }],
    },
  ],
});

describe('SM087 on live state', () => {
  it('reads DescribeStudioLifecycleConfig (no moto support: the recorded SDK shape)', async () => {
    const findings = await liveFindings(rule, (state) => {
      state.sagemaker.studioLifecycleConfigs.push({
        StudioLifecycleConfigName: 'risky',
        StudioLifecycleConfigArn: sagemakerArn('studio-lifecycle-config/risky'),
        StudioLifecycleConfigAppType: 'JupyterLab',
        StudioLifecycleConfigContent: base64(PIPED),
        CreationTime: '2026-01-01T00:00:00.000Z',
      });
    });
    expect(findings.map((f) => [f.at, f.message.slice(0, 36)])).toEqual([[sagemakerArn('studio-lifecycle-config/risky'), 'StudioLifecycleConfigContent line 3 ']]);
  });
});
