/**
 * The work behind `sagelint fix`, in passes as ESLint applies fixes: each pass
 * scans, applies every fix that does not touch an edit of another fix already
 * taken, and writes; fixes that had to wait are rendered again by the next
 * pass against the new text. `--dry-run` keeps the edits in memory and prints
 * the diff of the originals against the final text; when a later pass is
 * needed, it runs the passes on a private copy of the scan root.
 */
import { cp, lstat, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyTextEdits, compatibleFixes } from '../engine/apply-edits.js';
import { PLACEHOLDER } from '../engine/evaluate.js';
import type { Finding, LoadError, RenderedFix, ScanResult } from '../engine/finding.js';
import { scan } from '../engine/scan.js';
import { SKIPPED_DIRECTORIES } from '../loaders/walk.js';
import { plural } from '../report/summary.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { FixArgs } from './fix-command.js';
import { prepareScan, scanOptionsFor } from './run-scan.js';
import { appendAll } from '../collections.js';

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
  const edited: EditedFiles = { originals: new Map(), finals: new Map(), fixedPerFile: new Map() };
  let workspace: Workspace = { root: setup.root, paths: setup.paths };
  let copy: string | undefined;
  let firstResult: ScanResult | undefined;
  let brokenByFixes = 0;
  try {
    const applied = new Set<string>();
    let waiting = 0;
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root });
      if (!firstResult) {
        firstResult = result;
        printErrors(result.errors);
      } else {
        // A file that loaded before the fixes and not after: say so, it is the fixes' doing.
        const known = new Set(firstResult.errors.map(errorKey));
        const broken = result.errors.filter((e) => !known.has(errorKey(e)));
        printErrors(broken, 'after the fixes of the previous pass, ');
        brokenByFixes += broken.length;
      }
      // A finding whose fix was applied and that is still there is not fixed by it: never apply it twice.
      const candidates = result.findings.filter((f): f is FixableFinding => !f.suppression && !!f.fix && !applied.has(f.fingerprint));
      const { accepted, deferred } = compatibleFixes(candidates);
      waiting = deferred.length;
      if (accepted.length === 0) break;
      // A dry run writes to a private copy only when a later pass must scan the fixed text.
      if (dryRun && !copy && deferred.length > 0) {
        copy = await copyRoot(setup.root);
        for (const [file, text] of edited.finals) await writeFile(path.join(copy, file), text);
        workspace = { root: copy, paths: setup.paths.map((p) => path.join(copy!, path.relative(setup.root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, edited, { write: !dryRun || copy !== undefined });
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) {
        waiting = 0;
        break;
      }
    }
    if (waiting > 0) process.stderr.write(`sagelint: ${waiting === 1 ? '1 fix' : `${waiting} fixes`} still waited on others after ${MAX_FIX_PASSES} passes; run sagelint fix again\n`);
    for (const [file, before] of edited.originals) {
      const after = edited.finals.get(file)!;
      if (dryRun) process.stdout.write(inertDiff(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
      else process.stderr.write(`fixed ${plural(edited.fixedPerFile.get(file) ?? 0, 'finding')} in ${escapeUntrusted(file)}\n`);
      for (const line of placeholderLines(file, after)) process.stderr.write(`  fill in ${escapeUntrusted(line)}\n`);
    }
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
  const fixed = [...edited.fixedPerFile.values()].reduce((a, b) => a + b, 0);
  const code = summarize(firstResult!, dryRun, fixed, edited.originals.size);
  return brokenByFixes ? EXIT.error : code;
}

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
 * the file under `root`), and writes the result there unless `write` is off
 * (a dry run that needs no further pass). Returns whether any file changed.
 */
async function applyPass(root: string, accepted: readonly FixableFinding[], edited: EditedFiles, { write }: { write: boolean }): Promise<boolean> {
  let changed = false;
  for (const [file, { edits, findings }] of editsByFile(accepted)) {
    const before = edited.finals.get(file) ?? (await readFile(path.join(root, file), 'utf8'));
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    if (!edited.originals.has(file)) edited.originals.set(file, before);
    edited.finals.set(file, after);
    edited.fixedPerFile.set(file, (edited.fixedPerFile.get(file) ?? 0) + findings);
    if (write) await writeFile(path.join(root, file), after);
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
 * A private copy of the scan root for dry-run passes: folders, regular files
 * and links, without the folders a scan skips. Pipes, sockets and devices are
 * left out (a scan refuses them, and copying one fails or blocks).
 */
async function copyRoot(root: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'sagelint-dry-run-'));
  await cp(root, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: async (source) => {
      if (SKIPPED_DIRECTORIES.has(path.basename(source)) || isWithin(source, copy)) return false;
      const stats = await lstat(source);
      return stats.isDirectory() || stats.isFile() || stats.isSymbolicLink();
    },
  });
  return copy;
}

function isWithin(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The diff, each of its lines (template text) made inert; a line's own CRLF ending stays. */
function inertDiff(diff: string): string {
  const lines = diff.replace(/\n$/, '').split('\n');
  return lines.map((line) => (line.endsWith('\r') ? `${escapeUntrusted(line.slice(0, -1))}\r` : escapeUntrusted(line))).join('\n') + '\n';
}

/** `file:line: <placeholder>` for every placeholder left in the fixed text. */
function placeholderLines(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const found = line.match(PLACEHOLDER);
    if (found) out.push(`${file}:${i + 1}: ${[...new Set(found)].join(', ')}`);
  });
  return out;
}
