/**
 * What changing a property costs, as AWS documents it: CloudFormation's
 * "Update requires: Replacement" per property, and the arguments the Terraform
 * AWS provider marks ForceNew. A fix that edits such a property deletes the
 * resource and creates a new one (a notebook's ML storage volume, and the work
 * on it, is lost).
 */
import type { Path } from './location.js';
import type { Resource } from './resource.js';

/** Every property but these replaces the resource (Tags update in place). */
type ReplacingProperties = readonly string[] | { readonly allBut: readonly string[] };
const ALL_BUT_TAGS: ReplacingProperties = { allBut: ['Tags'] };

const NOTEBOOK = ['DirectInternetAccess', 'KmsKeyId', 'SubnetId', 'SecurityGroupIds', 'PlatformIdentifier', 'NotebookInstanceName'];
const DOMAIN_CFN = ['KmsKeyId', 'VpcId', 'AuthMode', 'DomainName', 'AppSecurityGroupManagement'];

/**
 * Canonical property names (top level) that replace the resource, by native
 * type. CloudFormation: AWS resource and property type reference; Terraform:
 * ForceNew arguments of the AWS provider.
 */
const REPLACED_BY: Readonly<Record<string, ReplacingProperties>> = {
  'AWS::SageMaker::NotebookInstance': NOTEBOOK,
  aws_sagemaker_notebook_instance: NOTEBOOK,
  'AWS::SageMaker::Domain': DOMAIN_CFN,
  // The provider cannot change a domain's subnets in place; CloudFormation can.
  aws_sagemaker_domain: [...DOMAIN_CFN, 'SubnetIds'],
  'AWS::SageMaker::UserProfile': ['DomainId', 'UserProfileName'],
  'AWS::SageMaker::Cluster': ['ClusterName', 'VpcConfig', 'Orchestrator'],
  aws_sagemaker_cluster: ['ClusterName', 'VpcConfig', 'Orchestrator'],
  'AWS::SageMaker::Model': ALL_BUT_TAGS,
  aws_sagemaker_model: ALL_BUT_TAGS,
  'AWS::SageMaker::EndpointConfig': ALL_BUT_TAGS,
  aws_sagemaker_endpoint_configuration: ALL_BUT_TAGS,
  'AWS::SageMaker::DataQualityJobDefinition': ALL_BUT_TAGS,
  'AWS::SageMaker::ModelQualityJobDefinition': ALL_BUT_TAGS,
  'AWS::SageMaker::ModelBiasJobDefinition': ALL_BUT_TAGS,
  'AWS::SageMaker::ModelExplainabilityJobDefinition': ALL_BUT_TAGS,
  aws_sagemaker_data_quality_job_definition: ALL_BUT_TAGS,
  aws_sagemaker_model_quality_job_definition: ALL_BUT_TAGS,
  'AWS::EC2::SecurityGroupIngress': { allBut: ['Description'] },
  aws_security_group_rule: ALL_BUT_TAGS,
  'AWS::EC2::SecurityGroup': ['GroupDescription', 'GroupName', 'VpcId'],
  'AWS::EC2::VPCEndpoint': ['ServiceName', 'VpcEndpointType', 'VpcId'],
  aws_vpc_endpoint: ['ServiceName', 'VpcEndpointType', 'VpcId'],
  'AWS::Redshift::Cluster': ['ClusterIdentifier', 'DBName', 'MasterUsername', 'ClusterSubnetGroupName', 'OwnerAccount', 'SnapshotIdentifier'],
  'AWS::IAM::Role': ['RoleName', 'Path'],
};

/**
 * Whether setting the property at `path` (inside the resource's properties)
 * replaces the resource. Resources declared inside another one (a job in a
 * Step Functions or pipeline definition) are never replaced: their definition
 * is a property of the enclosing resource that updates in place.
 */
export function replacesResource(resource: Resource, path: Path): boolean {
  const top = path[0];
  const replacing = REPLACED_BY[resource.type];
  if (typeof top !== 'string' || !replacing || resource.source === 'live') return false;
  return 'allBut' in replacing ? !replacing.allBut.includes(top) : replacing.includes(top);
}
