/**
 * Runs rules over one loaded unit and turns their reports into findings:
 * effective severity, location, rendered fix, suppression and fingerprint.
 */
import { hash } from 'node:crypto';
import type { Finding, LoadError, Note, RenderedFix, Suppression } from '../core/finding.js';
import { lowerSeverity, isResource, placeholdersWritten, type Fix, type FixKind, type NoteInput, type ReportInput, type Rule, type Severity } from '../core/rule.js';
import type { LoadedUnit } from '../core/unit.js';
import { ResourceGraph } from '../model/graph.js';
import type { Location, Path } from '../model/location.js';
import { instanceName, propertyPathOf, type Resource } from '../model/resource.js';
import { replacesResource } from '../model/update-behaviour.js';
import { fillFromUnit } from './template-values.js';
import { matchExternalSuppression, type ExternalSuppression } from './suppressions.js';
import { appendAll } from '../collections.js';
import { ownCopy, StringPool } from './string-pool.js';
import { CANONICAL_DIALECT, renderText, type Dialect } from '../core/dialect.js';

export interface EvaluationOptions {
  rules: readonly Rule[];
  severityOverrides?: Readonly<Record<string, Severity>>;
  requiredTags?: readonly string[];
  /** Honour suppressions written in the code under review (default true). */
  inlineSuppressions?: boolean;
  /** Suppressions from the config file. */
  externalSuppressions?: readonly ExternalSuppression[];
  /** Every rule ID the catalog knows, to flag suppressions of rules that do not exist. */
  knownRuleIds?: ReadonlySet<string>;
  /** Today, for suppression expiry (injectable for tests). */
  today?: Date;
}

export interface Evaluation {
  findings: Finding[];
  notes: Note[];
  /** A plugin's rule that threw: named with its plugin, and the other rules' findings still stand. */
  errors: LoadError[];
}

/**
 * Findings are built compact, as they are kept: their strings come from
 * `strings` (one copy of each across a scan, none cut from the unit's text),
 * and the findings of a resource share its summary and locations.
 */
export function evaluateUnit(unit: LoadedUnit, options: EvaluationOptions, strings = new StringPool()): Evaluation {
  const graph = new ResourceGraph(unit.resources);
  const parts = new SharedParts(strings);
  const findings: Finding[] = [];
  const notes: Note[] = [];
  const errors: LoadError[] = [];
  const ruleNotes = new NoteSet();
  const knownRuleIds = options.knownRuleIds ?? new Set(options.rules.map((r) => r.id));
  const dialect = unit.dialect ?? CANONICAL_DIALECT;
  const rulesByKind = new Map<Resource['kind'], Rule[]>();
  for (const resource of unit.resources) {
    let applicable = rulesByKind.get(resource.kind);
    if (!applicable) rulesByKind.set(resource.kind, (applicable = options.rules.filter((r) => r.appliesTo.includes(resource.kind))));
    for (const rule of applicable) {
      const reports: ReportInput[] = [];
      const context = {
        graph,
        options: { requiredTags: [...(options.requiredTags ?? [])] },
        report: (input: ReportInput) => reports.push(input),
        note: (input: NoteInput) => ruleNotes.add(rule.id, placeOf(resource, input), renderText(input.message, dialect, resource)),
        canReference: (target: Resource) => dialect.canReference(resource, target),
      };
      if (rule.origin) {
        // Code from outside sagelint: its failure is its own, reported as such, and nothing it reported before failing is kept.
        try {
          rule.check(resource, context);
        } catch (error) {
          errors.push(ruleFailure(rule, resource, error));
          continue;
        }
      } else {
        rule.check(resource, context);
      }
      const rendered = reports.map((input) => inDialect(input.fix ? { ...input, fix: fillFromUnit(input.fix, resource, graph) } : input, dialect, resource));
      for (const input of distinctReports(rendered, resource)) findings.push(toFinding(rule, resource, input, unit, options, parts));
    }
    appendAll(notes, checkSuppressionsOf(resource, knownRuleIds, options));
  }
  appendAll(notes, ruleNotes.values());
  assignFingerprints(findings);
  // By file and ID (linked templates can share logical IDs), first one wins: one lookup per finding instead of a search of every resource.
  const resourcesById = new Map<string, Resource>();
  const key = (loc: Location, id: string) => `${loc.kind === 'source' ? loc.file : ''}\0${id}`;
  for (const resource of unit.resources) {
    for (const k of [key(resource.loc, instanceName(resource)), instanceName(resource)]) if (!resourcesById.has(k)) resourcesById.set(k, resource);
  }
  for (const finding of findings) {
    const resource = resourcesById.get(key(finding.location, finding.resource.id)) ?? resourcesById.get(finding.resource.id);
    applySuppression(finding, resource, options, notes, strings);
  }
  return { findings, notes, errors };
}

/** A report with its message and fix description in the unit's words. */
function inDialect(input: ReportInput, dialect: Dialect, resource: Resource): RenderedReport {
  const { fix, ...rest } = input;
  const message = renderText(input.message, dialect, resource);
  return fix ? { ...rest, message, fix: { ...fix, description: renderText(fix.description, dialect, resource) } } : { ...rest, message };
}

/** A report as the unit's input words it. */
type RenderedReport = Omit<ReportInput, 'message' | 'fix'> & { message: string; fix?: RenderedFixInput };
type RenderedFixInput = Omit<Fix, 'description'> & { description: string };

function ruleFailure(rule: Rule, resource: Resource, error: unknown): LoadError {
  const { name, version } = rule.origin!;
  const where = resource.loc.kind === 'source' ? { file: resource.loc.file, line: resource.loc.start.line } : { file: resource.loc.arn };
  const message = error instanceof Error ? error.message : String(error);
  return { ...where, message: `rule ${rule.id} of plugin ${name}${version ? `@${version}` : ''} failed on ${instanceName(resource)}, which it did not judge: ${message}` };
}

function toFinding(rule: Rule, resource: Resource, input: RenderedReport, unit: LoadedUnit, options: EvaluationOptions, parts: SharedParts): Finding {
  const certainty = input.certainty ?? 'definite';
  const base = options.severityOverrides?.[rule.id] ?? rule.severity;
  const propertyPath = isResource(input.at) ? [] : propertyPathOf(resource, input.at);
  const construct = input.fix && constructPathOf(resource);
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    severity: certainty === 'possible' ? lowerSeverity(base) : base,
    certainty,
    message: parts.strings.text(construct ? `${input.message} ${inCdkApp(construct, propertyPath, input.fix!)}` : input.message),
    resource: parts.resource(resource),
    location: parts.location(locationOf(input.at, resource)),
    propertyPath: parts.path(propertyPath),
    fix: input.fix && !construct ? parts.fix(renderFix(input.fix, resource, unit)) : undefined,
    fingerprint: '',
  };
}

/**
 * What the findings of one unit share, copied out of the unit once: a
 * resource's summary, the locations several findings cite (every omitted
 * property of a resource is located at the resource), property paths.
 */
class SharedParts {
  private readonly resources = new Map<Resource, Finding['resource']>();
  private readonly locations = new Map<Location, Location>();
  private readonly paths = new Map<string, Path>();

  constructor(readonly strings: StringPool) {}

  resource(resource: Resource): Finding['resource'] {
    let summary = this.resources.get(resource);
    if (!summary) {
      const { type, kind, source, label } = resource;
      summary = this.strings.copy({ id: instanceName(resource), type, kind, source, label });
      this.resources.set(resource, summary);
    }
    return summary;
  }

  location(location: Location): Location {
    let copied = this.locations.get(location);
    if (!copied) {
      copied = this.strings.copy(location);
      this.locations.set(location, copied);
    }
    return copied;
  }

  /** The renderer's positions hold only numbers: only the strings are the pool's. */
  fix(fix: RenderedFix | undefined): RenderedFix | undefined {
    if (!fix) return undefined;
    const text = (s: string) => this.strings.text(s);
    const edits = fix.edits.map((edit) => ({ file: text(edit.file), start: edit.start, end: edit.end, text: text(edit.text) }));
    return { description: text(fix.description), kind: fix.kind, placeholders: fix.placeholders.map(text), edits };
  }

  path(path: Path): Path {
    const key = JSON.stringify(path);
    let copied = this.paths.get(key);
    if (!copied) {
      copied = this.strings.copy(path);
      this.paths.set(key, copied);
    }
    return copied;
  }
}

/**
 * A rule's reports on one resource, each place and cause once. The model can
 * reach one value by two paths (a processing job's canonical `VpcConfig` is its
 * native `NetworkConfig.VpcConfig`), and a rule that walks every property
 * meets it twice: the same message at the same value is one finding.
 */
function distinctReports(reports: readonly RenderedReport[], resource: Resource): RenderedReport[] {
  if (reports.length < 2) return [...reports];
  const seen = new Set<string>();
  return reports.filter((input) => {
    const loc = locationOf(input.at, resource);
    const place = loc.kind === 'source' ? [loc.file, loc.start.offset, loc.end.offset] : [loc.arn];
    const key = JSON.stringify([place, isResource(input.at) ? [] : propertyPathOf(resource, input.at), input.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where a rule's note points (a source location gives file and line). */
function placeOf(resource: Resource, input: NoteInput): Pick<Note, 'file' | 'line'> {
  const loc = locationOf(input.at ?? resource, resource);
  return loc.kind === 'source' ? { file: loc.file, line: loc.start.line } : {};
}

/**
 * Rules' notes in the order first given, each identical note once (rules see
 * many resources that share a cause); several rules saying the same thing at
 * the same place give one note naming them all (`SM060, SM061: …`).
 */
class NoteSet {
  private readonly byKey = new Map<string, { place: Pick<Note, 'file' | 'line'>; message: string; ruleIds: string[] }>();

  add(ruleId: string, place: Pick<Note, 'file' | 'line'>, message: string): void {
    const key = JSON.stringify([place.file, place.line, message]);
    const entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, { place, message, ruleIds: [ruleId] });
    else if (!entry.ruleIds.includes(ruleId)) entry.ruleIds.push(ruleId);
  }

  values(): Note[] {
    return [...this.byKey.values()].map(({ place, message, ruleIds }) => ({ ...place, message: `${ruleIds.join(', ')}: ${message}` }));
  }
}

/** The narrowest true location: the value; for an omitted property, the resource. */
function locationOf(at: ReportInput['at'], resource: Resource): Location {
  if (isResource(at)) return at.loc;
  if (at.t === 'omitted') return resource.loc;
  return at.loc;
}

/**
 * The CDK construct a resource of a synthesized assembly comes from (its
 * `aws:cdk:path` metadata, else its logical ID), if it does: `cdk synth` rewrites the template,
 * so a fix belongs in the CDK app, never in `cdk.out`.
 */
function constructPathOf(resource: Resource): string | undefined {
  const inAssembly = resource.loc.kind === 'source' && resource.loc.file.split('/').includes('cdk.out');
  if (!inAssembly) return undefined;
  // Without `aws:cdk:path` metadata, the logical ID is all that names the construct.
  return resource.label?.startsWith(CONSTRUCT_LABEL) ? resource.label.slice(CONSTRUCT_LABEL.length) : resource.id;
}

const CONSTRUCT_LABEL = 'construct ';

/** `In the CDK app: Set … (property kmsKeyId of construct MlStack/Notebook/Resource).`: L1 constructs name properties in camelCase. */
function inCdkApp(construct: string, propertyPath: readonly (string | number)[], fix: RenderedFixInput): string {
  const property = propertyPath.map((p) => (typeof p === 'string' ? p.charAt(0).toLowerCase() + p.slice(1) : `[${p}]`)).join('.').replace(/\.\[/g, '[');
  const where = property ? `property ${property} of construct ${construct}` : `construct ${construct}`;
  return `In the CDK app (cdk.out is generated; sagelint fix does not edit it): ${fix.description.replace(/\.$/, '')}, ${where}.`;
}

function renderFix(fix: RenderedFixInput, resource: Resource, unit: LoadedUnit): RenderedFix | undefined {
  const edits = unit.renderFix?.(fix);
  if (!edits || edits.length === 0) return undefined;
  const placeholders = new Set<string>();
  const written = [...fix.edits.map((e) => e.value), ...(fix.additions ?? []).map((a) => a.properties)];
  for (const value of written) for (const p of placeholdersWritten(JSON.stringify(value))) placeholders.add(p);
  // The input's own placeholders too, such as Terraform's `<region>` for a name built from the region.
  for (const edit of edits) for (const p of placeholdersWritten(edit.text)) placeholders.add(p);
  return { description: fix.description, kind: fix.kind ?? costOf(fix, resource), placeholders: [...placeholders], edits };
}

function costOf(fix: Fix, resource: Resource): FixKind {
  return fix.edits.some((edit) => replacesResource(resource, propertyPathOf(resource, edit.target))) ? 'replaces' : 'safe';
}

/**
 * rule + file + resource identity + property path, never a line number, so
 * inserting lines or reordering resources leaves fingerprints unchanged.
 * Repeats of the same identity are numbered in document order.
 */
function assignFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const file = f.location.kind === 'source' ? f.location.file : '';
    const identity = [f.ruleId, file, f.resource.id, f.propertyPath.join('.')].join('\u0000');
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    // A string of its own: the slice alone would keep the whole hex digest alive.
    f.fingerprint = ownCopy(hash('sha256', `${identity}\u0000${n}`).slice(0, 32));
  }
}

function applySuppression(finding: Finding, resource: Resource | undefined, options: EvaluationOptions, notes: Note[], strings: StringPool): void {
  let suppression: Suppression | undefined;
  if (resource && options.inlineSuppressions !== false) {
    const inline = resource.suppressions.find((s) => s.ruleId === finding.ruleId && s.reason);
    if (inline) suppression = { kind: 'inSource', justification: inline.reason!, source: describeSource(inline.loc) };
  }
  if (!suppression) {
    const external = matchExternalSuppression(finding, options.externalSuppressions ?? [], options.today ?? new Date());
    if (external.expired) notes.push(external.expired);
    suppression = external.suppression;
  }
  if (suppression) finding.suppression = strings.copy(suppression);
}

function checkSuppressionsOf(resource: Resource, knownRuleIds: ReadonlySet<string>, options: EvaluationOptions): Note[] {
  if (options.inlineSuppressions === false) return [];
  const notes: Note[] = [];
  for (const s of resource.suppressions) {
    const where = s.loc.kind === 'source' ? { file: s.loc.file, line: s.loc.start.line } : {};
    if (!s.reason) {
      notes.push({ ...where, message: `suppression of ${s.ruleId} on ${resource.id} has no reason, so it is not applied: add a reason` });
    } else if (!knownRuleIds.has(s.ruleId)) {
      notes.push({ ...where, message: `suppression on ${resource.id} names ${s.ruleId}, which is not a sagelint rule` });
    }
  }
  return notes;
}

function describeSource(loc: Location): string {
  return loc.kind === 'source' ? `${loc.file}:${loc.start.line}` : loc.arn;
}
