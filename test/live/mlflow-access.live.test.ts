/**
 * SM091 on identities read from a real IAM API (moto implements the inline
 * and managed policy calls and GetAccountAuthorizationDetails): MLflow
 * tracking servers have nothing to collect, so the identities that may use
 * them are what the audit judges.
 */
import { CreatePolicyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { beforeAll, expect, it } from 'vitest';
import { evaluateUnit } from '../../src/engine/evaluate.js';
import { prepareRules } from '../../src/core/rule.js';
import { snapshotToUnits, type Snapshot } from '../../src/loaders/account/index.js';
import sm091 from '../../rules/sm091-mlflow-access-unrestricted.js';
import { auditAt } from './audit.js';
import { describeLive, sharedMoto, SHARED_MOTO_ACCOUNTS } from './moto.js';
import { assumeInto, HOME_REGION } from './seed.js';

/** This file's account on the shared moto server. */
const ACCOUNT = SHARED_MOTO_ACCOUNTS.mlflowAccess;

const document = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describeLive('audit of who may use MLflow tracking servers', () => {
  let snapshot: Snapshot;

  beforeAll(async () => {
    const endpoint = await sharedMoto();
    const credentials = await assumeInto(endpoint, ACCOUNT);
    const iam = new IAMClient({ endpoint, credentials, region: HOME_REGION });
    for (const UserName of ['anywhere', 'in-vpc']) await iam.send(new CreateUserCommand({ UserName }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'anywhere', PolicyName: 'mlflow', PolicyDocument: document({ Effect: 'Allow', Action: 'sagemaker-mlflow:*', Resource: '*' }) }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'in-vpc',
        PolicyName: 'mlflow',
        PolicyDocument: document({ Effect: 'Allow', Action: 'sagemaker-mlflow:*', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } } }),
      }),
    );
    // A customer managed policy that no identity carries is judged on its own.
    await iam.send(new CreatePolicyCommand({ PolicyName: 'mlflow-readers', PolicyDocument: document({ Effect: 'Allow', Action: ['sagemaker-mlflow:SearchExperiments', 'sagemaker-mlflow:GetRun'], Resource: '*' }) }));
    snapshot = await auditAt(endpoint, { credentials, regions: [HOME_REGION], services: ['iam'], rules: [sm091] });
    await prepareRules([sm091]);
  }, 120_000);

  it('reports the identities that reach MLflow from any network, not the one held to its endpoint', () => {
    expect(snapshot.coverage).toEqual([]);
    const [unit] = snapshotToUnits(snapshot);
    const findings = evaluateUnit(unit!, { rules: [sm091] }).findings;
    expect(findings.map((f) => [f.resource.id, f.message.split(' on MLflow')[0]])).toEqual([
      [`arn:aws:iam::${ACCOUNT}:user/anywhere`, "Inline policy 'mlflow' allows every sagemaker-mlflow action"],
      [`arn:aws:iam::${ACCOUNT}:policy/mlflow-readers`, `Policy arn:aws:iam::${ACCOUNT}:policy/mlflow-readers ('mlflow-readers') allows sagemaker-mlflow:GetRun and sagemaker-mlflow:SearchExperiments`],
    ]);
  });
});
