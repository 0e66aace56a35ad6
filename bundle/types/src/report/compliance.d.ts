/**
 * The compliance controls a rule matches (from its docs' `alsoKnownAs`), as
 * every report shows them: Security Hub, AWS Config, checkov and cdk-nag, in
 * that order. Peer scanners' own IDs (KICS, Prowler, …) stay in the rule's help
 * and the `rules` catalog.
 */
import type { RuleMeta } from '../engine/rule.js';
/** The frameworks `--compliance` can judge a run by, as `alsoKnownAs` names them. */
export declare const COMPLIANCE_FRAMEWORKS: {
    readonly 'security-hub': "Security Hub";
    readonly 'aws-config': "AWS Config";
};
export type ComplianceFramework = keyof typeof COMPLIANCE_FRAMEWORKS;
export declare function isComplianceFramework(name: string): name is ComplianceFramework;
/** `Security Hub` → `security-hub`: the form of tags, CSV columns and `--compliance`. */
export declare function frameworkSlug(source: string): string;
/** The compliance source a `frameworkSlug` names (`security-hub` → `Security Hub`), if it is one. */
export declare function complianceSourceOfSlug(slug: string): string | undefined;
export interface ComplianceId {
    /** `Security Hub`, `AWS Config`, `checkov` or `cdk-nag`. */
    source: string;
    id: string;
    /** `security-hub/SageMaker.1`: the form of SARIF rule tags and the JSON report. */
    tag: string;
}
export declare function complianceIds(rule: RuleMeta | undefined): ComplianceId[];
/** `Security Hub SageMaker.1; checkov CKV_AWS_22, CKV_AWS_187`; empty when there are none. */
export declare function describeComplianceIds(rule: RuleMeta | undefined): string;
/** Every framework some rule names an equivalent in: the compliance sources first, then the peer scanners by name. */
export declare function equivalentFrameworks(rules: readonly RuleMeta[]): string[];
/** The rules that map to at least one control of the framework. */
export declare function rulesOfFramework<R extends RuleMeta>(rules: readonly R[], framework: ComplianceFramework): R[];
