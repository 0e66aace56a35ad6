/** EC2 collector: the network around SageMaker (VPCs, subnets, routes, security groups, endpoints). */
import {
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import type { ServiceCalls } from './calls.js';
import { sortBy, toRecord } from './records.js';
import type { Ec2State } from './snapshot.js';

const PAGE_SIZE = 200;

export async function collectEc2(client: EC2Client, calls: ServiceCalls): Promise<Ec2State> {
  const paging = { client, pageSize: PAGE_SIZE };
  const [vpcs, subnets, securityGroups, vpcEndpoints, routeTables] = await Promise.all([
    calls.pages('DescribeVpcs', () => paginateDescribeVpcs(paging, {}), (p) => p.Vpcs),
    calls.pages('DescribeSubnets', () => paginateDescribeSubnets(paging, {}), (p) => p.Subnets),
    calls.pages('DescribeSecurityGroups', () => paginateDescribeSecurityGroups(paging, {}), (p) => p.SecurityGroups),
    calls.pages('DescribeVpcEndpoints', () => paginateDescribeVpcEndpoints(paging, {}), (p) => p.VpcEndpoints),
    calls.pages('DescribeRouteTables', () => paginateDescribeRouteTables(paging, {}), (p) => p.RouteTables),
  ]);
  return {
    vpcs: sortBy(vpcs.items.map(toRecord), (v) => v.VpcId),
    subnets: sortBy(subnets.items.map(toRecord), (s) => s.SubnetId),
    securityGroups: sortBy(securityGroups.items.map(toRecord), (g) => g.GroupId),
    vpcEndpoints: sortBy(vpcEndpoints.items.map(toRecord), (e) => e.VpcEndpointId),
    routeTables: sortBy(routeTables.items.map(toRecord), (t) => t.RouteTableId),
  };
}
