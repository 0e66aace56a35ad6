/** The `VpcConfig` check that jobs (SM020) and models (SM030) share. */
import type { ReportInput } from '../../src/core/rule.js';
import { message, propertyName, type Text } from '../../src/core/dialect.js';
import { prop, type Resource } from '../../src/model/resource.js';
import { get, judge } from '../../src/model/value.js';
import { isAbsent } from './value-predicates.js';

const VPC_PLACEHOLDERS = { SecurityGroupIds: ['<security-group-id>'], Subnets: ['<subnet-id>'] } as const;

export interface VpcConfigWording {
  /** What running outside the VPC means for this resource. */
  outside: Text;
  /** Appended to fix descriptions, e.g. ' (replaces the model)'. */
  fixNote?: string;
}

/**
 * Reports a `VpcConfig` that is omitted, or lacks subnets or security groups
 * (one report per missing list: both are needed to get network interfaces in
 * the VPC).
 */
export function reportVpcConfigGaps(resource: Resource, { outside, fixNote = '' }: VpcConfigWording, report: (input: ReportInput) => void): void {
  const vpc = prop(resource, 'VpcConfig');
  const blockMissing = judge(vpc, (v) => v.t === 'omitted');
  if (blockMissing) {
    report({
      at: vpc,
      certainty: blockMissing.certainty,
      message: message`${propertyName(vpc)} ${blockMissing.because}: ${outside}. Give it private subnets and security groups of your VPC.`,
      fix: { description: `Run in private subnets and security groups of your VPC${fixNote}`, edits: [{ target: vpc, value: VPC_PLACEHOLDERS }] },
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
      message: message`${propertyName(list)} ${verdict.because}: network interfaces in your VPC need both subnets and security groups. Set ${propertyName(list, { below: vpc })}.`,
      fix: { description: message`Set ${propertyName(list)}${fixNote}`, edits: [{ target: list, value: VPC_PLACEHOLDERS[key] }] },
    });
  }
}
