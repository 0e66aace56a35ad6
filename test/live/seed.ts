/**
 * Seeds a moto server through the AWS SDK with resources good and bad, in two
 * regions of the caller's account and in a member account reached by AssumeRole.
 */
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, CreateVpcEndpointCommand, EC2Client } from '@aws-sdk/client-ec2';
import { AttachRolePolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateClusterCommand, CreateClusterParameterGroupCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import {
  CreateDataQualityJobDefinitionCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelBiasJobDefinitionCommand,
  CreateModelCommand,
  CreateModelExplainabilityJobDefinitionCommand,
  CreateModelQualityJobDefinitionCommand,
  CreateNotebookInstanceCommand,
  CreateNotebookInstanceLifecycleConfigCommand,
  CreatePipelineCommand,
  CreateProcessingJobCommand,
  CreateTrainingJobCommand,
  CreateTransformJobCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@smithy/types';

export const CALLER_ACCOUNT = '123456789012';
export const MEMBER_ACCOUNT = '111111111111';
export const AUDIT_ROLE = 'SagelintAudit';
export const HOME_REGION = 'us-east-1';
export const OTHER_REGION = 'eu-west-1';

/** moto accepts any credentials until it is told to enforce IAM. */
export const DUMMY_CREDENTIALS: AwsCredentialIdentity = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** A credential-looking string planted in a lifecycle script: it must never be printed. */
export const PLANTED_SECRET = 'AKIAZZZZZZZZZZZZZZZZ';

const EXECUTION_ROLE = 'SageMakerExecution';
const IMAGE = '382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1';
const BUCKET = 's3://sagelint-test-data';
const KMS_KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

interface Connection {
  endpoint: string;
  credentials: AwsCredentialIdentity;
}

function config(connection: Connection, region: string) {
  return { endpoint: connection.endpoint, credentials: connection.credentials, region };
}

export interface SeededNetwork {
  vpcId: string;
  subnetId: string;
  openGroupId: string;
  closedGroupId: string;
}

export interface SeededState {
  roleArn: string;
  network: SeededNetwork;
}

/**
 * The caller's account: everything the audit reads, in the home region, and a
 * name clash in the other. `awsManagedPolicy` attaches AmazonSageMakerFullAccess,
 * which moto knows only when started with MOTO_IAM_LOAD_MANAGED_POLICIES=true.
 * `credentials` of another account (`assumeInto`) seed that account instead.
 */
export async function seedCallerAccount(endpoint: string, { awsManagedPolicy = true, credentials = DUMMY_CREDENTIALS } = {}): Promise<SeededState> {
  const connection = { endpoint, credentials };
  const roleArn = await seedIam(connection, awsManagedPolicy);
  const network = await seedNetwork(connection, HOME_REGION);
  await seedSageMaker(connection, HOME_REGION, roleArn, network);
  await seedRedshift(connection, HOME_REGION);
  await seedSameNames(connection, OTHER_REGION, roleArn);
  return { roleArn, network };
}

/**
 * The member account, reached as the audit will reach it: through AssumeRole.
 * A notebook with the default (open) settings in each region, and in the other
 * region a processing job outside any VPC.
 */
export async function seedMemberAccount(endpoint: string): Promise<void> {
  const credentials = await assumeInto(endpoint, MEMBER_ACCOUNT);
  const roleArn = `arn:aws:iam::${MEMBER_ACCOUNT}:role/${EXECUTION_ROLE}`;
  const home = new SageMakerClient(config({ endpoint, credentials }, HOME_REGION));
  await home.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'member-notebook', InstanceType: 'ml.t3.medium', RoleArn: roleArn }));
  const other = new SageMakerClient(config({ endpoint, credentials }, OTHER_REGION));
  await other.send(new CreateNotebookInstanceCommand({ NotebookInstanceName: 'member-west-notebook', InstanceType: 'ml.t3.medium', RoleArn: roleArn }));
  await other.send(
    new CreateProcessingJobCommand({
      ProcessingJobName: 'member-prepare',
      RoleArn: roleArn,
      AppSpecification: { ImageUri: IMAGE },
      ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
    }),
  );
}

export async function assumeInto(endpoint: string, account: string): Promise<AwsCredentialIdentity> {
  const sts = new STSClient(config({ endpoint, credentials: DUMMY_CREDENTIALS }, HOME_REGION));
  const out = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${AUDIT_ROLE}`, RoleSessionName: 'seed' }));
  const c = out.Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

async function seedIam(connection: Connection, awsManagedPolicy: boolean): Promise<string> {
  const iam = new IAMClient(config(connection, HOME_REGION));
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
  const role = await iam.send(new CreateRoleCommand({ RoleName: EXECUTION_ROLE, AssumeRolePolicyDocument: JSON.stringify(trust), Tags: [{ Key: 'team', Value: 'ml' }] }));
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: EXECUTION_ROLE,
      PolicyName: 'AnyBucket',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
    }),
  );
  const readData = await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'ReadTrainingData',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::sagelint-test-data/*' }] }),
    }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: EXECUTION_ROLE, PolicyArn: readData.Policy!.Arn! }));
  if (awsManagedPolicy) await iam.send(new AttachRolePolicyCommand({ RoleName: EXECUTION_ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess' }));
  return role.Role!.Arn!;
}

async function seedNetwork(connection: Connection, region: string): Promise<SeededNetwork> {
  const ec2 = new EC2Client(config(connection, region));
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  const vpcId = vpc.Vpc!.VpcId!;
  const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24', AvailabilityZone: `${region}a` }));
  const subnetId = subnet.Subnet!.SubnetId!;
  const open = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'notebook-open', Description: 'Jupyter open to the world', VpcId: vpcId }));
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: open.GroupId!,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8888, ToPort: 8888, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'anyone' }] }],
    }),
  );
  const closed = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'notebook-closed', Description: 'VPC only', VpcId: vpcId }));
  await ec2.send(
    new AuthorizeSecurityGroupIngressCommand({
      GroupId: closed.GroupId!,
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: open.GroupId! }] }],
    }),
  );
  await ec2.send(
    new CreateVpcEndpointCommand({
      VpcId: vpcId,
      ServiceName: `com.amazonaws.${region}.sagemaker.api`,
      VpcEndpointType: 'Interface',
      SubnetIds: [subnetId],
      SecurityGroupIds: [closed.GroupId!],
      PrivateDnsEnabled: true,
    }),
  );
  return { vpcId, subnetId, openGroupId: open.GroupId!, closedGroupId: closed.GroupId! };
}

async function seedSageMaker(connection: Connection, region: string, roleArn: string, network: SeededNetwork): Promise<void> {
  const sm = new SageMakerClient(config(connection, region));
  const script = `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${PLANTED_SECRET}\ncurl -s https://example.com/setup.sh | bash\n`;
  await sm.send(
    new CreateNotebookInstanceLifecycleConfigCommand({
      NotebookInstanceLifecycleConfigName: 'risky-setup',
      OnStart: [{ Content: Buffer.from(script).toString('base64') }],
    }),
  );
  await sm.send(
    new CreateNotebookInstanceCommand({
      NotebookInstanceName: 'open-notebook',
      InstanceType: 'ml.t3.medium',
      RoleArn: roleArn,
      LifecycleConfigName: 'risky-setup',
      Tags: [
        { Key: 'aws:cloudformation:stack-name', Value: 'ml-sandbox' },
        { Key: 'aws:cloudformation:logical-id', Value: 'SandboxNotebook' },
      ],
    }),
  );
  await sm.send(
    new CreateNotebookInstanceCommand({
      NotebookInstanceName: 'locked-notebook',
      InstanceType: 'ml.t3.medium',
      RoleArn: roleArn,
      SubnetId: network.subnetId,
      SecurityGroupIds: [network.closedGroupId],
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      KmsKeyId: KMS_KEY,
      Tags: [{ Key: 'team', Value: 'ml' }],
    }),
  );
  await sm.send(new CreateModelCommand({ ModelName: 'churn', ExecutionRoleArn: roleArn, PrimaryContainer: { Image: IMAGE, ModelDataUrl: `${BUCKET}/model.tar.gz` } }));
  await sm.send(
    new CreateModelCommand({
      ModelName: 'churn-isolated',
      ExecutionRoleArn: roleArn,
      PrimaryContainer: { Image: IMAGE },
      VpcConfig: { Subnets: [network.subnetId], SecurityGroupIds: [network.closedGroupId] },
      EnableNetworkIsolation: true,
    }),
  );
  await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'churn', ProductionVariants: [{ VariantName: 'main', ModelName: 'churn', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }] }));
  await sm.send(new CreateEndpointCommand({ EndpointName: 'churn', EndpointConfigName: 'churn' }));
  await sm.send(
    new CreateTrainingJobCommand({
      TrainingJobName: 'train-churn',
      RoleArn: roleArn,
      AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
      OutputDataConfig: { S3OutputPath: `${BUCKET}/output` },
      ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 10 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    }),
  );
  await sm.send(
    new CreateProcessingJobCommand({
      ProcessingJobName: 'prepare-churn',
      RoleArn: roleArn,
      AppSpecification: { ImageUri: IMAGE },
      ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large', VolumeSizeInGB: 10 } },
      NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: { Subnets: [network.subnetId], SecurityGroupIds: [network.closedGroupId] } },
    }),
  );
  await sm.send(
    new CreateTransformJobCommand({
      TransformJobName: 'score-churn',
      ModelName: 'churn',
      TransformInput: { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `${BUCKET}/input` } } },
      TransformOutput: { S3OutputPath: `${BUCKET}/scores` },
      TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 },
    }),
  );
  await sm.send(
    new CreatePipelineCommand({
      PipelineName: 'churn-pipeline',
      RoleArn: roleArn,
      PipelineDefinition: JSON.stringify({ Version: '2020-12-01', Steps: [{ Name: 'Train', Type: 'Training', Arguments: { RoleArn: roleArn } }] }),
      ClientRequestToken: 'sagelint-seed-pipeline-token-0001',
    }),
  );
}

/**
 * One monitoring job definition of each kind in the home region, each the job
 * its schedules run: the data quality one in the VPC with encrypted storage on
 * one instance (no job rule reports it), the others with the defaults (outside
 * any VPC, not isolated, storage with the default keys).
 */
export async function seedMonitoringJobDefinitions(endpoint: string, roleArn: string, network: SeededNetwork, credentials = DUMMY_CREDENTIALS): Promise<void> {
  const sm = new SageMakerClient(config({ endpoint, credentials }, HOME_REGION));
  const input = { EndpointInput: { EndpointName: 'churn', LocalPath: '/opt/ml/processing/input' } };
  const output = (key?: string) => ({ MonitoringOutputs: [{ S3Output: { S3Uri: `${BUCKET}/monitoring`, LocalPath: '/opt/ml/processing/output' } }], ...(key ? { KmsKeyId: key } : {}) });
  const resources = (key?: string) => ({ ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.large' as const, VolumeSizeInGB: 10, ...(key ? { VolumeKmsKeyId: key } : {}) } });
  const app = { ImageUri: IMAGE };
  await sm.send(
    new CreateDataQualityJobDefinitionCommand({
      JobDefinitionName: 'quality-in-vpc',
      RoleArn: roleArn,
      DataQualityAppSpecification: app,
      DataQualityJobInput: input,
      DataQualityJobOutputConfig: output(KMS_KEY),
      JobResources: resources(KMS_KEY),
      NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: { Subnets: [network.subnetId], SecurityGroupIds: [network.closedGroupId] } },
      Tags: [{ Key: 'team', Value: 'ml' }],
    }),
  );
  await sm.send(
    new CreateModelQualityJobDefinitionCommand({
      JobDefinitionName: 'model-quality-open',
      RoleArn: roleArn,
      ModelQualityAppSpecification: { ...app, ProblemType: 'BinaryClassification' },
      ModelQualityJobInput: { ...input, GroundTruthS3Input: { S3Uri: `${BUCKET}/truth` } },
      ModelQualityJobOutputConfig: output(),
      JobResources: resources(),
    }),
  );
  await sm.send(
    new CreateModelBiasJobDefinitionCommand({
      JobDefinitionName: 'bias-open',
      RoleArn: roleArn,
      ModelBiasAppSpecification: { ...app, ConfigUri: `${BUCKET}/bias.json` },
      ModelBiasJobInput: { ...input, GroundTruthS3Input: { S3Uri: `${BUCKET}/truth` } },
      ModelBiasJobOutputConfig: output(),
      JobResources: resources(),
    }),
  );
  await sm.send(
    new CreateModelExplainabilityJobDefinitionCommand({
      JobDefinitionName: 'explain-open',
      RoleArn: roleArn,
      ModelExplainabilityAppSpecification: { ...app, ConfigUri: `${BUCKET}/shap.json` },
      ModelExplainabilityJobInput: input,
      ModelExplainabilityJobOutputConfig: output(),
      JobResources: resources(),
    }),
  );
}

/** The same model and endpoint config names in another region: references must stay in their region. */
async function seedSameNames(connection: Connection, region: string, roleArn: string): Promise<void> {
  const sm = new SageMakerClient(config(connection, region));
  await sm.send(new CreateModelCommand({ ModelName: 'churn', ExecutionRoleArn: roleArn, PrimaryContainer: { Image: IMAGE } }));
  await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'churn', ProductionVariants: [{ VariantName: 'main', ModelName: 'churn', InstanceType: 'ml.m5.large', InitialInstanceCount: 2 }] }));
}

async function seedRedshift(connection: Connection, region: string): Promise<void> {
  const redshift = new RedshiftClient(config(connection, region));
  await redshift.send(new CreateClusterParameterGroupCommand({ ParameterGroupName: 'strict', ParameterGroupFamily: 'redshift-1.0', Description: 'requires TLS' }));
  await redshift.send(
    new CreateClusterCommand({
      ClusterIdentifier: 'public-warehouse',
      NodeType: 'dc2.large',
      MasterUsername: 'admin',
      MasterUserPassword: 'Passw0rd-not-used',
      PubliclyAccessible: true,
      Encrypted: false,
      ClusterType: 'single-node',
    }),
  );
  await redshift.send(
    new CreateClusterCommand({
      ClusterIdentifier: 'private-warehouse',
      NodeType: 'dc2.large',
      MasterUsername: 'admin',
      MasterUserPassword: 'Passw0rd-not-used',
      PubliclyAccessible: false,
      Encrypted: true,
      EnhancedVpcRouting: true,
      ClusterParameterGroupName: 'strict',
      ClusterType: 'single-node',
    }),
  );
}

/**
 * An auditor user whose only policy is `policy`; returns its access keys. moto
 * then judges each request of these keys against the policy (once IAM is enforced).
 */
export async function createAuditor(endpoint: string, userName: string, policy: object): Promise<AwsCredentialIdentity> {
  const iam = new IAMClient(config({ endpoint, credentials: DUMMY_CREDENTIALS }, HOME_REGION));
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(new PutUserPolicyCommand({ UserName: userName, PolicyName: 'audit', PolicyDocument: JSON.stringify(policy) }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return { accessKeyId: key.AccessKey!.AccessKeyId!, secretAccessKey: key.AccessKey!.SecretAccessKey! };
}
