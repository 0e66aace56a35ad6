/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): one run, the full
 * rule table, results located relative to %SRCROOT%, and everything that is not
 * a result (load errors, notes, findings on live resources, which have no file)
 * as tool execution notifications. docs/sarif.md explains each field.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import type { Finding, LoadError, Note, RenderedFix, ScanResult, TextEdit } from '../core/finding.js';
import { SEVERITIES, type RuleMeta, type Severity } from '../core/rule.js';
import type { Position, SourceLocation } from '../model/location.js';
import { complianceIds } from './compliance.js';
import { incompleteBanner } from './incomplete.js';
import { jsonChunks, LazyList } from './json-stream.js';
import { ruleHelp } from './rule-help.js';
import { SourceFiles } from './source-files.js';
import { INFORMATION_URI, ruleDocsUri, ruleHelpUri, TOOL_NAME, toolVersion } from './tool.js';
import { addToGroup, plural } from '../collections.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every result URI is relative to: the scan root (the repository checkout in CI). */
export const SOURCE_ROOT_ID = '%SRCROOT%';
/** The finding's own fingerprint, under a versioned key so that a new scheme can sit beside it. */
export const FINGERPRINT_KEY = 'sagelint/v1';

export interface SarifOptions {
  /** Defaults to the version in sagelint's package.json. */
  toolVersion?: string;
  /** GitHub code scanning category, for several sagelint analyses of one repository. */
  category?: string;
  /** Results kept at most (default: GitHub's limit). */
  maxResults?: number;
}

/** GitHub shows `error` for critical and high, `warning` for medium, `note` for low. */
export const SARIF_LEVEL: Record<Severity, sarif.Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/**
 * GitHub's security severity: a CVSS-like score whose band (critical >= 9.0,
 * high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9) names the alert's severity.
 */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

/** GitHub reads at most 20 tags per rule. */
const MAX_RULE_TAGS = 20;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** GitHub code scanning rejects a run with more results than this. */
export const GITHUB_MAX_RESULTS = 25_000;

/** Over the limit, the most severe findings are kept, in their original order. */
function withinResultLimit<T extends Finding>(findings: T[], limit: number): T[] {
  if (findings.length <= limit) return findings;
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity) * 2 + (f.certainty === 'possible' ? 1 : 0);
  const keep = new Set([...findings].sort((a, b) => rank(a) - rank(b)).slice(0, limit));
  return findings.filter((f) => keep.has(f));
}

function resultLimitNotification(dropped: number, kept: number): sarif.Notification {
  return {
    level: 'warning',
    message: { text: `${dropped} less severe results were left out to stay within GitHub's limit of ${kept} results per run; the JSON and text reports have them all.` },
  };
}

/**
 * The log's text (a `sarif.Log`, as `JSON.stringify(…, null, 2)` writes it, and
 * a final newline) in pieces: each result is rendered only when it is written.
 */
export function* sarifReportText(result: ScanResult, rules: readonly RuleMeta[], options: SarifOptions = {}): Generator<string> {
  const log = sarifLog(result, rules, options, (kept, context) => {
    // The rule table precedes the results in the log: fill it first, in the order rendering would. The
    // artifact table follows them, so rendering the results fills it, and each file is read once.
    for (const finding of kept) context.ruleTable.place(finding);
    return new LazyList(kept, (finding) => sarifResult(finding, finding.location, context), true);
  });
  yield* jsonChunks(log);
  yield '\n';
}

type LocatedFinding = Finding & { location: SourceLocation };

/** A SARIF log whose results are whatever `renderResults` makes of the kept findings. */
function sarifLog<R>(
  result: ScanResult,
  rules: readonly RuleMeta[],
  options: SarifOptions,
  renderResults: (kept: LocatedFinding[], context: ResultContext) => R,
): Omit<sarif.Log, 'runs'> & { runs: [Omit<sarif.Run, 'results'> & { results: R }] } {
  const version = options.toolVersion ?? toolVersion();
  const files = new SourceFiles(result.root);
  const ruleTable = new RuleTable(rules);
  const artifacts = new ArtifactTable(files);

  const located = result.findings.filter((f): f is LocatedFinding => f.location.kind === 'source');
  const unlocated = result.findings.length - located.length;
  const kept = withinResultLimit(located, options.maxResults ?? GITHUB_MAX_RESULTS);
  const results = renderResults(kept, { files, ruleTable, artifacts });

  const banner = incompleteBanner(result);
  const notifications: sarif.Notification[] = [
    ...(banner ? [{ level: 'error' as const, message: { text: sentence(banner) } }] : []),
    ...result.errors.map(errorNotification),
    ...result.notes.map(noteNotification),
    ...(unlocated ? [liveFindingsNotification(unlocated)] : []),
    ...(kept.length < located.length ? [resultLimitNotification(located.length - kept.length, kept.length)] : []),
  ];
  const run: Omit<sarif.Run, 'results'> & { results: R } = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version,
        ...(SEMVER.test(version) ? { semanticVersion: version } : {}),
        informationUri: INFORMATION_URI,
        rules: ruleTable.descriptors,
      },
      ...(ruleTable.extensions.length ? { extensions: ruleTable.extensions } : {}),
    },
    ...(options.category ? { automationDetails: { id: automationId(options.category) } } : {}),
    originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: directoryUri(result.root) } },
    invocations: [
      {
        executionSuccessful: result.errors.length === 0 && !result.incomplete,
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
    // After the results, which fill it as they are rendered.
    artifacts: artifacts.list,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

interface ResultContext {
  files: SourceFiles;
  ruleTable: RuleTable;
  artifacts: ArtifactTable;
}

function sarifResult(finding: Finding, location: SourceLocation, context: ResultContext): sarif.Result {
  const { files, ruleTable, artifacts } = context;
  const lineHash = files.lineHash(location.file, location.start.line);
  const sarifLocation: sarif.Location = {
    physicalLocation: { artifactLocation: artifacts.locate(location.file), region: sarifRegion(location.start, location.end) },
    logicalLocations: [{ name: finding.resource.id, fullyQualifiedName: finding.resource.id, kind: 'resource' }],
  };
  const { index, extension } = ruleTable.place(finding);
  return {
    ruleId: finding.ruleId,
    // A plugin's rule is described by its plugin's component (runs[].tool.extensions), which the result names.
    ...(extension === undefined ? { ruleIndex: index } : { rule: { id: finding.ruleId, index, toolComponent: { index: extension } } }),
    level: SARIF_LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [sarifLocation],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint, ...(lineHash ? { primaryLocationLineHash: lineHash } : {}) },
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.fix?.edits.length ? { fixes: [sarifFix(finding.fix, artifacts)] } : {}),
    ...(finding.suppression
      ? {
          suppressions: [
            { kind: finding.suppression.kind, justification: finding.suppression.justification, properties: { source: finding.suppression.source } },
          ],
        }
      : {}),
    properties: {
      severity: finding.severity,
      certainty: finding.certainty,
      resourceType: finding.resource.type,
      resourceKind: finding.resource.kind,
    },
  };
}

function sarifFix(fix: RenderedFix, artifacts: ArtifactTable): sarif.Fix {
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of fix.edits) addToGroup(byFile, edit.file, edit);
  const fill = fix.placeholders.length ? ` Fill in: ${fix.placeholders.join(', ')}.` : '';
  return {
    description: { text: sentence(fix.description) + fill },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: artifacts.locate(file),
      replacements: edits.map((edit) => ({ deletedRegion: sarifRegion(edit.start, edit.end), insertedContent: { text: edit.text } })),
    })),
    properties: { kind: fix.kind, placeholders: [...fix.placeholders] },
  };
}

/** A full region; an end before the start (never expected) collapses to an empty region at the start. */
function sarifRegion(start: Position, end: Position): sarif.Region {
  const startLine = Math.max(1, start.line);
  const startColumn = Math.max(1, start.column);
  const endBeforeStart = end.line < startLine || (end.line === startLine && end.column < startColumn);
  return endBeforeStart
    ? { startLine, startColumn, endLine: startLine, endColumn: startColumn }
    : { startLine, startColumn, endLine: end.line, endColumn: Math.max(1, end.column) };
}

function errorNotification(error: LoadError): sarif.Notification {
  const region = error.line === undefined ? undefined : { startLine: error.line, ...(error.column === undefined ? {} : { startColumn: error.column }) };
  return { level: 'error', message: { text: sentence(error.message) }, ...notificationLocation(error.file, region) };
}

function noteNotification(note: Note): sarif.Notification {
  const region = note.line === undefined ? undefined : { startLine: note.line };
  return { level: 'note', message: { text: sentence(note.message) }, ...notificationLocation(note.file, region) };
}

function notificationLocation(file: string | undefined, region: sarif.Region | undefined): Pick<sarif.Notification, 'locations'> {
  if (!file) return {};
  return { locations: [{ physicalLocation: { artifactLocation: artifactLocation(file), ...(region ? { region } : {}) } }] };
}

function liveFindingsNotification(count: number): sarif.Notification {
  return {
    level: 'note',
    message: {
      text: `${plural(count, 'finding')} on live resources ${count === 1 ? 'is' : 'are'} not listed as results because live resources have no source file; the text and JSON reports list them.`,
    },
  };
}

/**
 * The rule table, in the order given: sagelint's rules in the driver, each
 * plugin's (or rules file's) in a tool component of its own. A finding of a
 * rule missing from it gets a minimal entry in the driver.
 */
class RuleTable {
  readonly descriptors: sarif.ReportingDescriptor[];
  readonly extensions: sarif.ToolComponent[] = [];
  private readonly indexes = new Map<string, number>();
  private readonly extensionPlaces = new Map<string, { index: number; extension: number }>();

  constructor(rules: readonly RuleMeta[]) {
    this.descriptors = [];
    const components = new Map<string, number>();
    for (const rule of rules) {
      if (!rule.origin) {
        this.add(rule.id, ruleDescriptor(rule));
        continue;
      }
      const { name, version, homepage } = rule.origin;
      let extension = components.get(name);
      if (extension === undefined) {
        extension = this.extensions.length;
        components.set(name, extension);
        this.extensions.push({ name, ...(version ? { version, ...(SEMVER.test(version) ? { semanticVersion: version } : {}) } : {}), ...(homepage ? { informationUri: homepage } : {}), rules: [] });
      }
      const component = this.extensions[extension]!;
      this.extensionPlaces.set(rule.id, { index: component.rules!.length, extension });
      component.rules!.push(ruleDescriptor(rule));
    }
  }

  place(finding: Finding): { index: number; extension?: number } {
    return this.extensionPlaces.get(finding.ruleId) ?? { index: this.indexOf(finding) };
  }

  indexOf(finding: Finding): number {
    return this.indexes.get(finding.ruleId) ?? this.add(finding.ruleId, unknownRuleDescriptor(finding));
  }

  private add(id: string, descriptor: sarif.ReportingDescriptor): number {
    const existing = this.indexes.get(id);
    if (existing !== undefined) return existing;
    this.indexes.set(id, this.descriptors.length);
    this.descriptors.push(descriptor);
    return this.descriptors.length - 1;
  }
}

function ruleDescriptor(rule: RuleMeta): sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: rule.docs.description },
    help: ruleHelp(rule),
    ...(ruleDocsUri(rule) ? { helpUri: ruleDocsUri(rule) } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: ruleProperties(rule.severity, [...rule.tags, ...complianceIds(rule).map((c) => c.tag)]),
  };
}

/** GitHub requires descriptions and help even for a rule the caller did not describe. */
function unknownRuleDescriptor(finding: Finding): sarif.ReportingDescriptor {
  const helpUri = ruleHelpUri(finding.ruleId);
  const help = `${finding.ruleId} (${finding.ruleName}) is documented at ${helpUri}`;
  return {
    id: finding.ruleId,
    name: finding.ruleName,
    shortDescription: { text: finding.ruleName },
    fullDescription: { text: finding.ruleName },
    help: { text: help, markdown: `${finding.ruleId} (${finding.ruleName}) is documented [here](${helpUri}).` },
    helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: ruleProperties(finding.severity, []),
  };
}

/** `security` first: GitHub files a rule tagged so under security alerts. */
function ruleProperties(severity: Severity, tags: readonly string[]): sarif.PropertyBag {
  return {
    tags: [...new Set(['security', ...tags])].slice(0, MAX_RULE_TAGS),
    'security-severity': SECURITY_SEVERITY[severity],
    precision: 'high',
  };
}

/**
 * Files referenced by results and fixes, each listed once and referred to by
 * index, with the size and hash of the content that was analyzed when readable.
 */
class ArtifactTable {
  readonly list: sarif.Artifact[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(private readonly files: SourceFiles) {}

  locate(file: string): sarif.ArtifactLocation {
    let index = this.indexes.get(file);
    if (index === undefined) {
      index = this.list.length;
      this.indexes.set(file, index);
      const facts = this.files.facts(file);
      this.list.push({
        location: artifactLocation(file),
        roles: ['analysisTarget'],
        ...(facts ? { length: facts.length, hashes: { 'sha-256': facts.sha256 } } : {}),
      });
    }
    return { ...artifactLocation(file), index };
  }
}

/** Relative files resolve against %SRCROOT%; an absolute one (outside any root) becomes a file URI. */
function artifactLocation(file: string): sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT_ID };
}

function directoryUri(path: string): string {
  const uri = pathToFileURL(path).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** GitHub keys a category by the text before the last slash. */
function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

/** SARIF messages are complete sentences ending with a period. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith('.') ? trimmed : `${trimmed}.`;
}
