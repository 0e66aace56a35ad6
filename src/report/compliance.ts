/**
 * The compliance controls a rule matches (from its docs' `alsoKnownAs`), as
 * every report shows them: Security Hub, AWS Config, checkov and cdk-nag, in
 * that order. Peer scanners' own IDs (KICS, Prowler, …) stay in the rule's help
 * and the `rules` catalog.
 */
import type { RuleMeta } from '../core/rule.js';
import { COMPLIANCE_FRAMEWORKS, type ComplianceFramework } from '../core/compliance.js';

const COMPLIANCE_SOURCES = ['Security Hub', 'AWS Config', 'checkov', 'cdk-nag'] as const;


export function isComplianceFramework(name: string): name is ComplianceFramework {
  return Object.hasOwn(COMPLIANCE_FRAMEWORKS, name);
}

/** `Security Hub` → `security-hub`: the form of tags, CSV columns and `--compliance`. */
export function frameworkSlug(source: string): string {
  return source.toLowerCase().replace(/\s+/g, '-');
}

/** The compliance source a `frameworkSlug` names (`security-hub` → `Security Hub`), if it is one. */
export function complianceSourceOfSlug(slug: string): string | undefined {
  return COMPLIANCE_SOURCES.find((source) => frameworkSlug(source) === slug);
}

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
    (known[source] ?? []).map((id) => ({ source, id, tag: `${frameworkSlug(source)}/${id}` })),
  );
}

/** `Security Hub SageMaker.1; checkov CKV_AWS_22, CKV_AWS_187`; empty when there are none. */
export function describeComplianceIds(rule: RuleMeta | undefined): string {
  const bySource = new Map<string, string[]>();
  for (const { source, id } of complianceIds(rule)) bySource.set(source, [...(bySource.get(source) ?? []), id]);
  return [...bySource].map(([source, ids]) => `${source} ${ids.join(', ')}`).join('; ');
}

/** Every framework some rule names an equivalent in: the compliance sources first, then the peer scanners by name. */
export function equivalentFrameworks(rules: readonly RuleMeta[]): string[] {
  const named = new Set(rules.flatMap((rule) => Object.keys(rule.docs.alsoKnownAs ?? {})));
  const peers = [...named].filter((name) => !(COMPLIANCE_SOURCES as readonly string[]).includes(name)).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return [...COMPLIANCE_SOURCES.filter((source) => named.has(source)), ...peers];
}

/** The rules that map to at least one control of the framework. */
export function rulesOfFramework<R extends RuleMeta>(rules: readonly R[], framework: ComplianceFramework): R[] {
  return rules.filter((rule) => (rule.docs.alsoKnownAs?.[COMPLIANCE_FRAMEWORKS[framework]] ?? []).length > 0);
}
