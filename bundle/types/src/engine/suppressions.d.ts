import type { Finding, Note, Suppression } from '../core/finding.js';
export interface ExternalSuppression {
    rule: string;
    /** Glob relative to the scan root; absent = every file. */
    path?: string;
    /** Resource identity (logical ID, Terraform address, ARN); absent = every resource. */
    resource?: string;
    reason: string;
    /** YYYY-MM-DD: from that day on the suppression no longer applies. */
    expires?: string;
    /** Where it is written, for the SARIF justification and messages. */
    source: string;
}
export interface SuppressionMatch {
    suppression?: Suppression;
    /** Set when the only matching suppression has expired. */
    expired?: Note;
}
export declare function matchExternalSuppression(finding: Finding, suppressions: readonly ExternalSuppression[], today: Date): SuppressionMatch;
