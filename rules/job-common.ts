/** What the job and batch transform rules (SM020–SM023, SM040–SM041) share. */
import { propertyName, type MessagePart } from '../src/core/dialect.js';
import { prop, type Resource } from '../src/model/resource.js';
import { stringOf, type Value } from '../src/model/value.js';

const JOB_KINDS: Readonly<Record<string, string>> = {
  training: 'training job',
  tuning: 'tuning job training definition',
  processing: 'processing job',
  'data-quality': 'data quality monitoring job',
  'model-quality': 'model quality monitoring job',
  'model-bias': 'model bias monitoring job',
  'model-explainability': 'model explainability monitoring job',
};

/** How messages name a job: "training job", "data quality monitoring job", … */
export function jobKind(job: Resource): string {
  return JOB_KINDS[stringOf(prop(job, 'JobType')) ?? ''] ?? 'job';
}

/**
 * The property where the value stands, below the resource (`propertyPathOf`),
 * for messages and fix descriptions, in the input's names. A CloudFormation
 * job's canonical values stand at their native place, so a processing job's
 * isolation reads `NetworkConfig.EnableNetworkIsolation`; Terraform values
 * stand at their canonical path, which the dialect names
 * (`network_config.enable_network_isolation`).
 */
export function dottedPropertyPath(value: Value): MessagePart {
  return propertyName(value);
}

