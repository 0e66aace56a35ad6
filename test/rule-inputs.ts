/**
 * A rule's findings on the inputs besides CloudFormation templates: a Terraform
 * root module held in memory, a `terraform show -json` plan built from planned
 * resource values, and live account state as the collectors record it.
 * Rule tests use them to show that one rule judges every input alike.
 */
import { LIVE_DIALECT } from '../src/core/dialect.js';
import { evaluateUnit } from '../src/engine/evaluate.js';
import type { Finding } from '../src/core/finding.js';
import { prepareRules, type Rule } from '../src/core/rule.js';
import { mapAccountState } from '../src/loaders/account/model.js';
import { emptyRegionState, type AccountState, type RegionState } from '../src/loaders/account/snapshot.js';
import { memoryUnit } from '../src/loaders/terraform/testing.js';
import type { LoadedUnit } from '../src/core/unit.js';
import { loadPlanForTest, planJson, type PlannedResource } from '../src/plugin-api/rule-tester.js';

export const LIVE_ACCOUNT = '123456789012';
export const LIVE_REGION = 'eu-west-1';

/** The rule's findings on a loaded input, which must load without errors. */
export async function findingsIn(rule: Rule, unit: LoadedUnit): Promise<Finding[]> {
  if (unit.errors.length) throw new Error(`the input did not load: ${unit.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('; ')}`);
  await prepareRules([rule]);
  return evaluateUnit(unit, { rules: [rule] }).findings.filter((f) => !f.suppression);
}

/** Findings on a Terraform root module given as `{ 'main.tf': '…' }` (or just the text of main.tf). */
export async function terraformFindings(rule: Rule, files: Record<string, string> | string): Promise<Finding[]> {
  return findingsIn(rule, await memoryUnit(typeof files === 'string' ? { 'main.tf': files } : files));
}

export type { PlannedResource };

/** Findings on a plan JSON whose `planned_values` hold these root-module resources (no configuration beside it). */
export async function planFindings(rule: Rule, resources: PlannedResource[]): Promise<Finding[]> {
  return findingsIn(rule, await loadPlanForTest(planJson(resources)));
}

/** Live account state as the audit maps it: `fill` adds Describe records to one region of one account, `iam` its IAM records. */
export function liveUnit(fill: (region: RegionState) => void, options: { region?: string; iam?: AccountState['iam'] } = {}): LoadedUnit {
  const region = emptyRegionState(options.region ?? LIVE_REGION);
  fill(region);
  const { resources, notes } = mapAccountState({
    accountId: LIVE_ACCOUNT,
    partition: 'aws',
    principalArn: `arn:aws:iam::${LIVE_ACCOUNT}:user/auditor`,
    regions: [region],
    ...(options.iam ? { iam: options.iam } : {}),
  });
  return { files: [], resources, errors: [], notes, dialect: LIVE_DIALECT };
}

/** Findings on one region of live account state, filled in as the collectors record Describe answers. */
export async function liveFindings(rule: Rule, fill: (region: RegionState) => void): Promise<Finding[]> {
  return findingsIn(rule, liveUnit(fill));
}

/** `ruleId certainty: message` of each finding, for compact assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.certainty}: ${f.message}`);
}
