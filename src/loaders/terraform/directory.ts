/**
 * Entry points for Terraform configurations: a directory tree on disk, or files
 * held in memory. Every directory with `.tf` files that no other directory
 * calls as a local module is a root module, and one unit; the modules it calls
 * load inside it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LoadError, Note } from '../../core/finding.js';
import type { Resource } from '../../model/resource.js';
import type { LoadedUnit } from '../../core/unit.js';
import { diskAccess, inDir, localModuleDir, memoryAccess, withinRoot, withUnsaved, type FileAccess } from './file-access.js';
import { blocksOf, literalString } from './hcl-ast.js';
import { terraformParser } from './hcl-parser.js';
import { TERRAFORM_DIALECT } from './dialect.js';
import { FixAnchors, renderTerraformFix } from './fixes.js';
import { ModuleInstance } from './module-tree.js';
import { readVariableFiles } from './variables.js';
import { UnitState, Workspace } from './workspace.js';
import { awsConstraintsOf, intersect, lockedAwsVersion, UNCONSTRAINED, type AwsProviderVersions } from './provider-version.js';
import { buildResources } from './unit.js';
import { EvaluationLimitExceeded } from './budget.js';
import { SKIPPED_DIRECTORIES } from '../walk.js';

export interface TerraformLoadOptions {
  /** Variable files (`-var-file`) applied to every root module after the automatic ones; relative to the scan root, or absolute inside it. */
  varFiles?: string[];
  /** Files larger than this are refused (default 5 MB). */
  maxFileBytes?: number;
  /** Texts an editor holds, not yet saved, by path relative to the scan root: read instead of the files on disk. */
  unsaved?: ReadonlyMap<string, string>;
}

/** Directories a walk never enters: provider caches, VCS data, dependencies. */

/** One root module to load: plain data, so units can be planned first and loaded one at a time (or by workers). */
export interface TerraformUnitSource {
  /** The root module's directory, relative to the scan root. */
  dir: string;
  /** Its `.tf` files: all of the directory's, or the one file named. */
  files: string[];
}

export interface TerraformUnitPlan {
  sources: TerraformUnitSource[];
  errors: LoadError[];
  notes: Note[];
}

/**
 * The root modules under `target` (a directory or a `.tf` file; absolute, or
 * relative to `root`): every directory with `.tf` files that no other one calls
 * as a local module. A `.tf` file named on its own is a root module by itself,
 * with its directory's `.tfvars`, as linters treat a file named on the command line.
 */
export async function planTerraformUnits(root: string, target: string, options: TerraformLoadOptions = {}): Promise<TerraformUnitPlan> {
  const relative = withinRoot(path.relative(root, path.resolve(root, target)));
  if (!relative) return { sources: [], errors: [{ file: target, message: 'the path is outside the scan root' }], notes: [] };
  const absolute = path.resolve(root, relative);
  if (existsSync(absolute) && statSync(absolute).isFile()) return { sources: [{ dir: path.posix.dirname(relative), files: [relative] }], errors: [], notes: [] };
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return planWith(workspace, relative);
}

/** Loads one planned root module, on its own. */
export async function loadTerraformUnit(root: string, source: TerraformUnitSource, options: TerraformLoadOptions = {}): Promise<LoadedUnit> {
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return loadRootModule(workspace, source, varFilesOf(root, options));
}

/**
 * The root module a `.tf` file open in an editor belongs to: every `.tf` file
 * of its folder, the file itself included before it is first saved.
 */
export function moduleOfFile(root: string, file: string, options: TerraformLoadOptions = {}): TerraformUnitSource {
  const dir = path.posix.dirname(file);
  const names = fileAccess(root, options).list(dir)?.files ?? [];
  return { dir, files: names.filter((name) => name.endsWith('.tf')).map((name) => inDir(dir, name)) };
}

/** Plans and loads every root module under `target`; a module file's load error is reported once, by the first unit that uses it. */
export async function loadTerraformDirectory(root: string, target: string, options: TerraformLoadOptions = {}): Promise<LoadedUnit[]> {
  const plan = await planTerraformUnits(root, target, options);
  const workspace = new Workspace(await terraformParser(), fileAccess(root, options));
  return loadPlanned(workspace, plan, varFilesOf(root, options));
}

/** Loads Terraform files held in memory, `{ 'main.tf': '…', 'modules/x/main.tf': '…' }`, as if they were a directory tree. */
export async function loadTerraformFiles(files: Readonly<Record<string, string>>, options: Pick<TerraformLoadOptions, 'varFiles'> = {}): Promise<LoadedUnit[]> {
  const workspace = new Workspace(await terraformParser(), memoryAccess(files));
  return loadPlanned(workspace, planWith(workspace, '.'), options.varFiles ?? []);
}

/** The disk below the scan root, with the editor's unsaved texts in place of their files. */
function fileAccess(root: string, options: TerraformLoadOptions): FileAccess {
  const disk = diskAccess(root, options.maxFileBytes);
  return options.unsaved?.size ? withUnsaved(disk, options.unsaved, options.maxFileBytes) : disk;
}

function varFilesOf(root: string, options: TerraformLoadOptions): string[] {
  return (options.varFiles ?? []).map((f) => withinRoot(path.relative(root, path.resolve(root, f))) ?? f);
}

function planWith(workspace: Workspace, dir: string): TerraformUnitPlan {
  const notes: Note[] = [];
  const dirs = moduleDirectories(workspace.access, dir, notes);
  const sources = rootModules(workspace, dirs).map((d) => ({ dir: d, files: workspace.terraformFiles(d) ?? [] }));
  return { sources, errors: [], notes };
}

/** The plan's errors and notes go with the first unit (or a unit of their own when there is none). */
function loadPlanned(workspace: Workspace, plan: TerraformUnitPlan, varFiles: string[]): LoadedUnit[] {
  const units = plan.sources.map((source) => loadRootModule(workspace, source, varFiles));
  const [first] = units;
  if (first) {
    first.errors = plan.errors.concat(first.errors);
    first.notes = plan.notes.concat(first.notes);
  } else if (plan.errors.length || plan.notes.length) {
    units.push({ files: [], resources: [], errors: plan.errors, notes: plan.notes });
  }
  return units;
}

function moduleDirectories(access: FileAccess, dir: string, notes: Note[]): string[] {
  const out: string[] = [];
  const visit = (current: string, depth: number) => {
    const listing = access.list(current);
    if (!listing || depth > 64) return;
    if (listing.files.some((f) => f.endsWith('.tf'))) out.push(current);
    for (const f of listing.files.filter((name) => name.endsWith('.tf.json'))) {
      notes.push({ file: inDir(current, f), message: 'Terraform JSON configuration (.tf.json) is not read' });
    }
    for (const link of listing.outside) notes.push({ file: inDir(current, link), message: 'symbolic link is broken or points outside the scan root, not followed' });
    for (const sub of listing.dirs) if (!SKIPPED_DIRECTORIES.has(sub)) visit(inDir(current, sub), depth + 1);
  };
  visit(dir, 0);
  return out;
}

/** Directories no other one calls as a local module; a directory reached from none of those is a root too. */
function rootModules(workspace: Workspace, dirs: string[]): string[] {
  const calls = new Map<string, string[]>();
  for (const dir of dirs) {
    const targets: string[] = [];
    for (const file of workspace.terraformFiles(dir) ?? []) {
      // Only a file that writes the word `module` can call one: planning parses no other.
      if (!mayCallModules(workspace, file)) continue;
      const body = workspace.parse(file).file?.body;
      for (const block of body ? blocksOf(body, 'module') : []) {
        const source = literalString(block.body.attributes.get('source')?.expr);
        const target = source && localModuleDir(dir, source);
        if (target && target !== dir) targets.push(target);
      }
    }
    calls.set(dir, targets);
  }
  const called = new Set([...calls.values()].flat());
  const roots = dirs.filter((d) => !called.has(d));
  const reached = new Set<string>();
  const reach = (d: string) => {
    if (reached.has(d)) return;
    reached.add(d);
    for (const t of calls.get(d) ?? []) reach(t);
  };
  roots.forEach(reach);
  return [...roots, ...dirs.filter((d) => !reached.has(d))];
}

function mayCallModules(workspace: Workspace, file: string): boolean {
  const read = workspace.readText(file);
  return read.ok && /\bmodule\b/.test(read.text);
}

function loadRootModule(workspace: Workspace, { dir, files: tfFiles }: TerraformUnitSource, varFiles: string[]): LoadedUnit {
  const unit = new UnitState(workspace, dir);
  const files = tfFiles.map((f) => unit.parse(f)).filter((f) => f !== undefined);
  const values = readVariableFiles(unit, [...automaticVariableFiles(workspace.access, dir), ...varFiles]);
  const root = new ModuleInstance(unit, dir, files, [], { root: { values } });
  const anchors = new FixAnchors();
  let resources: Resource[] = [];
  try {
    root.loadCalls();
    if (unit.budget.moduleRefusal) unit.limitExceeded(unit.budget.moduleRefusal, files[0]?.path ?? dir);
    resources = buildResources(root, providerVersions(unit, root), anchors);
  } catch (err) {
    // Hostile input (a chain of thousands of locals, modules fanning out) must not take the scan down.
    if (err instanceof EvaluationLimitExceeded) unit.limitExceeded(err, files[0]?.path ?? dir);
    else if (err instanceof RangeError) unit.errors.push({ file: files[0]?.path ?? dir, message: 'not checked: references nest too deeply to evaluate' });
    else throw err;
  }
  return {
    files: [...unit.files].sort(),
    resources,
    errors: unit.errors,
    notes: unit.notes,
    renderFix: (fix) => renderTerraformFix(fix, anchors),
    dialect: TERRAFORM_DIALECT,
  };
}

/** `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` in name order, as Terraform reads them. */
function automaticVariableFiles(access: FileAccess, dir: string): string[] {
  const names = access.list(dir)?.files ?? [];
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  const ordered = ['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)).concat(auto);
  return ordered.map((n) => inDir(dir, n));
}

/** The lock file's pinned version, else what every module's constraints allow together. */
function providerVersions(unit: UnitState, root: ModuleInstance): AwsProviderVersions {
  const lockPath = inDir(root.dir, '.terraform.lock.hcl');
  if (unit.workspace.access.list(root.dir)?.files.includes('.terraform.lock.hcl')) {
    const lock = unit.parse(lockPath);
    const pinned = lock && lockedAwsVersion(lock.body, lockPath);
    if (pinned) return pinned;
  }
  let versions = UNCONSTRAINED;
  for (const module of root.walk()) for (const file of module.files) for (const c of awsConstraintsOf(file.body, file.path)) versions = intersect(versions, c);
  return versions;
}
