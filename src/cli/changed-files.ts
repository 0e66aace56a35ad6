/** `--changed-since REF`: the files a pull request touches, so big repositories report only on those. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ScanResult } from '../engine/finding.js';

export type ChangedFiles = { ok: true; files: Set<string> } | { ok: false; message: string };

/** Files changed between REF's merge base and the working tree (committed or not), relative to `root`. */
export function changedFiles(root: string, ref: string): ChangedFiles {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel');
  if (top.status !== 0) return { ok: false, message: 'not inside a git repository' };
  const diff = git('diff', '--name-only', '--no-renames', '--merge-base', ref, '--');
  if (diff.status !== 0) return { ok: false, message: diff.stderr.trim().split('\n')[0] || 'git diff failed' };
  const untracked = git('ls-files', '--others', '--exclude-standard', '--full-name');
  const topLevel = top.stdout.trim();
  const files = new Set<string>();
  for (const name of [...diff.stdout.split('\n'), ...untracked.stdout.split('\n')].filter(Boolean)) {
    files.add(path.relative(root, path.join(topLevel, name)).split(path.sep).join('/'));
  }
  return { ok: true, files };
}

/** Keeps findings, errors and notes of the given files (live findings have no file and are kept). */
export function onlyFiles(result: ScanResult, files: ReadonlySet<string>): ScanResult {
  const keep = (file: string | undefined) => file === undefined || files.has(file);
  return {
    ...result,
    findings: result.findings.filter((f) => f.location.kind !== 'source' || keep(f.location.file)),
    errors: result.errors.filter((e) => keep(e.file)),
    notes: result.notes.filter((n) => keep(n.file)),
  };
}
