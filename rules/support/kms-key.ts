/** The missing-KMS-key check that jobs, transforms and endpoint configurations share (SM023, SM032, SM041). */
import type { ReportInput } from '../../src/core/rule.js';
import { message, propertyName, type Text } from '../../src/core/dialect.js';
import type { Resource } from '../../src/model/resource.js';
import { judge, type Judgement, type Value } from '../../src/model/value.js';
import { isAbsent, jointCertainty } from './value-predicates.js';

export interface KmsKeyCheck {
  /** Must also hold for the key to matter (its block exists, capture is on). */
  preconditions?: Judgement[];
  /** How the message names the key, where its value cannot say (inside an `Fn::If` block); default: its property path. */
  name?: Text;
}

/**
 * Reports `key` when it is omitted or empty, with a fix that sets a
 * placeholder key. The finding is only as certain as the key's
 * verdict and the preconditions together, and the message names the choices
 * they depend on.
 */
export function reportMissingKmsKey(
  resource: Resource,
  key: Value,
  unprotected: string,
  report: (input: ReportInput) => void,
  { preconditions = [], name = message`${propertyName(key)}` }: KmsKeyCheck = {},
): void {
  const verdict = judge(key, isAbsent);
  if (!verdict) return;
  // Inside a block that is itself a choice the key is omitted on every branch; the preconditions name the choice.
  const omittedEverywhere = preconditions.length > 0 && verdict.certainty === 'definite' && verdict.bad.every((l) => l.value.t === 'omitted');
  report({
    at: key,
    certainty: jointCertainty(verdict, ...preconditions),
    message: message`${name} ${omittedEverywhere ? 'is omitted' : verdict.because}${whenChosen(preconditions)}: ${unprotected}. Set it to a customer managed KMS key.`,
    fix: { description: message`Set ${name} to a customer managed KMS key`, edits: [{ target: key, value: '<kms-key-arn>' }] },
  });
}

/** " when condition IsProd is true": the deploy-time choices under which the preconditions hold. */
function whenChosen(preconditions: Judgement[]): string {
  const choices = preconditions
    .filter((p) => p.certainty === 'possible')
    .map((p) => [...new Set(p.bad.map((l) => l.via.join(' and ')).filter(Boolean))].join(' or '))
    .filter(Boolean);
  return choices.length ? ` when ${choices.join(' and ')}` : '';
}
