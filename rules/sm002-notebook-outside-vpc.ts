import { message, propertyName } from '../src/core/dialect.js';
import { defineRule, type Fix } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { judge, type Value } from '../src/model/value.js';
import { isAbsent } from './support/value-predicates.js';

/** Sets the subnet, and adds a security group when none is declared. */
function attachToVpc(notebook: Resource, subnet: Value): Fix {
  const groups = prop(notebook, 'SecurityGroupIds');
  // Insertions at the same place come out in reverse order: listing the groups first puts SubnetId above them.
  const addGroups = groups.t === 'omitted' ? [{ target: groups, value: ['<security-group-id>'] }] : [];
  return {
    description: 'Attach the notebook to a subnet and security group of your VPC',
    edits: [...addGroups, { target: subnet, value: '<subnet-id>' }],
  };
}

export default defineRule({
  id: 'SM002',
  name: 'notebook-outside-vpc',
  severity: 'high',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'A notebook outside a VPC has no network controls at all: a concrete exposure.',
  },
  docs: {
    summary: 'SageMaker notebook instance is not attached to your VPC',
    description:
      'Reports a notebook instance without a `SubnetId` (omitted or empty): SageMaker then gives it a network interface only in the SageMaker service VPC, none in yours. A subnet chosen at deploy time (a parameter whose AllowedValues or default include an empty value, an `Fn::If` branch that drops the property) is reported one severity lower as a possible violation, naming the choice. A subnet that is not known (an import, a parameter without default) is not reported. The fix adds `SubnetId` and, when they are missing too, `SecurityGroupIds`, both as placeholders to fill.',
    risk: "Outside your VPC the notebook escapes every network control you own: your security groups, network ACLs, route tables, VPC endpoints and endpoint policies, and VPC flow logs do not apply to its traffic, and it cannot reach resources that live only in your VPC without going over the internet.",
    guidance: [
      {
        title: 'Connect a notebook instance in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
      },
      {
        title: 'Connect to a notebook instance through a VPC interface endpoint',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html',
      },
      {
        title: 'Security Hub control SageMaker.2',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2',
      },
    ],
    remediation: {
      cloudformation: 'SubnetId: <subnet-id>\nSecurityGroupIds:\n  - <security-group-id>\nDirectInternetAccess: Disabled',
      terraform: 'subnet_id              = "<subnet-id>"\nsecurity_groups        = ["<security-group-id>"]\ndirect_internet_access = "Disabled"',
      cli: 'aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --subnet-id <subnet-id> --security-group-ids <security-group-id> --direct-internet-access Disabled ...',
      console:
        'SageMaker console → Notebook instances → create a new instance and under "Network" choose your VPC, a private subnet and a security group; move the work over and delete the old instance.',
      recreate: 'SubnetId and SecurityGroupIds cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated. Save the work on its ML storage volume first.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.2'],
      'AWS Config': ['sagemaker-notebook-instance-inside-vpc'],
      'cdk-nag': ['AwsSolutions-SM1'],
      checkov: ['CKV_AWS_306'],
      KICS: ['9c7028d9-04c2-45be-b8b2-1188ccaefb36'],
      Prowler: ['sagemaker_notebook_instance_vpc_settings_configured'],
      Steampipe: ['sagemaker_notebook_instance_in_vpc'],
    },
    notes: [
      'Attaching a subnet does not by itself remove direct internet access: DirectInternetAccess must also be Disabled (SM001).',
      'A notebook in a private subnet without internet access needs VPC endpoints (or a NAT gateway) to reach SageMaker, S3 and package repositories (SM050).',
    ],
  },
  check(notebook, { report }) {
    const subnet = prop(notebook, 'SubnetId');
    const verdict = judge(subnet, isAbsent);
    if (!verdict) return;
    report({
      at: subnet,
      certainty: verdict.certainty,
      message: message`${propertyName('SubnetId')} ${verdict.because}, so the notebook runs only in the SageMaker service VPC, outside your security groups, endpoints and flow logs. Set ${propertyName('SubnetId')} to a private subnet of your VPC and ${propertyName('SecurityGroupIds')} to groups you control.`,
      fix: attachToVpc(notebook, subnet),
    });
  },
});
