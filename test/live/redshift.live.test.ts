/**
 * Redshift settings that need more than the cluster's own description, against
 * a real AWS API (moto): the cluster's VPC security groups (EC2) and its port,
 * and the name of its first database.
 */
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import rs014 from '../../rules/rs014-redshift-security-group-open.js';
import rs017 from '../../rules/rs017-redshift-default-database-name.js';
import { auditAt, regionOf } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { CALLER_ACCOUNT, DUMMY_CREDENTIALS, HOME_REGION } from './seed.js';

const clusterArn = (name: string) => `arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:cluster:${name}`;

describeLive('audit of Redshift network settings', () => {
  let moto: MotoServer;
  let snapshot: Snapshot;

  beforeAll(async () => {
    moto = await startMoto();
    const client = { endpoint: moto.endpoint, credentials: DUMMY_CREDENTIALS, region: HOME_REGION };
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
    await cluster('exposed', await group('warehouse-open', 5439));
    await cluster('ssh-only', await group('ssh-open', 22), 'sales');
    snapshot = await auditAt(moto.endpoint, { regions: [HOME_REGION], services: ['ec2', 'redshift'] });
  }, 120_000);
  afterAll(() => moto?.stop());

  it("collects each cluster's security groups and endpoint port", () => {
    const { redshift } = regionOf(snapshot, CALLER_ACCOUNT, HOME_REGION);
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
});
