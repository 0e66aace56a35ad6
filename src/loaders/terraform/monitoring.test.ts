import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/index.js';
import { evaluateUnit } from '../../engine/evaluate.js';
import { prepareRules } from '../../core/rule.js';
import { loadCloudFormationText } from '../cloudformation/index.js';
import type { LoadedUnit } from '../../core/unit.js';
import { memoryUnit, plain, resource } from './testing.js';

const JOB_RULES = ALL_RULES.filter((r) => ['SM020', 'SM021', 'SM022', 'SM023'].includes(r.id));

/** Model quality (in a VPC, isolated, encrypted) and data quality (none of it) monitoring, each on a schedule. */
const TEMPLATE = `Resources:
  Quality:
    Type: AWS::SageMaker::ModelQualityJobDefinition
    Properties:
      JobDefinitionName: churn-quality
      RoleArn: arn:aws:iam::123456789012:role/monitor
      ModelQualityAppSpecification: { ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/monitor:1, ProblemType: BinaryClassification }
      ModelQualityJobInput:
        EndpointInput: { EndpointName: churn, LocalPath: /opt/ml/processing/input }
        GroundTruthS3Input: { S3Uri: s3://labels/churn }
      ModelQualityJobOutputConfig:
        KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
        MonitoringOutputs: [{ S3Output: { S3Uri: s3://monitoring/quality, LocalPath: /opt/ml/processing/output } }]
      JobResources:
        ClusterConfig:
          InstanceCount: 2
          InstanceType: ml.m5.large
          VolumeSizeInGB: 20
          VolumeKmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
      NetworkConfig:
        EnableNetworkIsolation: true
        EnableInterContainerTrafficEncryption: true
        VpcConfig: { Subnets: [subnet-0123], SecurityGroupIds: [sg-0123] }
  Drift:
    Type: AWS::SageMaker::DataQualityJobDefinition
    Properties:
      JobDefinitionName: churn-drift
      RoleArn: arn:aws:iam::123456789012:role/monitor
      DataQualityAppSpecification: { ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/monitor:1 }
      DataQualityJobInput:
        EndpointInput: { EndpointName: churn, LocalPath: /opt/ml/processing/input }
      DataQualityJobOutputConfig:
        MonitoringOutputs: [{ S3Output: { S3Uri: s3://monitoring/drift, LocalPath: /opt/ml/processing/output } }]
      JobResources:
        ClusterConfig: { InstanceCount: 2, InstanceType: ml.m5.large, VolumeSizeInGB: 20 }
  QualitySchedule:
    Type: AWS::SageMaker::MonitoringSchedule
    Properties:
      MonitoringScheduleName: churn-quality
      MonitoringScheduleConfig:
        MonitoringJobDefinitionName: churn-quality
        MonitoringType: ModelQuality
        ScheduleConfig: { ScheduleExpression: cron(0 * ? * * *) }
`;

const CONFIGURATION = `
resource "aws_sagemaker_model_quality_job_definition" "quality" {
  name     = "churn-quality"
  role_arn = "arn:aws:iam::123456789012:role/monitor"
  model_quality_app_specification {
    image_uri    = "123456789012.dkr.ecr.us-east-1.amazonaws.com/monitor:1"
    problem_type = "BinaryClassification"
  }
  model_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
    ground_truth_s3_input {
      s3_uri = "s3://labels/churn"
    }
  }
  model_quality_job_output_config {
    kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring/quality"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
  network_config {
    enable_network_isolation                  = true
    enable_inter_container_traffic_encryption = true
    vpc_config {
      subnets            = ["subnet-0123"]
      security_group_ids = ["sg-0123"]
    }
  }
}

resource "aws_sagemaker_data_quality_job_definition" "drift" {
  name     = "churn-drift"
  role_arn = "arn:aws:iam::123456789012:role/monitor"
  data_quality_app_specification {
    image_uri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/monitor:1"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "churn"
    }
  }
  data_quality_job_output_config {
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://monitoring/drift"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}

resource "aws_sagemaker_monitoring_schedule" "quality" {
  name = "churn-quality"
  monitoring_schedule_config {
    monitoring_job_definition_name = aws_sagemaker_model_quality_job_definition.quality.name
    monitoring_type                = "ModelQuality"
    schedule_config {
      schedule_expression = "cron(0 * ? * * *)"
    }
  }
}
`;

const ADDRESSES: Readonly<Record<string, string>> = {
  Quality: 'aws_sagemaker_model_quality_job_definition.quality',
  Drift: 'aws_sagemaker_data_quality_job_definition.drift',
};

/** Messages name properties where and as the source writes them (`JobResources.ClusterConfig.InstanceCount`; in Terraform `job_resources.cluster_config.instance_count`). */
const PROPERTY_PATH = /\b(?:[A-Z][A-Za-z]*|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\.(?:[A-Z][A-Za-z]*|[a-z][a-z0-9]*(?:_[a-z0-9]+)+))*\b(?= (?:is|can be) )/g;

/** Each finding as rule, resource (by its Terraform address), certainty and message, property names left out. */
function outcomes(unit: LoadedUnit, addressOf: (id: string) => string) {
  return evaluateUnit(unit, { rules: JOB_RULES })
    .findings.map((f) => `${f.ruleId} ${addressOf(f.resource.id)} ${f.certainty} ${f.message.replace(PROPERTY_PATH, '<property>')}`)
    .sort();
}

describe('monitoring job definitions and schedules', () => {
  beforeAll(() => prepareRules(JOB_RULES));

  it('map onto the Job shape, so the job rules conclude as they do on the CloudFormation template', async () => {
    const template = loadCloudFormationText(TEMPLATE, 'template.yaml')!;
    const configuration = await memoryUnit({ 'main.tf': CONFIGURATION });
    const fromTerraform = outcomes(configuration, (id) => id);
    expect(fromTerraform).toEqual(outcomes(template, (id) => ADDRESSES[id] ?? id));
    expect(fromTerraform.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'SM020 aws_sagemaker_data_quality_job_definition.drift',
      'SM021 aws_sagemaker_data_quality_job_definition.drift',
      'SM022 aws_sagemaker_data_quality_job_definition.drift',
      'SM023 aws_sagemaker_data_quality_job_definition.drift',
      'SM023 aws_sagemaker_data_quality_job_definition.drift',
    ]);
  });

  it('give the model quality definition its job type and canonical properties', async () => {
    const unit = await memoryUnit({ 'main.tf': CONFIGURATION });
    const job = resource(unit, 'aws_sagemaker_model_quality_job_definition.quality');
    expect(job.kind).toBe('Job');
    expect(plain(job.props)).toMatchObject({
      JobType: 'model-quality',
      EnableNetworkIsolation: true,
      EnableInterContainerTrafficEncryption: true,
      VpcConfig: { Subnets: ['subnet-0123'], SecurityGroupIds: ['sg-0123'] },
      ResourceConfig: { InstanceCount: 2, VolumeKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      OutputDataConfig: { KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      ModelQualityJobInput: { GroundTruthS3Input: { S3Uri: 's3://labels/churn' } },
    });
    expect(job.aliases).toEqual(['churn-quality']);
    expect(job.tags).toBeDefined();
  });

  it('read a schedule that names its job definition as declaring no job, like CloudFormation', async () => {
    const unit = await memoryUnit({ 'main.tf': CONFIGURATION });
    expect(unit.resources.filter((r) => r.type === 'aws_sagemaker_monitoring_schedule')).toEqual([]);
    expect(loadCloudFormationText(TEMPLATE, 'template.yaml')!.resources.filter((r) => r.id === 'QualitySchedule')).toEqual([]);
  });
});
