/**
 * The compliance controls a rule matches (from its docs' `alsoKnownAs`), as
 * every report shows them: Security Hub, AWS Config, checkov and cdk-nag, in
 * that order. Peer scanners' own IDs (KICS, Prowler, …) stay in the rule's help.
 */
import type { RuleMeta } from '../engine/rule.js';

const COMPLIANCE_SOURCES = ['Security Hub', 'AWS Config', 'checkov', 'cdk-nag'] as const;

export interface ComplianceId {
  /** `Security Hub`, `AWS Config`, `checkov` or `cdk-nag`. */
  source: string;
  id: string;
  /** `security-hub/SageMaker.1`: the form of SARIF rule tags and the JSON report. */
  tag: string;
}

export function complianceIds(rule: RuleMeta | undefined): ComplianceId[] {
  const known = rule?.docs.alsoKnownAs ?? {};
  return COMPLIANCE_SOURCES.flatMap((source) =>
    (known[source] ?? []).map((id) => ({ source, id, tag: `${source.toLowerCase().replace(/\s+/g, '-')}/${id}` })),
  );
}

/** `Security Hub SageMaker.1; checkov CKV_AWS_22, CKV_AWS_187`; empty when there are none. */
export function describeComplianceIds(rule: RuleMeta | undefined): string {
  const bySource = new Map<string, string[]>();
  for (const { source, id } of complianceIds(rule)) bySource.set(source, [...(bySource.get(source) ?? []), id]);
  return [...bySource].map(([source, ids]) => `${source} ${ids.join(', ')}`).join('; ');
}
