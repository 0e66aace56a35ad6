import { describe, expect, it } from 'vitest';
import { ResourceGraph } from '../../model/graph.js';
import { get, judge } from '../../model/value.js';
import { prop } from '../../model/resource.js';
import { at, fixtureUnit, memoryUnit, plain, resource } from './testing.js';

describe('SageMaker resources', () => {
  it('maps a notebook instance onto the CloudFormation property names, located where each argument is written', async () => {
    const unit = await fixtureUnit('notebook');
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.research');
    expect(nb).toMatchObject({ kind: 'NotebookInstance', type: 'aws_sagemaker_notebook_instance', source: 'terraform' });
    expect(at(nb)).toBe('main.tf:10:1');
    expect(plain(nb.props)).toMatchObject({
      NotebookInstanceName: 'research-prod',
      InstanceType: { unknown: 'var.instance_type can be set when Terraform runs', fallback: ['var.instance_type keeps its default', 'ml.t3.medium'] },
      PlatformIdentifier: 'notebook-al2-v2',
      SubnetId: { ref: 'aws_subnet.private.id' },
      SecurityGroupIds: [{ ref: 'aws_security_group.notebook.id' }],
      LifecycleConfigName: { ref: 'aws_sagemaker_notebook_instance_lifecycle_configuration.setup.name' },
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Enabled',
      VolumeSizeInGB: 50,
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '1' },
    });
    expect(at(get(nb.props, 'RootAccess'))).toBe('main.tf:20:17');
    expect(get(nb.props, 'InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion').loc.path).toEqual([
      'InstanceMetadataServiceConfiguration',
      'MinimumInstanceMetadataServiceVersion',
    ]);
    expect(nb.aliases).toEqual(['research-prod']);
  });

  it('leaves omitted arguments omitted, so AWS defaults apply', async () => {
    const unit = await fixtureUnit('notebook');
    const scratch = resource(unit, 'aws_sagemaker_notebook_instance.scratch');
    const access = prop(scratch, 'DirectInternetAccess');
    expect(access.t).toBe('omitted');
    expect(judge(access, (l) => l.t === 'scalar' && l.v === 'Enabled')?.because).toBe("is omitted and defaults to 'Enabled'");
  });

  it('maps Studio domains and user profiles, nested settings blocks included', async () => {
    const unit = await fixtureUnit('sagemaker');
    expect(plain(resource(unit, 'aws_sagemaker_domain.studio').props)).toMatchObject({
      AppNetworkAccessType: 'PublicInternetOnly',
      SubnetIds: ['subnet-0123456789abcdef0'],
      DefaultUserSettings: {
        ExecutionRole: 'arn:aws:iam::123456789012:role/studio',
        SecurityGroups: ['sg-0123456789abcdef0'],
        SharingSettings: { NotebookOutputOption: 'Allowed' },
        KernelGatewayAppSettings: { CustomImages: [{ AppImageConfigName: 'conda', ImageName: 'conda' }] },
      },
      DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED' } },
    });
    expect(plain(resource(unit, 'aws_sagemaker_user_profile.alice').props)).toEqual({
      DomainId: { ref: 'aws_sagemaker_domain.studio.id' },
      UserProfileName: 'alice',
      UserSettings: { ExecutionRole: 'arn:aws:iam::123456789012:role/alice' },
    });
  });

  it('maps models, endpoint configurations (list and object blocks) and endpoints', async () => {
    const unit = await fixtureUnit('sagemaker');
    expect(plain(resource(unit, 'aws_sagemaker_model.churn').props)).toMatchObject({
      EnableNetworkIsolation: true,
      PrimaryContainer: { Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn:1', Environment: { LOG_LEVEL: 'info' } },
      VpcConfig: { Subnets: ['subnet-0123456789abcdef0'], SecurityGroupIds: ['sg-0123456789abcdef0'] },
    });
    expect(plain(resource(unit, 'aws_sagemaker_endpoint_configuration.churn').props)).toMatchObject({
      KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      ProductionVariants: [{ VariantName: 'primary', ModelName: { ref: 'aws_sagemaker_model.churn.name' }, InitialInstanceCount: 1, VolumeSizeInGB: 30 }],
      DataCaptureConfig: { EnableCapture: true, CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] },
      AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://async/churn' } },
    });
    expect(plain(resource(unit, 'aws_sagemaker_endpoint.churn').props)).toEqual({
      EndpointName: 'churn',
      EndpointConfigName: { ref: 'aws_sagemaker_endpoint_configuration.churn.name' },
    });
  });

  it('maps a data quality job definition onto the model Job shape', async () => {
    const job = resource(await fixtureUnit('sagemaker'), 'aws_sagemaker_data_quality_job_definition.churn');
    expect(job.kind).toBe('Job');
    expect(plain(job.props)).toMatchObject({
      JobType: 'data-quality',
      RoleArn: 'arn:aws:iam::123456789012:role/monitor',
      EnableNetworkIsolation: true,
      ResourceConfig: { InstanceCount: 2, InstanceType: 'ml.m5.large' },
      OutputDataConfig: { KmsKeyId: 'alias/monitoring' },
    });
    expect(get(job.props, 'VpcConfig').t).toBe('omitted');
    expect(get(job.props, 'JobType').loc).toMatchObject({ readOnly: true });
  });

  it('gives pipelines and state machines their definitions, and the jobs they declare', async () => {
    const unit = await fixtureUnit('sagemaker');
    const pipeline = resource(unit, 'aws_sagemaker_pipeline.train');
    expect(pipeline.kind).toBe('Pipeline');
    expect(get(pipeline.props, 'PipelineDefinition', 'PipelineDefinitionBody').t).toBe('map');
    const machine = resource(unit, 'aws_sfn_state_machine.retrain');
    const task = get(machine.props, 'Definition', 'States', 'Train');
    expect(plain(get(task, 'Resource'))).toBe('arn:aws:states:::sagemaker:createTrainingJob.sync');
    expect(at(get(task, 'Resource'))).toBe('pipelines.tf:37:23');
    const jobs = unit.resources.filter((r) => r.kind === 'Job' && r.type !== 'aws_sagemaker_data_quality_job_definition');
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    expect(jobs.every((j) => plain(get(j.props, 'JobType')) === 'training')).toBe(true);
  });
});

describe('IAM', () => {
  it('renders aws_iam_policy_document data sources as policy documents: principals, conditions, default effect', async () => {
    const role = resource(await fixtureUnit('iam'), 'aws_iam_role.execution');
    const statement = get(role.props, 'AssumeRolePolicyDocument', 'Statement', 0);
    expect(plain(statement)).toEqual({
      Action: ['sts:AssumeRole'],
      Principal: { Service: ['sagemaker.amazonaws.com'] },
      Condition: { StringEquals: { 'aws:SourceAccount': [{ unknown: 'data.aws_caller_identity.current.account_id is read from AWS when Terraform plans' }] } },
      Effect: 'Allow',
    });
    expect(at(get(statement, 'Principal', 'Service', 0))).toBe('main.tf:8:22');
    expect(get(statement, 'Effect').loc).toMatchObject({ readOnly: true });
  });

  it('merges source_policy_documents before the statements of the document', async () => {
    const policy = resource(await fixtureUnit('iam'), 'aws_iam_policy.data_access');
    const statements = get(policy.props, 'PolicyDocument', 'Statement');
    expect(plain(statements)).toEqual([
      { Sid: 'Read', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::datasets/*'], Effect: 'Allow' },
      { Sid: 'Write', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::*'], Effect: 'Allow' },
    ]);
    expect(get(statements, 1, 'Resource', 0).loc.path).toEqual(['PolicyDocument', 'Statement', 1, 'Resource', 0]);
  });

  it('turns attachments into Roles/Users/Groups of a policy in scope, or ManagedPolicyArns of the role', async () => {
    const unit = await fixtureUnit('iam');
    const role = resource(unit, 'aws_iam_role.execution');
    expect(plain(get(role.props, 'ManagedPolicyArns'))).toEqual(['arn:aws:iam::aws:policy/AmazonSageMakerFullAccess']);
    expect(at(get(role.props, 'ManagedPolicyArns', 0))).toBe('main.tf:65:16');
    expect(plain(get(resource(unit, 'aws_iam_policy.data_access').props, 'Roles'))).toEqual([{ ref: 'aws_iam_role.execution.name' }]);
    const admin = resource(unit, 'aws_iam_policy.admin');
    expect(plain(get(admin.props, 'Users'))).toEqual([{ ref: 'aws_iam_user.analyst.name' }]);
    expect(plain(get(admin.props, 'Groups'))).toEqual(['scientists']);
    const graph = new ResourceGraph(unit.resources);
    expect(graph.references(admin).map((e) => e.to.id).sort()).toEqual(['aws_iam_group.scientists', 'aws_iam_user.analyst']);
    expect(graph.referrers(role, 'IamPolicy').map((e) => e.from.id).sort()).toEqual(['aws_iam_policy.data_access', 'aws_iam_role_policy.pass_role']);
  });

  it('maps inline role, user and group policies onto IamPolicy with the identity in its list', async () => {
    const unit = await fixtureUnit('iam');
    expect(plain(resource(unit, 'aws_iam_role_policy.pass_role').props)).toMatchObject({ PolicyName: 'pass-role', Roles: [{ ref: 'aws_iam_role.execution.id' }] });
    const group = resource(unit, 'aws_iam_group_policy.notebooks');
    expect(group.kind).toBe('IamPolicy');
    expect(plain(get(group.props, 'Groups'))).toEqual([{ ref: 'aws_iam_group.scientists.name' }]);
    expect(plain(get(resource(unit, 'aws_iam_role.execution').props, 'Policies', 0, 'PolicyName'))).toBe('logs');
  });
});

describe('network', () => {
  it('splits security group rules per source as CloudFormation declares them', async () => {
    const group = resource(await fixtureUnit('network'), 'aws_security_group.notebook');
    const ingress = get(group.props, 'SecurityGroupIngress');
    expect(plain(ingress)).toEqual([
      { Description: 'HTTPS from anywhere', FromPort: 443, ToPort: 443, IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' },
      { Description: 'HTTPS from anywhere', FromPort: 443, ToPort: 443, IpProtocol: 'tcp', CidrIp: '10.0.0.0/8' },
      { Description: 'HTTPS from anywhere', FromPort: 443, ToPort: 443, IpProtocol: 'tcp', CidrIpv6: '::/0' },
    ]);
    expect(get(ingress, 1, 'CidrIp').loc.path).toEqual(['SecurityGroupIngress', 1, 'CidrIp']);
    expect(at(get(ingress, 1, 'CidrIp'))).toBe('main.tf:23:38');
    expect(plain(get(group.props, 'SecurityGroupEgress', 0, 'CidrIp'))).toBe('0.0.0.0/0');
  });

  it('makes standalone ingress rules SecurityGroupIngress resources linked to their group, and skips egress rules', async () => {
    const unit = await fixtureUnit('network');
    const ingress = unit.resources.filter((r) => r.kind === 'SecurityGroupIngress').map((r) => r.id);
    expect(ingress).toEqual(['aws_security_group_rule.ssh', 'aws_vpc_security_group_ingress_rule.jupyter']);
    expect(plain(resource(unit, 'aws_vpc_security_group_ingress_rule.jupyter').props)).toMatchObject({ CidrIp: '0.0.0.0/0', FromPort: 8888, IpProtocol: 'tcp' });
    const graph = new ResourceGraph(unit.resources);
    expect(graph.referrers(resource(unit, 'aws_security_group.notebook'), 'SecurityGroupIngress')).toHaveLength(2);
  });

  it('gives one resource per source when a standalone rule names several', async () => {
    const unit = await memoryUnit({
      'main.tf':
        'resource "aws_security_group_rule" "web" {\n  type = "ingress"\n  security_group_id = "sg-1"\n  from_port = 80\n  to_port = 80\n  protocol = "tcp"\n  cidr_blocks = ["0.0.0.0/0", "10.0.0.0/8"]\n}\n',
    });
    expect(unit.resources.map((r) => [r.id, plain(get(r.props, 'CidrIp'))])).toEqual([
      ['aws_security_group_rule.web', '0.0.0.0/0'],
      ['aws_security_group_rule.web#2', '10.0.0.0/8'],
    ]);
  });

  it('maps VPC endpoints, their policy set by aws_vpc_endpoint_policy, subnets and VPCs', async () => {
    const unit = await fixtureUnit('network');
    expect(plain(resource(unit, 'aws_vpc_endpoint.sagemaker_api').props)).toMatchObject({ VpcEndpointType: 'Interface', PrivateDnsEnabled: false });
    expect(plain(get(resource(unit, 'aws_vpc_endpoint.s3').props, 'PolicyDocument', 'Statement', 0))).toEqual({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' });
    expect(plain(resource(unit, 'aws_subnet.private').props)).toEqual({ VpcId: { ref: 'aws_vpc.ml.id' }, CidrBlock: '10.20.1.0/24', MapPublicIpOnLaunch: false });
    expect(resource(unit, 'aws_vpc.ml').kind).toBe('Vpc');
  });
});

describe('Redshift', () => {
  it('maps parameter groups, and puts aws_redshift_logging into the cluster it configures', async () => {
    const unit = await fixtureUnit('redshift/constraint');
    expect(plain(get(resource(unit, 'aws_redshift_parameter_group.ssl').props, 'Parameters'))).toEqual([
      { ParameterName: 'require_ssl', ParameterValue: 'true' },
      { ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' },
    ]);
    const cluster = resource(unit, 'aws_redshift_cluster.warehouse');
    expect(plain(get(cluster.props, 'LoggingProperties'))).toEqual({ LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] });
    expect(plain(get(cluster.props, 'ClusterParameterGroupName'))).toEqual({ ref: 'aws_redshift_parameter_group.ssl.name' });
  });

  it('reads a logging block that is switched off as no logging', async () => {
    const cluster = resource(await fixtureUnit('redshift/unpinned'), 'aws_redshift_cluster.warehouse');
    expect(get(cluster.props, 'LoggingProperties').t).toBe('omitted');
    expect(plain(get(cluster.props, 'Encrypted'))).toBe(true);
  });
});

describe('tags', () => {
  it('merges provider default_tags with resource tags, the resource winning', async () => {
    const unit = await fixtureUnit('tags');
    const tagged = resource(unit, 'aws_sagemaker_model.tagged').tags!;
    expect(Object.fromEntries(tagged.known)).toEqual({ Owner: 'ml-platform', Environment: 'staging', Team: 'churn' });
    expect(tagged.partial).toBe(false);
    expect(tagged.loc).toMatchObject({ file: 'main.tf', start: { line: 21, column: 3 } });
  });

  it('uses the provider configuration a resource names, and keeps the known part of a partly known merge', async () => {
    const unit = await fixtureUnit('tags');
    const untagged = resource(unit, 'aws_sagemaker_model.untagged').tags!;
    expect(untagged.known.size).toBe(0);
    expect(untagged.partial).toBe(false);
    const partly = resource(unit, 'aws_sagemaker_model.partly').tags!;
    expect([...partly.known.keys()]).toEqual(['Team']);
    expect(partly.partial).toBe(true);
  });

  it('gives no tag set to types CloudFormation does not tag', async () => {
    const unit = await fixtureUnit('iam');
    expect(resource(unit, 'aws_iam_role_policy.pass_role').tags).toBeUndefined();
    expect(resource(unit, 'aws_iam_role.execution').tags).toBeDefined();
  });
});

describe('references between resources', () => {
  it('become graph edges: notebook → role, subnet, security group, lifecycle configuration', async () => {
    const unit = await fixtureUnit('notebook');
    const graph = new ResourceGraph(unit.resources);
    const nb = resource(unit, 'aws_sagemaker_notebook_instance.research');
    expect(graph.references(nb).map((e) => e.to.id).sort()).toEqual([
      'aws_iam_role.notebook',
      'aws_sagemaker_notebook_instance_lifecycle_configuration.setup',
      'aws_security_group.notebook',
      'aws_subnet.private',
    ]);
  });

  it('notes a resource address declared twice and checks both', async () => {
    const unit = await memoryUnit({
      'a.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'b.tf': 'resource "aws_vpc" "x" {\n  cidr_block = "10.1.0.0/16"\n}\n',
    });
    expect(unit.resources.map((r) => plain(get(r.props, 'CidrBlock')))).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
    expect(unit.notes).toEqual([expect.objectContaining({ file: 'b.tf', line: 1, message: expect.stringMatching(/aws_vpc.x is declared more than once \(a.tf:1, b.tf:1\)/) })]);
  });
});
