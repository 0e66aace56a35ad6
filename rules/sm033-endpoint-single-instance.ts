import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { get, judge } from '../src/model/value.js';
import { isServerless, productionVariants, variantLabel } from './support/endpoint-variants.js';
import { numberOf } from './support/value-predicates.js';

export default defineRule({
  id: 'SM033',
  name: 'endpoint-single-instance',
  severity: 'low',
  appliesTo: ['EndpointConfig'],
  fixable: true,
  tags: ['reliability', 'availability', 'sagemaker', 'inference'],
  presets: {
    recommended: false,
    reason: 'Availability, not security: one instance is the right choice for development and many internal endpoints, and on real code most endpoints report it (14 of the corpus\'s production variants). Run `strict` to hold endpoints to it.',
  },
  docs: {
    summary: 'SageMaker endpoint production variant runs on a single instance',
    description:
      'Reports each production variant of an endpoint configuration whose `InitialInstanceCount` is less than 2 (numbers written as strings count as numbers). With two or more instances SageMaker spreads them across Availability Zones; with one, the variant has no redundancy. A count chosen at deploy time (a parameter whose AllowedValues include 1, an `Fn::If` branch, a parameter that only has a default) is reported one severity lower as a possible violation; an unknown count is not reported. Serverless variants (`ServerlessConfig`) have no instance count and are skipped, as are shadow variants, which only receive copies of production traffic. A variant without `InitialInstanceCount` is not reported: AWS has no default for it.',
    risk: 'A single instance is a single point of failure: an instance or Availability Zone failure, or an instance replacement during patching, makes the variant unavailable until SageMaker brings up a replacement, and inference calls fail in the meantime.',
    guidance: [
      {
        title: 'ProductionVariant (InitialInstanceCount, ServerlessConfig)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html',
      },
      {
        title: 'Security Hub controls for SageMaker (SageMaker.4)',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
      },
      {
        title: 'AWS Config rule sagemaker-endpoint-config-prod-instance-count',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-endpoint-config-prod-instance-count.html',
      },
    ],
    remediation: {
      cloudformation: 'ProductionVariants:\n  - VariantName: <variant>\n    InitialInstanceCount: 2',
      terraform: 'production_variants {\n  variant_name           = "<variant>"\n  initial_instance_count = 2\n}',
      cli: 'aws sagemaker update-endpoint-weights-and-capacities --endpoint-name <endpoint> --desired-weights-and-capacities VariantName=<variant>,DesiredInstanceCount=2',
      console:
        'SageMaker console → Inference → Endpoints → the endpoint → Endpoint runtime settings: select the variant, "Update instance count" and set it to 2 or more (or configure auto scaling with a minimum of 2).',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.4'],
      'AWS Config': ['sagemaker-endpoint-config-prod-instance-count'],
      Prowler: ['sagemaker_endpoint_config_prod_variant_instances'],
      Steampipe: ['sagemaker_endpoint_configuration_prod_instance_count_greater_than_one'],
    },
    notes: [
      'Auto scaling policies registered outside the endpoint configuration (Application Auto Scaling) are not taken into account: set InitialInstanceCount to at least the scaling minimum.',
      'Development endpoints may accept the risk: suppress the finding with a reason rather than lowering the count everywhere.',
    ],
  },
  check(config, { report }) {
    productionVariants(config).forEach((variant, index) => {
      if (isServerless(variant)) return;
      const count = get(variant, 'InitialInstanceCount');
      const verdict = judge(count, (v) => (numberOf(v) ?? Infinity) < 2);
      if (!verdict) return;
      report({
        at: count,
        certainty: verdict.certainty,
        message: message`Production variant ${variantLabel(variant, index)}: ${propertyName('ProductionVariants.InitialInstanceCount', { below: 'ProductionVariants' })} ${verdict.because}: one instance has no Availability Zone redundancy, so an instance or zone failure takes the variant down. Set it to 2 or more.`,
        fix: { description: message`Set ${propertyName('ProductionVariants.InitialInstanceCount', { below: 'ProductionVariants' })} to ${literal(2)}`, kind: 'capacity', edits: [{ target: count, value: 2 }] },
      });
    });
  },
});
