/**
 * Terraform modules several rule tables share, as main.tf texts: a SageMaker
 * pipeline with one step, and IAM identities with one inline policy. Each
 * table adds the arguments its rule judges.
 */

/** A pipeline whose one step of `type` has these `Arguments` (HCL object lines, indented 8), after `before` (other resources). */
export function pipelineStep(type: 'Training' | 'Transform', args: string, before = ''): string {
  return `${before}resource "aws_sagemaker_pipeline" "train" {
  pipeline_name         = "train"
  pipeline_display_name = "train"
  role_arn              = "arn:aws:iam::123456789012:role/pipeline"
  pipeline_definition = jsonencode({
    Version = "2020-12-01"
    Steps = [{
      Name = "Train"
      Type = "${type}"
      Arguments = {
${args}      }
    }]
  })
}
`;
}

const TRAINING_IMAGE = `        AlgorithmSpecification = { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1", TrainingInputMode = "File" }
        RoleArn                = "arn:aws:iam::123456789012:role/pipeline"
`;

/** Two-instance training steps: every protection set, none set, and the flags explicitly off. */
export const TRAINING_STEP = {
  protected: pipelineStep(
    'Training',
    `${TRAINING_IMAGE}        OutputDataConfig       = { S3OutputPath = "s3://models/train", KmsKeyId = "alias/models" }
        ResourceConfig         = { InstanceCount = 2, InstanceType = "ml.m5.xlarge", VolumeSizeInGB = 30, VolumeKmsKeyId = "alias/volumes" }
        VpcConfig              = { Subnets = ["subnet-0abc"], SecurityGroupIds = ["sg-0abc"] }
        EnableNetworkIsolation = true
        EnableInterContainerTrafficEncryption = true
`,
  ),
  bare: pipelineStep(
    'Training',
    `${TRAINING_IMAGE}        OutputDataConfig       = { S3OutputPath = "s3://models/train" }
        ResourceConfig         = { InstanceCount = 2, InstanceType = "ml.m5.xlarge", VolumeSizeInGB = 30 }
`,
  ),
  off: pipelineStep(
    'Training',
    `${TRAINING_IMAGE}        OutputDataConfig       = { S3OutputPath = "s3://models/train" }
        ResourceConfig         = { InstanceCount = 2, InstanceType = "ml.m5.xlarge", VolumeSizeInGB = 30 }
        EnableNetworkIsolation = false
        EnableInterContainerTrafficEncryption = false
`,
  ),
};

/** A data quality job definition; `extra` adds blocks (a `network_config`). */
export function dataQualityJob(extra = ''): string {
  return `resource "aws_sagemaker_data_quality_job_definition" "dq" {
  name     = "dq"
  role_arn = "arn:aws:iam::123456789012:role/monitor"
  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/monitor:1"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "ep"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitor/out"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
${extra}}
`;
}

/** A role `service` may assume; `condition` adds a line to the trust statement. */
export function assumableRole(service = 'sagemaker.amazonaws.com', condition = ''): string {
  return `resource "aws_iam_role" "exec" {
  name = "exec"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "${service}" }
      Action    = "sts:AssumeRole"
${condition}    }]
  })
}
`;
}

/** An inline policy of one Allow statement, on `aws_iam_role.exec` or on `aws_iam_user.dev` (declared with it). */
export function inlinePolicy(holder: 'role' | 'user', action: string, resource: string, condition = ''): string {
  const policy = (reference: string) => `resource "aws_iam_${holder}_policy" "p" {
  name = "p"
  ${holder} = ${reference}
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = ${action}
      Resource = ${resource}
${condition}    }]
  })
}
`;
  return holder === 'role' ? policy('aws_iam_role.exec.id') : `resource "aws_iam_user" "dev" {\n  name = "dev"\n}\n${policy('aws_iam_user.dev.name')}`;
}

/** A managed policy attached to `aws_iam_role.exec`. */
export function roleAttachment(policyArn: string): string {
  return `resource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.exec.name\n  policy_arn = "${policyArn}"\n}\n`;
}
