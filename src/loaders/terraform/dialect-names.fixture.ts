/**
 * The Terraform name of every property the rules mention, on every Terraform
 * type they judge, as checked against the AWS provider's documentation: a rule
 * that mentions a property missing here fails `dialect.test.ts` until its
 * Terraform name is checked and added.
 */
export const TERRAFORM_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  aws_sagemaker_notebook_instance: {
    DirectInternetAccess: 'direct_internet_access',
    SubnetId: 'subnet_id',
    SecurityGroupIds: 'security_groups',
    RootAccess: 'root_access',
    KmsKeyId: 'kms_key_id',
    "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion": 'instance_metadata_service_configuration.minimum_instance_metadata_service_version',
    PlatformIdentifier: 'platform_identifier',
    VpcId: 'vpc_id',
    Tags: 'tags',
  },
  aws_sagemaker_domain: {
    AppNetworkAccessType: 'app_network_access_type',
    "DefaultUserSettings.SecurityGroups": 'default_user_settings.security_groups',
    KmsKeyId: 'kms_key_id',
    "DomainSettings.DockerSettings.EnableDockerAccess": 'domain_settings.docker_settings.enable_docker_access',
    "DomainSettings.DockerSettings.RootlessDocker": 'domain_settings.docker_settings.rootless_docker',
    VpcId: 'vpc_id',
    "DomainSettings.ExecutionRoleIdentityConfig": 'domain_settings.execution_role_identity_config',
    "DefaultSpaceSettings.SecurityGroups": 'default_space_settings.security_groups',
    DefaultSpaceSettings: 'default_space_settings',
    "DefaultUserSettings.ExecutionRole": 'default_user_settings.execution_role',
    "DomainSettings.DockerSettings.VpcOnlyTrustedAccounts": 'domain_settings.docker_settings.vpc_only_trusted_accounts',
    Tags: 'tags',
  },
  aws_sagemaker_user_profile: {
    "DomainSettings.DockerSettings.EnableDockerAccess": 'domain_settings.docker_settings.enable_docker_access',
    "DomainSettings.DockerSettings.RootlessDocker": 'domain_settings.docker_settings.rootless_docker',
    Tags: 'tags',
  },
  aws_sagemaker_data_quality_job_definition: {
    VpcConfig: 'network_config.vpc_config',
    EnableNetworkIsolation: 'network_config.enable_network_isolation',
    "ResourceConfig.InstanceCount": 'job_resources.cluster_config.instance_count',
    "ResourceConfig.InstanceGroups": 'job_resources.cluster_config.instance_groups',
    EnableInterContainerTrafficEncryption: 'network_config.enable_inter_container_traffic_encryption',
    "ResourceConfig.InstanceType": 'job_resources.cluster_config.instance_type',
    "ResourceConfig.VolumeKmsKeyId": 'job_resources.cluster_config.volume_kms_key_id',
    OutputDataConfig: 'data_quality_job_output_config',
    "OutputDataConfig.KmsKeyId": 'data_quality_job_output_config.kms_key_id',
    VpcId: 'vpc_id',
    Tags: 'tags',
  },
  aws_sagemaker_model_quality_job_definition: {
    VpcConfig: 'network_config.vpc_config',
    EnableNetworkIsolation: 'network_config.enable_network_isolation',
    "ResourceConfig.InstanceCount": 'job_resources.cluster_config.instance_count',
    "ResourceConfig.InstanceGroups": 'job_resources.cluster_config.instance_groups',
    EnableInterContainerTrafficEncryption: 'network_config.enable_inter_container_traffic_encryption',
    "ResourceConfig.InstanceType": 'job_resources.cluster_config.instance_type',
    "ResourceConfig.VolumeKmsKeyId": 'job_resources.cluster_config.volume_kms_key_id',
    OutputDataConfig: 'model_quality_job_output_config',
    "OutputDataConfig.KmsKeyId": 'model_quality_job_output_config.kms_key_id',
    VpcId: 'vpc_id',
    Tags: 'tags',
  },
  aws_sagemaker_model: {
    VpcConfig: 'vpc_config',
    EnableNetworkIsolation: 'enable_network_isolation',
    VpcId: 'vpc_id',
    PrimaryContainer: 'primary_container',
    Containers: 'container',
    Tags: 'tags',
  },
  aws_sagemaker_endpoint_configuration: {
    "DataCaptureConfig.KmsKeyId": 'data_capture_config.kms_key_id',
    "AsyncInferenceConfig.OutputConfig.KmsKeyId": 'async_inference_config.output_config.kms_key_id',
    KmsKeyId: 'kms_key_arn',
    DataCaptureConfig: 'data_capture_config',
    AsyncInferenceConfig: 'async_inference_config',
    "ProductionVariants.InitialInstanceCount": 'production_variants.initial_instance_count',
    VpcConfig: 'vpc_config',
    EnableNetworkIsolation: 'enable_network_isolation',
    ProductionVariants: 'production_variants',
    ShadowProductionVariants: 'shadow_production_variants',
    Tags: 'tags',
  },
  aws_vpc: {
    VpcId: 'vpc_id',
  },
  aws_vpc_endpoint: {
    PrivateDnsEnabled: 'private_dns_enabled',
    VpcId: 'vpc_id',
    VpcEndpointType: 'vpc_endpoint_type',
    PolicyDocument: 'policy',
  },
  aws_sagemaker_feature_group: {
    OfflineStoreConfig: 'offline_store_config',
    "OfflineStoreConfig.S3StorageConfig.KmsKeyId": 'offline_store_config.s3_storage_config.kms_key_id',
    "OnlineStoreConfig.EnableOnlineStore": 'online_store_config.enable_online_store',
    "OnlineStoreConfig.StorageType": 'online_store_config.storage_type',
    "OnlineStoreConfig.SecurityConfig.KmsKeyId": 'online_store_config.security_config.kms_key_id',
    Tags: 'tags',
  },
  aws_sagemaker_cluster: {
    VpcConfig: 'vpc_config',
  },
  aws_sagemaker_studio_lifecycle_config: {
    StudioLifecycleConfigContent: 'studio_lifecycle_config_content',
  },
  aws_sagemaker_space: {
    "SpaceSettings.RemoteAccess": 'space_settings.remote_access',
  },
  aws_sagemaker_workforce: {
    "SourceIpConfig.Cidrs": 'source_ip_config.cidrs',
  },
  aws_sagemaker_model_package_group: {
    // The group has no policy argument: a resource of its own sets it.
    ModelPackageGroupPolicy: 'aws_sagemaker_model_package_group_policy.resource_policy',
  },
  aws_redshift_cluster: {
    PubliclyAccessible: 'publicly_accessible',
    Encrypted: 'encrypted',
    KmsKeyId: 'kms_key_id',
    HsmConfigurationIdentifier: 'hsm_configuration_identifier',
    EnhancedVpcRouting: 'enhanced_vpc_routing',
    ClusterParameterGroupName: 'cluster_parameter_group_name',
    ParameterGroupFamily: 'parameter_group_family',
    LoggingProperties: 'logging',
    "LoggingProperties.BucketName": 'logging.bucket_name',
    "LoggingProperties.LogDestinationType": 'logging.log_destination_type',
    AllowVersionUpgrade: 'allow_version_upgrade',
    AutomatedSnapshotRetentionPeriod: 'automated_snapshot_retention_period',
    Port: 'port',
    MultiAZ: 'multi_az',
    NodeType: 'node_type',
    Tags: 'tags',
  },
  aws_redshift_parameter_group: {
    ClusterParameterGroupName: 'cluster_parameter_group_name',
    ParameterGroupFamily: 'family',
    Tags: 'tags',
  },
  aws_redshiftserverless_workgroup: {
    PubliclyAccessible: 'publicly_accessible',
    EnhancedVpcRouting: 'enhanced_vpc_routing',
    ConfigParameters: 'config_parameter',
  },
  aws_redshiftserverless_namespace: {
    KmsKeyId: 'kms_key_id',
    Encrypted: 'encrypted',
    HsmConfigurationIdentifier: 'hsm_configuration_identifier',
    LogExports: 'log_exports',
  },
  aws_redshift_subnet_group: {
    SubnetIds: 'subnet_ids',
    Tags: 'tags',
  },
  aws_sagemaker_app_image_config: {
    Tags: 'tags',
  },
  aws_sagemaker_image: {
    Tags: 'tags',
  },
  aws_sagemaker_endpoint: {
    Tags: 'tags',
  },
  aws_sagemaker_pipeline: {
    Tags: 'tags',
  },
  aws_redshift_cluster_snapshot: {
    Tags: 'tags',
  },
  aws_redshift_event_subscription: {
    Tags: 'tags',
  },
};
