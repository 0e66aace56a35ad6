/**
 * `audit --source-root`: live resources that CloudFormation created (their
 * `aws:cloudformation:stack-name` and `aws:cloudformation:logical-id` tags) are
 * reported at their logical ID in the template of their stack, so live findings
 * can go where source findings go (code scanning, review comments).
 *
 * A template answers to one stack name: a CDK assembly template to its stack's
 * name in `manifest.json` (`stackName`, else the artifact ID), any other
 * template to its file name without extension and without a `.template` suffix
 * (`ml-sandbox.yaml`, `ml-sandbox.template.json` → `ml-sandbox`). A name that two
 * templates answer to is ambiguous: its resources keep their ARN locations, and
 * a note says why.
 */
import path from 'node:path';
import type { Finding, LoadError, Note, ScanResult } from '../core/finding.js';
import type { LoadedUnit } from '../core/unit.js';
import type { SourceLocation } from '../model/location.js';
import type { Resource } from '../model/resource.js';
import { cdkStacks, looksLikeInput, type LoadOptions } from '../loaders/index.js';
import { readSourceTextSync } from '../loaders/source-text.js';
import { parseStructuredText } from '../loaders/structured-text.js';
import { isCloudFormationTemplate } from '../loaders/cloudformation/template.js';
import { findInputFiles, type InputFile } from '../loaders/walk.js';
import { compareText } from '../loaders/account/records.js';
import { LOGICAL_ID_TAG, STACK_NAME_TAG } from '../loaders/account/live-values.js';
import { addToGroup } from '../collections.js';
import { sortFindings } from './scan.js';

export interface StackTemplateOptions extends Pick<LoadOptions, 'maxFileBytes'> {
  /** Files the config excludes (relative to the root) are not read. */
  isExcluded?: (relative: string) => boolean;
}

export interface StackTemplateIndex {
  /** The logical ID's location in the template of `stack`; undefined when there is no such template or resource. */
  locate(stack: string, logicalId: string): SourceLocation | undefined;
  /** Templates that could not be read. */
  errors: LoadError[];
  /** Ambiguous stack names, folders that could not be walked. */
  notes: Note[];
}

/** The stack name a template answers to when no CDK manifest names it. */
export function stackNameOfFile(file: string): string {
  return path.posix.basename(file).replace(/\.(ya?ml|json|template)$/i, '').replace(/\.template$/i, '');
}

/** Reads the CloudFormation templates under `dir` (paths relative to `root`, which locations are relative to). */
export async function indexStackTemplates(root: string, dir: string, options: StackTemplateOptions): Promise<StackTemplateIndex> {
  const walk = await findInputFiles(root, [dir], options.isExcluded ?? (() => false));
  const { stacks: cdk, manifests } = await cdkStacks(walk.files, options);
  const byStack = new Map<string, InputFile[]>();
  for (const file of walk.files) {
    if (file.relative.endsWith('.tf') || manifests.has(file.absolute)) continue;
    const stack = cdk.get(file.absolute)?.stackName ?? stackNameOfFile(file.relative);
    addToGroup(byStack, stack, file);
  }
  const errors: LoadError[] = [...walk.errors];
  const notes: Note[] = [...walk.notes];
  const templates = new Map<string, Map<string, SourceLocation>>();
  for (const [stack, files] of [...byStack].sort(([a], [b]) => compareText(a, b))) {
    const read = files.map((file) => logicalIds(file, options, errors));
    const found = files.filter((_, i) => read[i]!.size > 0);
    if (found.length > 1) {
      notes.push({ file: found[0]!.relative, message: `Stack ${stack} matches several templates (${found.map((f) => f.relative).join(', ')}): its live resources keep their ARN locations.` });
    } else if (found.length === 1) {
      templates.set(stack, read[files.indexOf(found[0]!)]!);
    }
  }
  return { locate: (stack, logicalId) => templates.get(stack)?.get(logicalId), errors, notes };
}

/**
 * The template's resources by logical ID, located at the ID; empty when the
 * file is no template. Only the text is parsed: where an ID is written needs
 * no intrinsics resolved and no resources built.
 */
function logicalIds(file: InputFile, options: Pick<LoadOptions, 'maxFileBytes'>, errors: LoadError[]): Map<string, SourceLocation> {
  const ids = new Map<string, SourceLocation>();
  const read = readSourceTextSync(file.absolute, options.maxFileBytes);
  if (!read.ok) {
    errors.push({ file: file.relative, line: read.line, column: read.column, message: read.message });
    return ids;
  }
  const parsed = parseStructuredText(read.text, file.relative);
  if (!parsed.ok) {
    if (looksLikeInput(read.text)) errors.push(parsed.error);
    return ids;
  }
  const root = parsed.doc.value;
  const resources = isCloudFormationTemplate(root) ? root.entries.get('Resources') : undefined;
  if (resources?.t !== 'map') return ids;
  for (const [logicalId, loc] of resources.keyLocs) if (loc.kind === 'source' && logicalId !== 'Fn::Transform') ids.set(logicalId, loc);
  return ids;
}

/** The template location of each live resource that CloudFormation created from a template of the index, by resource ID. */
export function templateLocations(resources: readonly Resource[], index: StackTemplateIndex): Map<string, SourceLocation> {
  const located = new Map<string, SourceLocation>();
  for (const resource of resources) {
    const stack = resource.tags?.known.get(STACK_NAME_TAG);
    const logicalId = resource.tags?.known.get(LOGICAL_ID_TAG);
    if (resource.source !== 'live' || !stack || !logicalId) continue;
    const loc = index.locate(stack, logicalId);
    if (loc) located.set(resource.id, loc);
  }
  return located;
}

/**
 * Moves the findings on located resources to their template. Fingerprints do
 * not change: they were computed from the ARN, so a finding keeps its identity
 * whether or not its template is found.
 */
export function relocateFindings(findings: readonly Finding[], locations: ReadonlyMap<string, SourceLocation>): Finding[] {
  return findings.map((finding) => {
    const loc = locations.get(finding.resource.id);
    return loc ? { ...finding, location: loc } : finding;
  });
}

/** Findings on resources CloudFormation created, moved to their logical ID in the templates of the index. */
export function locateInTemplates(result: ScanResult, units: readonly LoadedUnit[], index: StackTemplateIndex): ScanResult {
  const locations = templateLocations(units.flatMap((u) => u.resources), index);
  return {
    ...result,
    findings: sortFindings(relocateFindings(result.findings, locations)),
    errors: [...result.errors, ...index.errors],
    notes: [...result.notes, ...index.notes],
  };
}
