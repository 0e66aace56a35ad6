/**
 * Resource types whose model is not their own properties: job definitions,
 * pipelines and state machines that declare jobs and models inside them. An
 * expander turns one CloudFormation resource into the model resources it declares.
 */
import type { LoadError, Note } from '../../core/finding.js';
import type { Location } from '../../model/location.js';
import type { Resource } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { JOB_DEFINITION_EXPANDERS } from './job-definitions.js';
import { expandPipeline } from './pipeline-definition.js';
import { expandStateMachine } from './state-machine.js';

export interface ExpanderInput {
  logicalId: string;
  type: string;
  /** Resolved Properties (intrinsics applied). */
  props: Value;
  /** Location of the logical ID key. */
  loc: Location;
  file: string;
  /** The template's source text, to locate documents embedded in strings. */
  text?: string;
  /** The resource as the default mapping would build it (kind from CLOUDFORMATION_KINDS, if any). */
  base: Omit<Resource, 'kind'>;
}

export interface ExpanderOutput {
  resources: Resource[];
  notes: Note[];
  /** Errors in the template, such as an embedded definition that is not JSON. */
  errors?: LoadError[];
}

export type Expander = (input: ExpanderInput) => ExpanderOutput;

export const RESOURCE_EXPANDERS: Readonly<Record<string, Expander>> = {
  ...JOB_DEFINITION_EXPANDERS,
  'AWS::SageMaker::Pipeline': expandPipeline,
  'AWS::StepFunctions::StateMachine': expandStateMachine,
  'AWS::Serverless::StateMachine': expandStateMachine,
};
