/**
 * The work behind `sagelint fix`, in passes as ESLint applies fixes: each pass
 * scans, applies every fix that does not touch an edit of another fix already
 * taken, and writes; fixes that had to wait are rendered again by the next
 * pass against the new text. `--dry-run` runs the passes on a private copy of
 * the scan root and prints the diff of the originals against the final text.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyTextEdits, compatibleFixes } from '../engine/apply-edits.js';
import { PLACEHOLDER } from '../engine/evaluate.js';
import type { Finding, RenderedFix, ScanResult } from '../engine/finding.js';
import { scan } from '../engine/scan.js';
import { SKIPPED_DIRECTORIES } from '../loaders/walk.js';
import { plural } from '../report/summary.js';
import { EXIT } from './exit-codes.js';
import type { FixArgs } from './fix-command.js';
import { prepareScan, scanOptionsFor } from './run-scan.js';

/** Enough for fixes that wait on each other in a chain; a bound, so a fix that never settles cannot loop. */
export const MAX_FIX_PASSES = 10;

type FixableFinding = Finding & { fix: RenderedFix };

/** Where the passes read and write: the scan root itself, or (dry run) a copy of it. */
interface Workspace {
  root: string;
  paths: string[];
}

export async function runFix(args: FixArgs): Promise<number> {
  const setup = await prepareScan(args);
  if (!setup) return EXIT.error;
  const originals = new Map<string, string>();
  const fixedPerFile = new Map<string, number>();
  let workspace: Workspace = { root: setup.root, paths: setup.paths };
  let copy: string | undefined;
  let firstResult: ScanResult | undefined;
  try {
    const applied = new Set<string>();
    for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
      const result = await scan(workspace.paths, { ...scanOptionsFor(setup, args), root: workspace.root });
      if (!firstResult) {
        firstResult = result;
        printErrors(result);
      }
      // A finding whose fix was applied and that is still there is not fixed by it: never apply it twice.
      const candidates = result.findings.filter((f): f is FixableFinding => !f.suppression && !!f.fix && !applied.has(f.fingerprint));
      const { accepted, deferred } = compatibleFixes(candidates);
      if (accepted.length === 0) break;
      if (args['dry-run'] && !copy) {
        copy = await copyRoot(setup.root);
        workspace = { root: copy, paths: setup.paths.map((p) => path.join(copy!, path.relative(setup.root, p))) };
      }
      const changed = await applyPass(workspace.root, accepted, originals, fixedPerFile, setup.root);
      for (const finding of accepted) applied.add(finding.fingerprint);
      if (!changed || deferred.length === 0) break;
    }
    for (const [file, before] of originals) {
      const after = await readFile(path.join(workspace.root, file), 'utf8');
      const findings = fixedPerFile.get(file) ?? 0;
      if (args['dry-run']) process.stdout.write(withFinalNewline(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after)));
      else process.stderr.write(`fixed ${plural(findings, 'finding')} in ${file}\n`);
      for (const line of placeholderLines(file, after)) process.stderr.write(`  fill in ${line}\n`);
    }
  } finally {
    if (copy) await rm(copy, { recursive: true, force: true });
  }
  return summarize(firstResult!, args['dry-run'], [...fixedPerFile.values()].reduce((a, b) => a + b, 0), originals.size);
}

function printErrors(result: ScanResult): void {
  for (const error of result.errors) {
    process.stderr.write(`sagelint: ${error.file}${error.line ? `:${error.line}:${error.column ?? 1}` : ''}: ${error.message}\n`);
  }
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

/**
 * Applies the accepted fixes file by file; remembers each file's text before
 * its first change (read from the real root, for the diff) and counts fixed
 * findings per file. Returns whether any file changed.
 */
async function applyPass(
  root: string,
  accepted: readonly FixableFinding[],
  originals: Map<string, string>,
  fixedPerFile: Map<string, number>,
  realRoot: string,
): Promise<boolean> {
  let changed = false;
  for (const [file, { edits, findings }] of editsByFile(accepted)) {
    const before = await readFile(path.join(root, file), 'utf8');
    const after = applyTextEdits(before, edits);
    if (after === before) continue;
    if (!originals.has(file)) originals.set(file, root === realRoot ? before : await readFile(path.join(realRoot, file), 'utf8'));
    fixedPerFile.set(file, (fixedPerFile.get(file) ?? 0) + findings);
    await writeFile(path.join(root, file), after);
    changed = true;
  }
  return changed;
}

function editsByFile(findings: readonly FixableFinding[]): Map<string, { edits: RenderedFix['edits']; findings: number }> {
  const byFile = new Map<string, { edits: RenderedFix['edits']; findings: number }>();
  for (const finding of findings) {
    for (const file of new Set(finding.fix.edits.map((e) => e.file))) {
      const entry = byFile.get(file) ?? { edits: [], findings: 0 };
      entry.edits.push(...finding.fix.edits.filter((e) => e.file === file));
      entry.findings++;
      byFile.set(file, entry);
    }
  }
  return byFile;
}

/** A private copy of the scan root (without the folders a scan skips) for dry-run passes. */
async function copyRoot(root: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'sagelint-dry-run-'));
  await cp(root, copy, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => !SKIPPED_DIRECTORIES.has(path.basename(source)) && !isWithin(source, copy),
  });
  return copy;
}

function isWithin(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
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
