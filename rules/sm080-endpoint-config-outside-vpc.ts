import { defineRule } from '../src/core/rule.js';
import { inferenceComponentVariants } from './support/endpoint-variants.js';
import { reportVpcConfigGaps } from './support/vpc-config.js';

const OUTSIDE =
  "the endpoint hosts inference components, whose containers take their network from the endpoint configuration, not from a model: they run in a SageMaker-managed network, outside your VPC's security groups, endpoints and flow logs";

export default defineRule({
  id: 'SM080',
  name: 'endpoint-config-outside-vpc',
  severity: 'high',
  appliesTo: ['EndpointConfig'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'Inference components outside a VPC reach and are reached from networks the team does not control: a concrete exposure.',
  },
  docs: {
    summary: 'An endpoint configuration for inference components does not run them in your VPC',
    description:
      "An endpoint that hosts inference components is created from an endpoint configuration whose production variants name no model (`ModelName` omitted, with an `ExecutionRoleArn` on the configuration). Its containers then get their network settings from the configuration's own `VpcConfig`, which SM030 never sees because there is no model to carry it. This rule reports such a configuration (CloudFormation, Terraform, live) whose `VpcConfig` is omitted, or lacks `Subnets` or `SecurityGroupIds`. Configurations whose variants all name a model are left to SM030 (the model's `VpcConfig` applies), and serverless variants cannot host inference components. A variant whose model is chosen at deploy time (`Fn::If` with `AWS::NoValue`) makes the finding a possible violation, one severity lower.",
    risk: "Inference-component containers outside your VPC can reach the internet, and their traffic to your data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and flow logs. A compromised container or a malicious model artifact can exfiltrate inference payloads or fetch code unobserved: the SM030 risk, for endpoints that have no model resource to put in a VPC.",
    guidance: [
      {
        title: 'CreateEndpointConfig (VpcConfig, ExecutionRoleArn for inference components)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html',
      },
      {
        title: 'Give SageMaker hosted endpoints access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html',
      },
      {
        title: 'Deploy models with inference components',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints-deploy-models.html',
      },
    ],
    remediation: {
      cloudformation: 'VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>',
      terraform:
        '# aws_sagemaker_endpoint_configuration has no vpc_config argument: declare the configuration\n# with the awscc provider (awscc_sagemaker_endpoint_config), which has it:\nvpc_config = {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --execution-role-arn <role-arn> --production-variants <variants-json> --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console:
        'SageMaker console → Inference → Endpoint configurations → the configuration → Clone: under Network choose your VPC, private subnets (in at least two Availability Zones) and security groups; then update the endpoint to the new configuration.',
      recreate:
        'An endpoint configuration cannot be changed: CloudFormation replaces it, and a live endpoint must be updated to a new configuration (the endpoint itself keeps its name).',
    },
    notes: [
      'The Terraform AWS provider cannot set VpcConfig on an endpoint configuration, so a Terraform configuration that hosts inference components is always reported, without a fix: use the awscc provider or CloudFormation for it, or suppress the finding with a reason.',
      'Give the VPC an S3 endpoint (or NAT) so that SageMaker can load model artifacts; see SM050.',
    ],
  },
  check(config, { report }) {
    const components = inferenceComponentVariants(config);
    if (!components) return;
    const providerNote = config.source === 'terraform' || config.source === 'terraform-plan' ? ' (the AWS provider cannot set it: declare the configuration with the awscc provider)' : '';
    reportVpcConfigGaps(
      config,
      { outside: `${OUTSIDE}${providerNote}`, fixNote: ' (replaces the endpoint configuration)' },
      ({ fix, ...input }) =>
        report({ ...input, certainty: components.certainty === 'possible' ? 'possible' : (input.certainty ?? 'definite'), ...(fix && !providerNote ? { fix } : {}) }),
    );
  },
});
