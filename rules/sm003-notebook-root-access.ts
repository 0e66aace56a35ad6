import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';

export default defineRule({
  id: 'SM003',
  name: 'notebook-root-access',
  severity: 'medium',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'least-privilege', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'Root on a notebook lets any user change its software and read the credentials of its role: a concrete privilege with a one-line fix.',
  },
  docs: {
    summary: 'Users of the SageMaker notebook instance have root access',
    description:
      "Reports a notebook instance whose `RootAccess` is `Enabled`, or omitted: AWS then defaults it to `Enabled`. A value chosen at deploy time (a parameter whose AllowedValues include `Enabled`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. An unknown value (an import, a parameter without default) is not reported.",
    risk: 'With root access every user who opens the notebook is an administrator of the instance: they can read and change every file, remove logging and security agents, change the network configuration and install anything, so one compromised notebook session controls the whole instance and everything its execution role can reach.',
    guidance: [
      {
        title: 'Control root access to a SageMaker notebook instance',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
      },
      {
        title: 'Security Hub control SageMaker.3',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3',
      },
    ],
    remediation: {
      cloudformation: 'RootAccess: Disabled',
      terraform: 'root_access = "Disabled"',
      cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name <name>\naws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>\naws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled\naws sagemaker start-notebook-instance --notebook-instance-name <name>',
      console: 'SageMaker console → Notebook instances → stop the instance → Edit → Permissions and encryption → Root access: Disable → Update, then start it.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.3'],
      'AWS Config': ['sagemaker-notebook-instance-root-access-check'],
      checkov: ['CKV_AWS_307'],
      Prowler: ['sagemaker_notebook_instance_root_access_disabled'],
      Steampipe: ['sagemaker_notebook_instance_root_access_disabled'],
    },
    notes: [
      'Lifecycle configurations always run as root, even with RootAccess Disabled: install system packages there instead of granting users root. A lifecycle script that adds a sudoers entry gives root back (SM006).',
      'The property can be changed in place, but only while the notebook instance is stopped.',
    ],
  },
  check(notebook, { report }) {
    const access = prop(notebook, 'RootAccess');
    const verdict = judge(access, (v) => v.t === 'scalar' && String(v.v) === 'Enabled');
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName('RootAccess')} ${verdict.because}: every notebook user is root on the instance and can change or remove anything on it. Set ${propertyName('RootAccess')} to ${literal('Disabled')} and install system packages from a lifecycle configuration.`,
      fix: { description: message`Set ${propertyName('RootAccess')} to ${literal('Disabled')}`, edits: [{ target: access, value: 'Disabled' }] },
    });
  },
});
