import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule, type PropertyEdit } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isSurelyAbsent } from './support/value-predicates.js';

export default defineRule({
  id: 'SM010',
  name: 'domain-public-internet',
  severity: 'high',
  appliesTo: ['Domain'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: 'A Studio domain with direct internet access bypasses the VPC for every user: a concrete exposure.',
  },
  docs: {
    summary: 'SageMaker Studio domain gives its apps internet access outside your VPC',
    description:
      "Reports a SageMaker domain whose `AppNetworkAccessType` is `PublicInternetOnly`, or omitted: AWS then defaults it to `PublicInternetOnly`. A value chosen at deploy time (a parameter whose AllowedValues include `PublicInternetOnly`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. A value that cannot be known from the input (`Fn::ImportValue`, a parameter without default) is not reported. The fix sets `AppNetworkAccessType: VpcOnly` and, when `DefaultUserSettings.SecurityGroups` is absent, adds a placeholder security group, because `VpcOnly` domains require one.",
    risk: 'With PublicInternetOnly, Studio apps (JupyterLab, Code Editor, kernels) reach the internet through a network interface that SageMaker manages outside your VPC: code and data can leave, and packages can arrive, without passing your security groups, network ACLs, firewalls, DNS filtering or flow logs. Only the traffic to the domain\'s EFS volume stays in your VPC.',
    guidance: [
      {
        title: 'Connect Amazon SageMaker Studio in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-and-internet-access.html',
      },
      {
        title: 'Connect Studio notebooks in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
      },
      {
        title: 'AWS Config rule sagemaker-domain-in-vpc',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-in-vpc.html',
      },
    ],
    remediation: {
      cloudformation: 'AppNetworkAccessType: VpcOnly\nDefaultUserSettings:\n  SecurityGroups:\n    - <security-group-id>',
      terraform: 'app_network_access_type = "VpcOnly"\ndefault_user_settings {\n  security_groups = ["<security-group-id>"]\n}',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --app-network-access-type VpcOnly --default-user-settings \'{"SecurityGroups":["<security-group-id>"]}\'',
      console:
        'SageMaker console → Domains → the domain → Domain settings → Network → Edit: choose "Virtual Private Cloud (VPC) Only", private subnets and security groups. Stop every running app of the domain first: the network access type can only change while no app is InService, Pending or Deleting.',
    },
    alsoKnownAs: {
      'AWS Config': ['sagemaker-domain-in-vpc'],
    },
    notes: [
      'VpcOnly domains reach the SageMaker API, runtime, Studio and S3 only through your VPC: add the VPC interface endpoints (or a NAT gateway) before switching, or Studio will not start. See SM050.',
      'VpcOnly requires private subnets and security groups that allow outbound traffic and NFS (TCP 2049) between the domain and its EFS volume.',
    ],
  },
  check(domain, { report }) {
    const access = prop(domain, 'AppNetworkAccessType');
    const verdict = judge(access, (v) => v.t === 'scalar' && v.v === 'PublicInternetOnly');
    if (!verdict) return;
    const edits: PropertyEdit[] = [{ target: access, value: 'VpcOnly' }];
    const securityGroups = prop(domain, 'DefaultUserSettings', 'SecurityGroups');
    if (isSurelyAbsent(securityGroups)) edits.push({ target: securityGroups, value: ['<security-group-id>'] });
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName('AppNetworkAccessType')} ${verdict.because}: Studio apps reach the internet through a SageMaker-managed network, outside your VPC controls. Set it to ${literal('VpcOnly')} and give the domain's apps VPC endpoints or a NAT gateway.`,
      fix: { description: message`Set ${propertyName('AppNetworkAccessType')} to ${literal('VpcOnly')} (VpcOnly needs ${propertyName('DefaultUserSettings.SecurityGroups')})`, edits },
    });
  },
});
