/**
 * The fix passes behind `sagelint fix`, as ESLint applies fixes: each pass
 * scans, applies every fix that does not touch an edit of another fix already
 * taken, and writes; fixes that had to wait are rendered again by the next
 * pass against the new text. A dry run keeps the originals and, when a pass
 * must write, writes to a private copy of the scan root instead.
 *
 * Only `safe` fixes apply unless `include` names the costlier kinds; a fix
 * that would write outside the scan root, through a symbolic link, or into a
 * generated CDK assembly (`cdk.out`) is refused.
 */
import { constants } from 'node:fs';
import { cp, lstat, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyTextEdits, compatibleFixes } from '../core/apply-edits.js';
import type { Finding, LoadError, RenderedFix, ScanResult } from '../core/finding.js';
import type { FixKind } from '../core/rule.js';
import { SKIPPED_DIRECTORIES } from '../loaders/walk.js';
import { appendAll } from '../collections.js';
import { scan, type ScanOptions } from './scan.js';

/** Enough for fixes that wait on each other in a chain; a bound, so a fix that never settles cannot loop. */
export const MAX_FIX_PASSES = 10;

/** The rule that reports placeholders fixes leave. */
export const PLACEHOLDER_RULE = 'SL001';

export type FixableFinding = Finding & { fix: RenderedFix };

export interface FixOptions {
  /** What each pass scans and how: `scan.root` is the scan root, the only folder a fix may write in. */
  scan: ScanOptions;
  /** The files or folders to fix (absolute, or relative to the working directory), under the scan root. */
  paths: readonly string[];
  /** The kinds of fix to apply besides `safe` ones. */
  include?: readonly FixKind[];
  /** Leave the scan root as it is: passes that write work on a private copy, removed at the end. */
  dryRun?: boolean;
  /** Called once a pass has chosen its fixes, before it writes them; must not throw. */
  onPass?: (pass: FixPass) => void;
}

/** What one pass found and is about to apply. */
export interface FixPass {
  /** 1 for the first pass. */
  number: number;
  /** The first pass's load errors; later, those that the fixes of the passes before caused. */
  newErrors: readonly LoadError[];
  /** The fixes this pass applies. */
  accepted: readonly FixableFinding[];
}

/** A fix not applied: one whose kind was not included, or (`refusal`) one whose file may not be written. */
export interface HeldFix {
  finding: FixableFinding;
  /** Why a file of the fix must not be written; absent when its kind is not included. */
  refusal?: string;
}

/** One file the fixes changed: its text before the first fix and after the last. */
export interface FixedFile {
  /** Relative to the scan root. */
  file: string;
  before: string;
  after: string;
  /** The findings fixed in it. */
  fixed: number;
}

export interface FixOutcome {
  /** The scan before any fix: its findings and load errors are the run's. */
  before: ScanResult;
  /** Files that loaded before the fixes and not after: the fixes broke them. */
  brokenByFixes: LoadError[];
  /** Fixes not applied, once each, in the order first met. */
  held: HeldFix[];
  /** Fixes still waiting on others when the passes ran out (0 when every fix was applied or held). */
  waiting: number;
  files: FixedFile[];
  /** The SL001 findings of placeholders the fixes left (or, when nothing changed, that were there). */
  placeholders: Finding[];
}

/** Where the passes read and write: the scan root itself, or (dry run) a copy of it. */
interface Workspace {
  root: string;
  paths: string[];
}

/** Runs the fix passes until no fix is left to apply (or `MAX_FIX_PASSES`), writing the scan root unless `dryRun`. */
export async function fixFiles(options: FixOptions): Promise<FixOutcome> {
  const root = options.scan.root;
  const allowed = new Set<FixKind>(['safe', ...(options.include ?? [])]);
  const edited: EditedFiles = { originals: new Map(), finals: new Map(), fixedPerFile: new Map() };
  const paths = options.paths.map((p) => path.resolve(p));
  let workspace: Workspace = { root, paths };
  let copy: string | undefined;
  let before: ScanResult | undefined;
  const brokenByFixes: LoadError[] = [];
  /** Fixes not applied (a kind not included, a path refused), by fingerprint. */
  const held = new Map<string, HeldFix>();
  let waiting = 0;
  try {
    const applied = new Set<string>();
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...options.scan, root: workspace.root });
      let newErrors: LoadError[];
      if (!before) {
        before = result;
        newErrors = result.errors;
      } else {
        // A file that loaded before the fixes and not after: the fixes' doing.
        const known = new Set(before.errors.map(errorKey));
        newErrors = result.errors.filter((e) => !known.has(errorKey(e)));
        appendAll(brokenByFixes, newErrors);
      }
      // A finding whose fix was applied and that is still there is not fixed by it: never apply it twice.
      const offered = result.findings.filter((f): f is FixableFinding => !f.suppression && !!f.fix && !applied.has(f.fingerprint));
      const candidates: FixableFinding[] = [];
      // Many findings share a file: each file's path is checked once a pass.
      const refusals = new Map<string, Promise<string | undefined>>();
      const refusalOfFile = (file: string) => {
        let refusal = refusals.get(file);
        if (!refusal) refusals.set(file, (refusal = refusalOf(workspace.root, file)));
        return refusal;
      };
      for (const finding of offered) {
        const refusal = await firstRefusal(new Set(finding.fix.edits.map((e) => e.file)), refusalOfFile);
        if (!refusal && allowed.has(finding.fix.kind)) candidates.push(finding);
        else if (!held.has(finding.fingerprint)) held.set(finding.fingerprint, { finding, ...(refusal ? { refusal } : {}) });
      }
      const { accepted, deferred } = compatibleFixes(candidates);
      options.onPass?.({ number: pass, newErrors, accepted });
      waiting = deferred.length;
      if (accepted.length === 0) break;
      // A dry run writes to a private copy (a later pass, and the final count of placeholders, scan the fixed text).
      if (options.dryRun && !copy) {
        const copied = await copyRoot(root);
        copy = copied;
        workspace = { root: copied, paths: paths.map((p) => path.join(copied, path.relative(root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, edited);
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) {
        waiting = 0;
        break;
      }
    }
    const placeholders = edited.originals.size ? await placeholdersLeft(workspace, options.scan) : placeholdersOf(before!);
    const files = [...edited.originals].map(([file, text]) => ({ file, before: text, after: edited.finals.get(file)!, fixed: edited.fixedPerFile.get(file) ?? 0 }));
    return { before: before!, brokenByFixes, held: [...held.values()], waiting, files, placeholders };
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
}

async function firstRefusal(files: Iterable<string>, refusalOfFile: (file: string) => Promise<string | undefined>): Promise<string | undefined> {
  for (const file of files) {
    const refusal = await refusalOfFile(file);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * Why `sagelint fix` must not write a file, if it must not: a path outside
 * the scan root, through a symbolic link (the file itself or a folder on its
 * way), or in a generated CDK assembly, which the next `cdk synth` overwrites
 * (the finding names the construct to change instead).
 */
async function refusalOf(root: string, file: string): Promise<string | undefined> {
  const target = path.resolve(root, file);
  if (!isWithin(target, root) || target === root) return `${file} is outside the scan root`;
  const relative = path.relative(root, target).split(path.sep);
  if (relative.includes('cdk.out')) return `${file} is generated by the CDK (cdk.out): change the construct in the CDK app`;
  let current = root;
  for (const segment of relative) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => undefined);
    if (stats?.isSymbolicLink()) return `${path.relative(root, current)} is a symbolic link, which sagelint fix never writes through`;
  }
  return undefined;
}

/** The unsuppressed SL001 findings of a scan. */
function placeholdersOf(result: ScanResult): Finding[] {
  return result.findings.filter((f) => f.ruleId === PLACEHOLDER_RULE && !f.suppression);
}

/** The placeholders left in the scan root once the fixes are written (in the dry run's copy, for a dry run). */
async function placeholdersLeft(workspace: Workspace, options: ScanOptions): Promise<Finding[]> {
  const rules = options.catalog.filter((r) => r.id === PLACEHOLDER_RULE);
  return placeholdersOf(await scan(workspace.paths, { ...options, root: workspace.root, rules }));
}

const errorKey = (error: LoadError) => `${error.file}:${error.line}:${error.column}:${error.message}`;

/** Each edited file's text before the first fix (the real file's) and after the last, and the findings fixed in it. */
interface EditedFiles {
  originals: Map<string, string>;
  finals: Map<string, string>;
  fixedPerFile: Map<string, number>;
}

/**
 * Applies the accepted fixes file by file, to the text of the last pass (or
 * the file under `root`), and writes the result there. Returns whether any
 * file changed.
 */
async function applyPass(root: string, accepted: readonly FixableFinding[], edited: EditedFiles): Promise<boolean> {
  let changed = false;
  for (const [file, { edits, findings }] of editsByFile(accepted)) {
    const before = edited.finals.get(file) ?? (await readFile(path.join(root, file), 'utf8'));
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    if (!edited.originals.has(file)) edited.originals.set(file, before);
    edited.finals.set(file, after);
    edited.fixedPerFile.set(file, (edited.fixedPerFile.get(file) ?? 0) + findings);
    await writeInside(root, file, after);
    changed = true;
  }
  return changed;
}

function editsByFile(findings: readonly FixableFinding[]): Map<string, { edits: RenderedFix['edits']; findings: number }> {
  const byFile = new Map<string, { edits: RenderedFix['edits']; findings: number }>();
  for (const finding of findings) {
    for (const file of new Set(finding.fix.edits.map((e) => e.file))) {
      const entry = byFile.get(file) ?? { edits: [], findings: 0 };
      appendAll(entry.edits, finding.fix.edits.filter((e) => e.file === file));
      entry.findings++;
      byFile.set(file, entry);
    }
  }
  return byFile;
}

/**
 * A private copy of the scan root for dry-run passes: folders and regular
 * files, without the folders a scan skips. Links are left out, never followed
 * or recreated: a link in the copy would let a write reach the file it names,
 * outside the copy. Pipes, sockets and devices are left out too (a scan
 * refuses them, and copying one fails or blocks).
 */
async function copyRoot(root: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'sagelint-dry-run-'));
  await cp(root, copy, {
    recursive: true,
    filter: async (source) => {
      if (SKIPPED_DIRECTORIES.has(path.basename(source)) || isWithin(source, copy)) return false;
      const stats = await lstat(source);
      return stats.isDirectory() || stats.isFile();
    },
  });
  return copy;
}

/**
 * Writes `text` to `file` (relative to `root`), refusing a path outside the
 * root or through a link: checked again here, right before writing, and the
 * file is opened without following a link (O_NOFOLLOW).
 */
async function writeInside(root: string, file: string, text: string): Promise<void> {
  const refusal = await refusalOf(root, file);
  if (refusal) throw new Error(`refusing to write ${file}: ${refusal}`);
  const handle = await open(path.join(root, file), constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

function isWithin(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
