import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';

export default defineRule({
  id: 'SM088',
  name: 'space-remote-access',
  severity: 'medium',
  appliesTo: ['Space'],
  fixable: true,
  tags: ['security', 'access', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'Remote access lets a local IDE connect into the space, outside the controls of the Studio domain.',
  },
  docs: {
    summary: 'A SageMaker Studio space accepts connections from local IDEs',
    description:
      "Reports a Studio space (`AWS::SageMaker::Space`, `aws_sagemaker_space`, live DescribeSpace) whose `SpaceSettings.RemoteAccess` is `ENABLED` (default `DISABLED`). Remote access lets users connect a local Visual Studio Code to the space's compute over an SSM-based tunnel, outside the Studio web UI. A value chosen at deploy time is a possible violation, one severity lower. The fix sets `DISABLED`; spaces update in place.",
    risk: "With remote access, the space's files, data and execution role are reachable from the user's own machine: whatever the laptop runs (extensions, other processes, malware) can drive the space's credentials, and the domain's VpcOnly network and Studio's browser session controls no longer bound where the work happens.",
    guidance: [
      {
        title: 'Connect your local Visual Studio Code to SageMaker spaces with remote access',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/remote-access.html',
      },
      { title: 'SpaceSettings (RemoteAccess)', url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SpaceSettings.html' },
    ],
    remediation: {
      cloudformation: 'SpaceSettings:\n  RemoteAccess: DISABLED',
      terraform: 'space_settings {\n  remote_access = "DISABLED"\n}',
      cli: 'aws sagemaker update-space --domain-id <domain-id> --space-name <space> --space-settings \'{"RemoteAccess":"DISABLED"}\'',
      console: 'SageMaker console → Domains → the domain → Space management → the space → Edit: turn off remote access, then restart its apps.',
    },
    notes: [
      'Where remote access is needed, allow sagemaker:StartSession only to named roles and keep the IAM condition sagemaker:RemoteAccess in the policies that create and update spaces.',
      'Live spaces are read with ListSpaces and DescribeSpace. The moto server used in the integration tests does not implement them, so the live mapping is tested from the SDK response shape.',
    ],
  },
  check(space, { report }) {
    const access = prop(space, 'SpaceSettings', 'RemoteAccess');
    const verdict = judge(access, (v) => v.t === 'scalar' && v.v === 'ENABLED');
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName('SpaceSettings.RemoteAccess')} ${verdict.because}: users can connect a local IDE to the space, and its data and execution role are reachable from their own machines. Set it to ${literal('DISABLED')}.`,
      fix: { description: message`Set ${propertyName('SpaceSettings.RemoteAccess')} to ${literal('DISABLED')}`, edits: [{ target: access, value: 'DISABLED' }] },
    });
  },
});
