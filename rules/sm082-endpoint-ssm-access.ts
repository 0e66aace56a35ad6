import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { get, judge } from '../src/model/value.js';
import { productionVariants, shadowVariants, variantLabel } from './support/endpoint-variants.js';
import { isTrue } from './support/value-predicates.js';

export default defineRule({
  id: 'SM082',
  name: 'endpoint-ssm-access',
  severity: 'medium',
  appliesTo: ['EndpointConfig'],
  fixable: true,
  tags: ['security', 'access', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'An SSM session into an inference container is a shell beside the model and the data it serves.',
  },
  docs: {
    summary: 'A production variant lets AWS Systems Manager sessions into its inference containers',
    description:
      'Reports a production or shadow variant of an endpoint configuration (CloudFormation, Terraform, live) with `EnableSSMAccess: true`. SSM access is off by default; turned on, anyone allowed `ssm:StartSession` on the endpoint\'s targets opens a shell inside the running model containers. One finding per variant; a value chosen at deploy time is a possible violation, one severity lower. The fix sets the flag to false.',
    risk: 'A shell inside an inference container sees every request and response the model serves, the model artifacts, and the credentials of the execution role, outside the invocation path that CloudTrail data events and endpoint policies govern. It is a debugging aid: left on in production, it widens who can read inference data to whoever holds SSM permissions.',
    guidance: [
      {
        title: 'ProductionVariant (EnableSSMAccess)',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html',
      },
      {
        title: 'Access containers through SSM',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/ssm-access.html',
      },
    ],
    remediation: {
      cloudformation: 'ProductionVariants:\n  - VariantName: <variant>\n    EnableSSMAccess: false   # or omit it',
      terraform: 'production_variants {\n  variant_name      = "<variant>"\n  enable_ssm_access = false   # or omit it\n}',
      cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --production-variants \'[{"VariantName":"<variant>","ModelName":"<model>","InstanceType":"<type>","InitialInstanceCount":2,"EnableSSMAccess":false}]\'\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console: 'SageMaker console → Inference → Endpoint configurations → the configuration → Clone without SSM access, then update the endpoint to the new configuration.',
      recreate: 'An endpoint configuration cannot be changed: CloudFormation and Terraform replace it, and a live endpoint must be updated to a new configuration.',
    },
    notes: ['When container access is needed for a while, grant ssm:StartSession on the endpoint to named roles only, and turn the flag off again afterwards.'],
  },
  check(config, { report }) {
    const variants = [
      ...productionVariants(config).map((variant, i) => ({ variant, list: 'ProductionVariants', label: message`${propertyName('ProductionVariants')} ${variantLabel(variant, i)}` })),
      ...shadowVariants(config).map((variant, i) => ({ variant, list: 'ShadowProductionVariants', label: message`${propertyName('ShadowProductionVariants')} ${variantLabel(variant, i)}` })),
    ];
    for (const { variant, list, label } of variants) {
      const name = propertyName(`${list}.EnableSSMAccess`, { below: list });
      const access = get(variant, 'EnableSSMAccess');
      const verdict = judge(access, isTrue);
      if (!verdict) continue;
      report({
        at: access,
        certainty: verdict.certainty,
        message: message`${label}: ${name} ${verdict.because}: whoever may start SSM sessions on the endpoint gets a shell in its inference containers, with the requests, the model and the execution role's credentials. Set it to ${literal(false)}.`,
        fix: { description: message`Set ${name} to ${literal(false)} (replaces the endpoint configuration)`, edits: [{ target: access, value: false }] },
      });
    }
  },
});
