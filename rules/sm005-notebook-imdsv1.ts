import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';

export default defineRule({
  id: 'SM005',
  name: 'notebook-imdsv1',
  severity: 'medium',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'imds', 'credentials', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'IMDSv1 hands out the role credentials to any request the notebook can be tricked into making: a concrete exposure with a one-line fix.',
  },
  docs: {
    summary: 'SageMaker notebook instance still accepts IMDSv1',
    description:
      "Reports a notebook instance whose `InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion` is `1`, or omitted (with or without its parent block): AWS then defaults it to `1`, which accepts both IMDSv1 and IMDSv2. A value chosen at deploy time (a parameter whose AllowedValues include `1`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. An unknown value (an import, a parameter without default) is not reported. The fix sets the minimum version to `2`, adding the block when it is missing.",
    risk: "IMDSv1 answers plain GET requests, so a server-side request forgery in anything running on the notebook (a notebook server extension, a web app under test, a proxy) can read the execution role's temporary credentials from the instance metadata service. IMDSv2 requires a session token obtained with a PUT request, which such requests cannot make.",
    guidance: [
      {
        title: 'InstanceMetadataServiceConfiguration (SageMaker API)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html',
      },
      {
        title: 'Amazon SageMaker notebook instances now support configuring and restricting IMDS versions',
        url: 'https://aws.amazon.com/blogs/machine-learning/amazon-sagemaker-notebook-instances-now-support-configuring-and-restricting-imds-versions/',
      },
      {
        title: 'Use the Instance Metadata Service to access instance metadata (IMDSv2)',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
      },
    ],
    remediation: {
      cloudformation: 'InstanceMetadataServiceConfiguration:\n  MinimumInstanceMetadataServiceVersion: "2"',
      terraform: 'instance_metadata_service_configuration {\n  minimum_instance_metadata_service_version = "2"\n}',
      cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name <name>\naws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>\naws sagemaker update-notebook-instance --notebook-instance-name <name> --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2\naws sagemaker start-notebook-instance --notebook-instance-name <name>',
      console: 'SageMaker console → Notebook instances → stop the instance → Edit → Minimum IMDS version: Version 2 (IMDSv2 only) → Update, then start it.',
    },
    alsoKnownAs: {
      checkov: ['CKV_AWS_371'],
    },
    notes: [
      'Before requiring IMDSv2, check that tools on the notebook (old AWS SDKs and CLIs, custom metadata calls in lifecycle scripts) use IMDSv2.',
      'The property can be changed in place (CloudFormation updates it without replacement); the API requires the notebook instance to be stopped.',
    ],
  },
  check(notebook, { report }) {
    const version = prop(notebook, 'InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion');
    const verdict = judge(version, (v) => v.t === 'scalar' && String(v.v) === '1');
    if (!verdict) return;
    report({
      at: version,
      certainty: verdict.certainty,
      message: message`${propertyName('InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion')} ${verdict.because}, so the notebook accepts IMDSv1 and a server-side request forgery on it can read the execution role's credentials. Set it to ${literal('2')}.`,
      fix: { description: 'Require IMDSv2', edits: [{ target: version, value: '2' }] },
    });
  },
});
