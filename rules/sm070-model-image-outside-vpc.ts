import { literal, message, propertyName } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop } from '../src/model/resource.js';
import { get, judge, stringOf } from '../src/model/value.js';
import { isSurelyAbsent, itemsOf } from './support/value-predicates.js';

export default defineRule({
  id: 'SM070',
  name: 'model-image-outside-vpc',
  severity: 'medium',
  appliesTo: ['Model'],
  fixable: false,
  tags: ['security', 'network', 'sagemaker', 'inference'],
  presets: {
    recommended: true,
    reason: 'A model image pulled outside the VPC crosses the network boundary the rest of the model is held to.',
  },
  docs: {
    summary: 'SageMaker model container image is not pulled from a private registry in your VPC',
    description:
      "Reports each container of a model — `PrimaryContainer`, and every element of `Containers` (a multi-container inference pipeline) — whose `ImageConfig.RepositoryAccessMode` is not `Vpc`: either `Platform`, or omitted, which SageMaker treats as `Platform` (the image comes from Amazon ECR over SageMaker's own network). Security Hub tests the primary container as SageMaker.16 and the pipeline's containers as SageMaker.19. A mode chosen at deploy time is reported as a possible violation; a mode sagelint cannot see is not reported. No fix is offered: `Vpc` needs the image in a Docker registry your VPC reaches (with `RepositoryAuthConfig` for its credentials), which only you can provide.",
    risk: 'With Platform access the image is fetched outside your VPC, so your registry, network controls and image-scanning gates do not stand between the model and the code it runs; a private registry in the VPC keeps the supply of inference code under the same controls as the rest of the workload.',
    guidance: [
      { title: 'Use a private Docker registry for real-time inference containers', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-containers-inference-private.html' },
      { title: 'ImageConfig (RepositoryAccessMode)', url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ImageConfig.html' },
      { title: 'Security Hub CSPM controls for SageMaker', url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html' },
    ],
    remediation: {
      cloudformation: 'PrimaryContainer:\n  Image: <registry-in-vpc>/<image>:<tag>\n  ImageConfig:\n    RepositoryAccessMode: Vpc',
      terraform: 'primary_container {\n  image = "<registry-in-vpc>/<image>:<tag>"\n  image_config {\n    repository_access_mode = "Vpc"\n  }\n}',
      cli: 'aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id> --primary-container \'{"Image":"<registry-in-vpc>/<image>:<tag>","ImageConfig":{"RepositoryAccessMode":"Vpc"}}\'',
      console: 'SageMaker console → Inference → Models → Create model → Container definition → "Use a private Docker registry" in your VPC → point endpoint configurations at the new model.',
      recreate: 'a model cannot be updated: create a new model and switch endpoint configurations to it.',
    },
    alsoKnownAs: {
      'Security Hub': ['SageMaker.16', 'SageMaker.19'],
      'AWS Config': ['sagemaker-model-private-registry-required', 'sagemaker-model-multicontainer-private-registry'],
    },
    notes: [
      'Omitted means Platform: every model pulling its image from Amazon ECR is reported, as Security Hub reports it. Where images in ECR are the accepted source, suppress the rule in the config with that reason.',
    ],
  },
  check(model, { report }) {
    const primary = prop(model, 'PrimaryContainer');
    const containers = [
      ...(isSurelyAbsent(primary) ? [] : [{ container: primary, name: message`${propertyName('PrimaryContainer')}` }]),
      ...itemsOf(prop(model, 'Containers')).map((container, i) => ({ container, name: message`${propertyName('Containers')}[${i}]` })),
    ];
    for (const { container, name } of containers) {
      const mode = get(container, 'ImageConfig', 'RepositoryAccessMode');
      const verdict = judge(mode, (leaf) => leaf.t === 'omitted' || (leaf.t === 'scalar' && stringOf(leaf) !== 'Vpc'));
      if (!verdict) continue;
      report({
        at: mode,
        certainty: verdict.certainty,
        message: message`${name}.${propertyName(mode, { below: container })} ${verdict.because === 'is omitted' ? "is omitted and defaults to 'Platform'" : verdict.because}: the container image is pulled from Amazon ECR outside your VPC, not from a private registry your network controls. Serve the image from a registry in the VPC and set ${propertyName(mode, { below: get(container, 'ImageConfig') })} to ${literal('Vpc')}.`,
      });
    }
  },
});
