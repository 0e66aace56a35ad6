import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { asFixData } from '../src/model/fix-data.js';
import { isAbsent, jointCertainty } from './support/value-predicates.js';

const SECURITY_GROUP_PLACEHOLDER = '<security-group-id>';

export default defineRule({
  id: 'SM092',
  name: 'domain-shared-space-security-groups',
  severity: 'medium',
  appliesTo: ['Domain'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'studio'],
  presets: {
    recommended: true,
    reason: "In a VpcOnly domain, shared spaces take their security groups only from DefaultSpaceSettings; without them the users' security groups do not bound what shared spaces reach.",
  },
  docs: {
    summary: 'A VpcOnly Studio domain gives its shared spaces none of its security groups',
    description:
      "Reports a Studio domain (`AWS::SageMaker::Domain`, `aws_sagemaker_domain`, live DescribeDomain) whose `AppNetworkAccessType` is `VpcOnly` while `DefaultSpaceSettings.SecurityGroups` is omitted or empty. AWS applies a domain's `DefaultUserSettings.SecurityGroups` (and a user profile's `UserSettings.SecurityGroups`) only to private spaces; shared spaces get their security groups from `DefaultSpaceSettings` alone. Without them, the apps of shared spaces run in the domain's subnets without the security groups you chose to limit what Studio apps reach, so egress rules, the security groups that interface endpoints and data stores admit, and the network controls reviewed for the domain do not hold for them. `AppNetworkAccessType` omitted means `PublicInternetOnly`, reported by SM010 instead. An access type or security group list chosen at deploy time is a possible violation, one severity lower; security groups that come from parameters without defaults or from other stacks are taken as present. The fix sets `DefaultSpaceSettings.SecurityGroups` to the users' security groups (and, when the block is missing, adds the `ExecutionRole` that CloudFormation and Terraform require in `DefaultSpaceSettings`, the users' role), with placeholders where the template does not name them; domains update in place.",
    risk: "A shared space is the place several users work on the same data with one execution role. In a VpcOnly domain, the security groups are what confines the network of Studio apps: which endpoints, databases and NAT paths they reach. A shared space without them is the one part of the domain that bypasses those limits, and the difference is invisible in a review that reads only the user settings.",
    guidance: [
      {
        title: 'DefaultSpaceSettings (SecurityGroups: applied to shared spaces only)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DefaultSpaceSettings.html',
      },
      {
        title: 'UserSettings (SecurityGroups: applied to private spaces only)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UserSettings.html',
      },
      {
        title: 'Connect Amazon SageMaker Studio in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-and-internet-access.html',
      },
    ],
    remediation: {
      cloudformation: 'DefaultSpaceSettings:\n  ExecutionRole: <execution-role-arn>\n  SecurityGroups:\n    - <security-group-id>',
      terraform: 'default_space_settings {\n  execution_role  = "<execution-role-arn>"\n  security_groups = ["<security-group-id>"]\n}',
      cli: 'aws sagemaker update-domain --domain-id <domain-id> --default-space-settings \'{"ExecutionRole":"<execution-role-arn>","SecurityGroups":["<security-group-id>"]}\'',
      console:
        'SageMaker console → Domains → the domain → Domain settings → Network: choose the security groups for shared spaces (usually the ones the user settings name), then save. Restart the apps of existing shared spaces so they pick them up.',
    },
    notes: [
      "`AppSecurityGroupManagement` (`Service` or `Customer`) decides who creates the security groups for inter-app communication of RStudio domains, and `DomainSettings.SecurityGroupIds` names the groups for traffic between domain-level apps and user apps. They add to the space's own security groups and do not stand in for them, so this rule does not read them.",
      'A private space takes the security groups of its owner: the domain\'s `DefaultUserSettings.SecurityGroups` together with the profile\'s `UserSettings.SecurityGroups`. Those are required in a VpcOnly domain, so the API itself rejects a domain without them.',
    ],
  },
  check(domain, { report }) {
    const accessType = prop(domain, 'AppNetworkAccessType');
    const vpcOnly = judge(accessType, (v) => v.t === 'scalar' && v.v === 'VpcOnly');
    if (!vpcOnly) return;
    const spaceSettings = prop(domain, 'DefaultSpaceSettings');
    const groups = prop(domain, 'DefaultSpaceSettings', 'SecurityGroups');
    const missing = judge(groups, isAbsent);
    if (!missing) return;
    const addsBlock = spaceSettings.t === 'omitted';
    // Shared spaces usually work with the users' role and security groups: the fix copies them where they can be written here.
    const executionRole = asFixData(prop(domain, 'DefaultUserSettings', 'ExecutionRole'), domain, domain) ?? '<execution-role-arn>';
    const securityGroups = asFixData(prop(domain, 'DefaultUserSettings', 'SecurityGroups'), domain, domain) ?? [SECURITY_GROUP_PLACEHOLDER];
    report({
      at: groups,
      certainty: jointCertainty(vpcOnly, missing),
      message: message`${propertyName('DefaultSpaceSettings.SecurityGroups')} ${missing.because} while ${propertyName('AppNetworkAccessType')} ${vpcOnly.because}: the domain's shared spaces run without any of the security groups the domain gives its users (those apply to private spaces only). Set ${propertyName('DefaultSpaceSettings.SecurityGroups')}.`,
      fix: addsBlock
        ? {
            description: message`Add ${propertyName('DefaultSpaceSettings')} with the execution role and security groups for shared spaces`,
            edits: [{ target: spaceSettings, value: { ExecutionRole: executionRole, SecurityGroups: securityGroups } }],
          }
        : { description: message`Set ${propertyName('DefaultSpaceSettings.SecurityGroups')}`, edits: [{ target: groups, value: securityGroups }] },
    });
  },
});
