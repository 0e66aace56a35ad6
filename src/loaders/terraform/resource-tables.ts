/**
 * One declarative table per Terraform resource type: which CloudFormation type
 * (and so which model kind and canonical property names) it stands for, and
 * how its arguments and blocks map onto those properties. Arguments not listed
 * map by convention (see `schema.ts`).
 *
 * Sources: the Terraform AWS provider documentation of each resource and the
 * CloudFormation resource reference of the matching type.
 */
import type { ResourceKind } from '../../model/resource.js';
import type { Scalar, Value } from '../../model/value.js';
import type { JobType } from '../../model/job-shapes.js';
import { enabledBy, type ArgTable } from './schema.js';

export interface ResourceMapping {
  /** The CloudFormation type whose property shapes the canonical model uses (its kind, tags and expander follow). */
  cloudFormationType: string;
  /**
   * For types CloudFormation's table gives no kind (it expands them): the kind,
   * whose model shape the arguments map to directly, so no expander runs.
   */
  kind?: ResourceKind;
  /** Properties the type implies, set on every resource of it. */
  constants?: Readonly<Record<string, Scalar>>;
  args: ArgTable;
  /** Arguments whose value is a name the resource answers to (for references by name). */
  names?: readonly string[];
  /** Properties whose default depends on the AWS provider's major version. */
  providerDefaults?: readonly ProviderDefault[];
  /** One model resource per element of these properties, as CloudFormation declares one rule per source. */
  fanOut?: readonly string[];
  /** Only blocks whose argument has this value become resources (`type = "ingress"`). */
  when?: { argument: string; equals: string };
}

export interface ProviderDefault {
  property: string;
  /** The first major version of the AWS provider with the new default. */
  changedIn: number;
  before: Scalar;
  after: Scalar;
}

const VPC_CONFIG: ArgTable = {
  subnets: { to: 'Subnets' },
  security_group_ids: { to: 'SecurityGroupIds' },
};

const CONTAINER: ArgTable = {
  image_config: { block: 'object', args: { repository_auth_config: { block: 'object' } } },
  multi_model_config: { block: 'object' },
  model_data_source: { block: 'object', args: { s3_data_source: { block: 'object', args: { model_access_config: { block: 'object' } } } } },
};

const PRODUCTION_VARIANT: ArgTable = {
  enable_ssm_access: { to: 'EnableSSMAccess' },
  serverless_config: { block: 'object' },
  core_dump_config: { block: 'object' },
  routing_config: { block: 'list' },
  managed_instance_scaling: { block: 'object' },
  capacity_reservation_config: { block: 'object' },
};

const POLICY_DOCUMENT = { json: 'document' } as const;

/** Security group rules of `aws_security_group` blocks, split per source like CloudFormation's. */
const SECURITY_GROUP_RULE: ArgTable = {
  protocol: { to: 'IpProtocol' },
  cidr_blocks: { to: 'CidrIp' },
  ipv6_cidr_blocks: { to: 'CidrIpv6' },
  security_groups: { to: 'SourceSecurityGroupId' },
  prefix_list_ids: { to: 'SourcePrefixListId' },
  self: { skip: true },
};
const RULE_SOURCES = ['CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourcePrefixListId'];

/** Plans give every attribute of a table's inline route, unset ones as `""`: those are no target. */
function emptyIsUnset(value: Value): Value | undefined {
  return value.t === 'scalar' && value.v === '' ? undefined : value;
}

/** Where a route sends traffic; `egress_only_gateway_id` is the one CloudFormation names differently. */
const ROUTE_TARGETS: ArgTable = {
  ...Object.fromEntries(
    [
      'carrier_gateway_id',
      'core_network_arn',
      'destination_prefix_list_id',
      'gateway_id',
      'instance_id',
      'local_gateway_id',
      'nat_gateway_id',
      'network_interface_id',
      'transit_gateway_id',
      'vpc_endpoint_id',
      'vpc_peering_connection_id',
    ].map((name) => [name, { reshape: emptyIsUnset }]),
  ),
  egress_only_gateway_id: { to: 'EgressOnlyInternetGatewayId', reshape: emptyIsUnset },
};

/**
 * Inline `route` blocks become `Routes` in the shape of `AWS::EC2::Route` (as
 * live route tables carry them), so a table's routes read like standalone ones.
 */
const ROUTE_TABLE: ArgTable = {
  route: {
    to: 'Routes',
    block: 'list',
    args: {
      ...ROUTE_TARGETS,
      cidr_block: { to: 'DestinationCidrBlock', reshape: emptyIsUnset },
      ipv6_cidr_block: { to: 'DestinationIpv6CidrBlock', reshape: emptyIsUnset },
    },
  },
  propagating_vgws: { skip: true },
};

const MONITORING_JOB_INPUT: ArgTable = {
  endpoint_input: { block: 'object' },
  batch_transform_input: { block: 'object', args: { dataset_format: { block: 'object', args: { csv: { block: 'object' }, json: { block: 'object' } } } } },
};

/**
 * A monitoring job definition (`<prefix>_job_definition`) mapped straight onto
 * the model's Job shape (see `src/model/resource.ts`), not onto the
 * CloudFormation type's: `network_config` and `job_resources.cluster_config`
 * hold what CreateTrainingJob keeps at the top.
 */
function monitoringJobDefinition(prefix: string, cloudFormationType: string, jobType: JobType, specific: ArgTable): ResourceMapping {
  return {
    cloudFormationType,
    kind: 'Job',
    constants: { JobType: jobType },
    names: ['name'],
    args: {
      name: { to: 'JobDefinitionName' },
      network_config: {
        to: [],
        block: 'object',
        args: {
          vpc_config: { to: 'VpcConfig', block: 'object', args: VPC_CONFIG },
          enable_network_isolation: { to: 'EnableNetworkIsolation' },
          enable_inter_container_traffic_encryption: { to: 'EnableInterContainerTrafficEncryption' },
        },
      },
      job_resources: { to: [], block: 'object', args: { cluster_config: { to: 'ResourceConfig', block: 'object' } } },
      [`${prefix}_job_output_config`]: {
        to: 'OutputDataConfig',
        block: 'object',
        args: { monitoring_outputs: { block: 'list', args: { s3_output: { block: 'object' } } } },
      },
      [`${prefix}_app_specification`]: { block: 'object' },
      stopping_condition: { block: 'object' },
      ...specific,
    },
  };
}

export const RESOURCE_MAPPINGS: Readonly<Record<string, ResourceMapping>> = {
  aws_sagemaker_notebook_instance: {
    cloudFormationType: 'AWS::SageMaker::NotebookInstance',
    names: ['name'],
    args: {
      name: { to: 'NotebookInstanceName' },
      security_groups: { to: 'SecurityGroupIds' },
      volume_size: { to: 'VolumeSizeInGB' },
      instance_metadata_service_configuration: { block: 'object' },
    },
  },
  aws_sagemaker_notebook_instance_lifecycle_configuration: {
    cloudFormationType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
    names: ['name'],
    args: {
      name: { to: 'NotebookInstanceLifecycleConfigName' },
      on_create: { to: ['OnCreate', 0, 'Content'] },
      on_start: { to: ['OnStart', 0, 'Content'] },
    },
  },
  aws_sagemaker_domain: {
    cloudFormationType: 'AWS::SageMaker::Domain',
    names: ['domain_name'],
    args: {
      default_user_settings: { block: 'object', args: userSettings() },
      default_space_settings: { block: 'object', args: userSettings() },
      domain_settings: {
        block: 'object',
        args: {
          docker_settings: { block: 'object' },
          r_studio_server_pro_domain_settings: { block: 'object', args: { default_resource_spec: { block: 'object' } } },
        },
      },
      retention_policy: { block: 'object' },
    },
  },
  aws_sagemaker_user_profile: {
    cloudFormationType: 'AWS::SageMaker::UserProfile',
    names: ['user_profile_name'],
    args: { user_settings: { block: 'object', args: userSettings() } },
  },
  aws_sagemaker_model: {
    cloudFormationType: 'AWS::SageMaker::Model',
    names: ['name'],
    args: {
      name: { to: 'ModelName' },
      primary_container: { block: 'object', args: CONTAINER },
      container: { to: 'Containers', block: 'list', args: CONTAINER },
      vpc_config: { block: 'object', args: VPC_CONFIG },
      inference_execution_config: { block: 'object' },
    },
  },
  aws_sagemaker_feature_group: {
    cloudFormationType: 'AWS::SageMaker::FeatureGroup',
    names: ['feature_group_name'],
    args: {
      offline_store_config: { block: 'object', args: { s3_storage_config: { to: 'S3StorageConfig', block: 'object' }, data_catalog_config: { block: 'object' } } },
      online_store_config: { block: 'object', args: { security_config: { block: 'object' }, ttl_duration: { block: 'object' } } },
      feature_definition: { to: 'FeatureDefinitions', block: 'list' },
    },
  },
  aws_sagemaker_endpoint_configuration: {
    cloudFormationType: 'AWS::SageMaker::EndpointConfig',
    names: ['name'],
    args: {
      name: { to: 'EndpointConfigName' },
      kms_key_arn: { to: 'KmsKeyId' },
      production_variants: { block: 'list', args: PRODUCTION_VARIANT },
      shadow_production_variants: { block: 'list', args: PRODUCTION_VARIANT },
      data_capture_config: {
        block: 'object',
        args: { capture_options: { block: 'list' }, capture_content_type_header: { block: 'object' } },
      },
      async_inference_config: {
        block: 'object',
        args: { output_config: { block: 'object', args: { notification_config: { block: 'object' } } }, client_config: { block: 'object' } },
      },
    },
  },
  aws_sagemaker_cluster: {
    cloudFormationType: 'AWS::SageMaker::Cluster',
    names: ['cluster_name'],
    args: {
      vpc_config: { block: 'object', args: VPC_CONFIG },
      orchestrator: { block: 'object', args: { eks: { block: 'object' } } },
      instance_group: {
        to: 'InstanceGroups',
        block: 'list',
        args: {
          lifecycle_config: { to: 'LifeCycleConfig', block: 'object' },
          instance_storage_config: { to: 'InstanceStorageConfigs', block: 'list', args: { ebs_volume_config: { block: 'object' } } },
          override_vpc_config: { block: 'object', args: VPC_CONFIG },
          scheduled_update_config: { block: 'object', args: { deployment_config: { block: 'object', args: { auto_rollback_configuration: { block: 'list' }, rolling_update_policy: { block: 'object', args: { maximum_batch_size: { block: 'object' }, rollback_maximum_batch_size: { block: 'object' } } } } } } },
        },
      },
    },
  },
  aws_sagemaker_space: {
    cloudFormationType: 'AWS::SageMaker::Space',
    names: ['space_name'],
    args: {
      space_settings: { block: 'object', args: userSettings() },
      ownership_settings: { block: 'object' },
      space_sharing_settings: { block: 'object' },
    },
  },
  aws_sagemaker_studio_lifecycle_config: {
    cloudFormationType: 'AWS::SageMaker::StudioLifecycleConfig',
    names: ['studio_lifecycle_config_name'],
    args: {},
  },
  aws_sagemaker_app_image_config: {
    cloudFormationType: 'AWS::SageMaker::AppImageConfig',
    names: ['app_image_config_name'],
    args: {
      kernel_gateway_image_config: { block: 'object', args: { kernel_spec: { to: 'KernelSpecs', block: 'list' }, file_system_config: { block: 'object' } } },
      jupyter_lab_image_config: { block: 'object', args: { file_system_config: { block: 'object' }, container_config: { block: 'object' } } },
      code_editor_app_image_config: { block: 'object', args: { file_system_config: { block: 'object' }, container_config: { block: 'object' } } },
    },
  },
  aws_sagemaker_image: {
    cloudFormationType: 'AWS::SageMaker::Image',
    names: ['image_name'],
    args: { role_arn: { to: 'ImageRoleArn' }, description: { to: 'ImageDescription' } },
  },
  aws_sagemaker_workforce: {
    cloudFormationType: 'AWS::SageMaker::Workforce',
    names: ['workforce_name'],
    args: {
      source_ip_config: { block: 'object' },
      cognito_config: { block: 'object' },
      oidc_config: { block: 'object' },
      workforce_vpc_config: { block: 'object' },
    },
  },
  aws_sagemaker_model_package_group: {
    cloudFormationType: 'AWS::SageMaker::ModelPackageGroup',
    names: ['model_package_group_name'],
    args: {},
  },
  aws_sagemaker_endpoint: {
    cloudFormationType: 'AWS::SageMaker::Endpoint',
    names: ['name'],
    args: { name: { to: 'EndpointName' }, deployment_config: { block: 'object' } },
  },
  aws_sagemaker_pipeline: {
    cloudFormationType: 'AWS::SageMaker::Pipeline',
    names: ['pipeline_name'],
    args: {
      pipeline_definition: { to: ['PipelineDefinition', 'PipelineDefinitionBody'], ...POLICY_DOCUMENT },
      pipeline_definition_s3_location: {
        to: ['PipelineDefinition', 'PipelineDefinitionS3Location'],
        block: 'object',
        args: { object_key: { to: 'Key' }, version_id: { to: 'Version' } },
      },
      parallelism_configuration: { block: 'object' },
    },
  },
  aws_sagemaker_data_quality_job_definition: monitoringJobDefinition('data_quality', 'AWS::SageMaker::DataQualityJobDefinition', 'data-quality', {
    data_quality_baseline_config: { block: 'object', args: { constraints_resource: { block: 'object' }, statistics_resource: { block: 'object' } } },
    data_quality_job_input: { block: 'object', args: MONITORING_JOB_INPUT },
  }),
  aws_sagemaker_model_quality_job_definition: monitoringJobDefinition('model_quality', 'AWS::SageMaker::ModelQualityJobDefinition', 'model-quality', {
    model_quality_baseline_config: { block: 'object', args: { constraints_resource: { block: 'object' } } },
    model_quality_job_input: { block: 'object', args: { ...MONITORING_JOB_INPUT, ground_truth_s3_input: { block: 'object' } } },
  }),
  // Expands as CloudFormation's schedule does; Terraform's only names a job
  // definition (no inline one), so it declares no job of its own.
  aws_sagemaker_monitoring_schedule: {
    cloudFormationType: 'AWS::SageMaker::MonitoringSchedule',
    names: ['name'],
    args: {
      name: { to: 'MonitoringScheduleName' },
      monitoring_schedule_config: { block: 'object', args: { schedule_config: { block: 'object' } } },
    },
  },
  aws_sfn_state_machine: {
    cloudFormationType: 'AWS::StepFunctions::StateMachine',
    names: ['name'],
    args: {
      name: { to: 'StateMachineName' },
      type: { to: 'StateMachineType' },
      definition: { to: 'Definition', ...POLICY_DOCUMENT },
      logging_configuration: {
        block: 'object',
        args: { log_destination: { to: ['Destinations', 0, 'CloudWatchLogsLogGroup', 'LogGroupArn'] } },
      },
      tracing_configuration: { block: 'object' },
      encryption_configuration: { block: 'object' },
      publish: { skip: true },
    },
  },
  aws_iam_role: {
    cloudFormationType: 'AWS::IAM::Role',
    names: ['name'],
    args: {
      name: { to: 'RoleName' },
      assume_role_policy: { to: 'AssumeRolePolicyDocument', ...POLICY_DOCUMENT },
      inline_policy: { to: 'Policies', block: 'list', args: { name: { to: 'PolicyName' }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT } } },
      force_detach_policies: { skip: true },
    },
  },
  aws_iam_role_policy: {
    cloudFormationType: 'AWS::IAM::Policy',
    names: ['name'],
    args: { name: { to: 'PolicyName' }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT }, role: { to: ['Roles', 0] } },
  },
  aws_iam_user_policy: {
    cloudFormationType: 'AWS::IAM::Policy',
    names: ['name'],
    args: { name: { to: 'PolicyName' }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT }, user: { to: ['Users', 0] } },
  },
  aws_iam_group_policy: {
    cloudFormationType: 'AWS::IAM::Policy',
    names: ['name'],
    args: { name: { to: 'PolicyName' }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT }, group: { to: ['Groups', 0] } },
  },
  aws_iam_policy: {
    cloudFormationType: 'AWS::IAM::ManagedPolicy',
    names: ['name'],
    args: { name: { to: 'ManagedPolicyName' }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT } },
  },
  aws_iam_user: {
    cloudFormationType: 'AWS::IAM::User',
    names: ['name'],
    args: { name: { to: 'UserName' }, force_destroy: { skip: true } },
  },
  aws_iam_group: {
    cloudFormationType: 'AWS::IAM::Group',
    names: ['name'],
    args: { name: { to: 'GroupName' } },
  },
  aws_vpc: {
    cloudFormationType: 'AWS::EC2::VPC',
    args: {},
  },
  aws_subnet: {
    cloudFormationType: 'AWS::EC2::Subnet',
    args: {},
  },
  aws_security_group: {
    cloudFormationType: 'AWS::EC2::SecurityGroup',
    names: ['name'],
    args: {
      name: { to: 'GroupName' },
      description: { to: 'GroupDescription' },
      ingress: { to: 'SecurityGroupIngress', block: 'list', args: SECURITY_GROUP_RULE, fanOut: RULE_SOURCES },
      egress: {
        to: 'SecurityGroupEgress',
        block: 'list',
        args: { ...SECURITY_GROUP_RULE, security_groups: { to: 'DestinationSecurityGroupId' }, prefix_list_ids: { to: 'DestinationPrefixListId' } },
        fanOut: ['CidrIp', 'CidrIpv6', 'DestinationSecurityGroupId', 'DestinationPrefixListId'],
      },
      revoke_rules_on_delete: { skip: true },
    },
  },
  aws_security_group_rule: {
    cloudFormationType: 'AWS::EC2::SecurityGroupIngress',
    when: { argument: 'type', equals: 'ingress' },
    fanOut: RULE_SOURCES,
    args: {
      ...SECURITY_GROUP_RULE,
      type: { skip: true },
      security_group_id: { to: 'GroupId' },
      source_security_group_id: { to: 'SourceSecurityGroupId' },
    },
  },
  aws_vpc_security_group_ingress_rule: {
    cloudFormationType: 'AWS::EC2::SecurityGroupIngress',
    args: {
      security_group_id: { to: 'GroupId' },
      cidr_ipv4: { to: 'CidrIp' },
      cidr_ipv6: { to: 'CidrIpv6' },
      referenced_security_group_id: { to: 'SourceSecurityGroupId' },
      prefix_list_id: { to: 'SourcePrefixListId' },
    },
  },
  aws_route_table: {
    cloudFormationType: 'AWS::EC2::RouteTable',
    args: ROUTE_TABLE,
  },
  // A VPC's main table. `default_route_table_id` refers to the VPC
  // (`aws_vpc.x.default_route_table_id`): as `VpcId`, it ties the table to that VPC.
  aws_default_route_table: {
    cloudFormationType: 'AWS::EC2::RouteTable',
    args: { ...ROUTE_TABLE, default_route_table_id: { to: 'VpcId' } },
  },
  aws_route: {
    cloudFormationType: 'AWS::EC2::Route',
    args: {
      ...ROUTE_TARGETS,
      destination_cidr_block: { to: 'DestinationCidrBlock', reshape: emptyIsUnset },
      destination_ipv6_cidr_block: { to: 'DestinationIpv6CidrBlock', reshape: emptyIsUnset },
    },
  },
  aws_vpc_endpoint: {
    cloudFormationType: 'AWS::EC2::VPCEndpoint',
    args: { policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT }, dns_options: { block: 'object' }, subnet_configuration: { block: 'list' } },
  },
  // A private hosted zone aliased to an endpoint: how a centrally shared endpoint serves its host names.
  aws_route53_zone: {
    cloudFormationType: 'AWS::Route53::HostedZone',
    args: { vpc: { to: 'VPCs', block: 'list', args: { vpc_id: { to: 'VPCId' }, vpc_region: { to: 'VPCRegion' } } }, comment: { skip: true }, force_destroy: { skip: true } },
  },
  aws_route53_record: {
    cloudFormationType: 'AWS::Route53::RecordSet',
    args: {
      zone_id: { to: 'HostedZoneId' },
      records: { to: 'ResourceRecords' },
      ttl: { to: 'TTL' },
      alias: { to: 'AliasTarget', block: 'object', args: { name: { to: 'DNSName' }, zone_id: { to: 'HostedZoneId' } } },
    },
  },
  aws_redshift_cluster: {
    cloudFormationType: 'AWS::Redshift::Cluster',
    names: ['cluster_identifier'],
    args: {
      database_name: { to: 'DBName' },
      multi_az: { to: 'MultiAZ' },
      master_password: { to: 'MasterUserPassword' },
      logging: {
        to: 'LoggingProperties',
        block: 'object',
        reshape: enabledBy('Enable'),
        unwritable: 'deprecated since AWS provider 5.45 and removed in 6 (aws_redshift_logging replaces it), and its enable argument is required',
      },
      snapshot_copy: { block: 'object' },
      skip_final_snapshot: { skip: true },
      final_snapshot_identifier: { skip: true },
      apply_immediately: { skip: true },
    },
    providerDefaults: [
      // Version 6 upgrade guide: "publicly_accessible now defaults to false", "encrypted now defaults to true".
      { property: 'PubliclyAccessible', changedIn: 6, before: true, after: false },
      { property: 'Encrypted', changedIn: 6, before: false, after: true },
    ],
  },
  aws_redshiftserverless_namespace: {
    cloudFormationType: 'AWS::RedshiftServerless::Namespace',
    names: ['namespace_name'],
    args: { admin_user_password: { to: 'AdminUserPassword' }, db_name: { to: 'DbName' } },
  },
  aws_redshiftserverless_workgroup: {
    cloudFormationType: 'AWS::RedshiftServerless::Workgroup',
    names: ['workgroup_name'],
    args: { config_parameter: { to: 'ConfigParameters', block: 'list' } },
  },
  aws_redshift_subnet_group: {
    cloudFormationType: 'AWS::Redshift::ClusterSubnetGroup',
    names: ['name'],
    args: {},
  },
  // CloudFormation has no snapshot type: the canonical shape is the API's (`Snapshot`), as the live audit reads it.
  aws_redshift_cluster_snapshot: {
    cloudFormationType: 'Snapshot',
    kind: 'RedshiftSnapshot',
    names: ['snapshot_identifier'],
    args: {},
  },
  aws_redshift_event_subscription: {
    cloudFormationType: 'AWS::Redshift::EventSubscription',
    names: ['name'],
    args: { name: { to: 'SubscriptionName' } },
  },
  aws_redshift_parameter_group: {
    cloudFormationType: 'AWS::Redshift::ClusterParameterGroup',
    names: ['name'],
    args: {
      name: { to: 'ParameterGroupName' },
      family: { to: 'ParameterGroupFamily' },
      parameter: { to: 'Parameters', block: 'list', args: { name: { to: 'ParameterName' }, value: { to: 'ParameterValue' } } },
    },
  },
};

/** Studio user and space settings share one shape. */
function userSettings(): ArgTable {
  const appSettings = (extra: ArgTable = {}): ArgTable => ({
    default_resource_spec: { block: 'object' },
    custom_image: { to: 'CustomImages', block: 'list' },
    ...extra,
  });
  return {
    sharing_settings: { block: 'object' },
    jupyter_server_app_settings: { block: 'object', args: appSettings({ code_repository: { to: 'CodeRepositories', block: 'list' } }) },
    kernel_gateway_app_settings: { block: 'object', args: appSettings() },
    jupyter_lab_app_settings: { block: 'object', args: appSettings({ code_repository: { to: 'CodeRepositories', block: 'list' } }) },
    code_editor_app_settings: { block: 'object', args: appSettings() },
    tensor_board_app_settings: { block: 'object', args: appSettings() },
    r_studio_server_pro_app_settings: { block: 'object' },
    r_session_app_settings: { block: 'object', args: appSettings() },
    canvas_app_settings: { block: 'object' },
    custom_posix_user_config: { block: 'object' },
    custom_file_system_config: { to: 'CustomFileSystemConfigs', block: 'list' },
    space_storage_settings: { block: 'object', args: { default_ebs_storage_settings: { block: 'object' } } },
    studio_web_portal_settings: { block: 'object' },
  };
}

/** An IAM attachment: it adds the policy to the identity, or the identity to the policy when the policy is in scope. */
export interface AttachmentMapping {
  policyArgument: string;
  identities: readonly { argument: string; list: 'Roles' | 'Users' | 'Groups'; many: boolean }[];
}

export const ATTACHMENT_MAPPINGS: Readonly<Record<string, AttachmentMapping>> = {
  aws_iam_role_policy_attachment: { policyArgument: 'policy_arn', identities: [{ argument: 'role', list: 'Roles', many: false }] },
  aws_iam_user_policy_attachment: { policyArgument: 'policy_arn', identities: [{ argument: 'user', list: 'Users', many: false }] },
  aws_iam_group_policy_attachment: { policyArgument: 'policy_arn', identities: [{ argument: 'group', list: 'Groups', many: false }] },
  aws_iam_policy_attachment: {
    policyArgument: 'policy_arn',
    identities: [
      { argument: 'roles', list: 'Roles', many: true },
      { argument: 'users', list: 'Users', many: true },
      { argument: 'groups', list: 'Groups', many: true },
    ],
  },
};

/** A resource that sets properties of another one (Redshift logging, a VPC endpoint's policy or associations). */
export interface ContributionMapping {
  /** The argument naming the resource it configures, and that resource's kind. */
  target: { argument: string; kind: ResourceKind };
  /** Canonical path (in the target) its arguments land under. */
  into: readonly string[];
  args: ArgTable;
  /** Arguments whose value joins a list property of the target instead (an association adds one route table to an endpoint). */
  appends?: Readonly<Record<string, string>>;
}

/** An association of a VPC endpoint: what CloudFormation writes in the endpoint's own list. */
function endpointAssociation(argument: string, list: string): ContributionMapping {
  return { target: { argument: 'vpc_endpoint_id', kind: 'VpcEndpoint' }, into: [], args: {}, appends: { [argument]: list } };
}

export const CONTRIBUTION_MAPPINGS: Readonly<Record<string, ContributionMapping>> = {
  aws_redshift_logging: {
    target: { argument: 'cluster_identifier', kind: 'RedshiftCluster' },
    into: ['LoggingProperties'],
    args: { cluster_identifier: { skip: true } },
  },
  aws_vpc_endpoint_policy: {
    target: { argument: 'vpc_endpoint_id', kind: 'VpcEndpoint' },
    into: [],
    args: { vpc_endpoint_id: { skip: true }, policy: { to: 'PolicyDocument', ...POLICY_DOCUMENT } },
  },
  aws_sagemaker_model_package_group_policy: {
    target: { argument: 'model_package_group_name', kind: 'ModelPackageGroup' },
    into: [],
    args: { model_package_group_name: { skip: true }, resource_policy: { to: 'ModelPackageGroupPolicy', ...POLICY_DOCUMENT } },
  },
  aws_vpc_endpoint_route_table_association: endpointAssociation('route_table_id', 'RouteTableIds'),
  aws_vpc_endpoint_subnet_association: endpointAssociation('subnet_id', 'SubnetIds'),
  aws_vpc_endpoint_security_group_association: endpointAssociation('security_group_id', 'SecurityGroupIds'),
};
