/** EC2 records → resources: the network around SageMaker (VPCs, subnets with their routes, security groups, VPC endpoints). */
import type { IpPermission } from '@aws-sdk/client-ec2';
import type { Path } from '../../../model/location.js';
import type { Value } from '../../../model/value.js';
import { LiveValues } from '../live-values.js';
import type { ApiRecord, Ec2State } from '../snapshot.js';
import { asIs, type Spec, type SpecTable, type Where } from './spec.js';

type E<K extends keyof Ec2State> = Ec2State[K][number];

const ec2Arn = (where: Where, owner: string | undefined, type: string, id: string | undefined) =>
  id && `arn:${where.partition}:ec2:${where.region}:${owner ?? where.account}:${type}/${id}`;

const VPC: Spec<E<'vpcs'>> = {
  kind: 'Vpc',
  type: 'Vpc',
  arn: (r, where) => ec2Arn(where, r.OwnerId, 'vpc', r.VpcId),
  ids: (r) => [r.VpcId],
  tags: 'inline',
  props: asIs,
};

/**
 * Subnets carry the routes of their route table (the explicit association, else
 * the VPC's main table) as `RouteTableId` and `Routes`: live state only, located
 * in the route table, so rules can tell a subnet with an internet route.
 */
function subnetSpec(routeTables: readonly E<'routeTables'>[]): Spec<E<'subnets'>> {
  const tableOf = (subnet: E<'subnets'>) =>
    routeTables.find((t) => t.Associations?.some((a) => a.SubnetId === subnet.SubnetId)) ??
    routeTables.find((t) => t.VpcId === subnet.VpcId && t.Associations?.some((a) => a.Main));
  return {
    kind: 'Subnet',
    type: 'Subnet',
    arn: (r, where) => r.SubnetArn ?? ec2Arn(where, r.OwnerId, 'subnet', r.SubnetId),
    ids: (r) => [r.SubnetId],
    tags: 'inline',
    props: (r, v) => {
      const table = tableOf(r);
      const tableValues = table?.RouteTableId && new LiveValues({ ...v.origin, arn: ec2Arn(v.origin, table.OwnerId, 'route-table', table.RouteTableId)! });
      return v.record(r, {
        RouteTableId: tableValues ? tableValues.plain(table.RouteTableId, ['RouteTableId']) : undefined,
        Routes: tableValues && table.Routes ? tableValues.plain(table.Routes, ['Routes']) : undefined,
      });
    },
  };
}

/** One CloudFormation rule (SecurityGroupIngress/Egress entry) per address range, peer group or prefix list of each API permission. */
function securityGroupRules(permissions: readonly IpPermissionRecord[] | undefined, key: string, v: LiveValues, direction: 'Source' | 'Destination'): Value | undefined {
  if (!permissions) return undefined;
  const rules = permissions.flatMap((permission, i) => {
    const rule = (path: Path, target: [string, string][], from: Record<string, unknown>) =>
      v.map(
        [
          ...(['IpProtocol', 'FromPort', 'ToPort'] as const).map((field) => [field, v.optional(permission[field], [key, i, field])] as const),
          ...target.map(([canonical, api]) => [canonical, v.optional(from[api], [...path, api])] as const),
          ['Description', v.optional(from.Description, [...path, 'Description'])] as const,
        ],
        path,
      );
    const each = <T extends object>(list: readonly T[] | undefined, listKey: string, target: [string, string][]) =>
      (list ?? []).map((entry, j) => rule([key, i, listKey, j], target, entry as Record<string, unknown>));
    return [
      ...each(permission.IpRanges, 'IpRanges', [['CidrIp', 'CidrIp']]),
      ...each(permission.Ipv6Ranges, 'Ipv6Ranges', [['CidrIpv6', 'CidrIpv6']]),
      // CloudFormation names the owner of a peer group only for ingress.
      ...each(permission.UserIdGroupPairs, 'UserIdGroupPairs', [
        [`${direction}SecurityGroupId`, 'GroupId'],
        ...(direction === 'Source' ? ([['SourceSecurityGroupOwnerId', 'UserId']] as [string, string][]) : []),
      ]),
      ...each(permission.PrefixListIds, 'PrefixListIds', [[`${direction}PrefixListId`, 'PrefixListId']]),
    ];
  });
  return v.list(rules, [key]);
}

type IpPermissionRecord = ApiRecord<IpPermission>;

const SECURITY_GROUP: Spec<E<'securityGroups'>> = {
  kind: 'SecurityGroup',
  type: 'SecurityGroup',
  arn: (r, where) => r.SecurityGroupArn ?? ec2Arn(where, r.OwnerId, 'security-group', r.GroupId),
  ids: (r) => [r.GroupId],
  tags: 'inline',
  props: (r, v) =>
    v.record(r, {
      Description: undefined,
      GroupDescription: v.optional(r.Description, ['Description']),
      IpPermissions: undefined,
      SecurityGroupIngress: securityGroupRules(r.IpPermissions, 'IpPermissions', v, 'Source'),
      IpPermissionsEgress: undefined,
      SecurityGroupEgress: securityGroupRules(r.IpPermissionsEgress, 'IpPermissionsEgress', v, 'Destination'),
    }),
};

const VPC_ENDPOINT: Spec<E<'vpcEndpoints'>> = {
  kind: 'VpcEndpoint',
  type: 'VpcEndpoint',
  arn: (r, where) => ec2Arn(where, r.OwnerId, 'vpc-endpoint', r.VpcEndpointId),
  ids: (r) => [r.VpcEndpointId],
  tags: 'inline',
  props: (r, v, ctx) =>
    v.record(r, {
      Groups: undefined,
      SecurityGroupIds: r.Groups && v.list(r.Groups.map((g, i) => v.plain(g.GroupId ?? null, ['Groups', i, 'GroupId'])), ['Groups']),
      PolicyDocument: ctx.document(v, r.PolicyDocument, ['PolicyDocument']),
    }),
};

/** How each collection of a region's EC2 state maps; route tables are read through their subnets. */
export function ec2Specs(ec2: Ec2State): SpecTable<Ec2State> {
  return { vpcs: VPC, subnets: subnetSpec(ec2.routeTables), securityGroups: SECURITY_GROUP, vpcEndpoints: VPC_ENDPOINT };
}
