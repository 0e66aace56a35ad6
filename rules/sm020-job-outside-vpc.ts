import { defineRule } from '../src/core/rule.js';
import { jobKind } from './job-common.js';
import { reportVpcConfigGaps } from './support/vpc-config.js';

export default defineRule({
  id: 'SM020',
  name: 'job-outside-vpc',
  severity: 'high',
  appliesTo: ['Job'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'training', 'processing', 'monitoring'],
  presets: {
    recommended: true,
    reason: 'A job outside a VPC reads training data and writes models with no network controls: a concrete exposure.',
  },
  docs: {
    summary: 'SageMaker training, tuning, processing or monitoring job does not run in your VPC',
    description:
      "Reports a job without a VPC configuration, or with one that lacks subnets or security groups (one finding per missing list). Jobs are checked wherever they are declared: `AWS::SageMaker::ProcessingJob`; the data quality, model quality, model bias and model explainability job definitions; the inline job definition of a `AWS::SageMaker::MonitoringSchedule`; Training, Processing and Tuning steps of a SageMaker pipeline definition; Step Functions tasks that call `createTrainingJob`, `createProcessingJob` or `createHyperParameterTuningJob` (each training definition of a tuning job is a job of its own); and live jobs. The property is read where the declaration keeps it: `VpcConfig` for training and tuning, `NetworkConfig.VpcConfig` for processing and monitoring jobs. A block that only some deployments get (an `Fn::If` with `AWS::NoValue`) is a possible violation, one severity lower; values set at run time (a Step Functions `VpcConfig.$` path, a pipeline parameter without default) are not judged. The fix inserts the block with `<subnet-id>` and `<security-group-id>` placeholders at the native place, including inside a definition written as a YAML literal block; definitions held as escaped or assembled JSON strings get no automatic fix.",
    risk: "Without a VPC configuration the job's containers run in a network SageMaker manages: they can reach the internet, and their traffic to S3, data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and endpoint policies, and flow logs. Training data, model artifacts or credentials can then leave unobserved, and the job cannot be limited to the buckets and services your endpoints allow.",
    guidance: [
      {
        title: 'Give SageMaker training jobs access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
      },
      {
        title: 'Give SageMaker processing jobs access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/process-vpc.html',
      },
      {
        title: 'Give SageMaker access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html',
      },
      {
        title: 'Manage SageMaker AI with Step Functions',
        url: 'https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html',
      },
    ],
    remediation: {
      cloudformation:
        '# Training and tuning (Step Functions Parameters, pipeline step Arguments):\nVpcConfig:\n  Subnets:\n    - <subnet-id>\n  SecurityGroupIds:\n    - <security-group-id>\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  VpcConfig:\n    Subnets:\n      - <subnet-id>\n    SecurityGroupIds:\n      - <security-group-id>',
      terraform:
        'network_config {\n  vpc_config {\n    subnets            = ["<subnet-id>"]\n    security_group_ids = ["<security-group-id>"]\n  }\n}',
      cli: 'aws sagemaker create-training-job ... --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id>\naws sagemaker create-processing-job ... --network-config \'{"VpcConfig":{"Subnets":["<subnet-id>"],"SecurityGroupIds":["<security-group-id>"]}}\'',
      console:
        'SageMaker console → the job or job definition → Clone (training, processing) or create a new definition: under "Network", choose your VPC, private subnets and security groups. Jobs that already ran keep their settings; the next runs use the new definition.',
      recreate:
        'A job or job definition cannot change its network settings: CloudFormation replaces processing jobs and monitoring job definitions, a running job must be started again, and Step Functions and pipeline definitions apply the change to their next executions.',
    },
    alsoKnownAs: {
      Prowler: ['sagemaker_training_jobs_vpc_settings_configured'],
      Steampipe: ['sagemaker_training_job_in_vpc'],
    },
    notes: [
      'The VPC needs a route to S3 (an S3 gateway endpoint, or a NAT gateway) for the job to read its input and write its output, and interface endpoints for the SageMaker API and the other AWS services the job calls. See SM050.',
      'Use private subnets in at least two Availability Zones, and security groups that allow traffic between the job instances (distributed jobs) but no inbound traffic from elsewhere.',
    ],
  },
  check(job, { report }) {
    reportVpcConfigGaps(job, { outside: `the ${jobKind(job)}'s containers run in a network SageMaker manages, outside your VPC's security groups, endpoints and flow logs` }, report);
  },
});
