/**
 * Routes input files to the loader that reads them: CloudFormation templates
 * (YAML/JSON, CDK synth output), Terraform directories and plan JSON, account
 * snapshots. Files that are none of these (workflows, package.json, CDK
 * manifests) are skipped quietly.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { LoadError, Note } from '../core/finding.js';
import { loadCloudFormationDocument } from './cloudformation/index.js';
import { readSourceText, readSourceTextSync, unsavedSourceText } from './source-text.js';
import type { LoadedUnit } from '../core/unit.js';
import type { InputFile } from './walk.js';
import type { TerraformUnitSource } from './terraform/directory.js';
import { loadTemplateGroup, parameterFileLinks, parseAfterPlanning, planTemplateGroups, type GroupMember, type ParameterAssignment } from './cloudformation/repository.js';
import { appendAll } from '../collections.js';

export interface LoadOptions {
  maxFileBytes: number;
  varFiles: string[];
  /** CloudFormation parameter values from parameter files, per template glob. */
  parameters?: ParameterAssignment[];
  /** Texts an editor holds, not yet saved, by path relative to the scan root: read instead of the files on disk. */
  unsaved?: ReadonlyMap<string, string>;
}

/** Text that is worth an error when it does not parse: it looks like something sagelint reads. */
const LOOKS_LIKE_INPUT = /AWSTemplateFormatVersion|["']?Resources["']?\s*:|\bAWS::[A-Za-z0-9]+::|"format_version"|"sagelintSnapshot"/;

/** Whether text that does not parse was meant as an input (a template, plan or snapshot), so its error is worth reporting. */
export function looksLikeInput(text: string): boolean {
  return LOOKS_LIKE_INPUT.test(text);
}

/**
 * One independent piece of loading work: it loads on its own, so units can be
 * loaded one at a time (memory stays bounded) or by worker threads (it is plain data).
 */
export type UnitSource =
  | {
      kind: 'structured';
      file: InputFile;
      /** The display path (`Stage/Stack`) of the CDK stack whose template this is, for labels. */
      stackName?: string;
    }
  | { kind: 'terraform'; module: TerraformUnitSource }
  /** CloudFormation templates that link to each other (nested stacks, exports and imports): one unit. */
  | { kind: 'cloudformation-group'; members: GroupMember[] };

export interface LoadPlan {
  sources: UnitSource[];
  errors: LoadError[];
  notes: Note[];
}

/**
 * Decides what to load, and how the files group into units, without loading
 * them. `isExcluded` is the walk's: files that others name are held to it too.
 */
export async function planUnitSources(root: string, files: readonly InputFile[], options: LoadOptions, isExcluded?: (relative: string) => boolean): Promise<LoadPlan> {
  const { stacks, manifests } = await cdkStacks(files, options);
  const plan: LoadPlan = { sources: [], errors: [], notes: [] };
  const structured = files.filter((file) => !file.relative.endsWith('.tf') && !manifests.has(file.absolute));
  const linked = planTemplateGroups(root, structured, { maxFileBytes: options.maxFileBytes, isExcluded });
  plan.notes.push(...linked.notes);
  const groupOf = new Map(linked.groups.flatMap((group) => group.map((file) => [file, group] as const)));
  for (const file of structured) {
    const stackName = stacks.get(file.absolute)?.displayName;
    const group = groupOf.get(file);
    if (group) {
      // The group takes the place of its first template.
      if (group[0] === file) plan.sources.push({ kind: 'cloudformation-group', members: group.map((f) => ({ file: f, stackName: stacks.get(f.absolute)?.displayName })) });
      continue;
    }
    plan.sources.push(stackName === undefined ? { kind: 'structured', file } : { kind: 'structured', file, stackName });
  }
  for (const file of linked.products) plan.sources.push({ kind: 'structured', file });
  const terraformFiles = files.filter((f) => f.relative.endsWith('.tf'));
  if (terraformFiles.length) await planTerraform(root, terraformFiles, options, plan);
  return plan;
}

/**
 * Terraform root modules: the `.tf` files named on the command line from one
 * folder are a module of their own (one file, or the files a pre-commit hook
 * passes together: a variable's default in variables.tf reaches main.tf); the
 * others are planned from their common folder, so that a folder another module
 * calls is not taken for a root. Only modules with a file the walk found (not
 * excluded) are kept.
 */
async function planTerraform(root: string, files: readonly InputFile[], options: LoadOptions, plan: LoadPlan): Promise<void> {
  const { planTerraformUnits } = await import('./terraform/index.js');
  const walked = new Set(files.map((f) => f.relative));
  const named = new Set(files.filter((f) => f.explicit).map((f) => f.relative));
  const targets = [...named];
  const discovered = files.filter((f) => !f.explicit).map((f) => path.posix.dirname(f.relative));
  if (discovered.length) targets.push(commonFolder(discovered));
  const modules: TerraformUnitSource[] = [];
  const namedModuleIn = new Map<string, TerraformUnitSource>();
  for (const target of targets) {
    const planned = await planTerraformUnits(root, target, { maxFileBytes: options.maxFileBytes, varFiles: options.varFiles });
    appendAll(plan.errors, planned.errors);
    appendAll(plan.notes, planned.notes);
    for (const module of planned.sources) {
      const sameFolder = named.has(target) ? namedModuleIn.get(module.dir) : undefined;
      if (sameFolder) {
        appendAll(sameFolder.files, module.files);
        continue;
      }
      if (named.has(target)) namedModuleIn.set(module.dir, module);
      modules.push(module);
    }
  }
  const seen = new Set<string>();
  const plans = terraformPlansByDir(plan.sources);
  for (const module of modules) {
    const key = module.files.join('\0');
    if (seen.has(key) || !module.files.some((f) => walked.has(f))) continue;
    seen.add(key);
    // A plan of this root (`terraform show -json` saved beside it) has every value resolved: it is read
    // instead, located in these files, so that each resource is judged once.
    const planFile = plans.get(module.dir);
    if (planFile) {
      plan.notes.push({ file: planFile, message: `Terraform root module ${module.dir} is judged through this plan, which takes precedence over its .tf files (they locate its findings)` });
      continue;
    }
    plan.sources.push({ kind: 'terraform', module });
  }
}

/** The opening of `terraform show -json` output. */
const TERRAFORM_PLAN_START = /^\s*\{\s*"format_version"\s*:\s*"[^"]*"\s*,\s*"terraform_version"/;

/** JSON files among the sources that are Terraform plans, by their directory (read only as far as their opening). */
function terraformPlansByDir(sources: readonly UnitSource[]): Map<string, string> {
  const plans = new Map<string, string>();
  for (const source of sources) {
    if (source.kind !== 'structured' || !source.file.relative.endsWith('.json')) continue;
    const dir = path.posix.dirname(source.file.relative);
    if (!plans.has(dir) && TERRAFORM_PLAN_START.test(readOpening(source.file.absolute))) plans.set(dir, source.file.relative);
  }
  return plans;
}

function readOpening(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(256);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function commonFolder(folders: string[]): string {
  let common = folders[0]!.split('/');
  for (const folder of folders) {
    const parts = folder.split('/');
    let i = 0;
    while (i < common.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join('/') || '.';
}

/** Loads one source into its units (none when the file is not something sagelint reads). */
export async function loadUnitSource(root: string, source: UnitSource, options: LoadOptions): Promise<LoadedUnit[]> {
  if (source.kind === 'terraform') {
    const { loadTerraformUnit } = await import('./terraform/index.js');
    return [await loadTerraformUnit(root, source.module, { maxFileBytes: options.maxFileBytes, varFiles: options.varFiles, unsaved: options.unsaved })];
  }
  if (source.kind === 'cloudformation-group') return [loadTemplateGroup(source.members, root, options)];
  return loadStructuredFile(root, source.file, options, source.stackName);
}

/** A stack of a CDK cloud assembly. */
export interface CdkStack {
  /** The name it deploys as: the manifest's `stackName`, else the artifact ID (CDK's own default). */
  stackName: string;
  /** The display path (`Stage/Stack`), for labels. */
  displayName: string;
}

export interface CloudAssemblies {
  /** Every stack, by absolute template path. */
  stacks: Map<string, CdkStack>;
  /** The `manifest.json` files read as cloud assembly manifests: nothing else to load in them. */
  manifests: ReadonlySet<string>;
}

/** CDK cloud assemblies (`cdk.out`): each `manifest.json` names the template of every stack. */
export async function cdkStacks(files: readonly InputFile[], options: Pick<LoadOptions, 'maxFileBytes'>): Promise<CloudAssemblies> {
  const stacks = new Map<string, CdkStack>();
  const manifests = new Set<string>();
  for (const file of files) {
    if (path.basename(file.absolute) !== 'manifest.json') continue;
    const read = await readSourceText(file.absolute, options.maxFileBytes);
    if (!read.ok) continue;
    let manifest: { artifacts?: Record<string, { type?: string; displayName?: string; properties?: { templateFile?: string; stackName?: string } }> };
    try {
      manifest = JSON.parse(read.text);
    } catch {
      continue;
    }
    if (typeof manifest !== 'object' || manifest === null || typeof manifest.artifacts !== 'object') continue;
    manifests.add(file.absolute);
    for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
      const template = artifact.properties?.templateFile;
      if (artifact.type !== 'aws:cloudformation:stack' || typeof template !== 'string') continue;
      const stackName = artifact.properties?.stackName;
      stacks.set(path.resolve(path.dirname(file.absolute), template), { stackName: typeof stackName === 'string' ? stackName : id, displayName: artifact.displayName ?? id });
    }
  }
  return { stacks, manifests };
}

/** The opening of an account snapshot: its marker key comes first. */
const SNAPSHOT_START = /^\s*\{\s*"sagelintSnapshot"/;

/**
 * The source a file open in an editor loads in: a `.tf` file with the other
 * `.tf` files of its folder (its root module), any other file on its own.
 * Nothing is reported for a file that is not an input.
 */
export async function unitSourceOfFile(root: string, file: string, options: LoadOptions): Promise<UnitSource> {
  if (file.endsWith('.tf')) {
    const { moduleOfFile } = await import('./terraform/index.js');
    return { kind: 'terraform', module: moduleOfFile(root, file, options) };
  }
  return { kind: 'structured', file: { absolute: path.join(root, file), relative: file, explicit: false } };
}

async function loadStructuredFile(root: string, file: InputFile, options: LoadOptions, stackName?: string): Promise<LoadedUnit[]> {
  const unsaved = options.unsaved?.get(file.relative);
  const read = unsaved === undefined ? readSourceTextSync(file.absolute, options.maxFileBytes) : unsavedSourceText(unsaved, options.maxFileBytes);
  if (!read.ok) return [failed(file.relative, { file: file.relative, line: read.line, column: read.column, message: read.message })];
  if (read.text.trim() === '') {
    return file.explicit ? [failed(file.relative, { file: file.relative, message: 'file is empty' })] : [];
  }
  if (SNAPSHOT_START.test(read.text)) {
    const { loadSnapshot } = await import('./account/index.js');
    return loadSnapshot(root, file.relative, read.text);
  }
  const parsed = parseAfterPlanning(read.text, file.relative);
  if (!parsed.ok) return file.explicit || looksLikeInput(read.text) ? [failed(file.relative, parsed.error)] : [];
  const { value } = parsed.doc;
  if (value.t === 'map' && value.entries.has('format_version')) {
    const { isTerraformPlan, loadTerraformPlanValue } = await import('./terraform/index.js');
    if (isTerraformPlan(value)) return [await loadTerraformPlanValue(root, file.relative, value, { maxFileBytes: options.maxFileBytes })];
  }
  const unit = loadCloudFormationDocument(parsed.doc, file.relative, { label: stackName && `CDK stack ${stackName}`, links: parameterFileLinks(file.relative, options.parameters) });
  if (unit) return [unit];
  if (file.explicit) {
    return [{ files: [file.relative], resources: [], errors: [], notes: [{ file: file.relative, message: 'not a CloudFormation template, Terraform plan or sagelint snapshot; nothing checked' }] }];
  }
  return [];
}

function failed(file: string, error: LoadError): LoadedUnit {
  return { files: [file], resources: [], errors: [error], notes: [] };
}
