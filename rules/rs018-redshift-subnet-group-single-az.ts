import { message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import type { ResourceGraph } from '../src/model/graph.js';
import { prop } from '../src/model/resource.js';
import { get, leaves, stringOf, type Value } from '../src/model/value.js';

/**
 * The Availability Zone of the subnet a subnet group lists at `index`: the
 * zone the live description gives beside it, else that of the subnet the entry
 * refers to in the input; undefined when neither is known.
 */
function zoneOf(entry: Value, index: number, group: Value, graph: ResourceGraph): string | undefined {
  const described = stringOf(get(group, 'Subnets', index, 'SubnetAvailabilityZone', 'Name'));
  if (described) return described;
  const subnets = graph.resolve(entry).filter((r) => r.kind === 'Subnet');
  const zones = new Set(subnets.map((subnet) => stringOf(prop(subnet, 'AvailabilityZone'))));
  if (zones.size !== 1) return undefined;
  return [...zones][0];
}

export default defineRule({
  id: 'RS018',
  name: 'redshift-subnet-group-single-az',
  severity: 'low',
  appliesTo: ['RedshiftSubnetGroup'],
  fixable: false,
  tags: ['availability', 'network', 'redshift'],
  presets: {
    recommended: false,
    reason: 'Availability, not security: a cluster can only move to, or run Multi-AZ in, zones its subnet group spans; many development warehouses live in one. Run `strict` or `security-hub` to hold subnet groups to it.',
  },
  docs: {
    summary: 'Redshift cluster subnet group has subnets in one Availability Zone only',
    description:
      "Reports a Redshift cluster subnet group (`AWS::Redshift::ClusterSubnetGroup`, `aws_redshift_subnet_group`, DescribeClusterSubnetGroups) whose `SubnetIds` all lie in one Availability Zone: a group of a single subnet, or subnets whose `AvailabilityZone` is the same. A subnet's zone is read from the subnet the entry refers to (a subnet of the same template or Terraform configuration) or, in the live audit, from the group's own description, which gives each subnet's zone. A group with a subnet whose zone cannot be read (a subnet ID from outside the input, a zone chosen with `Fn::GetAZs` at deploy time) is not reported unless it has one subnet only; a list chosen at deploy time is not judged. No fix is offered: the missing subnet in another zone must be created or chosen.",
    risk: "Redshift places a cluster in the subnets of its subnet group. With every subnet in one zone, the cluster cannot be relocated or restored into another zone of that group, and cannot be made Multi-AZ, so an outage of that zone stops the warehouse until the group is changed.",
    guidance: [
      { title: 'Amazon Redshift cluster subnet groups', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html' },
      { title: 'Relocating a cluster', url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html' },
      { title: 'Security Hub CSPM controls for Amazon Redshift (Redshift.16)', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html' },
    ],
    remediation: {
      cloudformation: 'SubnetIds:\n  - !Ref PrivateSubnetA   # AvailabilityZone: <zone-a>\n  - !Ref PrivateSubnetB   # AvailabilityZone: <zone-b>',
      terraform: 'subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id] # in two Availability Zones',
      cli: 'aws redshift modify-cluster-subnet-group --cluster-subnet-group-name <subnet-group> --subnet-ids <subnet-in-zone-a> <subnet-in-zone-b>',
      console: 'Amazon Redshift console → Configurations → Subnet groups → select the group → Edit → add a subnet of the same VPC in another Availability Zone → Save.',
    },
    alsoKnownAs: {
      'Security Hub': ['Redshift.16'],
      'AWS Config': ['redshift-cluster-subnet-group-multi-az'],
    },
    notes: ['The live audit reads each group with DescribeClusterSubnetGroups, which moto implements: its live test creates subnet groups against it.'],
  },
  check(group, { graph, report }) {
    const subnetIds = prop(group, 'SubnetIds');
    // A list chosen at deploy time, or not readable: not judged.
    const lists = leaves(subnetIds);
    if (lists.length !== 1 || lists[0]!.value.t !== 'list' || !lists[0]!.certain) return;
    const entries = lists[0]!.value.items;
    if (entries.length === 0) return;
    const zones = entries.map((entry, i) => zoneOf(entry, i, group.props, graph));
    const known = new Set(zones.filter((z): z is string => z !== undefined));
    if (entries.length === 1) {
      report({
        at: subnetIds,
        message: message`${propertyName('SubnetIds')} lists one subnet${known.size ? ` (in ${[...known][0]})` : ''}: the cluster subnet group spans one Availability Zone, so its clusters cannot move to, or run Multi-AZ in, another zone. Add a subnet of another Availability Zone.`,
      });
      return;
    }
    if (zones.includes(undefined) || known.size !== 1) return;
    report({
      at: subnetIds,
      message: message`Every subnet of ${propertyName('SubnetIds')} is in ${[...known][0]!}: the cluster subnet group spans one Availability Zone, so its clusters cannot move to, or run Multi-AZ in, another zone. Add a subnet of another Availability Zone.`,
    });
  },
});
