import { defineRule } from '../src/engine/rule.js';
import type { ResourceGraph } from '../src/model/graph.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, leaves, type Value } from '../src/model/value.js';

/** Addresses that mean "anywhere". */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/** Where an ingress rule names its source range, and the placeholder a fix puts there. */
const CIDR_FIELDS = [
  { field: 'CidrIp', placeholder: '<trusted-cidr>' },
  { field: 'CidrIpv6', placeholder: '<trusted-ipv6-cidr>' },
] as const;

/** Something that holds only for some deploy-time choices is uncertain. */
interface Possibly<T> {
  item: T;
  certain: boolean;
}

/** Security groups of the template that the notebook's SecurityGroupIds name, through every choice. */
function securityGroupsOf(notebook: Resource, graph: ResourceGraph): Possibly<Resource>[] {
  const found = new Map<Resource, boolean>();
  for (const list of leaves(prop(notebook, 'SecurityGroupIds'))) {
    if (list.value.t !== 'list') continue;
    for (const entry of list.value.items.flatMap(leaves)) {
      for (const group of graph.resolve(entry.value)) {
        if (group.kind === 'SecurityGroup') found.set(group, found.get(group) === true || (list.certain && entry.certain));
      }
    }
  }
  return [...found].map(([item, certain]) => ({ item, certain }));
}

/**
 * The ingress rules of a group: its inline `SecurityGroupIngress` entries, and
 * standalone ingress resources whose `GroupId` (or, in a default VPC, `GroupName`)
 * refers to it.
 */
function ingressRulesOf(group: Resource, graph: ResourceGraph): Possibly<Value>[] {
  const rules: Possibly<Value>[] = [];
  for (const list of leaves(prop(group, 'SecurityGroupIngress'))) {
    if (list.value.t !== 'list') continue;
    for (const entry of list.value.items.flatMap(leaves)) rules.push({ item: entry.value, certain: list.certain && entry.certain });
  }
  const standalone = new Set(graph.referrers(group, 'SecurityGroupIngress').map((e) => e.from));
  for (const ingress of standalone) {
    const targets = ['GroupId', 'GroupName'].flatMap((key) => leaves(prop(ingress, key))).filter((l) => l.value.t !== 'omitted');
    const hits = targets.filter((l) => graph.resolve(l.value).includes(group));
    if (hits.length) rules.push({ item: ingress.props, certain: hits.length === targets.length && hits.every((l) => l.certain) });
  }
  return rules;
}

/** "TCP port 22", "TCP ports 8000-8999", "all traffic", as far as the rule is known. */
function describeTraffic(rule: Value): string {
  const text = (key: string): string | undefined => {
    const v = get(rule, key);
    return v.t === 'scalar' && v.v !== null ? String(v.v).trim() : undefined;
  };
  const protocol = text('IpProtocol');
  if (protocol === '-1' || protocol?.toLowerCase() === 'all') return 'all traffic';
  const name = protocol && /^[a-z]+$/i.test(protocol) ? protocol.toUpperCase() : `protocol ${protocol ?? 'unknown'}`;
  const [from, to] = [text('FromPort'), text('ToPort')];
  if (from === undefined || to === undefined) return `${name} traffic`;
  return from === to ? `${name} port ${from}` : `${name} ports ${from}-${to}`;
}

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
    for (const group of securityGroupsOf(notebook, graph)) {
      for (const rule of ingressRulesOf(group.item, graph)) {
        for (const { field, placeholder } of CIDR_FIELDS) {
          const cidr = get(rule.item, field);
          const verdict = judge(cidr, (v) => v.t === 'scalar' && ANYWHERE.has(String(v.v).trim()));
          if (!verdict) continue;
          const certain = group.certain && rule.certain && verdict.certainty === 'definite';
          report({
            at: cidr,
            certainty: certain ? 'definite' : 'possible',
            message: `${field} ${verdict.because} in an ingress rule of security group ${group.item.id}: ${describeTraffic(rule.item)} to the notebook is open to every address. Remove the rule, or limit it to a trusted CIDR or security group; users reach notebooks through SageMaker, not directly.`,
            fix: { description: `Limit the ingress rule to a trusted range (${placeholder})`, edits: [{ target: cidr, value: placeholder }] },
          });
        }
      }
    }
  },
});
