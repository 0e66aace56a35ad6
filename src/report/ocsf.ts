/**
 * OCSF: a JSON array of Open Cybersecurity Schema Framework events, one
 * Detection Finding (class 2004, category 2 Findings) per sagelint finding, for
 * Amazon Security Lake, SIEMs and other OCSF consumers. Live findings carry
 * their account and region under the `cloud` profile; the compliance controls,
 * which a Detection Finding has no attribute for, are in `unmapped.compliance`,
 * as Prowler writes them.
 */
import type { Finding, ScanResult } from '../core/finding.js';
import type { RuleMeta, Severity } from '../core/rule.js';
import { GLOBAL_REGION } from '../loaders/account/coverage.js';
import { ASFF_FINDING_TYPE } from './asff.js';
import { complianceIds } from './compliance.js';
import { incompleteBanner } from './incomplete.js';
import { findingDocsUri, INFORMATION_URI, TOOL_NAME, toolVersion } from './tool.js';
import { inertJson } from './untrusted-text.js';

/** The OCSF schema version the events follow (`metadata.version`). */
export const OCSF_VERSION = '1.3.0';

const DETECTION_FINDING = { class_uid: 2004, class_name: 'Detection Finding', category_uid: 2, category_name: 'Findings' } as const;
const CREATE = { activity_id: 1, activity_name: 'Create' } as const;

const SEVERITIES: Record<Severity, { severity_id: number; severity: string }> = {
  low: { severity_id: 2, severity: 'Low' },
  medium: { severity_id: 3, severity: 'Medium' },
  high: { severity_id: 4, severity: 'High' },
  critical: { severity_id: 5, severity: 'Critical' },
};

/** A definite finding is one sagelint is sure of; a possible one depends on a value it could not resolve. */
const CONFIDENCE = { definite: { confidence_id: 3, confidence: 'High' }, possible: { confidence_id: 2, confidence: 'Medium' } } as const;

export interface OcsfOptions {
  /** The run's time, ISO 8601: every event's `time` and `finding_info.created_time`. */
  timestamp: string;
}

/** The report's text: a JSON array, one event a line, each rendered when it is written. */
export function* ocsfReportText(result: ScanResult, rules: readonly RuleMeta[], options: OcsfOptions): Generator<string> {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  // OCSF events have no place for the run itself: each finding of an incomplete audit says so.
  const incomplete = incompleteBanner(result);
  let first = true;
  yield '[';
  for (const finding of result.findings) {
    yield `${first ? '\n' : ',\n'}${inertJson(JSON.stringify(ocsfFinding(finding, byId.get(finding.ruleId), { ...options, incomplete })))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

/** One Detection Finding event. */
export function ocsfFinding(finding: Finding, rule: RuleMeta | undefined, options: OcsfOptions & { incomplete?: string }): Record<string, unknown> {
  const time = Date.parse(options.timestamp);
  const accepted = finding.suppression !== undefined || finding.baselineState === 'unchanged';
  const { location } = finding;
  const cloud = location.kind === 'live' ? cloudOf(location.account, location.region) : undefined;
  const compliance = complianceIds(rule);
  const unmapped = {
    ...(compliance.length ? { compliance: groupBySource(compliance) } : {}),
    ...(finding.suppression ? { suppression: { source: finding.suppression.source, justification: finding.suppression.justification } } : {}),
    ...(finding.baselineState ? { baseline_state: finding.baselineState } : {}),
    ...(options.incomplete ? { incomplete: options.incomplete } : {}),
  };
  return {
    ...CREATE,
    ...DETECTION_FINDING,
    type_uid: DETECTION_FINDING.class_uid * 100 + CREATE.activity_id,
    type_name: `${DETECTION_FINDING.class_name}: ${CREATE.activity_name}`,
    ...SEVERITIES[finding.severity],
    ...CONFIDENCE[finding.certainty],
    status_id: accepted ? 3 : 1,
    status: accepted ? 'Suppressed' : 'New',
    time,
    message: finding.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: TOOL_NAME, vendor_name: TOOL_NAME, version: toolVersion(), uid: TOOL_NAME, url_string: INFORMATION_URI },
      event_code: finding.ruleId,
      ...(cloud ? { profiles: ['cloud'] } : {}),
    },
    finding_info: {
      // The fingerprint: stable across runs, so a consumer updates the finding rather than adding one.
      uid: finding.fingerprint,
      title: `${finding.ruleId} ${rule?.docs.summary ?? finding.ruleName}`,
      desc: finding.message,
      types: [ASFF_FINDING_TYPE],
      created_time: time,
      product_uid: TOOL_NAME,
      analytic: { uid: finding.ruleId, name: finding.ruleName, type_id: 1, type: 'Rule' },
    },
    resources: [resourceOf(finding)],
    remediation: {
      desc: finding.fix?.description ?? rule?.docs.remediation.console ?? `See ${finding.ruleId} (${finding.ruleName}) for how to fix it.`,
      references: [findingDocsUri(finding.ruleId, rule)].filter((uri) => uri !== undefined),
    },
    ...(cloud ? { cloud } : {}),
    ...(Object.keys(unmapped).length ? { unmapped } : {}),
  };
}

function cloudOf(account: string, region: string): Record<string, unknown> {
  return {
    provider: 'AWS',
    // IAM is global: its resources have no region.
    ...(region && region !== GLOBAL_REGION ? { region } : {}),
    account: { uid: account, type_id: 10, type: 'AWS Account' },
  };
}

function resourceOf(finding: Finding): Record<string, unknown> {
  const { location, resource } = finding;
  const name = resource.label ?? resource.id;
  if (location.kind === 'live') {
    return {
      uid: location.arn,
      name,
      type: resource.type,
      ...(location.partition ? { cloud_partition: location.partition } : {}),
      ...(location.region && location.region !== GLOBAL_REGION ? { region: location.region } : {}),
      data: { account: location.account },
    };
  }
  return {
    // The resource, not the finding's line: every finding of one resource names the same resource.
    uid: `${location.file}/${resource.id}`,
    name,
    type: resource.type,
    data: { file: location.file, line: location.start.line, column: location.start.column, resource_id: resource.id, source: resource.source },
  };
}

/** `{ "Security Hub": ["SageMaker.1"], checkov: ["CKV_AWS_122"] }`. */
function groupBySource(ids: readonly { source: string; id: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { source, id } of ids) (out[source] ??= []).push(id);
  return out;
}
