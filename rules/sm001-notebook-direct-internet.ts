import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';

export default defineRule({
  id: 'SM001',
  name: 'notebook-direct-internet',
  severity: 'high',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'A notebook that reaches the internet directly can exfiltrate data past every network control: a concrete exposure with a one-line fix.',
  },
  docs: {
    summary: 'SageMaker notebook instance has direct internet access',
    description:
      "Reports a notebook instance whose `DirectInternetAccess` is `Enabled`, or omitted: AWS then defaults it to `Enabled`. A value chosen at deploy time (a parameter whose AllowedValues include `Enabled`, one branch of an `Fn::If`, a Terraform variable) is reported one severity lower as a possible violation, naming the choice.",
    risk: 'With direct internet access, SageMaker gives the notebook a network interface with internet access outside your VPC: code and data can leave, and packages can arrive, without passing your VPC controls (security groups, network ACLs, endpoints, firewalls, flow logs).',
    guidance: [
      {
        title: 'Connect a notebook instance in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
      },
      {
        title: 'Infrastructure security in Amazon SageMaker',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-security.html',
      },
    ],
    remediation: {
      cloudformation: 'DirectInternetAccess: Disabled\nSubnetId: <subnet-id>\nSecurityGroupIds:\n  - <security-group-id>',
      terraform: 'direct_internet_access = "Disabled"\nsubnet_id              = "<subnet-id>"\nsecurity_groups        = ["<security-group-id>"]',
      cli: 'aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --direct-internet-access Disabled --subnet-id <subnet-id> --security-group-ids <security-group-id> ...',
      console: 'SageMaker console → Notebook instances → create a new instance with "Network: VPC" and "Direct internet access: Disable", then move the work and delete the old instance.',
      recreate: 'DirectInternetAccess cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.1'],
      'AWS Config': ['sagemaker-notebook-no-direct-internet-access'],
      'cdk-nag': [
        'AwsSolutions-SM3',
        'HIPAA.Security-SageMakerNotebookNoDirectInternetAccess',
        'NIST.800.53.R4-SageMakerNotebookNoDirectInternetAccess',
        'NIST.800.53.R5-SageMakerNotebookNoDirectInternetAccess',
        'PCI.DSS.321-SageMakerNotebookNoDirectInternetAccess',
      ],
      checkov: ['CKV_AWS_122'],
      KICS: ['88d55d94-315d-4564-beee-d2d725feab11'],
      Prowler: ['sagemaker_notebook_instance_without_direct_internet_access_configured'],
      Steampipe: ['sagemaker_notebook_instance_direct_internet_access_disabled'],
    },
    notes: ['Disabling direct internet access requires a SubnetId: the notebook then reaches the internet only through your VPC (NAT gateway or none). See SM002.'],
  },
  check(notebook, { report }) {
    const access = prop(notebook, 'DirectInternetAccess');
    const verdict = judge(access, (v) => v.t === 'scalar' && String(v.v) === 'Enabled');
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName('DirectInternetAccess')} ${verdict.because}: the notebook reaches, and is reachable from, the internet outside your VPC controls. Set it to ${literal('Disabled')} and attach the notebook to a subnet.`,
      fix: { description: message`Set ${propertyName('DirectInternetAccess')} to ${literal('Disabled')}`, edits: [{ target: access, value: 'Disabled' }] },
    });
  },
});
