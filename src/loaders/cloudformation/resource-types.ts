/** Which CloudFormation resource types the model knows, and as what. */
import type { ResourceKind } from '../../model/resource.js';

export const CLOUDFORMATION_KINDS: Readonly<Record<string, ResourceKind>> = {
  'AWS::SageMaker::NotebookInstance': 'NotebookInstance',
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': 'NotebookLifecycleConfig',
  'AWS::SageMaker::Domain': 'Domain',
  'AWS::SageMaker::UserProfile': 'UserProfile',
  'AWS::SageMaker::Model': 'Model',
  'AWS::SageMaker::EndpointConfig': 'EndpointConfig',
  'AWS::SageMaker::Endpoint': 'Endpoint',
  'AWS::SageMaker::Pipeline': 'Pipeline',
  'AWS::SageMaker::Cluster': 'HyperPodCluster',
  'AWS::SageMaker::Space': 'Space',
  'AWS::SageMaker::StudioLifecycleConfig': 'StudioLifecycleConfig',
  'AWS::SageMaker::Workforce': 'Workforce',
  'AWS::StepFunctions::StateMachine': 'StateMachine',
  'AWS::Serverless::StateMachine': 'StateMachine',
  'AWS::EC2::SecurityGroup': 'SecurityGroup',
  'AWS::EC2::SecurityGroupIngress': 'SecurityGroupIngress',
  'AWS::EC2::VPC': 'Vpc',
  'AWS::EC2::Subnet': 'Subnet',
  'AWS::EC2::VPCEndpoint': 'VpcEndpoint',
  'AWS::Redshift::Cluster': 'RedshiftCluster',
  'AWS::Redshift::ClusterParameterGroup': 'RedshiftParameterGroup',
  'AWS::IAM::Role': 'IamRole',
  'AWS::IAM::User': 'IamUser',
  'AWS::IAM::Group': 'IamGroup',
  'AWS::IAM::Policy': 'IamPolicy',
  'AWS::IAM::ManagedPolicy': 'IamPolicy',
  'AWS::IAM::RolePolicy': 'IamPolicy',
  'AWS::IAM::UserPolicy': 'IamPolicy',
  'AWS::IAM::GroupPolicy': 'IamPolicy',
  'AWS::EC2::RouteTable': 'RouteTable',
  'AWS::EC2::Route': 'Route',
  'AWS::Route53::HostedZone': 'HostedZone',
  'AWS::Route53::RecordSet': 'RecordSet',
};

/**
 * The property holding a resource's physical name. Other resources and
 * embedded definitions may name the resource by it (a transform task's
 * `ModelName: churn`, a policy's `Roles: [ml-execution]`), so a literal name
 * is also an alias in the graph.
 */
export const NAME_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::SageMaker::NotebookInstance': 'NotebookInstanceName',
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': 'NotebookInstanceLifecycleConfigName',
  'AWS::SageMaker::Domain': 'DomainName',
  'AWS::SageMaker::UserProfile': 'UserProfileName',
  'AWS::SageMaker::Model': 'ModelName',
  'AWS::SageMaker::EndpointConfig': 'EndpointConfigName',
  'AWS::SageMaker::Endpoint': 'EndpointName',
  'AWS::SageMaker::Pipeline': 'PipelineName',
  'AWS::SageMaker::Cluster': 'ClusterName',
  'AWS::SageMaker::Space': 'SpaceName',
  'AWS::SageMaker::StudioLifecycleConfig': 'StudioLifecycleConfigName',
  'AWS::SageMaker::Workforce': 'WorkforceName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::Redshift::Cluster': 'ClusterIdentifier',
  'AWS::Redshift::ClusterParameterGroup': 'ParameterGroupName',
};

/** Types whose `Tags` property is a list of `{ Key, Value }`. */
export const TAGGABLE_TYPES: ReadonlySet<string> = new Set([
  'AWS::SageMaker::NotebookInstance',
  'AWS::SageMaker::Domain',
  'AWS::SageMaker::UserProfile',
  'AWS::SageMaker::Model',
  'AWS::SageMaker::EndpointConfig',
  'AWS::SageMaker::Endpoint',
  'AWS::SageMaker::Pipeline',
  'AWS::SageMaker::ProcessingJob',
  'AWS::SageMaker::DataQualityJobDefinition',
  'AWS::SageMaker::ModelQualityJobDefinition',
  'AWS::SageMaker::ModelBiasJobDefinition',
  'AWS::SageMaker::ModelExplainabilityJobDefinition',
  'AWS::SageMaker::MonitoringSchedule',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::Redshift::Cluster',
  'AWS::Redshift::ClusterParameterGroup',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::ManagedPolicy',
]);
