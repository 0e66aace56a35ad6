import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { judge } from '../src/model/value.js';
import { isBoolean } from './support/value-predicates.js';

export default defineRule({
  id: 'SM031',
  name: 'model-network-isolation-off',
  severity: 'medium',
  appliesTo: ['Model'],
  fixable: true,
  tags: ['security', 'network', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'Without network isolation, a model container (often third-party code) can send inference data anywhere.',
  },
  docs: {
    summary: 'SageMaker model containers can make outbound network calls',
    description:
      "Reports a model whose `EnableNetworkIsolation` is `false`, or omitted: AWS then defaults it to `false`. CloudFormation's string booleans (`\"false\"`, `\"true\"`) count as booleans. A value chosen at deploy time (a parameter whose AllowedValues include `false`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice; a value that cannot be known from the input is not reported. Applies to `AWS::SageMaker::Model` and to models created by Step Functions or pipeline steps and live models.",
    risk: 'Without network isolation the inference containers can open connections to the internet and to AWS services, and receive AWS credentials of the execution role. Code in a model artifact or an inference library (a poisoned package, a malicious pickle) can then send inference payloads or the credentials elsewhere, or download further code.',
    guidance: [
      {
        title: 'Run training and inference containers in internet-free mode',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
      },
      {
        title: 'AWS Config rule sagemaker-model-isolation-enabled',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-isolation-enabled.html',
      },
      {
        title: 'Security Hub controls for SageMaker (SageMaker.5)',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
      },
    ],
    remediation: {
      cloudformation: 'EnableNetworkIsolation: true',
      terraform: 'enable_network_isolation = true',
      cli: 'aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --enable-network-isolation\naws sagemaker create-endpoint-config ...   # referencing the new model\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>',
      console:
        'SageMaker console → Inference → Models → the model → Clone: under Network, enable "Network isolation", then create a new endpoint configuration with the clone and update the endpoint to it.',
      recreate:
        'EnableNetworkIsolation cannot be changed on an existing model: CloudFormation replaces the model (and the endpoint configurations that name it), and a live model must be recreated.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.5'],
      'AWS Config': ['sagemaker-model-isolation-enabled'],
      checkov: ['CKV_AWS_370'],
      Prowler: ['sagemaker_models_network_isolation_enabled'],
      Steampipe: ['sagemaker_model_network_isolation_enabled'],
    },
    notes: [
      'Isolated containers get no AWS credentials and no network: SageMaker still downloads ModelDataUrl for them, but code that calls S3, DynamoDB or external APIs at inference time stops working. Move such calls out of the container, or keep isolation off and attach the model to a VPC with no internet route (SM030).',
    ],
  },
  check(model, { report }) {
    const isolation = prop(model, 'EnableNetworkIsolation');
    const verdict = judge(isolation, (v) => isBoolean(v, false));
    if (!verdict) return;
    report({
      at: isolation,
      certainty: verdict.certainty,
      message: message`${propertyName('EnableNetworkIsolation')} ${verdict.because}: the model's containers can call out to the internet and AWS services with the execution role's credentials. Set it to ${literal(true)} (this replaces the model).`,
      fix: { description: message`Set ${propertyName('EnableNetworkIsolation')} to ${literal(true)} (replaces the model)`, edits: [{ target: isolation, value: true }] },
    });
  },
});
