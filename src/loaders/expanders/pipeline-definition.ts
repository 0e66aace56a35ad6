/**
 * SageMaker Pipelines (`AWS::SageMaker::Pipeline`): the Training, Processing,
 * Tuning, Transform and Model steps of `PipelineDefinition.PipelineDefinitionBody`,
 * also inside Condition steps, become jobs, transform jobs and models with ids
 * like `Pipeline/TrainModel`.
 */
import type { Resource } from '../../model/resource.js';
import { get, stringOf, type Value } from '../../model/value.js';
import type { Expander } from './expanders.js';
import { computedAtRunTime, readDefinition, resolvePlaceholders } from './embedded-values.js';
import { resourcesOfRequest, type SageMakerRequest } from '../../model/job-shapes.js';

/** Step types whose `Arguments` are a SageMaker request. */
const STEP_REQUESTS: Readonly<Record<string, SageMakerRequest>> = {
  Training: 'CreateTrainingJob',
  Processing: 'CreateProcessingJob',
  Tuning: 'CreateHyperParameterTuningJob',
  Transform: 'CreateTransformJob',
  Model: 'CreateModel',
};

interface PipelineStep {
  name: string;
  step: Value;
  request: SageMakerRequest;
}

export const expandPipeline: Expander = (input) => {
  const { document, notes, errors } = readDefinition(
    input,
    [['PipelineDefinition', 'PipelineDefinitionBody']],
    [['PipelineDefinition', 'PipelineDefinitionS3Location']],
    'pipeline steps',
  );
  return { resources: document ? resourcesOfPipelineDefinition(document, input.base) : [], notes, errors };
};

/**
 * The jobs, models and transform jobs a parsed pipeline definition declares,
 * with ids `<pipeline id>/<step name>`. Any loader can call it with the
 * definition as a Value (CloudFormation's body, a Terraform `pipeline_definition`,
 * a live DescribePipeline response).
 */
export function resourcesOfPipelineDefinition(document: Value, pipeline: Omit<Resource, 'kind'>): Resource[] {
  const steps = [...requestSteps(get(document, 'Steps'))];
  const stepId = (name: string) => `${pipeline.id}/${name}`;
  const modelSteps = new Set(steps.filter((s) => s.request === 'CreateModel').map((s) => s.name));
  const expressions = new PipelineExpressions(get(document, 'Parameters'), (name) => (modelSteps.has(name) ? stepId(name) : undefined));
  return steps.flatMap(({ name, step, request }) => {
    const nameValue = get(step, 'Name');
    return resourcesOfRequest(request, resolvePlaceholders(expressions.evaluate(get(step, 'Arguments'))), {
      parent: pipeline,
      id: stepId(name),
      loc: nameValue.t === 'scalar' ? nameValue.loc : step.loc,
      label: `pipeline step ${name} (${stringOf(get(step, 'Type'))}) of ${pipeline.id}`,
    });
  });
}

/** Steps that make a SageMaker request, through the branches of Condition steps. */
function* requestSteps(steps: Value): Generator<PipelineStep> {
  if (steps.t !== 'list') return;
  for (const step of steps.items) {
    const type = stringOf(get(step, 'Type'));
    const name = stringOf(get(step, 'Name'));
    if (type === 'Condition') {
      yield* requestSteps(get(step, 'Arguments', 'IfSteps'));
      yield* requestSteps(get(step, 'Arguments', 'ElseSteps'));
      continue;
    }
    const request = type ? STEP_REQUESTS[type] : undefined;
    if (request && name) yield { name, step, request };
  }
}

/**
 * Pipeline expressions in step arguments: `{"Get": "Parameters.X"}` is the
 * parameter's default unless the execution overrides it; `{"Get": "Steps.M.ModelName"}`
 * refers to the model a Model step creates; every other `Get` and the `Std:*`
 * functions are computed when the pipeline runs.
 */
class PipelineExpressions {
  private readonly defaults = new Map<string, Value>();

  constructor(
    parameters: Value,
    private readonly modelStepId: (stepName: string) => string | undefined,
  ) {
    if (parameters.t !== 'list') return;
    for (const parameter of parameters.items) {
      const name = stringOf(get(parameter, 'Name'));
      const fallback = get(parameter, 'DefaultValue');
      if (name && fallback.t !== 'omitted') this.defaults.set(name, fallback);
    }
  }

  evaluate(value: Value): Value {
    if (value.t === 'list') return { ...value, items: value.items.map((item) => this.evaluate(item)) };
    if (value.t !== 'map') return value;
    const [only] = value.entries.keys();
    if (value.entries.size === 1 && only === 'Get') return this.get(value, stringOf(value.entries.get('Get')!) ?? '');
    if (value.entries.size === 1 && only!.startsWith('Std:')) return computedAtRunTime(value, only!);
    const entries = new Map<string, Value>();
    for (const [key, child] of value.entries) entries.set(key, this.evaluate(child));
    return { ...value, entries };
  }

  private get(expression: Value, path: string): Value {
    const parameter = /^Parameters\.(.+)$/.exec(path)?.[1];
    if (parameter !== undefined) {
      const fallback = this.defaults.get(parameter);
      const reason = `pipeline parameter ${parameter} can be set for each execution`;
      if (!fallback) return { t: 'unknown', loc: expression.loc, reason: `${reason} and has no default` };
      return { t: 'unknown', loc: expression.loc, reason, fallback: { value: fallback, via: `pipeline parameter ${parameter} keeps its default` } };
    }
    const modelStep = /^Steps\.([^.]+)\.(?:Properties\.)?ModelName$/.exec(path)?.[1];
    const target = modelStep === undefined ? undefined : this.modelStepId(modelStep);
    if (target) return { t: 'ref', loc: expression.loc, target, text: `Get ${path}` };
    return computedAtRunTime(expression, `Get ${path}`);
  }
}
