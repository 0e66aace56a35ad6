/**
 * The machine-readable report, described by `json-report.schema.json` and
 * docs/json-format.md. Fields are copied one by one (never spread) so the output
 * carries exactly what the schema promises, whatever else the model grows.
 */
import type { BaselineEntry, Finding, LoadError, Note, ScanResult, TextEdit } from '../core/finding.js';
import type { FixKind, RuleMeta, Severity } from '../core/rule.js';
import type { CoverageGap } from '../core/coverage.js';
import type { Location, Path, Position } from '../model/location.js';
import type { ResourceKind, SourceFormat } from '../model/resource.js';
import type { Certainty } from '../model/value.js';
import { complianceIds } from './compliance.js';
import { countControls, type ComplianceView, type ControlResult, type ControlStatus } from './compliance-view.js';
import { jsonChunks, LazyList } from './json-stream.js';
import { summarize, type ScanSummary } from './summary.js';
import { INFORMATION_URI, ruleDocsUri, TOOL_NAME, toolVersion } from './tool.js';

/** Major.minor: the minor grows with additions, the major with anything that breaks a reader. */
export const JSON_SCHEMA_VERSION = '1.3';

export interface JsonOptions {
  /** Defaults to the version in sagelint's package.json. */
  toolVersion?: string;
}

export interface JsonReport {
  schemaVersion: typeof JSON_SCHEMA_VERSION;
  tool: { name: string; version: string; informationUri: string };
  root: string;
  stats: ScanSummary;
  rules: JsonRule[];
  findings: JsonFinding[];
  errors: LoadError[];
  notes: Note[];
  baseline?: { file: string; absent: BaselineEntry[] };
  /** Present (and true) only when an audit could not read everything its rules need; `gaps` says what. Since 1.1. */
  incomplete?: true;
  gaps?: CoverageGap[];
  /** With `--compliance`: every control of the framework and its status (since 1.2). */
  compliance?: JsonCompliance;
}

export interface JsonCompliance {
  /** `security-hub` or `aws-config`. */
  framework: string;
  title: string;
  /** How many controls have each status. */
  summary: Record<ControlStatus, number>;
  controls: ControlResult[];
}

export interface JsonRule {
  id: string;
  name: string;
  severity: Severity;
  fixable: boolean;
  tags: string[];
  /** Compliance controls the rule matches, as `security-hub/SageMaker.1` (since 1.1). */
  compliance: string[];
  appliesTo: ResourceKind[];
  summary: string;
  /** Absent for a plugin rule whose package names no home page. */
  helpUri?: string;
  /** The plugin or rules file a rule that sagelint does not ship comes from (since 1.3). */
  origin?: { name: string; version?: string };
}

export interface JsonFinding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  certainty: Certainty;
  message: string;
  resource: { id: string; type: string; kind: ResourceKind; source: SourceFormat; label?: string };
  location: Location;
  propertyPath: Path;
  fix?: { description: string; kind: FixKind; placeholders: string[]; edits: TextEdit[] };
  suppressed: boolean;
  suppression?: { kind: 'inSource' | 'external'; justification: string; source: string };
  fingerprint: string;
  baselineState?: 'new' | 'unchanged';
}

/**
 * The report's text (a `JsonReport`, as `JSON.stringify(…, null, 2)` writes it,
 * and a final newline) in pieces: each finding is rendered only when it is written.
 */
export function* jsonReportText(result: ScanResult, rules: readonly RuleMeta[], options: JsonOptions = {}): Generator<string> {
  yield* jsonChunks(jsonReport(result, rules, options, new LazyList(result.findings, jsonFinding, true)));
  yield '\n';
}

/** The report around its findings, which each reporter renders (and embeds) as it needs. */
export function jsonReport<F>(result: ScanResult, rules: readonly RuleMeta[], options: JsonOptions, findings: F): Omit<JsonReport, 'findings'> & { findings: F } {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: options.toolVersion ?? toolVersion(), informationUri: INFORMATION_URI },
    root: result.root,
    stats: summarize(result),
    rules: rules.map(jsonRule),
    findings,
    errors: result.errors.map((e) => withoutUndefined({ file: e.file, line: e.line, column: e.column, message: e.message })),
    notes: result.notes.map((n) => withoutUndefined({ file: n.file, line: n.line, message: n.message })),
    ...(result.baseline ? { baseline: { file: result.baseline.file, absent: result.baseline.absent.map((e) => ({ ...e })) } } : {}),
    ...(result.incomplete ? { incomplete: true as const, gaps: result.incomplete.gaps.map(jsonGap) } : {}),
    ...(result.compliance ? { compliance: jsonCompliance(result.compliance) } : {}),
  };
}

function jsonCompliance(view: ComplianceView): JsonCompliance {
  return {
    framework: view.framework,
    title: view.title,
    summary: countControls(view),
    controls: view.controls.map((c) =>
      withoutUndefined({ control: c.control, rules: [...c.rules], checked: c.checked, failed: c.failed, status: c.status, reason: c.reason }),
    ),
  };
}

function jsonGap(gap: CoverageGap): CoverageGap {
  return withoutUndefined({
    account: gap.account,
    region: gap.region,
    service: gap.service,
    operation: gap.operation,
    error: gap.error,
    reason: gap.reason,
    resource: gap.resource,
    rulesAffected: [...gap.rulesAffected],
  });
}

export function jsonRule(rule: RuleMeta): JsonRule {
  return {
    id: rule.id,
    name: rule.name,
    severity: rule.severity,
    fixable: rule.fixable,
    tags: [...rule.tags],
    compliance: complianceIds(rule).map((c) => c.tag),
    appliesTo: [...rule.appliesTo],
    summary: rule.docs.summary,
    // A plugin rule's page is the plugin's home, when it names one.
    ...helpUriOf(rule),
    ...(rule.origin ? { origin: withoutUndefined({ name: rule.origin.name, version: rule.origin.version }) } : {}),
  };
}

export function jsonFinding(finding: Finding): JsonFinding {
  const { resource, fix, suppression } = finding;
  return withoutUndefined({
    ruleId: finding.ruleId,
    ruleName: finding.ruleName,
    severity: finding.severity,
    certainty: finding.certainty,
    message: finding.message,
    resource: withoutUndefined({ id: resource.id, type: resource.type, kind: resource.kind, source: resource.source, label: resource.label }),
    location: jsonLocation(finding.location),
    propertyPath: [...finding.propertyPath],
    fix: fix && {
      description: fix.description,
      kind: fix.kind,
      placeholders: [...fix.placeholders],
      edits: fix.edits.map((e) => ({ file: e.file, start: jsonPosition(e.start), end: jsonPosition(e.end), text: e.text })),
    },
    suppressed: suppression !== undefined,
    suppression: suppression && { kind: suppression.kind, justification: suppression.justification, source: suppression.source },
    fingerprint: finding.fingerprint,
    baselineState: finding.baselineState,
  });
}

function jsonLocation(location: Location): Location {
  return location.kind === 'source'
    ? { kind: 'source', file: location.file, start: jsonPosition(location.start), end: jsonPosition(location.end), path: [...location.path] }
    : { kind: 'live', arn: location.arn, partition: location.partition, account: location.account, region: location.region, path: [...location.path] };
}

function jsonPosition(position: Position): Position {
  return { line: position.line, column: position.column, offset: position.offset };
}

/** Optional fields are absent rather than `undefined`, so the object equals its JSON round trip. */
function withoutUndefined<T extends object>(object: T): T {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) defined[key] = value;
  return defined as T;
}

function helpUriOf(rule: RuleMeta): { helpUri?: string } {
  const helpUri = ruleDocsUri(rule);
  return helpUri === undefined ? {} : { helpUri };
}
