/**
 * Finds the input files under the paths a user names. Skips dependency and VCS
 * folders, never follows a symlink out of the scan root, and survives loops and
 * unreadable folders (each becomes a load error, and the walk goes on).
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { LoadError, Note } from '../core/finding.js';
import { describeFsError } from './source-text.js';

/** Dependency, cache and VCS folders: never inputs. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git', '.terraform', '.terragrunt-cache', '.hg', '.svn', '__pycache__', '.venv']);
const INPUT_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.tf']);

export interface InputFile {
  absolute: string;
  /** Relative to the scan root, with `/` separators. */
  relative: string;
  /** Named on the command line (errors are reported even if it does not look like a template). */
  explicit: boolean;
}

export interface WalkOutcome {
  files: InputFile[];
  errors: LoadError[];
  notes: Note[];
}

export function toRelative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/') || path.basename(absolute);
}

/** The folder scan results are relative to: the working directory, or the common ancestor of paths outside it. */
export function scanRootFor(paths: string[], cwd = process.cwd()): string {
  const absolute = paths.map((p) => path.resolve(cwd, p));
  if (absolute.every((p) => isInside(cwd, p))) return cwd;
  let common = absolute[0] ?? cwd;
  for (const p of absolute) while (!isInside(common, p)) common = path.dirname(common);
  return common;
}

function isInside(dir: string, candidate: string): boolean {
  const rel = path.relative(dir, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function findInputFiles(root: string, paths: string[], isExcluded: (relative: string) => boolean): Promise<WalkOutcome> {
  const outcome: WalkOutcome = { files: [], errors: [], notes: [] };
  const realRoot = await realpath(root);
  const visited = new Set<string>();
  const seen = new Set<string>();
  const add = (absolute: string, explicit: boolean) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    outcome.files.push({ absolute, relative: toRelative(root, absolute), explicit });
  };

  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      outcome.errors.push({ file: toRelative(root, dir), message: `cannot read folder: ${describeFsError(err)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      const relative = toRelative(root, absolute);
      if (isExcluded(relative)) continue;
      if (entry.isSymbolicLink()) {
        await followLink(absolute, relative);
      } else if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(absolute);
      } else if (entry.isFile() && isInputName(entry.name)) {
        add(absolute, false);
      }
    }
  };

  const followLink = async (absolute: string, relative: string): Promise<void> => {
    let target: string;
    try {
      target = await realpath(absolute);
    } catch {
      outcome.notes.push({ file: relative, message: 'broken symbolic link, not followed' });
      return;
    }
    if (!isInside(realRoot, target)) {
      outcome.notes.push({ file: relative, message: 'symbolic link points outside the scan root, not followed' });
      return;
    }
    const stats = await lstat(target);
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isFile() && isInputName(absolute)) add(absolute, false);
  };

  for (const p of paths) {
    const absolute = path.resolve(root, p);
    let stats;
    try {
      stats = await lstat(absolute);
    } catch (err) {
      outcome.errors.push({ file: p, message: `cannot read: ${describeFsError(err)}` });
      continue;
    }
    if (stats.isDirectory()) await walk(absolute);
    else if (stats.isSymbolicLink()) await followLink(absolute, toRelative(root, absolute));
    else add(absolute, true);
  }
  return outcome;
}

/**
 * Whether a file the walk did not list (a path another file names) lies where
 * the walk would have looked: in no skipped or excluded folder, and not
 * excluded itself.
 */
export function isWalkablePath(relative: string, isExcluded: (relative: string) => boolean): boolean {
  const parts = relative.split('/');
  return parts.every((part, i) => !isExcluded(parts.slice(0, i + 1).join('/')) && (i === parts.length - 1 || !SKIPPED_DIRECTORIES.has(part)));
}

/** Whether a file's name is one a scan reads (YAML, JSON, `.template`, `.tf`). */
export function isInputName(name: string): boolean {
  return INPUT_EXTENSIONS.has(path.extname(name).toLowerCase());
}
