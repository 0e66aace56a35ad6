/**
 * A rule's findings on Terraform (HCL and plan JSON) and on live account
 * state, summarised for compact table assertions: each finding as `at` (the
 * line in a file, the ARN of a live resource), message and certainty. The
 * inputs are built by `rule-inputs.ts`; live state here is in us-east-1.
 */
import type { Finding } from '../src/core/finding.js';
import type { Rule } from '../src/core/rule.js';
import type { AccountState, RegionState } from '../src/loaders/account/snapshot.js';
import * as inputs from './rule-inputs.js';

export { LIVE_ACCOUNT } from './rule-inputs.js';
export const LIVE_REGION = 'us-east-1';

export interface FindingSummary {
  /** The line for findings in a file, the ARN for live ones. */
  at: number | string;
  message: string;
  certainty: string;
  /** Present (true) only when the finding offers a fix. */
  fix?: true;
}

function summarise(findings: readonly Finding[]): FindingSummary[] {
  return findings.map((f) => ({ at: f.location.kind === 'source' ? f.location.start.line : f.location.arn, message: f.message, certainty: f.certainty, ...(f.fix ? { fix: true as const } : {}) }));
}

/** Findings on one Terraform root module held in memory (`main.tf` unless named). */
export async function terraformFindings(rule: Rule, main: string, files: Record<string, string> = {}): Promise<FindingSummary[]> {
  return summarise(await inputs.terraformFindings(rule, { 'main.tf': main, ...files }));
}

/** Findings on a `terraform show -json` plan of the given resources (root module only, no configuration beside it). */
export async function planFindings(rule: Rule, resources: inputs.PlannedResource[]): Promise<FindingSummary[]> {
  return summarise(await inputs.planFindings(rule, resources));
}

/** Findings on live state: `fill` adds Describe records to one region of one account, `iam` its IAM records; the state must map without notes. */
export async function liveFindings(rule: Rule, fill: (state: RegionState) => void, iam?: AccountState['iam']): Promise<FindingSummary[]> {
  const unit = inputs.liveUnit(fill, { region: LIVE_REGION, iam });
  if (unit.notes.length) throw new Error(`the live state did not map: ${unit.notes.map((n) => n.message).join('; ')}`);
  return summarise(await inputs.findingsIn(rule, unit));
}

/** The ARN of a live SageMaker resource in the test account and region. */
export function sagemakerArn(resource: string): string {
  return `arn:aws:sagemaker:${LIVE_REGION}:${inputs.LIVE_ACCOUNT}:${resource}`;
}
