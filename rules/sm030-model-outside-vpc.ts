import { defineRule } from '../src/core/rule.js';
import { reportVpcConfigGaps } from './support/vpc-config.js';
const OUTSIDE = "the model's containers run in a SageMaker-managed network, outside your VPC's security groups, endpoints and flow logs";

export default defineRule({
  id: 'SM030',
  name: 'model-outside-vpc',
  severity: 'high',
  appliesTo: ['Model'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'A model outside a VPC serves inference with no network controls: a concrete exposure.',
  },
  docs: {
    summary: 'SageMaker model containers do not run in your VPC',
    description:
      "Reports a model (`AWS::SageMaker::Model`, a model created by a Step Functions or pipeline step, a live model) whose `VpcConfig` is omitted, or present with an empty or missing `Subnets` or `SecurityGroupIds` (one finding per missing list: both are needed for the containers to get network interfaces in your VPC). A block or list that only some deployments get (an `Fn::If` with `AWS::NoValue`, a parameter whose default or allowed values are empty) is reported one severity lower as a possible violation. Subnets or security groups that come from parameters without defaults or from other stacks are taken as present. The fix inserts a `VpcConfig` with placeholders, or only the missing list inside an existing one, keeping its subnets or security groups.",
    risk: "Without a VPC configuration, the containers that serve the model (endpoints, batch transform) run in a network SageMaker manages: they can reach the internet, and their traffic to your data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and flow logs. A compromised container or a malicious model artifact can then exfiltrate inference payloads or fetch code unobserved.",
    guidance: [
      {
        title: 'Give SageMaker hosted endpoints access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html',
      },
      {
        title: 'Give SageMaker access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html',
      },
      {
        title: 'AWS Config rule sagemaker-model-in-vpc',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-in-vpc.html',
      },
    ],
    remediation: {
      cloudformation: 'VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>',
      terraform: 'vpc_config {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: 'aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>\naws sagemaker create-endpoint-config ...   # referencing the new model\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console:
        'SageMaker console → Inference → Models → the model → Clone: under Network choose your VPC, private subnets (in at least two Availability Zones) and security groups, then create a new endpoint configuration with the clone and update the endpoint to it.',
      recreate:
        'VpcConfig cannot be changed on an existing model: CloudFormation replaces the model (and the endpoint configurations that name it), and a live model must be recreated and its endpoints moved to a new endpoint configuration.',
    },
    alsoKnownAs: {
      'AWS Config': ['sagemaker-model-in-vpc'],
      Prowler: ['sagemaker_models_vpc_settings_configured'],
      Steampipe: ['sagemaker_model_in_vpc'],
    },
    notes: [
      'Use private subnets in at least two Availability Zones, and give the VPC an S3 endpoint (or NAT) so SageMaker can load the model artifacts. See SM050.',
      'Serverless endpoints do not accept a model VpcConfig; a model served only by serverless endpoints can be suppressed with that reason.',
    ],
  },
  check(model, { report }) {
    reportVpcConfigGaps(model, { outside: OUTSIDE, fixNote: ' (replaces the model)' }, report);
  },
});
