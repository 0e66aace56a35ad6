/** What the job and batch transform rules (SM020–SM023, SM040–SM041) share. */
import type { ReportInput } from '../src/engine/rule.js';
import { prop, type Resource } from '../src/model/resource.js';
import { get, judge, pathOf, stringOf, type Value } from '../src/model/value.js';
import { setInPlace } from './support/fixes.js';
import { isAbsent } from './support/value-predicates.js';

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
 * The property as the source names it, relative to the resource: canonical
 * values stand at their native place, so a processing job's isolation reads
 * `NetworkConfig.EnableNetworkIsolation`.
 */
export function nativeName(resource: Resource, value: Value): string {
  const base = pathOf(resource.props);
  const path = pathOf(value);
  const within = base.every((segment, i) => path[i] === segment);
  return (within ? path.slice(base.length) : path).join('.');
}

const VPC_PLACEHOLDERS = { SecurityGroupIds: ['<security-group-id>'], Subnets: ['<subnet-id>'] } as const;

/**
 * Reports a `VpcConfig` that is omitted, or lacks subnets or security groups
 * (one report per missing list: both are needed to get network interfaces in
 * the VPC). `outside` says what running outside the VPC means for this resource.
 */
export function reportVpcConfigGaps(resource: Resource, outside: string, report: (input: ReportInput) => void): void {
  const vpc = prop(resource, 'VpcConfig');
  const name = nativeName(resource, vpc);
  const blockMissing = judge(vpc, (v) => v.t === 'omitted');
  if (blockMissing) {
    report({
      at: vpc,
      certainty: blockMissing.certainty,
      message: `${name} ${blockMissing.because}: ${outside}. Give it private subnets and security groups of your VPC.`,
      fix: setInPlace(vpc, 'VpcConfig', VPC_PLACEHOLDERS, 'Run in private subnets and security groups of your VPC'),
    });
    return;
  }
  for (const key of ['Subnets', 'SecurityGroupIds'] as const) {
    const list = get(vpc, key);
    const verdict = judge(list, isAbsent);
    if (!verdict) continue;
    report({
      at: list,
      certainty: verdict.certainty,
      message: `${name}.${key} ${verdict.because}: network interfaces in your VPC need both subnets and security groups. Set ${key}.`,
      fix: setInPlace(list, key, VPC_PLACEHOLDERS[key], `Set ${name}.${key}`),
    });
  }
}

/** Reports a KMS key `property` that is omitted or empty, with a fix that sets a placeholder key. */
export function reportMissingKey(resource: Resource, key: Value, property: 'VolumeKmsKeyId' | 'KmsKeyId', why: string, report: (input: ReportInput) => void): void {
  const verdict = judge(key, isAbsent);
  if (!verdict) return;
  const name = nativeName(resource, key);
  report({
    at: key,
    certainty: verdict.certainty,
    message: `${name} ${verdict.because}: ${why}. Set it to a customer managed KMS key.`,
    fix: setInPlace(key, property, '<kms-key-arn>', `Set ${name} to a customer managed KMS key`),
  });
}
