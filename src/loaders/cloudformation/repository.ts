/**
 * The repository model of CloudFormation: the templates of one scan root that
 * deploy together. A nested stack (`AWS::CloudFormation::Stack`,
 * `AWS::Serverless::Application`, a CDK nested stack asset) whose template is a
 * local file takes its parameters from its parent and gives its outputs back
 * through `Fn::GetAtt Stack.Outputs.X`; an `Fn::ImportValue` takes the value of
 * the export of that name in any template of the scan root. Templates linked
 * this way load as one unit, each resource still located in its own file, so
 * rules see the VPC of a notebook that a sibling stack declares.
 *
 * Nothing outside the scanned files is read: a template URL that leaves the scan
 * root, or names a file the walk did not find, is noted and not followed.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LoadError, Note, TextEdit } from '../../core/finding.js';
import type { Fix } from '../../core/rule.js';
import type { Location } from '../../model/location.js';
import type { Resource } from '../../model/resource.js';
import { get, stringOf, type MapValue, type Value } from '../../model/value.js';
import { readSourceTextSync } from '../source-text.js';
import { RecentParses } from '../recent-parses.js';
import { parseStructuredText, type ParseOutcome, type StructuredDocument } from '../structured-text.js';
import type { LoadedUnit } from '../../core/unit.js';
import { isWalkablePath, type InputFile } from '../walk.js';
import { renderCloudFormationFix } from './fix.js';
import { IntrinsicResolver, type TemplateLinks } from './intrinsics.js';
import { loadCloudFormationDocument } from './index.js';
import { isCloudFormationTemplate, templateScope } from './template.js';

/** Nested stacks deeper than this are not followed (CloudFormation itself stops well before runaway nesting). */
const MAX_NESTING_DEPTH = 8;

/** Text without one of these words links to no other template: it is not parsed twice. */
const LINK_WORDS = /ImportValue|AWS::CloudFormation::Stack|AWS::Serverless::Application|LoadTemplateFromURL/;

/**
 * Text whose only link word is this can link by its exports alone, which
 * matter only when some template of the scan imports: most templates export
 * something and few scans import it, so those are parsed for planning only then.
 */
const EXPORT_WORD = /Export/;

/**
 * Templates planning parsed, for loading on this thread to take instead of
 * parsing them again (a worker thread parses its own).
 */
const plannedParses = new RecentParses<StructuredDocument>(2 * 1024 * 1024);

/** A file's parse: the one planning made of this same text, else a new one. */
export function parseAfterPlanning(text: string, file: string): ParseOutcome {
  const doc = plannedParses.take(file, text);
  return doc ? { ok: true, doc } : parseStructuredText(text, file);
}

/** Values a parameter file gives to the templates its glob matches. */
export interface ParameterAssignment {
  /** Glob of template paths relative to the scan root (`**` for every template). */
  templates: string;
  /** The parameter file, for messages. */
  source: string;
  values: Record<string, string>;
}

export interface RepositoryOptions {
  maxFileBytes: number;
  parameters?: readonly ParameterAssignment[];
}

export interface PlanningOptions {
  maxFileBytes: number;
  /** The scan's `exclude`: a product template there is not scanned, as the walk would not have taken it. */
  isExcluded?: (relative: string) => boolean;
}

/** One template of a linked group, with the CDK stack it is, if any. */
export interface GroupMember {
  file: InputFile;
  stackName?: string;
}

// ── What links templates ─────────────────────────────────────────────────────

/** A nested stack: the resource that declares it and its template, relative to the scan root. */
interface NestedStack {
  stackId: string;
  child: string;
}

interface Links {
  nested: NestedStack[];
  /** Export name patterns (a `${…}` part is decided at deploy time). */
  exports: string[];
  imports: string[];
}

/** A template's local nested stacks; TemplateURLs that are not followed become notes. */
function nestedStacksOf(root: MapValue, file: InputFile, scanRoot: string, walked: ReadonlySet<string>, notes: Note[]): NestedStack[] {
  const out: NestedStack[] = [];
  const resources = root.entries.get('Resources');
  if (resources?.t !== 'map') return out;
  for (const [stackId, node] of resources.entries) {
    const type = stringOf(get(node, 'Type'));
    const property = type === 'AWS::CloudFormation::Stack' ? 'TemplateURL' : type === 'AWS::Serverless::Application' ? 'Location' : undefined;
    if (!property) continue;
    // CDK writes the nested stack's template as an asset beside the parent, and says so in the metadata.
    const asset = stringOf(get(node, 'Metadata', 'aws:asset:property')) === property ? stringOf(get(node, 'Metadata', 'aws:asset:path')) : undefined;
    const url = asset ?? stringOf(get(node, 'Properties', property));
    if (url === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
    const absolute = path.resolve(path.dirname(file.absolute), url);
    const relative = path.relative(scanRoot, absolute).split(path.sep).join('/');
    const line = lineOf(resources.keyLocs.get(stackId));
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      notes.push({ file: file.relative, line, message: `nested stack ${stackId}: ${property} '${url}' is outside the scan root, so it is not read and the stack's resources are not checked` });
    } else if (!walked.has(relative)) {
      notes.push({ file: file.relative, line, message: `nested stack ${stackId}: ${property} '${url}' is not among the scanned files, so the stack's parameters and outputs are not followed` });
    } else {
      out.push({ stackId, child: relative });
    }
  }
  return out;
}

function lineOf(loc: Location | undefined): number | undefined {
  return loc?.kind === 'source' ? loc.start.line : undefined;
}

/** The names an export or import can have: one per possibility; `${…}` stands for what the deployment decides. */
function namePatterns(value: Value): string[] {
  switch (value.t) {
    case 'scalar':
      return typeof value.v === 'string' ? [value.v] : [];
    case 'oneOf':
      return value.options.flatMap((o) => namePatterns(o.value));
    case 'unknown':
      return value.fallback ? namePatterns(value.fallback.value) : [value.placeholder ?? '${?}'];
    default:
      return [];
  }
}

const PLACEHOLDER = /\$\{[^}]*\}/g;

function globOf(pattern: string): RegExp {
  const literal = pattern.split(PLACEHOLDER).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[^]*')}$`);
}

/**
 * Whether an import and an export can name the same thing: the same text, or
 * texts that agree once each `${…}` part stands for any text. A name that is
 * nothing but deploy-time parts names nothing in particular.
 */
export function namesCanMatch(a: string, b: string): 'same' | 'maybe' | undefined {
  if (a === b) return a.replace(PLACEHOLDER, '') === '' ? undefined : 'same';
  if (a.replace(PLACEHOLDER, '') === '' || b.replace(PLACEHOLDER, '') === '') return undefined;
  return globOf(a).test(b.replace(PLACEHOLDER, '\0')) || globOf(b).test(a.replace(PLACEHOLDER, '\0')) ? 'maybe' : undefined;
}

/**
 * A resolver that leaves every parameter as its `${Name}` placeholder: two
 * templates that build a name from parameters of the same name agree on it
 * whatever the defaults say.
 */
function placeholderResolver(root: MapValue): IntrinsicResolver {
  return new IntrinsicResolver(templateScope(root, asMap(root.entries.get('Resources'))), { parameter: (name, loc) => ({ t: 'unknown', loc, reason: `parameter ${name}` }) });
}

/** The name patterns of a name: as written with parameter placeholders, and as the resolver sees it. */
function namesOf(raw: Value, resolver: IntrinsicResolver, placeholders: IntrinsicResolver): string[] {
  return [...new Set([...namePatterns(placeholders.resolve(raw)), ...namePatterns(resolver.resolve(raw))])];
}

function exportsOf(root: MapValue, resolver: IntrinsicResolver): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const outputs = root.entries.get('Outputs');
  if (outputs?.t !== 'map') return out;
  const placeholders = placeholderResolver(root);
  for (const [name, output] of outputs.entries) {
    const exported = get(output, 'Export', 'Name');
    if (exported.t !== 'omitted') out.set(name, namesOf(exported, resolver, placeholders));
  }
  return out;
}

/** Every `Fn::ImportValue` argument in a template. */
function importsOf(node: Value, out: Value[] = []): Value[] {
  if (node.t === 'list') for (const item of node.items) importsOf(item, out);
  if (node.t !== 'map') return out;
  const imported = node.entries.size === 1 ? node.entries.get('Fn::ImportValue') : undefined;
  if (imported) out.push(imported);
  else for (const child of node.entries.values()) importsOf(child, out);
  return out;
}

// ── Planning: which templates load together ──────────────────────────────────

interface TemplateGroups {
  /** Templates that link to each other, each group two or more, in walk order. */
  groups: InputFile[][];
  /** Service Catalog product templates the walk did not find (another extension): scanned as templates too. */
  products: InputFile[];
  notes: Note[];
}

/**
 * The local templates of Service Catalog products (`LoadTemplateFromURL` a
 * relative path, or a path inside the scan root): a product is deployed on its
 * own, so its template is scanned as a template, whatever its file is called.
 * Only regular files whose real path is inside the scan root are taken, and
 * none in a folder the walk skips or the scan excludes.
 */
function productTemplatesOf(root: MapValue, file: InputFile, scanRoot: string, isExcluded: (relative: string) => boolean, notes: Note[]): InputFile[] {
  const out: InputFile[] = [];
  const resources = asMap(root.entries.get('Resources'));
  for (const [id, node] of resources?.entries ?? []) {
    if (stringOf(get(node, 'Type')) !== 'AWS::ServiceCatalog::CloudFormationProduct') continue;
    const artifacts = get(node, 'Properties', 'ProvisioningArtifactParameters');
    for (const artifact of artifacts.t === 'list' ? artifacts.items : []) {
      const url = stringOf(get(artifact, 'Info', 'LoadTemplateFromURL'));
      if (url === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(url)) continue;
      const absolute = path.resolve(path.dirname(file.absolute), url);
      const line = lineOf(resources!.keyLocs.get(id));
      if (!insideRoot(scanRoot, absolute)) {
        notes.push({ file: file.relative, line, message: `product ${id}: LoadTemplateFromURL '${url}' is outside the scan root (or not a file), so it is not read` });
        continue;
      }
      const relative = path.relative(scanRoot, absolute).split(path.sep).join('/');
      if (isWalkablePath(relative, isExcluded)) out.push({ absolute, relative, explicit: true });
    }
  }
  return out;
}

function insideRoot(scanRoot: string, absolute: string): boolean {
  try {
    const realRoot = realpathSync(scanRoot);
    const real = realpathSync(absolute);
    const relative = path.relative(realRoot, real);
    return !relative.startsWith('..') && !path.isAbsolute(relative) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/**
 * Groups the templates of a scan that link to each other (nested stacks,
 * exports and imports), reading only files that mention a link. Templates
 * that link to nothing stay units of their own.
 */
export function planTemplateGroups(scanRoot: string, files: readonly InputFile[], options: PlanningOptions): TemplateGroups {
  const notes: Note[] = [];
  const walked = new Set(files.map((f) => f.relative));
  const links = new Map<string, Links>();
  const products = new Map<string, InputFile>();
  const plan = (file: InputFile, text: string) => {
    const parsed = parseStructuredText(text, file.relative);
    if (!parsed.ok || !isCloudFormationTemplate(parsed.doc.value)) return;
    plannedParses.set(file.relative, text, parsed.doc);
    const root = parsed.doc.value;
    for (const product of productTemplatesOf(root, file, scanRoot, options.isExcluded ?? (() => false), notes)) if (!walked.has(product.relative)) products.set(product.relative, product);
    const resolver = new IntrinsicResolver(templateScope(root, asMap(root.entries.get('Resources'))));
    links.set(file.relative, {
      nested: nestedStacksOf(root, file, scanRoot, walked, notes),
      exports: [...exportsOf(root, resolver).values()].flat(),
      imports: importsOf(root).flatMap((arg) => namesOf(arg, resolver, placeholderResolver(root))),
    });
  };
  const exportingOnly: InputFile[] = [];
  let imports = false;
  for (const file of files) {
    if (!/\.(ya?ml|json|template)$/i.test(file.relative)) continue;
    const read = readSourceTextSync(file.absolute, options.maxFileBytes);
    if (!read.ok) continue;
    if (LINK_WORDS.test(read.text)) {
      imports ||= read.text.includes('ImportValue');
      plan(file, read.text);
    } else if (EXPORT_WORD.test(read.text)) {
      exportingOnly.push(file);
    }
  }
  // Read again only when their exports can link them: a second read of a few files, rather than a parse of every one.
  for (const file of imports ? exportingOnly : []) {
    const read = readSourceTextSync(file.absolute, options.maxFileBytes);
    if (read.ok && EXPORT_WORD.test(read.text)) plan(file, read.text);
  }
  const groups = new UnionFind();
  for (const [file, link] of links) for (const nested of link.nested) groups.join(file, nested.child);
  const exporters = [...links].filter(([, l]) => l.exports.length > 0);
  for (const [file, link] of links) {
    for (const name of link.imports) {
      for (const [exporter, l] of exporters) if (exporter !== file && l.exports.some((e) => namesCanMatch(name, e))) groups.join(file, exporter);
    }
  }
  const byRoot = new Map<string, InputFile[]>();
  for (const file of files) {
    if (!groups.has(file.relative)) continue;
    const key = groups.find(file.relative);
    byRoot.set(key, [...(byRoot.get(key) ?? []), file]);
  }
  return { groups: [...byRoot.values()].filter((g) => g.length > 1), products: [...products.values()], notes };
}

function asMap(value: Value | undefined): MapValue | undefined {
  return value?.t === 'map' ? value : undefined;
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  has(item: string): boolean {
    return this.parent.has(item);
  }

  find(item: string): string {
    let root = item;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

// ── Loading a group ──────────────────────────────────────────────────────────

interface LoadedTemplate {
  member: GroupMember;
  file: string;
  doc: StructuredDocument;
  root: MapValue;
  resolver: IntrinsicResolver;
  exports: Map<string, string[]>;
  /** Nested stacks followed, by the logical ID of the stack resource. */
  nested: Map<string, LoadedTemplate>;
  /** The stacks that nest this template: their template and stack resource. */
  parents: { template: LoadedTemplate; stackId: string }[];
}

/** Values supplied by parameter files for one template, last file winning. */
function suppliedParameters(file: string, assignments: readonly ParameterAssignment[] = []): Map<string, { value: string; source: string }> {
  const out = new Map<string, { value: string; source: string }>();
  for (const assignment of assignments) {
    if (!picomatch.isMatch(file, assignment.templates, { dot: true })) continue;
    for (const [name, value] of Object.entries(assignment.values)) out.set(name, { value, source: assignment.source });
  }
  return out;
}

/** Template links that only supply parameter values from parameter files. */
export function parameterFileLinks(file: string, assignments: readonly ParameterAssignment[] | undefined): TemplateLinks | undefined {
  const supplied = suppliedParameters(file, assignments);
  if (supplied.size === 0) return undefined;
  return { parameter: (name, loc) => scalarFrom(supplied.get(name)?.value, loc) };
}

function scalarFrom(value: string | undefined, loc: Location): Value | undefined {
  return value === undefined ? undefined : { t: 'scalar', v: value, loc };
}

/**
 * Loads linked templates as one unit: parameters bound from parent stacks (or
 * parameter files, for templates no stack nests), nested stack outputs and
 * imports resolved across templates, references kept apart by template.
 */
export function loadTemplateGroup(members: readonly GroupMember[], scanRoot: string, options: RepositoryOptions): LoadedUnit {
  const errors: LoadError[] = [];
  const notes: Note[] = [];
  const templates = new Map<string, LoadedTemplate>();
  for (const member of members) {
    const read = readSourceTextSync(member.file.absolute, options.maxFileBytes);
    if (!read.ok) {
      errors.push({ file: member.file.relative, line: read.line, column: read.column, message: read.message });
      continue;
    }
    const parsed = parseAfterPlanning(read.text, member.file.relative);
    if (!parsed.ok) {
      errors.push(parsed.error);
      continue;
    }
    if (!isCloudFormationTemplate(parsed.doc.value)) continue;
    templates.set(member.file.relative, { member, file: member.file.relative, doc: parsed.doc, root: parsed.doc.value, resolver: undefined!, exports: new Map(), nested: new Map(), parents: [] });
  }
  const walked = new Set(templates.keys());
  for (const template of templates.values()) {
    for (const { stackId, child } of nestedStacksOf(template.root, template.member.file, scanRoot, walked, [])) {
      template.nested.set(stackId, templates.get(child)!);
    }
  }
  dropRunawayNesting([...templates.values()], notes);
  for (const template of templates.values()) for (const [stackId, child] of template.nested) child.parents.push({ template, stackId });

  const resolution = new CrossTemplateResolution(templates, options.parameters);
  for (const template of templates.values()) {
    template.resolver = new IntrinsicResolver(templateScope(template.root, asMap(template.root.entries.get('Resources'))), resolution.linksOf(template));
  }
  for (const template of templates.values()) template.exports = exportsOf(template.root, template.resolver);

  const resources: Resource[] = [];
  for (const template of templates.values()) {
    const label = template.member.stackName && `CDK stack ${template.member.stackName}`;
    // Each template loads as it would alone (its notes, a lenient YAML reading included), with its links.
    const read = loadCloudFormationDocument(template.doc, template.file, { label, links: resolution.linksOf(template) })!;
    resources.push(...read.resources);
    errors.push(...read.errors);
    notes.push(...read.notes);
  }
  return {
    files: members.map((m) => m.file.relative),
    resources,
    errors,
    notes,
    renderFix: (fix) => renderGroupFix(fix, templates),
  };
}

/** The fix goes to the template of what it edits, or of the resource it adds beside. */
function renderGroupFix(fix: Fix, templates: ReadonlyMap<string, LoadedTemplate>): TextEdit[] | undefined {
  const anchor = fix.edits[0]?.target.loc ?? fix.additions?.[0]?.near.loc;
  const template = anchor?.kind === 'source' ? templates.get(anchor.file) : undefined;
  return template && renderCloudFormationFix(fix, template.doc, template.file);
}

/**
 * Keeps nesting a tree of bounded depth: a stack that nests one of its own
 * ancestors (a cycle) or lies deeper than MAX_NESTING_DEPTH is not followed.
 */
function dropRunawayNesting(templates: readonly LoadedTemplate[], notes: Note[]): void {
  const nestedSomewhere = new Set(templates.flatMap((t) => [...t.nested.values()]));
  const starts = templates.filter((t) => !nestedSomewhere.has(t));
  const visited = new Set<LoadedTemplate>();
  const visit = (template: LoadedTemplate, ancestors: LoadedTemplate[]): void => {
    visited.add(template);
    for (const [stackId, child] of [...template.nested]) {
      const line = lineOf(asMap(template.root.entries.get('Resources'))?.keyLocs.get(stackId));
      if (ancestors.includes(child) || child === template) {
        template.nested.delete(stackId);
        notes.push({ file: template.file, line, message: `nested stack ${stackId} nests ${child.file}, which already nests this template: the cycle is not followed` });
      } else if (ancestors.length + 1 >= MAX_NESTING_DEPTH) {
        template.nested.delete(stackId);
        notes.push({ file: template.file, line, message: `nested stack ${stackId} is nested more than ${MAX_NESTING_DEPTH} deep: its template ${child.file} is checked without its parameters` });
      } else {
        visit(child, [...ancestors, template]);
      }
    }
  };
  for (const start of starts) visit(start, []);
  // Templates only reachable through a cycle have no start: begin with the first of them.
  for (const template of templates) if (!visited.has(template)) visit(template, []);
}

/** The links of each template of a group, and the guard that keeps mutual references finite. */
class CrossTemplateResolution {
  private readonly inProgress = new Set<string>();
  private readonly linksByTemplate = new Map<LoadedTemplate, TemplateLinks>();

  constructor(
    private readonly templates: ReadonlyMap<string, LoadedTemplate>,
    private readonly parameterFiles: readonly ParameterAssignment[] | undefined,
  ) {}

  linksOf(template: LoadedTemplate): TemplateLinks {
    let links = this.linksByTemplate.get(template);
    if (!links) {
      const supplied = template.parents.length === 0 ? suppliedParameters(template.file, this.parameterFiles) : new Map<string, { value: string }>();
      links = {
        namespace: `${template.file}#`,
        parameter: (name, loc) => (template.parents.length > 0 ? this.fromParents(template, name, loc) : scalarFrom(supplied.get(name)?.value, loc)),
        importValue: (name, loc, written) => this.imported(name, loc, namePatterns(placeholderResolver(template.root).resolve(written))),
        ssmParameter: (name, loc) => this.ssmParameter(name, loc),
        stackOutput: (stackId, output, loc) => {
          const child = template.nested.get(stackId);
          return child && this.output(child, output, loc, `${stackId}.Outputs.${output}`);
        },
      };
      this.linksByTemplate.set(template, links);
    }
    return links;
  }

  /** What the parent stacks pass for a parameter; the template's default when one of them passes nothing. */
  private fromParents(template: LoadedTemplate, name: string, loc: Location): Value | undefined {
    const options: { value: Value; via: string }[] = [];
    for (const { template: parent, stackId } of template.parents) {
      const passed = asMap(get(parent.root, 'Resources', stackId, 'Properties', 'Parameters'))?.entries.get(name);
      if (!passed) return undefined;
      const value = this.guarded(`parameter ${template.file} ${name} ${parent.file} ${stackId}`, () => parent.resolver.resolve(passed));
      if (!value) return undefined;
      options.push({ value: carried(value, loc, `from ${shownFrom(loc, parent.file)} via parameter ${name} of stack ${stackId}`), via: `stack ${stackId} of ${parent.file} passes it` });
    }
    if (options.length === 1) return options[0]!.value;
    return { t: 'oneOf', loc, options };
  }

  /** The value of the export an import names: one exporter, or one of several (each named). */
  private imported(name: Value, loc: Location, writtenPatterns: string[]): Value | undefined {
    const patterns = [...new Set([...writtenPatterns, ...namePatterns(name)])];
    const candidates: { template: LoadedTemplate; output: string; match: 'same' | 'maybe'; exportName: string; asWritten: boolean }[] = [];
    for (const template of this.templates.values()) {
      for (const [output, exportNames] of template.exports) {
        for (const exportName of exportNames) {
          const matches = patterns.map((p) => ({ p, match: namesCanMatch(p, exportName) })).filter((m) => m.match !== undefined);
          const best = matches.find((m) => m.match === 'same') ?? matches[0];
          if (best) candidates.push({ template, output, match: best.match!, exportName, asWritten: best.match === 'same' && writtenPatterns.includes(best.p) });
        }
      }
    }
    const same = candidates.filter((c) => c.match === 'same');
    const chosen = nearest(same.length > 0 ? same : candidates, loc);
    if (chosen.length === 0) return undefined;
    const values = chosen.map((c) => ({
      value: this.output(c.template, c.output, loc, `Export ${c.exportName}`),
      via: `the export '${c.exportName}' of ${c.template.file} is the one imported`,
    }));
    const value: Value = values.length === 1 ? values[0]!.value : { t: 'oneOf', loc, options: values };
    // The import reaches the export in every deployment only when both write the same name;
    // a name that matches only once deploy-time parts are filled in may reach it.
    if (chosen.every((c) => c.asWritten)) return value;
    const label = patterns.map((p) => `'${p}'`).join(' or ');
    return { t: 'unknown', loc, reason: `the import of ${label} is decided at deploy time`, fallback: { via: `the import of ${label} is the export '${chosen[0]!.exportName}'`, value } };
  }

  /** The Value of the `AWS::SSM::Parameter` of that Name in a template of the group, when exactly one declares it. */
  private ssmParameter(name: string, loc: Location): Value | undefined {
    const declared: { template: LoadedTemplate; value: Value }[] = [];
    for (const template of this.templates.values()) {
      for (const node of asMap(template.root.entries.get('Resources'))?.entries.values() ?? []) {
        if (stringOf(get(node, 'Type')) === 'AWS::SSM::Parameter' && stringOf(get(node, 'Properties', 'Name')) === name) declared.push({ template, value: get(node, 'Properties', 'Value') });
      }
    }
    if (declared.length !== 1 || declared[0]!.value.t === 'omitted') return undefined;
    const { template, value: raw } = declared[0]!;
    const value = this.guarded(`ssm ${name}`, () => template.resolver.resolve(raw));
    return value && carried(value, loc, `from ${shownFrom(loc, template.file)} via SSM parameter ${name}`);
  }

  /** An output of a template, seen from where it is imported or read. */
  private output(template: LoadedTemplate, output: string, loc: Location, how: string): Value {
    const raw = get(template.root, 'Outputs', output, 'Value');
    if (raw.t === 'omitted') return { t: 'unknown', loc, reason: `${template.file} has no output ${output}` };
    const value = this.guarded(`output ${template.file} ${output}`, () => template.resolver.resolve(raw));
    if (!value) return { t: 'unknown', loc, reason: `the output ${output} of ${template.file} depends on itself through other stacks` };
    return carried(value, loc, `from ${shownFrom(loc, template.file)} via ${how}`);
  }

  private guarded(key: string, work: () => Value): Value | undefined {
    if (this.inProgress.has(key)) return undefined;
    this.inProgress.add(key);
    try {
      return work();
    } finally {
      this.inProgress.delete(key);
    }
  }
}

/** Of several candidate exporters, those nearest the importer in the folder tree: a repository's own network stack before another's. */
function nearest<T extends { template: LoadedTemplate }>(candidates: T[], loc: Location): T[] {
  if (loc.kind !== 'source') return candidates;
  const importer = loc.file.split('/');
  const shared = (c: T) => {
    const parts = c.template.file.split('/');
    let i = 0;
    while (i < parts.length - 1 && parts[i] === importer[i]) i++;
    return i;
  };
  const best = Math.max(...candidates.map(shared));
  return candidates.filter((c) => shared(c) === best);
}

/** A template's path as seen from the folder of the file that uses its values. */
function shownFrom(loc: Location, file: string): string {
  return loc.kind === 'source' ? path.posix.relative(path.posix.dirname(loc.file), file) : file;
}

/**
 * A value from another template, as it stands where it is used: located there
 * (findings stay in the file that uses it), references naming where they come
 * from (`VPC from network.yaml via Export ml-vpc-id`), reasons saying where
 * they hold.
 */
function carried(value: Value, loc: Location, chain: string): Value {
  switch (value.t) {
    case 'ref':
      return { ...value, loc, text: `${value.text.replace(/^!(Ref|GetAtt) /, '')} ${chain}` };
    case 'list':
      return { ...value, loc, items: value.items.map((item) => carried(item, loc, chain)) };
    case 'oneOf':
      return { ...value, loc, options: value.options.map((o) => ({ via: o.via, value: carried(o.value, loc, chain) })) };
    case 'unknown':
      return { ...value, loc, reason: `${value.reason} (${chain})`, ...(value.fallback && { fallback: { via: value.fallback.via, value: carried(value.fallback.value, loc, chain) } }) };
    default:
      return { ...value, loc } as Value;
  }
}
