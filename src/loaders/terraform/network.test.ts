import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { ResourceGraph } from '../../model/graph.js';
import { internetPath } from '../../model/network.js';
import { get } from '../../model/value.js';
import type { LoadedUnit } from '../../core/unit.js';
import { loadTerraformPlan } from './plan.js';
import { at, memoryUnit, plain, resource } from './testing.js';

const VPC = 'resource "aws_vpc" "ml" {\n  cidr_block = "10.0.0.0/16"\n}\n';

/** Whether the VPC `aws_vpc.ml` of a unit reaches the internet, as SM050 judges it. */
function reach(unit: LoadedUnit, vpcId = 'aws_vpc.ml') {
  const graph = new ResourceGraph(unit.resources);
  return internetPath(graph, resource(unit, vpcId), []);
}

describe('route tables and routes', () => {
  it('maps inline route blocks onto Routes in the shape of AWS::EC2::Route, located where each is written', async () => {
    const unit = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.ml.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123"
  }
  route {
    ipv6_cidr_block        = "::/0"
    egress_only_gateway_id = "eigw-0123"
  }
  propagating_vgws = ["vgw-1"]
}
`,
    });
    const table = resource(unit, 'aws_route_table.private');
    expect(table.kind).toBe('RouteTable');
    expect(plain(table.props)).toEqual({
      VpcId: { ref: 'aws_vpc.ml.id' },
      Routes: [
        { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0123' },
        { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0123' },
      ],
    });
    expect(at(get(table.props, 'Routes', 0, 'NatGatewayId'))).toBe('main.tf:9:22');
    expect(reach(unit)).toBe('yes');
  });

  it('finds no internet path in a table whose default route goes to an internet gateway only', async () => {
    const unit = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.ml.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0123"
  }
}
`,
    });
    expect(plain(get(resource(unit, 'aws_route_table.public').props, 'Routes'))).toEqual([{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0123' }]);
    expect(reach(unit)).toBe('no');
  });

  it('maps aws_route onto Route with its RouteTableId, counted for the table it names', async () => {
    const unit = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.ml.id
}

resource "aws_route" "out" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  transit_gateway_id     = "tgw-0123"
}
`,
    });
    const route = resource(unit, 'aws_route.out');
    expect(route.kind).toBe('Route');
    expect(plain(route.props)).toEqual({
      RouteTableId: { ref: 'aws_route_table.private.id' },
      DestinationCidrBlock: '0.0.0.0/0',
      TransitGatewayId: 'tgw-0123',
    });
    expect(reach(unit)).toBe('yes');
  });

  it('counts routes of the main table, named through the VPC or as aws_default_route_table', async () => {
    const throughVpc = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_route" "out" {
  route_table_id         = aws_vpc.ml.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = "nat-0123"
}
`,
    });
    expect(reach(throughVpc)).toBe('yes');
    const defaultTable = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.ml.default_route_table_id
  route {
    cidr_block           = "0.0.0.0/0"
    network_interface_id = "eni-0123"
  }
}
`,
    });
    expect(resource(defaultTable, 'aws_default_route_table.main').kind).toBe('RouteTable');
    expect(reach(defaultTable)).toBe('yes');
  });

  it('adds route tables, subnets and security groups of endpoint associations to the endpoint, after its own', async () => {
    const unit = await memoryUnit({
      'main.tf': `${VPC}
resource "aws_route_table" "a" {
  vpc_id = aws_vpc.ml.id
}

resource "aws_route_table" "b" {
  vpc_id = aws_vpc.ml.id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id          = aws_vpc.ml.id
  service_name    = "com.amazonaws.eu-west-1.s3"
  route_table_ids = [aws_route_table.a.id]
}

resource "aws_vpc_endpoint_route_table_association" "b" {
  vpc_endpoint_id = aws_vpc_endpoint.s3.id
  route_table_id  = aws_route_table.b.id
}

resource "aws_vpc_endpoint" "api" {
  vpc_id            = aws_vpc.ml.id
  service_name      = "com.amazonaws.eu-west-1.sagemaker.api"
  vpc_endpoint_type = "Interface"
}

resource "aws_vpc_endpoint_subnet_association" "api" {
  vpc_endpoint_id = aws_vpc_endpoint.api.id
  subnet_id       = "subnet-0123"
}

resource "aws_vpc_endpoint_security_group_association" "api" {
  vpc_endpoint_id   = aws_vpc_endpoint.api.id
  security_group_id = "sg-0123"
}
`,
    });
    const s3 = resource(unit, 'aws_vpc_endpoint.s3');
    expect(plain(get(s3.props, 'RouteTableIds'))).toEqual([{ ref: 'aws_route_table.a.id' }, { ref: 'aws_route_table.b.id' }]);
    expect(get(s3.props, 'RouteTableIds', 1).loc.path).toEqual(['RouteTableIds', 1]);
    const api = resource(unit, 'aws_vpc_endpoint.api');
    expect(plain(get(api.props, 'SubnetIds'))).toEqual(['subnet-0123']);
    expect(plain(get(api.props, 'SecurityGroupIds'))).toEqual(['sg-0123']);
    expect(get(api.props, 'RouteTableId').t).toBe('omitted');
    const graph = new ResourceGraph(unit.resources);
    expect(graph.references(s3, 'RouteTable').map((e) => e.to.id)).toEqual(['aws_route_table.a', 'aws_route_table.b']);
  });
});

describe('route tables and routes in a plan', () => {
  /** Plans leave out of an object the attributes known only after apply. */
  const knownOnly = (values: Record<string, string>, unknown: Record<string, boolean> = {}) => Object.fromEntries(Object.entries(values).filter(([k]) => !unknown[k]));

  /** A plan with a VPC and one route table whose inline routes are given (in the provider's shape: unset attributes are ""). */
  async function planWith(routes: Record<string, string>[], routeUnknown: Record<string, boolean>[] = [], routeExpressions: Record<string, unknown>[] = []) {
    const empty = Object.fromEntries(
      ['carrier_gateway_id', 'cidr_block', 'core_network_arn', 'destination_prefix_list_id', 'egress_only_gateway_id', 'gateway_id', 'ipv6_cidr_block', 'local_gateway_id', 'nat_gateway_id', 'network_interface_id', 'transit_gateway_id', 'vpc_endpoint_id', 'vpc_peering_connection_id'].map((k) => [k, '']),
    );
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.5',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_vpc.ml', mode: 'managed', type: 'aws_vpc', name: 'ml', values: { cidr_block: '10.0.0.0/16' } },
            { address: 'aws_route_table.private', mode: 'managed', type: 'aws_route_table', name: 'private', values: { route: routes.map((r, i) => ({ ...knownOnly(empty, routeUnknown[i]), ...r })), tags: null } },
          ],
        },
      },
      resource_changes: [
        { address: 'aws_vpc.ml', mode: 'managed', type: 'aws_vpc', name: 'ml', change: { actions: ['create'], after: {}, after_unknown: { id: true } } },
        {
          address: 'aws_route_table.private',
          mode: 'managed',
          type: 'aws_route_table',
          name: 'private',
          change: { actions: ['create'], after: {}, after_unknown: { id: true, vpc_id: true, route: routeUnknown } },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.ml', mode: 'managed', type: 'aws_vpc', name: 'ml', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } } },
            {
              address: 'aws_route_table.private',
              mode: 'managed',
              type: 'aws_route_table',
              name: 'private',
              expressions: { vpc_id: { references: ['aws_vpc.ml.id', 'aws_vpc.ml'] }, route: routeExpressions },
            },
          ],
        },
      },
    };
    const unit = await loadTerraformPlan(tmpdir(), 'sagelint-route-plan.json', JSON.stringify(plan));
    expect(unit.errors).toEqual([]);
    return unit;
  }

  it('reads the empty strings a plan gives unset route attributes as unset', async () => {
    const unit = await planWith([{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-0123' }]);
    const table = resource(unit, 'aws_route_table.private');
    expect(plain(table.props)).toEqual({ VpcId: { ref: 'aws_vpc.ml.id' }, Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0123' }] });
    expect(reach(unit)).toBe('no');
  });

  it('follows a route target known only after apply to the resource the configuration names', async () => {
    const unit = await planWith(
      [{ cidr_block: '0.0.0.0/0' }],
      [{ nat_gateway_id: true }],
      [{ cidr_block: { constant_value: '0.0.0.0/0' }, nat_gateway_id: { references: ['aws_nat_gateway.out.id', 'aws_nat_gateway.out'] } }],
    );
    expect(plain(get(resource(unit, 'aws_route_table.private').props, 'Routes', 0, 'NatGatewayId'))).toEqual({ ref: 'aws_nat_gateway.out.id' });
    expect(reach(unit)).toBe('yes');
  });
});
