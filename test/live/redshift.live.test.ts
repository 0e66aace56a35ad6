/**
 * Redshift settings that need more than the cluster's own description, against
 * a real AWS API (moto): the cluster's VPC security groups (EC2) and its port,
 * the name of its first database, and cluster subnet groups with the
 * Availability Zones of their subnets, and cluster snapshots with their tags.
 */
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateClusterSnapshotCommand, CreateClusterSubnetGroupCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import rs014 from '../../rules/rs014-redshift-security-group-open.js';
import rs017 from '../../rules/rs017-redshift-default-database-name.js';
import rs018 from '../../rules/rs018-redshift-subnet-group-single-az.js';
import tg001 from '../../rules/tg001-missing-required-tags.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.redshift;

const clusterArn = (name: string) => `arn:aws:redshift:${HOME_REGION}:${ACCOUNT}:cluster:${name}`;

describeLive('audit of Redshift network settings', () => {
  let snapshot: Snapshot;

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const client = { endpoint, credentials, region: HOME_REGION };
    const ec2 = new EC2Client(client);
    const redshift = new RedshiftClient(client);
    const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
    const group = async (name: string, port: number) => {
      const id = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc }))).GroupId!;
      await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
      return id;
    };
    const cluster = (name: string, groupId: string, database?: string) =>
      redshift.send(
        new CreateClusterCommand({
          ClusterIdentifier: name,
          NodeType: 'ra3.xlplus',
          MasterUsername: 'dw_admin',
          MasterUserPassword: 'Password1234',
          VpcSecurityGroupIds: [groupId],
          ...(database ? { DBName: database } : {}),
        }),
      );
    const subnet = async (cidr: string, zone: string) => (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: zone }))).Subnet!.SubnetId!;
    const [zoneA, zoneA2, zoneB] = [await subnet('10.20.1.0/24', 'us-east-1a'), await subnet('10.20.2.0/24', 'us-east-1a'), await subnet('10.20.3.0/24', 'us-east-1b')];
    await redshift.send(new CreateClusterSubnetGroupCommand({ ClusterSubnetGroupName: 'one-zone', Description: 'one zone', SubnetIds: [zoneA, zoneA2] }));
    await redshift.send(
      new CreateClusterSubnetGroupCommand({ ClusterSubnetGroupName: 'two-zones', Description: 'two zones', SubnetIds: [zoneA, zoneB], Tags: [{ Key: 'team', Value: 'data' }] }),
    );
    await cluster('exposed', await group('warehouse-open', 5439));
    await cluster('ssh-only', await group('ssh-open', 22), 'sales');
    await redshift.send(new CreateClusterSnapshotCommand({ ClusterIdentifier: 'exposed', SnapshotIdentifier: 'untagged' }));
    await redshift.send(new CreateClusterSnapshotCommand({ ClusterIdentifier: 'exposed', SnapshotIdentifier: 'tagged', Tags: [{ Key: 'team', Value: 'data' }] }));
    // The real tag rule's kinds, so that a gap names it.
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['ec2', 'redshift'], rules: [{ id: tg001.id, appliesTo: tg001.appliesTo }] });
  }, 120_000);

  it("collects each cluster's security groups and endpoint port", () => {
    const { redshift } = regionOf(snapshot, ACCOUNT, HOME_REGION);
    expect(redshift.clusters.map((c) => [c.ClusterIdentifier, c.Endpoint?.Port, c.VpcSecurityGroups?.length, c.DBName])).toEqual([
      ['exposed', 5439, 1, 'dev'],
      ['ssh-only', 5439, 1, 'sales'],
    ]);
  });

  it('RS014 reports the cluster whose group is open to anywhere on its port, not the one open on another port', () => {
    const [unit] = snapshotToUnits(snapshot);
    const findings = evaluateUnit(unit!, { rules: [rs014] }).findings;
    expect(findings.map((f) => [f.resource.id, f.certainty])).toEqual([[clusterArn('exposed'), 'definite']]);
  });

  it('RS017 reports the cluster created without a database name (dev), not the one named sales', () => {
    const [unit] = snapshotToUnits(snapshot);
    const findings = evaluateUnit(unit!, { rules: [rs017] }).findings;
    expect(findings.map((f) => [f.resource.id, f.message.split(':')[0]])).toEqual([[clusterArn('exposed'), "DBName is 'dev'"]]);
  });

  it('collects subnet groups with their zones; RS018 reports the one-zone group, TG001 the untagged one', () => {
    const { redshift } = regionOf(snapshot, ACCOUNT, HOME_REGION);
    expect(redshift.subnetGroups.map((g) => [g.ClusterSubnetGroupName, g.Subnets?.map((s) => s.SubnetAvailabilityZone?.Name)])).toEqual([
      ['one-zone', ['us-east-1a', 'us-east-1a']],
      ['two-zones', ['us-east-1a', 'us-east-1b']],
    ]);
    const [unit] = snapshotToUnits(snapshot);
    const subnetGroupArn = (name: string) => `arn:aws:redshift:${HOME_REGION}:${ACCOUNT}:subnetgroup:${name}`;
    expect(evaluateUnit(unit!, { rules: [rs018] }).findings.map((f) => f.resource.id)).toEqual([subnetGroupArn('one-zone')]);
    const untagged = evaluateUnit(unit!, { rules: [tg001] }).findings.filter((f) => f.resource.kind === 'RedshiftSubnetGroup');
    expect(untagged.map((f) => f.resource.id)).toEqual([subnetGroupArn('one-zone')]);
  });

  it('collects cluster snapshots with their tags: TG001 reports the untagged one (Redshift.13)', () => {
    const { redshift } = regionOf(snapshot, ACCOUNT, HOME_REGION);
    expect(redshift.snapshots.filter((s) => s.SnapshotType === 'manual').map((s) => [s.SnapshotIdentifier, s.Tags?.length])).toEqual([
      ['tagged', 1],
      ['untagged', 0],
    ]);
    const [unit] = snapshotToUnits(snapshot);
    const untagged = evaluateUnit(unit!, { rules: [tg001] }).findings.filter((f) => f.resource.kind === 'RedshiftSnapshot');
    expect(untagged.map((f) => f.resource.id)).toContain(`arn:aws:redshift:${HOME_REGION}:${ACCOUNT}:snapshot:exposed/untagged`);
    expect(untagged.map((f) => f.resource.id)).not.toContain(`arn:aws:redshift:${HOME_REGION}:${ACCOUNT}:snapshot:exposed/tagged`);
  });

  it('records the event subscriptions moto does not implement as a coverage gap, not a crash', () => {
    const gap = snapshot.coverage.find((g) => g.operation === 'DescribeEventSubscriptions');
    expect(gap?.rulesAffected).toContain('TG001');
    expect(regionOf(snapshot, ACCOUNT, HOME_REGION).redshift.eventSubscriptions).toEqual([]);
  });
});
