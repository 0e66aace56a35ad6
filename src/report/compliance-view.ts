/**
 * The compliance view (`--compliance security-hub`): each control of a
 * framework that the rules' `alsoKnownAs` maps, judged over one run. The
 * metadata is the only list of controls; "checked" comes from the engine's
 * counts of resources per kind and type, "failed" from the findings.
 */
import type { Finding, ScanResult } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { ResourceKind } from '../model/resource.js';
import { addToGroup, plural } from '../collections.js';
import { COMPLIANCE_FRAMEWORKS, type ComplianceFramework } from '../core/compliance.js';
import { isSuppressed, resourceKey } from './summary.js';

import { CONTROL_STATUSES, type ComplianceView, type ControlResult, type ControlStatus } from '../core/compliance.js';

export { CONTROL_STATUSES, type ComplianceView, type ControlResult, type ControlStatus };

/**
 * Each control's pass/fail over a run: FAILED when a resource has a definite,
 * unsuppressed finding of one of its rules (a finding in the baseline still
 * fails: the resource is still out of compliance), UNKNOWN when only possible
 * findings, notes, coverage gaps or rules that did not run stand in the way of
 * a pass, NOT_APPLICABLE when no resource of the kinds its rules check was
 * present, else PASSED. `catalog` gives the controls; `ran` the rules the run
 * evaluated.
 */
export function complianceView(result: ScanResult, catalog: readonly RuleMeta[], ran: readonly RuleMeta[], framework: ComplianceFramework): ComplianceView {
  const source = COMPLIANCE_FRAMEWORKS[framework];
  const rulesByControl = new Map<string, RuleMeta[]>();
  for (const rule of catalog) for (const control of rule.docs.alsoKnownAs?.[source] ?? []) addToGroup(rulesByControl, control, rule);
  const ranIds = new Set(ran.map((rule) => rule.id));
  const notedRules = new Set(result.notes.flatMap((note) => noteRuleIds(note.message)));
  const gapRules = new Set((result.incomplete?.gaps ?? []).flatMap((gap) => gap.rulesAffected));
  const findingsByRule = new Map<string, Finding[]>();
  for (const finding of result.findings) if (!isSuppressed(finding)) addToGroup(findingsByRule, finding.ruleId, finding);
  const controls = [...rulesByControl].map(([control, rules]): ControlResult => {
    const evaluated = rules.filter((rule) => ranIds.has(rule.id));
    const checked = checkedFor(control, evaluated, result.stats);
    const findings = evaluated.flatMap((rule) => {
      const scope = scopeOf(rule, control);
      return (findingsByRule.get(rule.id) ?? []).filter((f) => !scope || scope.has(typeKey(f.resource.type)));
    });
    const failed = new Set(findings.filter((f) => f.certainty === 'definite').map(resourceKey));
    const possible = new Set(findings.filter((f) => f.certainty === 'possible').map(resourceKey).filter((key) => !failed.has(key)));
    const ids = (list: readonly RuleMeta[]) => list.map((rule) => rule.id).join(', ');
    const noted = evaluated.filter((rule) => notedRules.has(rule.id));
    const gapped = evaluated.filter((rule) => gapRules.has(rule.id));
    const notRun = rules.filter((rule) => !ranIds.has(rule.id));
    const reasons = [
      possible.size ? `${possible.size} possibly failing` : '',
      noted.length ? `notes of ${ids(noted)}` : '',
      gapped.length ? `coverage gaps for ${ids(gapped)}` : '',
      notRun.length ? `${ids(notRun)} not run` : '',
    ].filter(Boolean);
    const row = { control, rules: rules.map((rule) => rule.id), checked, failed: failed.size };
    if (failed.size) return { ...row, status: 'FAILED' };
    if (reasons.length) return { ...row, status: 'UNKNOWN', reason: reasons.join('; ') };
    return { ...row, status: checked ? 'PASSED' : 'NOT_APPLICABLE' };
  });
  const natural = new Intl.Collator('en', { numeric: true }).compare;
  return { framework, title: source, controls: controls.sort((a, b) => natural(a.control, b.control)) };
}

/**
 * The resources the control's rules checked: every resource of their kinds;
 * when each rule covers the control for some types only (`controlScopes`:
 * SageMaker.9 is the data quality job definitions among SM022's jobs), the
 * resources of those types.
 */
function checkedFor(control: string, rules: readonly RuleMeta[], stats: ScanResult['stats']): number {
  const scopes = rules.map((rule) => scopeOf(rule, control));
  if (scopes.length && scopes.every((scope) => scope !== undefined)) {
    const types = new Set(scopes.flatMap((scope) => [...scope!]));
    return Object.entries(stats.resourcesByType ?? {}).reduce((sum, [type, count]) => sum + (types.has(typeKey(type)) ? count : 0), 0);
  }
  const kinds = new Set<ResourceKind>(rules.flatMap((rule) => rule.appliesTo));
  return [...kinds].reduce((sum, kind) => sum + (stats.resourcesByKind?.[kind] ?? 0), 0);
}

/** The types a rule covers a control for, when the control covers only some of the rule's resources. */
function scopeOf(rule: RuleMeta, control: string): Set<string> | undefined {
  const types = rule.docs.controlScopes?.[control];
  return types && new Set(types.map(typeKey));
}

/**
 * One name for a resource type in every source: `AWS::SageMaker::DataQualityJobDefinition`,
 * Terraform's `aws_sagemaker_data_quality_job_definition` and the API's
 * `DataQualityJobDefinition` are all `dataqualityjobdefinition`.
 */
function typeKey(type: string): string {
  return type
    .replace(/^AWS::\w+::/, '')
    .replace(/^aws_[a-z0-9]+_/, '')
    .replace(/_/g, '')
    .toLowerCase();
}

/** How many controls have each status, every status named. */
export function countControls(view: ComplianceView): Record<ControlStatus, number> {
  const counts = Object.fromEntries(CONTROL_STATUSES.map((status) => [status, 0])) as Record<ControlStatus, number>;
  for (const { status } of view.controls) counts[status]++;
  return counts;
}

/** `Security Hub: 11 controls (3 FAILED, 1 UNKNOWN, 5 PASSED, 2 NOT_APPLICABLE)`. */
export function describeControlCounts(view: ComplianceView): string {
  const counts = countControls(view);
  const parts = CONTROL_STATUSES.filter((status) => counts[status]).map((status) => `${counts[status]} ${status}`);
  return `${view.title}: ${plural(view.controls.length, 'control')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The rules a rule's note names: the engine writes them first (`SM050, SM060: …`). */
function noteRuleIds(message: string): string[] {
  const prefix = /^([A-Z]{2}\d{3}(?:, [A-Z]{2}\d{3})*): /.exec(message);
  return prefix ? prefix[1]!.split(', ') : [];
}

/** The control table's columns, in the order every report shows them. */
export const CONTROL_COLUMNS = ['control', 'rules', 'checked', 'failed', 'status', 'reason'] as const;

/** Each control as the table's cells, in the order of `CONTROL_COLUMNS`. */
export function controlRows(view: ComplianceView): string[][] {
  return view.controls.map((c) => [c.control, c.rules.join(', '), String(c.checked), String(c.failed), c.status, c.reason ?? '']);
}
