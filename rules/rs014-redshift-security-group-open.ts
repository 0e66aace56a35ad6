import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { get, judge, leaves } from '../src/model/value.js';
import { ANYWHERE, CIDR_FIELDS, coversTcpPort, describeTraffic, ingressRulesOf, securityGroupsOf } from './support/security-groups.js';

export default defineRule({
  id: 'RS014',
  name: 'redshift-security-group-open',
  severity: 'high',
  appliesTo: ['RedshiftCluster'],
  fixable: true,
  tags: ['security', 'network', 'redshift'],
  presets: {
    recommended: true,
    reason: 'A security group open to the internet on the cluster port exposes the database endpoint to password guessing from anywhere.',
  },
  docs: {
    summary: "A security group of the Redshift cluster allows inbound traffic from anywhere on the cluster's port",
    description:
      "Follows the cluster's `VpcSecurityGroupIds` to the security groups declared in the same template (or collected from the account) and reports each ingress rule whose `CidrIp` is `0.0.0.0/0` or whose `CidrIpv6` is `::/0` and that lets TCP traffic reach the cluster's `Port` (5439 when omitted, AWS's default): all traffic, or a TCP port range that holds the port. The security-group lookup is SM007's: inline `SecurityGroupIngress` entries and standalone ingress resources whose `GroupId` (or `GroupName`) refers to the group. The finding belongs to the cluster and points at the offending CIDR. A group, rule, CIDR or port that applies only for some deploy-time choices, or an ingress rule whose protocol or ports cannot be read, is reported one severity lower as a possible violation. Groups that are not in the template (an ID, an import) cannot be judged and are not reported; a cluster without `VpcSecurityGroupIds` uses its VPC's default group, which admits only its own members unless changed.",
    risk: "Whether or not the cluster is publicly accessible today, an open ingress rule on its port is one setting away from exposing the database endpoint to the internet, and already exposes it to every peered network, VPN and on-premises range that can route to the VPC: password spraying against the admin user, and exploitation of any flaw in the database's network protocol, need nothing more.",
    guidance: [
      { title: 'Amazon Redshift: VPC security groups', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-vpc-security-groups.html' },
      { title: 'Control traffic to your AWS resources using security groups', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift (Redshift.15)', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5439\n    ToPort: 5439\n    SourceSecurityGroupId: <client-security-group-id>',
      terraform:
        'ingress {\n  protocol        = "tcp"\n  from_port       = 5439\n  to_port         = 5439\n  security_groups = ["<client-security-group-id>"]\n}',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <security-group-id> --ip-permissions IpProtocol=tcp,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]',
      console: "VPC console → Security groups → choose the cluster's group → Inbound rules → Edit → delete the rules whose source is 0.0.0.0/0 or ::/0 and that reach the cluster port, or narrow them to the clients' CIDR or security group.",
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.15'],
      'AWS Config': ['redshift-unrestricted-port-access'],
      Steampipe: ['redshift_cluster_security_group_restrict_ingress_redshift_port'],
    },
    notes: [
      'The finding is reported on the cluster, not on the security group, so that a group shared with resources that may legitimately accept connections from anywhere (a load balancer) is reported only for the clusters it exposes. Its location is the offending CIDR in the security group, where the fix edits.',
      "Only rules that reach the cluster's port count: an open rule on another port does not expose the database (SM007 reports every open port for notebooks, which never need inbound connections).",
      'The fix replaces the CIDR with a placeholder (<trusted-cidr>, <trusted-ipv6-cidr>) to fill with the range that really needs access; a rule naming the clients\' security group is better still.',
      'The live audit reads the cluster\'s groups (DescribeClusters `VpcSecurityGroups`) and port (`Endpoint.Port`) and the groups\' rules (EC2 DescribeSecurityGroups).',
    ],
  },
  check(cluster, { graph, report }) {
    const port = prop(cluster, 'Port');
    // A port sagelint cannot read (a parameter without default) may be any: NaN stands for it.
    const known = leaves(port).map((leaf) => ({ port: leaf.value.t === 'scalar' ? Number(leaf.value.v) : NaN, certain: leaf.certain }));
    const ports = known.length ? known : [{ port: NaN, certain: false }];
    for (const group of securityGroupsOf(cluster, graph, 'VpcSecurityGroupIds')) {
      for (const rule of ingressRulesOf(group.item, graph)) {
        const reach = ports.map((p) => ({ ...p, covered: Number.isNaN(p.port) ? 'unknown' : coversTcpPort(rule.item, p.port) }));
        const reached = reach.filter((p) => p.covered !== 'no');
        if (!reached.length) continue;
        const surely = reach.length === reached.length && reached.every((p) => p.certain && p.covered === 'yes');
        const numbers = [...new Set(reached.map((p) => p.port).filter((p) => !Number.isNaN(p)))];
        const portText = numbers.length === 1 ? `the cluster port ${numbers[0]}` : 'the cluster port';
        for (const { field, placeholder } of CIDR_FIELDS) {
          const cidr = get(rule.item, field);
          const verdict = judge(cidr, (v) => v.t === 'scalar' && ANYWHERE.has(String(v.v).trim()));
          if (!verdict) continue;
          const certain = group.certain && rule.certain && surely && verdict.certainty === 'definite';
          report({
            at: cidr,
            certainty: certain ? 'definite' : 'possible',
            message: message`${propertyName(cidr, { of: rule.holder, below: rule.item })} ${verdict.because} in an ingress rule of security group ${group.item.id}: ${describeTraffic(rule.item)}, which reaches ${portText}, is open to every address. Limit the rule to the clients' CIDR or security group.`,
            fix: { description: `Limit the ingress rule to a trusted range (${placeholder})`, edits: [{ target: cidr, value: placeholder }] },
          });
        }
      }
    }
  },
});
