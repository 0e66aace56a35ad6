/**
 * A rule's findings on Terraform (HCL and plan JSON) and on live account
 * state, for rule tests that cover every input beside the CloudFormation table
 * of `rule-tester.ts`. Findings are given as `line` (HCL), or as the ARN of the
 * resource they name (live), with their message.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluateUnit } from '../src/engine/evaluate.js';
import type { Finding } from '../src/engine/finding.js';
import type { Rule } from '../src/engine/rule.js';
import { mapAccountState } from '../src/loaders/account/model.js';
import { emptyRegionState, type AccountState, type RegionState } from '../src/loaders/account/snapshot.js';
import { loadTerraformPlan } from '../src/loaders/terraform/plan.js';
import { memoryUnit } from '../src/loaders/terraform/testing.js';
import type { LoadedUnit } from '../src/loaders/types.js';

/** A root with no configuration in it: plans are then located at their own JSON. */
const EMPTY_ROOT = mkdtempSync(path.join(tmpdir(), 'sagelint-plan-'));

export const LIVE_ACCOUNT = '123456789012';
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
  return findings
    .filter((f) => !f.suppression)
    .map((f) => ({ at: f.location.kind === 'source' ? f.location.start.line : f.location.arn, message: f.message, certainty: f.certainty, ...(f.fix ? { fix: true as const } : {}) }));
}

function findingsOfUnit(rule: Rule, unit: LoadedUnit): FindingSummary[] {
  if (unit.errors.length) throw new Error(`the input did not load: ${unit.errors.map((e) => e.message).join('; ')}`);
  return summarise(evaluateUnit(unit, { rules: [rule] }).findings);
}

/** Findings on one Terraform root module held in memory (`main.tf` unless named). */
export async function terraformFindings(rule: Rule, main: string, files: Record<string, string> = {}): Promise<FindingSummary[]> {
  return findingsOfUnit(rule, await memoryUnit({ 'main.tf': main, ...files }));
}

/** Findings on a `terraform show -json` plan of the given resources (root module only, no configuration beside it). */
export async function planFindings(rule: Rule, resources: { type: string; name: string; values: object }[]): Promise<FindingSummary[]> {
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: { resources: resources.map((r) => ({ address: `${r.type}.${r.name}`, mode: 'managed', type: r.type, name: r.name, provider_name: 'registry.terraform.io/hashicorp/aws', values: r.values })) } },
  };
  return findingsOfUnit(rule, await loadTerraformPlan(EMPTY_ROOT, 'plan.json', JSON.stringify(plan)));
}

/** Findings on live state: `fill` adds Describe records to one region of one account, `iam` its IAM records. */
export function liveFindings(rule: Rule, fill: (state: RegionState) => void, iam?: AccountState['iam']): FindingSummary[] {
  const state = emptyRegionState(LIVE_REGION);
  fill(state);
  const { resources, notes } = mapAccountState({
    accountId: LIVE_ACCOUNT,
    partition: 'aws',
    principalArn: `arn:aws:iam::${LIVE_ACCOUNT}:user/auditor`,
    regions: [state],
    ...(iam ? { iam } : {}),
  });
  if (notes.length) throw new Error(`the live state did not map: ${notes.map((n) => n.message).join('; ')}`);
  return findingsOfUnit(rule, { files: [], resources, errors: [], notes: [] });
}

/** The ARN of a live SageMaker resource in the test account and region. */
export function sagemakerArn(resource: string): string {
  return `arn:aws:sagemaker:${LIVE_REGION}:${LIVE_ACCOUNT}:${resource}`;
}
