/**
 * The compliance view a run can carry (`--compliance`): the frameworks it can
 * judge by and the shape of each control's result (computed in
 * `src/report/compliance-view.ts`).
 */
/** The frameworks `--compliance` can judge a run by, as `alsoKnownAs` names them. */
export declare const COMPLIANCE_FRAMEWORKS: {
    readonly 'security-hub': "Security Hub";
    readonly 'aws-config': "AWS Config";
};
export type ComplianceFramework = keyof typeof COMPLIANCE_FRAMEWORKS;
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
