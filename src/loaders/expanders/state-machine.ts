/**
 * Step Functions state machines (`AWS::StepFunctions::StateMachine`,
 * `AWS::Serverless::StateMachine`): the SageMaker tasks of their definition
 * (`Definition` object or `DefinitionString`), including states nested in
 * Parallel branches and Map iterators, become jobs, transform jobs, models,
 * endpoint configurations and endpoints with ids like `Machine/TrainModel`.
 */
import type { Location } from '../../model/location.js';
import type { Resource } from '../../model/resource.js';
import { get, stringOf, type MapValue, type Value } from '../../model/value.js';
import type { Expander } from './expanders.js';
import { computedAtRunTime, readDefinition, resolvePlaceholders } from './embedded-values.js';
import { resourcesOfRequest, type SageMakerRequest } from '../../model/job-shapes.js';
import { appendAll } from '../../collections.js';

/** The service integrations sagelint reads, by their name in the task's Resource ARN. */
const SAGEMAKER_TASKS: Readonly<Record<string, SageMakerRequest>> = {
  createTrainingJob: 'CreateTrainingJob',
  createProcessingJob: 'CreateProcessingJob',
  createHyperParameterTuningJob: 'CreateHyperParameterTuningJob',
  createTransformJob: 'CreateTransformJob',
  createModel: 'CreateModel',
  createEndpointConfig: 'CreateEndpointConfig',
  createEndpoint: 'CreateEndpoint',
};

/** `arn:<partition>:states:::sagemaker:<api>[.sync|.waitForTaskToken]`; the partition may be a placeholder. */
const TASK_RESOURCE = /^arn:(?:\$\{[^}]*\}|[^:]*):states:::sagemaker:([A-Za-z]+)(?:\.sync|\.waitForTaskToken)?$/;

interface SageMakerTask {
  name: string;
  loc: Location;
  request: SageMakerRequest;
  args: Value;
}

export const expandStateMachine: Expander = (input) => {
  const { document, notes, errors } = readDefinition(
    input,
    [['Definition'], ['DefinitionString']],
    [['DefinitionS3Location'], ['DefinitionUri']],
    'SageMaker tasks',
  );
  const substitutions = get(input.props, 'DefinitionSubstitutions');
  return { resources: document ? resourcesOfStateMachineDefinition(document, input.base, substitutions.t === 'map' ? substitutions : undefined) : [], notes, errors };
};

/**
 * The jobs, models and transform jobs a parsed state machine definition
 * declares, with ids `<state machine id>/<state name>`. Any loader can call it
 * with the definition as a Value; `substitutions` are Step Functions'
 * `DefinitionSubstitutions`.
 */
export function resourcesOfStateMachineDefinition(document: Value, machine: Omit<Resource, 'kind'>, substitutions?: MapValue): Resource[] {
  const ids = new Set<string>();
  const resources: Resource[] = [];
  for (const task of sageMakerTasks(get(document, 'States'))) {
    let id = `${machine.id}/${task.name}`;
    for (let n = 2; ids.has(id); n++) id = `${machine.id}/${task.name}#${n}`;
    ids.add(id);
    const args = resolvePlaceholders(runTimeValues(task.args), substitutions);
    const label = `Step Functions state ${task.name} (sagemaker:${task.request}) of ${machine.id}`;
    appendAll(resources, resourcesOfRequest(task.request, args, { parent: machine, id, loc: task.loc, label }));
  }
  return resources;
}

/** Task states that call SageMaker, in document order, through Parallel branches and Map iterators. */
function* sageMakerTasks(states: Value): Generator<SageMakerTask> {
  if (states.t !== 'map') return;
  for (const [name, state] of states.entries) {
    const type = stringOf(get(state, 'Type'));
    if (type === 'Task') {
      const api = TASK_RESOURCE.exec(stringOf(get(state, 'Resource')) ?? '')?.[1];
      const request = api ? SAGEMAKER_TASKS[api] : undefined;
      if (!request) continue;
      // JSONPath states pass `Parameters`; JSONata states pass `Arguments`.
      const parameters = get(state, 'Parameters');
      const args = parameters.t === 'omitted' ? get(state, 'Arguments') : parameters;
      yield { name, loc: states.keyLocs.get(name) ?? state.loc, request, args };
    } else if (type === 'Parallel') {
      const branches = get(state, 'Branches');
      if (branches.t === 'list') for (const branch of branches.items) yield* sageMakerTasks(get(branch, 'States'));
    } else if (type === 'Map') {
      const processor = get(state, 'ItemProcessor');
      yield* sageMakerTasks(get(processor.t === 'omitted' ? get(state, 'Iterator') : processor, 'States'));
    }
  }
}

/**
 * Values the execution supplies: a JSONPath key (`"TrainingJobName.$": "$.name"`)
 * sets the key without `.$` at run time, and a JSONata expression (`"{% … %}"`)
 * is evaluated at run time. Both are unknown here.
 */
function runTimeValues(value: Value): Value {
  if (value.t === 'list') return { ...value, items: value.items.map(runTimeValues) };
  if (value.t === 'scalar' && typeof value.v === 'string' && /^\{%[\s\S]*%\}$/.test(value.v.trim())) return computedAtRunTime(value, value.v);
  if (value.t !== 'map') return value;
  const entries = new Map<string, Value>();
  const keyLocs = new Map<string, Location>();
  for (const [key, child] of value.entries) {
    const dynamic = key.endsWith('.$');
    const name = dynamic ? key.slice(0, -2) : key;
    entries.set(name, dynamic ? computedAtRunTime(child, stringOf(child) ?? 'an expression') : runTimeValues(child));
    keyLocs.set(name, value.keyLocs.get(key)!);
  }
  return { ...value, entries, keyLocs } satisfies MapValue;
}
