/**
 * What an audit could not read: the shape of a coverage gap, which every
 * report of an incomplete run shows (found and described by
 * `src/loaders/account/coverage.ts`).
 */
export declare const AUDIT_SERVICES: readonly ["sts", "organizations", "iam", "sagemaker", "ec2", "redshift", "redshift-serverless"];
export type AuditService = (typeof AUDIT_SERVICES)[number];
export type GapReason = 'access-denied' | 'region-unavailable' | 'throttled' | 'timeout' | 'unsupported' | 'error';
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
