import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { inferenceComponentVariants } from './support/endpoint-variants.js';
import { isFalse, jointCertainty } from './support/value-predicates.js';

export default defineRule({
  id: 'SM081',
  name: 'endpoint-config-network-isolation-off',
  severity: 'medium',
  appliesTo: ['EndpointConfig'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'A container without network isolation can send the data it serves anywhere.',
  },
  docs: {
    summary: 'An endpoint configuration for inference components does not isolate their containers from the network',
    description:
      "An endpoint that hosts inference components (its configuration's production variants name no model) takes network isolation from the configuration's own `EnableNetworkIsolation`, not from a model, so SM031 cannot see it. This rule reports such a configuration (CloudFormation, Terraform, live) where `EnableNetworkIsolation` is false or omitted (default false). Configurations whose variants all name a model are left to SM031. A variant whose model is chosen at deploy time makes the finding a possible violation, one severity lower.",
    risk: 'Without network isolation, the containers of every inference component on the endpoint can make outbound calls to the internet and to AWS services with the credentials SageMaker gives them. A malicious model artifact or a compromised inference container can then exfiltrate inference payloads or fetch code.',
    guidance: [
      {
        title: 'CreateEndpointConfig (EnableNetworkIsolation)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html',
      },
      {
        title: 'Run training and inference containers in internet-free mode',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
      },
    ],
    remediation: {
      cloudformation: 'EnableNetworkIsolation: true',
      terraform:
        '# aws_sagemaker_endpoint_configuration has no enable_network_isolation argument: declare the\n# configuration with the awscc provider (awscc_sagemaker_endpoint_config), which has it:\nenable_network_isolation = true',
      cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --execution-role-arn <role-arn> --production-variants <variants-json> --enable-network-isolation\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console:
        'SageMaker console → Inference → Endpoint configurations → the configuration → Clone: turn on network isolation, create the new configuration, then update the endpoint to it.',
      recreate:
        'An endpoint configuration cannot be changed: CloudFormation replaces it, and a live endpoint must be updated to a new configuration.',
    },
    notes: [
      'The Terraform AWS provider cannot set EnableNetworkIsolation on an endpoint configuration, so a Terraform configuration that hosts inference components is always reported, without a fix: use the awscc provider or CloudFormation for it, or suppress the finding with a reason.',
      'Isolated containers cannot reach S3 or other services themselves; SageMaker still downloads model artifacts for them.',
    ],
  },
  check(config, { report }) {
    const components = inferenceComponentVariants(config);
    if (!components) return;
    const isolation = prop(config, 'EnableNetworkIsolation');
    const verdict = judge(isolation, isFalse);
    if (!verdict) return;
    const terraform = config.source === 'terraform' || config.source === 'terraform-plan';
    const fix = terraform ? undefined : { description: message`Set ${propertyName('EnableNetworkIsolation')} to ${literal(true)} (replaces the endpoint configuration)`, edits: [{ target: isolation, value: true }] };
    report({
      at: isolation,
      certainty: jointCertainty(components, verdict),
      message: message`${propertyName('EnableNetworkIsolation')} ${verdict.because}: the endpoint hosts inference components, whose containers can then call out to the internet and AWS services. ${
        terraform ? 'The AWS provider cannot set it: declare the configuration with the awscc provider.' : message`Set it to ${literal(true)} (this replaces the endpoint configuration).`
      }`,
      ...(fix ? { fix } : {}),
    });
  },
});
