/**
 * The compliance view (`--compliance security-hub`): each control of a
 * framework that the rules' `alsoKnownAs` maps, judged over one run. The
 * metadata is the only list of controls; "checked" comes from the engine's
 * counts of resources per kind and type, "failed" from the findings.
 */
import type { ScanResult } from '../engine/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import { type ComplianceFramework } from './compliance.js';
/** Most urgent first: how the view counts them. */
export declare const CONTROL_STATUSES: readonly ["FAILED", "UNKNOWN", "PASSED", "NOT_APPLICABLE"];
export type ControlStatus = (typeof CONTROL_STATUSES)[number];
export interface ControlResult {
    /** The framework's control ID, e.g. `SageMaker.1`. */
    control: string;
    /** The rules mapped to it, in catalog order. */
    rules: string[];
    /** Resources of the kinds those rules check (of the types the control covers, where it covers only some). */
    checked: number;
    /** Resources with a definite finding of those rules that is not suppressed. */
    failed: number;
    status: ControlStatus;
    /** Why the status is UNKNOWN: possible findings, rules' notes, coverage gaps, rules that did not run. */
    reason?: string;
}
export interface ComplianceView {
    framework: ComplianceFramework;
    /** `Security Hub`, as people name it. */
    title: string;
    /** Every control of the framework the catalog maps, in natural order (`SageMaker.2` before `SageMaker.10`). */
    controls: ControlResult[];
}
/**
 * Each control's pass/fail over a run: FAILED when a resource has a definite,
 * unsuppressed finding of one of its rules (a finding in the baseline still
 * fails: the resource is still out of compliance), UNKNOWN when only possible
 * findings, notes, coverage gaps or rules that did not run stand in the way of
 * a pass, NOT_APPLICABLE when no resource of the kinds its rules check was
 * present, else PASSED. `catalog` gives the controls; `ran` the rules the run
 * evaluated.
 */
export declare function complianceView(result: ScanResult, catalog: readonly RuleMeta[], ran: readonly RuleMeta[], framework: ComplianceFramework): ComplianceView;
/** How many controls have each status, every status named. */
export declare function countControls(view: ComplianceView): Record<ControlStatus, number>;
/** `Security Hub: 11 controls (3 FAILED, 1 UNKNOWN, 5 PASSED, 2 NOT_APPLICABLE)`. */
export declare function describeControlCounts(view: ComplianceView): string;
/** The control table's columns, in the order every report shows them. */
export declare const CONTROL_COLUMNS: readonly ["control", "rules", "checked", "failed", "status", "reason"];
/** Each control as the table's cells, in the order of `CONTROL_COLUMNS`. */
export declare function controlRows(view: ComplianceView): string[][];
