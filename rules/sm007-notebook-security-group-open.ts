import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { get, judge } from '../src/model/value.js';
import { ANYWHERE, CIDR_FIELDS, describeTraffic, ingressRulesOf, securityGroupsOf } from './support/security-groups.js';

export default defineRule({
  id: 'SM007',
  name: 'notebook-security-group-open',
  severity: 'high',
  appliesTo: ['NotebookInstance'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'notebook'],
  presets: {
    recommended: true,
    reason: 'A security group open to the internet exposes the notebook itself.',
  },
  docs: {
    summary: "A security group of the SageMaker notebook instance allows inbound traffic from anywhere",
    description:
      "Follows the notebook's `SecurityGroupIds` to the security groups declared in the same template and reports each ingress rule whose `CidrIp` is `0.0.0.0/0` or whose `CidrIpv6` is `::/0`, on any port: inline `SecurityGroupIngress` entries and standalone `AWS::EC2::SecurityGroupIngress` resources whose `GroupId` (or `GroupName`) refers to the group. The finding belongs to the notebook and points at the offending CIDR in the security group. A group, rule or CIDR that applies only for some deploy-time choices (a parameter, an `Fn::If`) is reported one severity lower as a possible violation. Groups that are not in the template (an ID, an import) cannot be judged and are not reported.",
    risk: "The notebook's network interface in your VPC accepts connections from any address that can route to it: the Jupyter server, SSH and anything a user starts on the instance become reachable from peered networks, VPNs and, through any public path, the internet, all of it running with the notebook's execution role. Users never need direct inbound access: they reach the notebook through the SageMaker console and presigned URLs.",
    guidance: [
      {
        title: 'Control traffic to your AWS resources using security groups',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
      },
      {
        title: 'Connect a notebook instance in a VPC to external resources',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
      },
      {
        title: 'Security Hub control EC2.18',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
      },
    ],
    remediation: {
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    SourceSecurityGroupId: <security-group-id>',
      terraform:
        'ingress {\n  protocol        = "tcp"\n  from_port       = 443\n  to_port         = 443\n  security_groups = ["<security-group-id>"]\n}',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <security-group-id> --ip-permissions IpProtocol=<protocol>,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]',
      console: 'VPC console → Security groups → choose the notebook\'s group → Inbound rules → Edit → delete the rules whose source is 0.0.0.0/0 or ::/0, or narrow them to a trusted CIDR or security group.',
    },
    alsoKnownAs: {
      'Security Hub': ['EC2.18', 'EC2.19'],
      'AWS Config': ['vpc-sg-open-only-to-authorized-ports', 'restricted-common-ports'],
    },
    notes: [
      'The finding is reported on the notebook, not on the security group, so that a group shared with resources that may legitimately be public (a load balancer) is reported only for the notebooks it exposes, and a suppression on the notebook silences it for that notebook alone. Its location is the offending CIDR in the security group, where the fix edits.',
      'Every port counts: a notebook never needs inbound connections from the whole internet, whatever the port.',
      'The fix replaces the CIDR with a placeholder (<trusted-cidr>, <trusted-ipv6-cidr>) to fill with the range that really needs access; removing the rule is often better still.',
    ],
  },
  check(notebook, { graph, report }) {
    for (const group of securityGroupsOf(notebook, graph, 'SecurityGroupIds')) {
      for (const rule of ingressRulesOf(group.item, graph)) {
        for (const { field, placeholder } of CIDR_FIELDS) {
          const cidr = get(rule.item, field);
          const verdict = judge(cidr, (v) => v.t === 'scalar' && ANYWHERE.has(String(v.v).trim()));
          if (!verdict) continue;
          const certain = group.certain && rule.certain && verdict.certainty === 'definite';
          report({
            at: cidr,
            certainty: certain ? 'definite' : 'possible',
            message: message`${propertyName(cidr, { of: rule.holder, below: rule.item })} ${verdict.because} in an ingress rule of security group ${group.item.id}: ${describeTraffic(rule.item)} to the notebook is open to every address. Remove the rule, or limit it to a trusted CIDR or security group; users reach notebooks through SageMaker, not directly.`,
            fix: { description: `Limit the ingress rule to a trusted range (${placeholder})`, edits: [{ target: cidr, value: placeholder }] },
          });
        }
      }
    }
  },
});
