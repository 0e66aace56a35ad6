import { joinText, message, propertyName, type Text } from '../src/core/dialect.js';
import { defineRule } from '../src/core/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { judge, leaves, type Judgement } from '../src/model/value.js';
import { isAbsent, isBoolean } from './support/value-predicates.js';

/** What leaves the model's containers exposed, in message form, with the verdicts behind it. */
function exposures(model: Resource): { words: Text[]; verdicts: Judgement[] } {
  const words: Text[] = [];
  const verdicts: Judgement[] = [];
  const blockMissing = judge(prop(model, 'VpcConfig'), (v) => v.t === 'omitted');
  const noSubnets = blockMissing ? undefined : judge(prop(model, 'VpcConfig', 'Subnets'), isAbsent);
  const outside = blockMissing ?? noSubnets;
  if (outside) {
    words.push(message`outside a VPC (${propertyName(blockMissing ? 'VpcConfig' : 'VpcConfig.Subnets', { of: model })} ${outside.because})`);
    verdicts.push(outside);
  }
  const isolated = judge(prop(model, 'EnableNetworkIsolation'), (v) => isBoolean(v, false));
  if (isolated) {
    words.push(message`without network isolation (${propertyName('EnableNetworkIsolation', { of: model })} ${isolated.because})`);
    verdicts.push(isolated);
  }
  return { words, verdicts };
}

export default defineRule({
  id: 'SM040',
  name: 'transform-unprotected',
  severity: 'high',
  appliesTo: ['TransformJob'],
  fixable: false,
  tags: ['security', 'network', 'sagemaker', 'inference', 'batch-transform'],
  presets: {
    recommended: true,
    reason: 'A batch transform without network isolation or a VPC moves data with no network controls.',
  },
  docs: {
    summary: "Batch transform job runs a model outside a VPC or without network isolation",
    description:
      "A batch transform job takes its network settings from its model: it runs in the model's VPC configuration and with the model's network isolation. This rule follows the job's `ModelName` to the model (an `AWS::SageMaker::Model` by reference or name, a model created by a Step Functions `createModel` state or a pipeline Model step, a live model) and reports the transform job when that model has no `VpcConfig` (or no subnets in it) or has `EnableNetworkIsolation` false or omitted. One finding per model names both problems, at the job's `ModelName`. Transform jobs are read from Step Functions `createTransformJob` tasks, pipeline Transform steps and live jobs. A model that is not in scope (a name of a model created elsewhere, a value set at run time) is not judged. A setting chosen at deploy time makes the finding possible, one severity lower.",
    risk: "The transform job's containers read the whole input dataset and write every prediction. Outside a VPC they run in a network SageMaker manages and can reach the internet; without isolation they can open connections and use the execution role's credentials. A malicious or compromised model artifact can then send the data it scores elsewhere.",
    guidance: [
      {
        title: 'Give batch transform jobs access to resources in your Amazon VPC',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/batch-vpc.html',
      },
      {
        title: 'Run training and inference containers in internet-free mode',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
      },
    ],
    remediation: {
      cloudformation:
        '# On the model the transform job names (AWS::SageMaker::Model, createModel Parameters, pipeline Model step Arguments):\nEnableNetworkIsolation: true\nVpcConfig:\n  Subnets:\n    - <subnet-id>\n  SecurityGroupIds:\n    - <security-group-id>',
      terraform: 'enable_network_isolation = true\nvpc_config {\n  subnets            = ["<subnet-id>"]\n  security_group_ids = ["<security-group-id>"]\n}',
      cli: 'aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --enable-network-isolation --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id>\naws sagemaker create-transform-job --model-name <new-model-name> ...',
      console: 'SageMaker console → Inference → Models → the model → Clone with a VPC, private subnets, security groups and network isolation; run the next batch transform jobs with the clone.',
      recreate: "A model's network settings cannot change: create a new model and run the transform jobs with it (CloudFormation replaces the model).",
    },
    notes: [
      'The fix belongs on the model, where SM030 (VPC) and SM031 (isolation) report it with an edit; this rule shows which transform jobs the model exposes.',
    ],
  },
  check(transform, { graph, report }) {
    const modelName = prop(transform, 'ModelName');
    const names = leaves(modelName);
    for (const model of graph.resolve(modelName).filter((r) => r.kind === 'Model')) {
      const { words, verdicts } = exposures(model);
      if (words.length === 0) continue;
      // The job runs this model in every deployment only when every possible name leads to it.
      const always = names.every((l) => l.certain && graph.resolve(l.value).includes(model));
      const certain = always && verdicts.every((v) => v.certainty === 'definite');
      report({
        at: modelName,
        certainty: certain ? 'definite' : 'possible',
        message: message`${propertyName('ModelName')} names model ${model.id}, which runs ${joinText(words, ' and ')}: the batch transform containers run with the model's network settings and can send the data they score out of your network. Attach the model to a VPC and enable its network isolation.`,
      });
    }
  },
});
