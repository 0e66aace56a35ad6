/**
 * The work behind `sagelint fix`, in passes as ESLint applies fixes: each pass
 * scans, applies every fix that does not touch an edit of another fix already
 * taken, and writes; fixes that had to wait are rendered again by the next
 * pass against the new text. `--dry-run` keeps the edits in memory and prints
 * the diff of the originals against the final text; when a later pass is
 * needed, it runs the passes on a private copy of the scan root.
 *
 * Only `safe` fixes apply unless `--include` names the costlier kinds; a fix
 * that would write outside the scan root, through a symbolic link, or into a
 * generated CDK assembly (`cdk.out`) is refused. Placeholders left to fill in
 * are listed, and keep the exit code at 1.
 */
import { constants } from 'node:fs';
import { cp, lstat, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyTextEdits, compatibleFixes } from '../core/apply-edits.js';
import type { Finding, LoadError, RenderedFix, ScanResult } from '../core/finding.js';
import type { FixKind } from '../core/rule.js';
import { scan } from '../pipeline/scan.js';
import { SKIPPED_DIRECTORIES } from '../loaders/walk.js';
import { plural } from '../collections.js';
import { escapeUntrusted, escapeUntrustedLines } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { FixArgs } from './fix-command.js';
import { prepareScan, scanOptionsFor } from './run-scan.js';
import { appendAll } from '../collections.js';
import { placeholdersIn } from '../../rules/sl001-fix-placeholder.js';

/** Enough for fixes that wait on each other in a chain; a bound, so a fix that never settles cannot loop. */
const MAX_FIX_PASSES = 10;

type FixableFinding = Finding & { fix: RenderedFix };

/** Where the passes read and write: the scan root itself, or (dry run) a copy of it. */
interface Workspace {
  root: string;
  paths: string[];
}

export async function runFix(args: FixArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const dryRun = args['dry-run'];
  const allowed = new Set<FixKind>(['safe', ...(args.include ?? [])]);
  const edited: EditedFiles = { originals: new Map(), finals: new Map(), fixedPerFile: new Map() };
  let workspace: Workspace = { root: setup.root, paths: setup.paths };
  let copy: string | undefined;
  let firstResult: ScanResult | undefined;
  let brokenByFixes = 0;
  let placeholders: string[];
  try {
    const applied = new Set<string>();
    /** Fixes not applied (a kind not included, a path refused), with the reason, by fingerprint. */
    const held = new Map<string, string>();
    let waiting = 0;
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root });
      if (!firstResult) {
        firstResult = result;
        printErrors([...setup.extensionErrors, ...result.errors]);
      } else {
        // A file that loaded before the fixes and not after: say so, it is the fixes' doing.
        const known = new Set(firstResult.errors.map(errorKey));
        const broken = result.errors.filter((e) => !known.has(errorKey(e)));
        printErrors(broken, 'after the fixes of the previous pass, ');
        brokenByFixes += broken.length;
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
        const refusal = (await firstRefusal(new Set(finding.fix.edits.map((e) => e.file)), refusalOfFile)) ?? (allowed.has(finding.fix.kind) ? undefined : `a ${finding.fix.kind} fix: add --include ${finding.fix.kind} to apply it`);
        if (!refusal) candidates.push(finding);
        else if (!held.has(finding.fingerprint)) held.set(finding.fingerprint, `${describeFix(finding)}: not applied, ${escapeUntrusted(refusal)}`);
      }
      const { accepted, deferred } = compatibleFixes(candidates);
      for (const finding of accepted) process.stderr.write(`${dryRun ? 'would apply' : 'applying'} ${describeFix(finding)}\n`);
      waiting = deferred.length;
      if (accepted.length === 0) break;
      // A dry run writes to a private copy (a later pass, and the final count of placeholders, scan the fixed text).
      if (dryRun && !copy) {
        copy = await copyRoot(setup.root);
        workspace = { root: copy, paths: setup.paths.map((p) => path.join(copy!, path.relative(setup.root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, edited);
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) {
        waiting = 0;
        break;
      }
    }
    for (const line of held.values()) process.stderr.write(`${line}\n`);
    if (waiting > 0) process.stderr.write(`sagelint: ${waiting === 1 ? '1 fix' : `${waiting} fixes`} still waited on others after ${MAX_FIX_PASSES} passes; run sagelint fix again\n`);
    for (const [file, before] of edited.originals) {
      const after = edited.finals.get(file)!;
      if (dryRun) process.stdout.write(escapeUntrustedLines(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
      else process.stderr.write(`fixed ${plural(edited.fixedPerFile.get(file) ?? 0, 'finding')} in ${escapeUntrusted(file)}\n`);
    }
    placeholders = edited.originals.size ? await placeholdersLeft(workspace, setup, args) : placeholdersOf(firstResult!);
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
  const fixed = [...edited.fixedPerFile.values()].reduce((a, b) => a + b, 0);
  const code = summarize(firstResult!, dryRun, fixed, edited.originals.size);
  if (placeholders.length) {
    process.stderr.write(`${plural(placeholders.length, 'placeholder')} ${dryRun ? 'would be' : 'are'} left to fill in (scan reports each as SL001 until filled):\n`);
    for (const line of placeholders) process.stderr.write(`  ${escapeUntrusted(line)}\n`);
  }
  if (brokenByFixes || code === EXIT.error) return EXIT.error;
  return placeholders.length ? EXIT.findings : code;
}

/** `SM004 ScratchNotebook (replaces, template.yaml:80): Set KmsKeyId to …`: what a fix does and costs. */
function describeFix(finding: FixableFinding): string {
  const where = finding.location.kind === 'source' ? `, ${finding.location.file}:${finding.location.start.line}` : '';
  return escapeUntrusted(`${finding.ruleId} ${finding.resource.id} (${finding.fix.kind}${where}): ${finding.fix.description}`);
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

/** The SL001 findings of a scan as `file:line: <placeholder>` lines. */
function placeholdersOf(result: ScanResult): string[] {
  return result.findings
    .filter((f) => f.ruleId === PLACEHOLDER_RULE && !f.suppression)
    .map((f) => `${f.location.kind === 'source' ? `${f.location.file}:${f.location.start.line}:${f.location.start.column}` : f.resource.id}: ${placeholdersIn(f.message).join(', ')} (${f.resource.id})`);
}

/** The placeholders left in the scan root once the fixes are written (in the dry run's copy, for a dry run). */
async function placeholdersLeft(workspace: Workspace, setup: NonNullable<Awaited<ReturnType<typeof prepareScan>>>, args: FixArgs): Promise<string[]> {
  const rules = setup.catalog.filter((r) => r.id === PLACEHOLDER_RULE);
  const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root, rules });
  return placeholdersOf(result);
}

/** The rule that reports placeholders fixes leave. */
const PLACEHOLDER_RULE = 'SL001';

const errorKey = (error: LoadError) => `${error.file}:${error.line}:${error.column}:${error.message}`;

function printErrors(errors: readonly LoadError[], context = ''): void {
  for (const error of errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}: ${context}${error.message}`)}\n`);
}

/** The closing line, counting what the first scan found; the exit code. */
function summarize(result: ScanResult, dryRun: boolean, fixed: number, files: number): number {
  const unfixable = result.findings.filter((f) => !f.suppression && !f.fix).length;
  process.stderr.write(
    `${dryRun ? 'would fix' : 'fixed'} ${plural(fixed, 'finding')} in ${plural(files, 'file')}` +
      (unfixable ? `; ${plural(unfixable, 'finding')} need a manual change (see \`sagelint scan\`)` : '') +
      '\n',
  );
  return result.errors.length ? EXIT.error : EXIT.clean;
}

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

