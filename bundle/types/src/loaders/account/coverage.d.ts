/**
 * Coverage: what the audit could not see. Every failed call becomes a gap that
 * names where it happened and which rules could therefore not be evaluated, so a
 * clean report never hides a permission the auditor lacked.
 */
import { type ResourceKind } from '../../model/resource.js';
export declare const AUDIT_SERVICES: readonly ["sts", "organizations", "iam", "sagemaker", "ec2", "redshift"];
export type AuditService = (typeof AUDIT_SERVICES)[number];
/** Services whose resources are collected (STS and Organizations only reach accounts). */
export declare const COLLECTED_SERVICES: readonly ["iam", "sagemaker", "ec2", "redshift"];
export type CollectedService = (typeof COLLECTED_SERVICES)[number];
export type GapReason = 'access-denied' | 'region-unavailable' | 'throttled' | 'timeout' | 'unsupported' | 'error';
/** Region recorded for calls to global services (IAM, Organizations, STS AssumeRole). */
export declare const GLOBAL_REGION = "global";
export interface CoverageGap {
    account: string;
    /** The region called, or `global`. */
    region: string;
    service: AuditService;
    /** API operation name, e.g. `ListNotebookInstances`. */
    operation: string;
    /** What went wrong, without secrets. */
    error: string;
    reason: GapReason;
    /** Set when the call was about one resource (its name or ARN). */
    resource?: string;
    /** Rules that could not be evaluated (fully) because of this gap. */
    rulesAffected: string[];
}
/** The part of a rule that coverage needs; `RuleMeta` satisfies it. */
export interface RuleScope {
    id: string;
    appliesTo: readonly ResourceKind[];
}
/** The operations of a service that read resources (every collector call but ListTags and DescribeRegions). */
export declare function operationsOf(service: AuditService): string[];
/**
 * Resource kinds whose data an operation provides; `all` when the failure hides
 * a whole account or region. An operation not in the table (or `*`) stands for
 * the whole service.
 */
export declare function kindsAffected(service: AuditService, operation: string): readonly ResourceKind[] | 'all';
/**
 * The rules a failed operation keeps from being evaluated: those that apply to a
 * kind the operation provides. A tag-only call affects only the tag rules.
 * `wholeService` widens it to everything the service provides (the region is
 * unreachable for that service).
 */
export declare function rulesAffectedBy(service: AuditService, operation: string, rules: readonly RuleScope[], wholeService?: boolean): string[];
/**
 * The rules a recorded gap leaves unevaluated, for a given rule set: a region
 * found unreachable stopped the whole service there.
 */
export declare function rulesAffectedByGap(gap: Pick<CoverageGap, 'service' | 'operation' | 'reason'>, rules: readonly RuleScope[]): string[];
/** Sorts a failure into a reason and a message that is safe to print. */
export declare function classifyError(err: unknown): {
    reason: GapReason;
    error: string;
};
/**
 * Removes what could be a credential from text that will be printed: access key
 * IDs, 40-character secret keys and long opaque tokens.
 */
export declare function redactSecrets(text: string): string;
/** One line for a report: where the gap is, why, and what it leaves unchecked. */
export declare function describeGap(gap: CoverageGap): string;
/**
 * Whether a gap hides a whole account, region or service rather than one
 * resource: a refused AssumeRole or DescribeRegions, or a List call (or a
 * whole service) that failed. The audit fails closed on these. An operation the
 * endpoint does not implement hides nothing that exists there, and a failed
 * Describe of one resource is named in the report without failing the run.
 */
export declare function hidesScope(gap: Pick<CoverageGap, 'service' | 'operation' | 'reason' | 'resource'>): boolean;
/**
 * One line per kind of gap: the same operation failing for the same reason in
 * many regions, accounts or resources is said once, with a count and the
 * places, so a report of a large organization stays readable.
 */
export declare function describeGaps(gaps: readonly CoverageGap[]): string[];
