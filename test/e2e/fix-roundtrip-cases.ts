/**
 * Inputs of the fix round-trip test (fix-roundtrip.test.ts): for every fixable
 * rule, the smallest infrastructure that breaks it, written as a CloudFormation
 * YAML template (the JSON case is the same template written as JSON) and as a
 * Terraform file. One input serves every rule it breaks, so the findings of the
 * other rules stay in the file as witnesses that a fix changes nothing else.
 */

import { parse } from 'yaml';

export const FORMATS = ['yaml', 'json', 'hcl'] as const;
export type Format = (typeof FORMATS)[number];

/** An infrastructure written in the languages it can be written in (JSON is derived from YAML). */
export interface Input {
  yaml?: string;
  hcl?: string;
}

/** A finding that a fix legitimately resolves or reveals besides its own, and why. */
export interface SideEffect {
  ruleId: string;
  /** The formats in which it happens (default: every format of the case). */
  formats?: readonly Format[];
  reason: string;
}

export interface RoundTripCase {
  input: Input;
  /** Findings of other rules that the fix removes. */
  resolves?: readonly SideEffect[];
  /** Findings that appear once the fix is applied. */
  reveals?: readonly SideEffect[];
}

/** The YAML input written as a JSON template (short-form `!Ref` becomes `{ "Ref": … }`). */
export function yamlToJson(yaml: string): string {
  const ref = { tag: '!Ref', resolve: (name: string) => ({ Ref: name }) };
  return `${JSON.stringify(parse(yaml, { customTags: [ref] }), null, 2)}\n`;
}

/** The written form of an input in one format, if it has one. */
export function inputText(input: Input, format: Format, toJson: (yaml: string) => string): string | undefined {
  if (format === 'hcl') return input.hcl;
  if (format === 'json') return input.yaml === undefined ? undefined : toJson(input.yaml);
  return input.yaml;
}

const NOTEBOOK: Input = {
  yaml: `# A research notebook with every notebook setting wrong
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium   # smallest that fits
      RoleArn: arn:aws:iam::123456789012:role/research
      DirectInternetAccess: Enabled # for pip
      PlatformIdentifier: notebook-al1-v1
      InstanceMetadataServiceConfiguration:
        MinimumInstanceMetadataServiceVersion: '1'
`,
  hcl: `# A research notebook with every notebook setting wrong
resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  instance_type          = "ml.t3.medium" # smallest that fits
  role_arn               = "arn:aws:iam::123456789012:role/research"
  direct_internet_access = "Enabled" # for pip
  platform_identifier    = "notebook-al1-v1"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"
  }
}
`,
};

const OPEN_SECURITY_GROUP: Input = {
  yaml: `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/research
      SubnetId: subnet-0123456789abcdef0
      SecurityGroupIds: [!Ref NotebookAccess]
      DirectInternetAccess: Disabled
  NotebookAccess:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: notebook access
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0 # anyone
`,
  hcl: `resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::123456789012:role/research"
  subnet_id              = "subnet-0123456789abcdef0"
  security_groups        = [aws_security_group.notebook_access.id]
  direct_internet_access = "Disabled"
}

resource "aws_security_group" "notebook_access" {
  description = "notebook access"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"] # anyone
  }
}
`,
};

const DOMAIN: Input = {
  yaml: `Resources:
  Studio:
    Type: AWS::SageMaker::Domain
    Properties:
      DomainName: studio
      AuthMode: IAM
      VpcId: vpc-0123456789abcdef0
      SubnetIds: [subnet-0123456789abcdef0]
      AppNetworkAccessType: PublicInternetOnly # for now
      DefaultUserSettings:
        ExecutionRole: arn:aws:iam::123456789012:role/studio
      DomainSettings:
        DockerSettings:
          EnableDockerAccess: ENABLED
`,
  hcl: `resource "aws_sagemaker_domain" "studio" {
  domain_name             = "studio"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0123456789abcdef0"
  subnet_ids              = ["subnet-0123456789abcdef0"]
  app_network_access_type = "PublicInternetOnly" # for now

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }

  domain_settings {
    docker_settings {
      enable_docker_access = "ENABLED"
    }
  }
}
`,
};

/** A VpcOnly domain whose shared spaces get no security groups. */
const VPC_ONLY_DOMAIN: Input = {
  yaml: `Resources:
  Studio:
    Type: AWS::SageMaker::Domain
    Properties:
      DomainName: studio
      AuthMode: IAM
      VpcId: vpc-0123456789abcdef0
      SubnetIds: [subnet-0123456789abcdef0]
      AppNetworkAccessType: VpcOnly
      DefaultUserSettings:
        ExecutionRole: arn:aws:iam::123456789012:role/studio
        SecurityGroups: [sg-0123456789abcdef0]
`,
  hcl: `resource "aws_sagemaker_domain" "studio" {
  domain_name             = "studio"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0123456789abcdef0"
  subnet_ids              = ["subnet-0123456789abcdef0"]
  app_network_access_type = "VpcOnly"

  default_user_settings {
    execution_role  = "arn:aws:iam::123456789012:role/studio"
    security_groups = ["sg-0123456789abcdef0"]
  }
}
`,
};

const MONITORING_JOB: Input = {
  yaml: `Resources:
  Quality:
    Type: AWS::SageMaker::DataQualityJobDefinition
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/monitor
      DataQualityAppSpecification:
        ImageUri: 468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer
      JobResources:
        ClusterConfig: { InstanceCount: 2, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
`,
  hcl: `resource "aws_sagemaker_data_quality_job_definition" "quality" {
  name     = "quality"
  role_arn = "arn:aws:iam::123456789012:role/monitor"

  data_quality_app_specification {
    image_uri = "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}
`,
};

const MODEL: Input = {
  yaml: `Resources:
  Churn:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: arn:aws:iam::123456789012:role/inference
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1
      EnableNetworkIsolation: false # the container downloads its weights
`,
  hcl: `resource "aws_sagemaker_model" "churn" {
  execution_role_arn       = "arn:aws:iam::123456789012:role/inference"
  enable_network_isolation = false # the container downloads its weights

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}
`,
};

const ENDPOINT_CONFIG: Input = {
  yaml: `Resources:
  Churn:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: primary
          ModelName: churn
          InitialInstanceCount: 1 # cheap
          InstanceType: ml.m5.large
`,
  hcl: `resource "aws_sagemaker_endpoint_configuration" "churn" {
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 1 # cheap
    instance_type          = "ml.m5.large"
  }
}
`,
};

/** A HyperPod cluster outside any VPC, whose additional node volume has no customer managed key. */
const HYPERPOD_CLUSTER: Input = {
  yaml: `Resources:
  Training:
    Type: AWS::SageMaker::Cluster
    Properties:
      ClusterName: training
      InstanceGroups:
        - InstanceGroupName: workers
          InstanceType: ml.p5.48xlarge
          InstanceCount: 2
          ExecutionRole: arn:aws:iam::123456789012:role/hyperpod
          LifeCycleConfig:
            SourceS3Uri: s3://sagemaker-lifecycle/scripts/
            OnCreate: on_create.sh
          InstanceStorageConfigs:
            - EbsVolumeConfig:
                RootVolume: true
                VolumeKmsKeyId: alias/hyperpod
            - EbsVolumeConfig:
                VolumeSizeInGB: 500
`,
  hcl: `resource "aws_sagemaker_cluster" "training" {
  cluster_name = "training"
  instance_group {
    instance_group_name = "workers"
    instance_type       = "ml.p5.48xlarge"
    instance_count      = 2
    execution_role      = "arn:aws:iam::123456789012:role/hyperpod"
    lifecycle_config {
      on_create     = "on_create.sh"
      source_s3_uri = "s3://sagemaker-lifecycle/scripts/"
    }
    instance_storage_config {
      ebs_volume_config {
        volume_size_in_gb = 500
      }
    }
  }
}
`,
};

/** A shared space open to local IDEs; its owner-less sharing is no finding, so the domain beside it is the witness. */
const REMOTE_SPACE: Input = {
  yaml: `Resources:
  Studio:
    Type: AWS::SageMaker::Domain
    Properties:
      DomainName: studio
      AuthMode: IAM
      VpcId: vpc-0123456789abcdef0
      SubnetIds: [subnet-0123456789abcdef0]
      DefaultUserSettings:
        ExecutionRole: arn:aws:iam::123456789012:role/studio
  Shared:
    Type: AWS::SageMaker::Space
    Properties:
      DomainId: !Ref Studio
      SpaceName: shared
      SpaceSettings:
        AppType: CodeEditor
        RemoteAccess: ENABLED
`,
  hcl: `resource "aws_sagemaker_domain" "studio" {
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0123456789abcdef0"
  subnet_ids  = ["subnet-0123456789abcdef0"]

  default_user_settings {
    execution_role = "arn:aws:iam::123456789012:role/studio"
  }
}

resource "aws_sagemaker_space" "shared" {
  domain_id  = aws_sagemaker_domain.studio.id
  space_name = "shared"
  space_settings {
    app_type      = "CodeEditor"
    remote_access = "ENABLED"
  }
}
`,
};

/** A production variant open to SSM sessions. */
const SSM_ACCESS_ENDPOINT_CONFIG: Input = {
  yaml: `Resources:
  Debug:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: primary
          ModelName: churn
          InitialInstanceCount: 1 # cheap
          InstanceType: ml.m5.large
          EnableSSMAccess: true
`,
  hcl: `resource "aws_sagemaker_endpoint_configuration" "debug" {
  production_variants {
    variant_name           = "primary"
    model_name             = "churn"
    initial_instance_count = 1 # cheap
    instance_type          = "ml.m5.large"
    enable_ssm_access      = true
  }
}
`,
};

/** An endpoint configuration for inference components: its variant names no model. */
const INFERENCE_COMPONENT_CONFIG: Input = {
  yaml: `Resources:
  Components:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ExecutionRoleArn: arn:aws:iam::123456789012:role/hosting
      ProductionVariants:
        - VariantName: primary
          InitialInstanceCount: 1 # cheap
          InstanceType: ml.g5.2xlarge
`,
  hcl: `resource "aws_sagemaker_endpoint_configuration" "components" {
  execution_role_arn = "arn:aws:iam::123456789012:role/hosting"
  production_variants {
    variant_name           = "primary"
    initial_instance_count = 1 # cheap
    instance_type          = "ml.g5.2xlarge"
  }
}
`,
};

/**
 * Terraform has no transform job resource: a state machine starts one, as in
 * CloudFormation. The job's volume key is missing; the model it runs is open.
 */
const TRANSFORM_JOB: Input = {
  yaml: `Resources:
  Churn:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: churn
      ExecutionRoleArn: arn:aws:iam::123456789012:role/inference
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1
  Scoring:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/scoring
      Definition:
        StartAt: Score
        States:
          Score:
            Type: Task
            Resource: arn:aws:states:::sagemaker:createTransformJob.sync
            Parameters:
              TransformJobName: nightly
              ModelName: churn
              TransformInput:
                DataSource: { S3DataSource: { S3DataType: S3Prefix, S3Uri: s3://scoring/in } }
              TransformOutput:
                S3OutputPath: s3://scoring/out
                KmsKeyId: arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789
              TransformResources:
                InstanceCount: 1
                InstanceType: ml.m5.large
            End: true
`,
  hcl: `resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/inference"

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1"
  }
}

resource "aws_sfn_state_machine" "scoring" {
  name     = "scoring"
  role_arn = "arn:aws:iam::123456789012:role/scoring"
  definition = jsonencode({
    StartAt = "Score"
    States = {
      Score = {
        Type     = "Task"
        Resource = "arn:aws:states:::sagemaker:createTransformJob.sync"
        Parameters = {
          TransformJobName = "nightly"
          ModelName        = aws_sagemaker_model.churn.name
          TransformInput = {
            DataSource = { S3DataSource = { S3DataType = "S3Prefix", S3Uri = "s3://scoring/in" } }
          }
          TransformOutput = {
            S3OutputPath = "s3://scoring/out"
            KmsKeyId     = "arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
          }
          TransformResources = {
            InstanceCount = 1
            InstanceType  = "ml.m5.large"
          }
        }
        End = true
      }
    }
  })
}
`,
};

/** A notebook in a private subnet of a VPC that has no SageMaker endpoints. */
const VPC_WITHOUT_ENDPOINTS: Input = {
  yaml: `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Private:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.0.1.0/24
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/research
      SubnetId: !Ref Private
      SecurityGroupIds: [sg-0123456789abcdef0]
      DirectInternetAccess: Disabled
`,
  hcl: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  instance_type          = "ml.t3.medium"
  role_arn               = "arn:aws:iam::123456789012:role/research"
  subnet_id              = aws_subnet.private.id
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
}
`,
};

const VPC_ENDPOINT: Input = {
  yaml: `Resources:
  SageMakerApi:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0123456789abcdef0
      ServiceName: com.amazonaws.eu-west-1.sagemaker.api
      VpcEndpointType: Interface
      PrivateDnsEnabled: false # split DNS
`,
  hcl: `resource "aws_vpc_endpoint" "sagemaker_api" {
  vpc_id              = "vpc-0123456789abcdef0"
  service_name        = "com.amazonaws.eu-west-1.sagemaker.api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = false # split DNS
}
`,
};

/** An execution role trusted without a confused-deputy condition, with S3 access to every bucket. */
const EXECUTION_ROLE: Input = {
  yaml: `Resources:
  ExecutionRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: sagemaker.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: data
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject # reads training data
                Resource: '*'
`,
  hcl: `resource "aws_iam_role" "execution" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sagemaker.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name = "data"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = "s3:GetObject" # reads training data
        Resource = "*"
      }]
    })
  }
}
`,
};

/** A developer who may pass any role, create training jobs without guardrails and open notebooks from anywhere. */
/** A Studio user who may open the domain from anywhere, and pass any role (the witness). */
const STUDIO_USER: Input = {
  yaml: `Resources:
  StudioUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: studio
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: iam:PassRole
                Resource: '*'
              - Effect: Allow
                Action: sagemaker:CreatePresignedDomainUrl
                Resource: arn:aws:sagemaker:*:*:user-profile/*
`,
  hcl: `resource "aws_iam_user" "studio" {
  name = "studio"
}

resource "aws_iam_user_policy" "studio" {
  name = "studio"
  user = aws_iam_user.studio.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "sagemaker:CreatePresignedDomainUrl"
        Resource = "arn:aws:sagemaker:*:*:user-profile/*"
      },
    ]
  })
}
`,
};

const MODEL_REGISTRY: Input = {
  yaml: `Resources:
  Models:
    Type: AWS::SageMaker::ModelPackageGroup
    Properties:
      ModelPackageGroupName: churn
      ModelPackageGroupPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: sagemaker:DescribeModelPackage
            Resource: '*'
  Labelers:
    Type: AWS::SageMaker::Workforce
    Properties:
      WorkforceName: labelers
`,
  hcl: `resource "aws_sagemaker_workforce" "labelers" {
  workforce_name = "labelers"
}

resource "aws_sagemaker_model_package_group" "models" {
  model_package_group_name = "churn"
}

resource "aws_sagemaker_model_package_group_policy" "models" {
  model_package_group_name = aws_sagemaker_model_package_group.models.model_package_group_name
  resource_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "sagemaker:DescribeModelPackage"
        Resource  = "*"
      },
    ]
  })
}
`,
};

const MLFLOW_USER: Input = {
  yaml: `Resources:
  MlflowUser:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: mlflow
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: sagemaker-mlflow:*
                Resource: '*'
              - Effect: Allow
                Action: sagemaker:CreatePresignedMlflowTrackingServerUrl
                Resource: '*'
`,
  hcl: `resource "aws_iam_user" "mlflow" {
  name = "mlflow"
}

resource "aws_iam_user_policy" "mlflow" {
  name = "mlflow"
  user = aws_iam_user.mlflow.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "sagemaker-mlflow:*"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "sagemaker:CreatePresignedMlflowTrackingServerUrl"
        Resource = "*"
      },
    ]
  })
}
`,
};

const DEVELOPER: Input = {
  yaml: `Resources:
  Developer:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: ml
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: iam:PassRole
                Resource: '*'
              - Effect: Allow
                Action: sagemaker:CreateTrainingJob
                Resource: '*'
              - Effect: Allow
                Action: sagemaker:CreatePresignedNotebookInstanceUrl
                Resource: arn:aws:sagemaker:*:*:notebook-instance/*
`,
  hcl: `resource "aws_iam_user" "developer" {
  name = "developer"
}

resource "aws_iam_user_policy" "ml" {
  name = "ml"
  user = aws_iam_user.developer.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "sagemaker:CreateTrainingJob"
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = "sagemaker:CreatePresignedNotebookInstanceUrl"
        Resource = "arn:aws:sagemaker:*:*:notebook-instance/*"
      },
    ]
  })
}
`,
};

/** Encrypted, as AWS encrypts every new cluster, but with a key AWS owns. */
const REDSHIFT_AWS_OWNED_KEY: Input = {
  yaml: `Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      Encrypted: true
`,
  hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  cluster_type        = "single-node"
  node_type           = "ra3.xlplus"
  encrypted           = true
  skip_final_snapshot = true
}
`,
};

const REDSHIFT_SERVERLESS: Input = {
  yaml: `Resources:
  Analytics:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: analytics
      KmsKeyId: AWS_OWNED_KMS_KEY
  AnalyticsWorkgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: analytics
      NamespaceName: analytics
      PubliclyAccessible: true
      EnhancedVpcRouting: false
`,
  hcl: `resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  kms_key_id     = "AWS_OWNED_KMS_KEY"
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  workgroup_name       = "analytics"
  namespace_name       = "analytics"
  publicly_accessible  = true
  enhanced_vpc_routing = false
}
`,
};

/** A public workgroup that accepts connections without TLS. */
const REDSHIFT_SERVERLESS_PLAIN_TEXT: Input = {
  yaml: `Resources:
  AnalyticsWorkgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: analytics
      NamespaceName: analytics
      EnhancedVpcRouting: true
      PubliclyAccessible: true # for the BI tool
      ConfigParameters:
        - ParameterKey: require_ssl
          ParameterValue: 'false' # legacy ODBC driver
`,
  hcl: `resource "aws_redshiftserverless_workgroup" "analytics" {
  workgroup_name       = "analytics"
  namespace_name       = "analytics"
  enhanced_vpc_routing = true
  publicly_accessible  = true # for the BI tool

  config_parameter {
    parameter_key   = "require_ssl"
    parameter_value = "false" # legacy ODBC driver
  }
}
`,
};

/** Maintenance turned down: no major version upgrades, one day of automated snapshots. */
const REDSHIFT_MAINTENANCE: Input = {
  yaml: `Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      AllowVersionUpgrade: false
      AutomatedSnapshotRetentionPeriod: 1
`,
  hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  cluster_type                        = "single-node"
  node_type                           = "ra3.xlplus"
  allow_version_upgrade               = false
  automated_snapshot_retention_period = 1
  skip_final_snapshot                 = true
}
`,
};

/** A warehouse whose security group lets anyone reach the cluster port. */
const REDSHIFT_OPEN_SECURITY_GROUP: Input = {
  yaml: `Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      AutomatedSnapshotRetentionPeriod: 7
      VpcSecurityGroupIds: [!Ref WarehouseAccess]
  WarehouseAccess:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: warehouse access
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 5439
          ToPort: 5439
          CidrIp: 0.0.0.0/0 # BI tool
`,
  hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier                  = "warehouse"
  cluster_type                        = "single-node"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 7
  vpc_security_group_ids              = [aws_security_group.warehouse_access.id]
  skip_final_snapshot                 = true
}

resource "aws_security_group" "warehouse_access" {
  description = "warehouse access"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 5439
    to_port     = 5439
    cidr_blocks = ["0.0.0.0/0"] # BI tool
  }
}
`,
};

const FEATURE_GROUP: Input = {
  yaml: `Resources:
  ChurnFeatures:
    Type: AWS::SageMaker::FeatureGroup
    Properties:
      FeatureGroupName: churn
      RecordIdentifierFeatureName: customer_id
      EventTimeFeatureName: event_time
      OfflineStoreConfig:
        S3StorageConfig:
          S3Uri: s3://features/churn
  # A notebook beside it: its findings are the witnesses that the fix disturbs nothing else.
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/notebook
`,
  hcl: `resource "aws_sagemaker_feature_group" "churn" {
  feature_group_name             = "churn"
  record_identifier_feature_name = "customer_id"
  event_time_feature_name        = "event_time"
  offline_store_config {
    s3_storage_config {
      s3_uri = "s3://features/churn"
    }
  }
}

# A notebook beside it: its findings are the witnesses that the fix disturbs nothing else.
resource "aws_sagemaker_notebook_instance" "notebook" {
  name          = "notebook"
  instance_type = "ml.t3.medium"
  role_arn      = "arn:aws:iam::123456789012:role/notebook"
}
`,
};

const INFERENCE_EXPERIMENT: Input = {
  yaml: `Resources:
  ChurnShadow:
    Type: AWS::SageMaker::InferenceExperiment
    Properties:
      Name: churn-shadow
      DataStorageConfig:
        Destination: s3://captures/churn
      Type: ShadowMode
  # A notebook beside it: its findings are the witnesses that the fix disturbs nothing else.
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/notebook
`,
};

const REDSHIFT: Input = {
  yaml: `Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: features
      MasterUsername: admin
      ManageMasterPassword: true
      ClusterParameterGroupName: default.redshift-1.0
      PubliclyAccessible: true # BI tool outside AWS
      Encrypted: false
      EnhancedVpcRouting: false
`,
  hcl: `resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  cluster_type                 = "single-node"
  node_type                    = "ra3.xlplus"
  database_name                = "features"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-1.0"
  publicly_accessible          = true # BI tool outside AWS
  encrypted                    = false
  enhanced_vpc_routing         = false
  skip_final_snapshot          = true
}
`,
};

/**
 * A cluster on the AWS default group that does not require SSL, and a group
 * of the redshift-1.0 family that leaves require_ssl out (its default is
 * false): in HCL after a parameter of its own, so the fix appends a block.
 */
const REDSHIFT_PARAMETER_GROUP: Input = {
  yaml: `Resources:
  Settings:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties:
      Description: warehouse settings # reviewed by the data team
      ParameterGroupFamily: redshift-1.0
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: features
      MasterUsername: admin
      ManageMasterPassword: true
      ClusterParameterGroupName: default.redshift-1.0
`,
  hcl: `resource "aws_redshift_parameter_group" "settings" {
  name   = "settings"
  family = "redshift-1.0" # reviewed by the data team

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier           = "warehouse"
  cluster_type                 = "single-node"
  node_type                    = "ra3.xlplus"
  database_name                = "features"
  master_username              = "admin"
  manage_master_password       = true
  cluster_parameter_group_name = "default.redshift-1.0"
  skip_final_snapshot          = true
}
`,
};

/** Every fixable rule's round trip, by rule ID. */
export const ROUND_TRIP_CASES: Readonly<Record<string, RoundTripCase>> = {
  SM001: { input: NOTEBOOK },
  SM002: { input: NOTEBOOK },
  SM003: { input: NOTEBOOK },
  SM004: { input: NOTEBOOK },
  SM005: { input: NOTEBOOK },
  SM007: { input: OPEN_SECURITY_GROUP },
  SM008: { input: NOTEBOOK },
  SM010: { input: DOMAIN, reveals: [{ ruleId: 'SM092', reason: 'a VpcOnly domain must give its shared spaces security groups of their own (DefaultSpaceSettings.SecurityGroups)' }] },
  SM011: { input: DOMAIN },
  SM012: { input: DOMAIN },
  SM084: { input: DOMAIN },
  SM092: { input: VPC_ONLY_DOMAIN },
  SM020: { input: MONITORING_JOB },
  SM021: { input: MONITORING_JOB },
  SM022: { input: MONITORING_JOB },
  SM023: { input: MONITORING_JOB },
  SM030: { input: MODEL },
  SM031: { input: MODEL },
  SM032: { input: ENDPOINT_CONFIG },
  SM033: { input: ENDPOINT_CONFIG },
  SM041: { input: TRANSFORM_JOB },
  SM071: { input: FEATURE_GROUP },
  SM072: { input: INFERENCE_EXPERIMENT },
  SM080: { input: INFERENCE_COMPONENT_CONFIG },
  SM081: { input: INFERENCE_COMPONENT_CONFIG },
  SM082: { input: SSM_ACCESS_ENDPOINT_CONFIG },
  SM085: { input: HYPERPOD_CLUSTER },
  SM086: { input: HYPERPOD_CLUSTER },
  SM088: { input: REMOTE_SPACE },
  SM050: { input: VPC_WITHOUT_ENDPOINTS },
  SM051: { input: VPC_ENDPOINT },
  SM052: { input: VPC_ENDPOINT },
  SM060: { input: EXECUTION_ROLE },
  SM062: { input: EXECUTION_ROLE },
  SM063: { input: DEVELOPER },
  SM064: { input: DEVELOPER },
  SM065: { input: DEVELOPER },
  SM083: { input: STUDIO_USER },
  SM090: { input: MODEL_REGISTRY },
  SM091: { input: MLFLOW_USER },
  RS001: { input: REDSHIFT },
  RS002: { input: REDSHIFT },
  RS003: { input: REDSHIFT },
  RS004: { input: REDSHIFT_PARAMETER_GROUP },
  RS005: { input: REDSHIFT },
  RS006: { input: REDSHIFT_AWS_OWNED_KEY },
  RS007: { input: REDSHIFT_SERVERLESS },
  RS008: { input: REDSHIFT_SERVERLESS },
  RS009: { input: REDSHIFT_SERVERLESS },
  RS010: { input: REDSHIFT_SERVERLESS },
  RS012: { input: REDSHIFT_MAINTENANCE },
  RS013: { input: REDSHIFT_MAINTENANCE },
  RS014: { input: REDSHIFT_OPEN_SECURITY_GROUP },
  RS016: { input: REDSHIFT_SERVERLESS_PLAIN_TEXT },
  TG001: { input: NOTEBOOK },
};

/**
 * Formats in which a fixable rule offers no edit, and why. Where the case's
 * input has that format, the test checks that the finding is there and has no
 * fix; in every format, that no finding of the rule carries one.
 */
export const UNFIXABLE_IN: Readonly<Record<string, Partial<Record<Format, string>>>> = {
  SM072: { hcl: 'the AWS provider has no inference experiment resource, so Terraform cannot declare one' },
  SM080: { hcl: 'aws_sagemaker_endpoint_configuration has no vpc_config argument' },
  SM081: { hcl: 'aws_sagemaker_endpoint_configuration has no enable_network_isolation argument' },
  SM086: { hcl: "aws_sagemaker_cluster's ebs_volume_config has no volume_kms_key_id argument" },
  RS005: { hcl: "aws_redshift_cluster's logging block is deprecated since AWS provider 5.45 and removed in 6; an aws_redshift_logging resource (the rule's remediation) replaces it" },
};
