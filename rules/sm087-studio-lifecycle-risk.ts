import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { reportScriptProblems } from './sm006-notebook-lifecycle-risk.js';

export default defineRule({
  id: 'SM087',
  name: 'studio-lifecycle-risk',
  severity: 'high',
  appliesTo: ['StudioLifecycleConfig'],
  fixable: false,
  tags: ['security', 'supply-chain', 'secrets', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'A lifecycle script that fetches remote code, embeds credentials or turns protections off runs in every Studio app it serves.',
  },
  docs: {
    summary: 'Studio lifecycle configuration runs remote code, embeds credentials or turns off protections',
    description:
      "SM006's script analysis for SageMaker Studio: decodes `StudioLifecycleConfigContent` of a Studio lifecycle configuration (`AWS::SageMaker::StudioLifecycleConfig`, `aws_sagemaker_studio_lifecycle_config`, live DescribeStudioLifecycleConfig; base64 as the API stores it, or the script itself when a template writes `!Base64 |`) and reports each line that runs code fetched at that moment, embeds a credential, or turns off a protection, exactly as SM006 does for notebook instances (see SM006 for the patterns). Findings name the script line, never quote it. A script chosen at deploy time is reported one severity lower as a possible violation; one that is not known or does not decode is skipped.",
    risk: "Studio lifecycle scripts run in every JupyterLab, Code Editor or kernel gateway app that uses them, with the user profile's or space's execution role, each time the app starts. Remote code fetched there is whatever the server returns; a credential in the script is readable by anyone who may describe the configuration; a disabled protection exposes the app and its role.",
    guidance: [
      {
        title: 'Customize SageMaker Studio with lifecycle configurations',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-lcc.html',
      },
      {
        title: 'CreateStudioLifecycleConfig',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateStudioLifecycleConfig.html',
      },
      {
        title: 'Move hardcoded secrets to AWS Secrets Manager',
        url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html',
      },
    ],
    remediation: {
      cloudformation:
        'StudioLifecycleConfigContent: !Base64 |\n  #!/bin/bash\n  set -euo pipefail\n  aws s3 cp s3://<bucket>/setup.sh /tmp/setup.sh\n  echo "<sha256>  /tmp/setup.sh" | sha256sum -c -\n  bash /tmp/setup.sh',
      terraform: 'studio_lifecycle_config_content = base64encode(file("${path.module}/on-start.sh")) # read secrets at run time from Secrets Manager',
      cli: '# Studio lifecycle configurations cannot be updated: create a new one and attach it instead\naws sagemaker create-studio-lifecycle-config --studio-lifecycle-config-name <new-name> --studio-lifecycle-config-app-type JupyterLab --studio-lifecycle-config-content $(base64 -w0 on-start.sh)',
      console: 'SageMaker console → Admin configurations → Lifecycle configurations → create a corrected configuration, attach it to the domain, user profiles and spaces, then detach and delete the old one.',
      recreate: 'A Studio lifecycle configuration cannot be changed: CloudFormation and Terraform replace it, and a live one must be created anew and attached where the old one was.',
    },
    notes: [
      'No automatic fix: what the script should do instead needs a person. Rotate any credential the rule reports.',
      'The script patterns are shared with SM006, so a change to them applies to notebook and Studio scripts alike.',
      'Live configurations are read with ListStudioLifecycleConfigs and DescribeStudioLifecycleConfig. The moto server used in the integration tests does not implement them, so the live mapping is tested from the SDK response shape.',
    ],
  },
  check(config, { report }) {
    reportScriptProblems(prop(config, 'StudioLifecycleConfigContent'), message`${propertyName('StudioLifecycleConfigContent')}`, '', report);
  },
});
