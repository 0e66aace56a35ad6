/**
 * How the Terraform loader reads files: only below the scan root (symbolic
 * links that lead out of it are refused), within a size limit, as UTF-8 text.
 * One implementation reads the disk; another serves texts held in memory.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, describeFsError, readSourceTextSync, unsavedSourceText, type SourceText } from '../source-text.js';

export interface Listing {
  files: string[];
  dirs: string[];
  /** Symbolic links that lead out of the scan root, not followed. */
  outside: string[];
}

export interface FileAccess {
  /** Reads a file; `file` is relative to the scan root with `/` separators. */
  read(file: string): SourceText;
  /** The entries of a directory (relative to the scan root), or undefined when it cannot be listed. */
  list(dir: string): Listing | undefined;
}

/** Normalizes a path relative to the scan root; undefined when it leaves the root. */
export function withinRoot(relative: string): string | undefined {
  const normalized = path.posix.normalize(relative.split(path.sep).join('/')).replace(/(.)\/+$/, '$1');
  if (normalized === '..' || normalized.startsWith('../') || path.posix.isAbsolute(normalized)) return undefined;
  return normalized === '' ? '.' : normalized;
}

/** `name` inside `dir`, both relative to the scan root. */
export function inDir(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Whether a module `source` is a local path (`./x`, `../y`), not a registry address or a URL. */
export function isLocalSource(source: string): boolean {
  return /^\.\.?(\/|$)/.test(source);
}

/** The directory a module `source` names, when it is a local path inside the scan root. */
export function localModuleDir(callerDir: string, source: string): string | undefined {
  return isLocalSource(source) ? withinRoot(path.posix.join(callerDir, source)) : undefined;
}

export function diskAccess(root: string, maxBytes = DEFAULT_MAX_FILE_BYTES): FileAccess {
  const realRoot = realpathSync(root);
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep);
  /** The real path of a root-relative path, if it stays inside the root. */
  const resolve = (relative: string): { real: string } | { error: string } => {
    let real: string;
    try {
      real = realpathSync(path.join(root, relative));
    } catch (err) {
      return { error: describeFsError(err) };
    }
    return inside(real) ? { real } : { error: 'it is a symbolic link to a place outside the scan root' };
  };
  return {
    read(file) {
      const at = resolve(file);
      if ('error' in at) return { ok: false, message: `cannot read file: ${at.error}` };
      // Non-blocking and regular files only: a named pipe as a var file or `file()` argument must not hang the scan.
      return readSourceTextSync(at.real, maxBytes);
    },
    list(dir) {
      const at = resolve(dir);
      if ('error' in at) return undefined;
      try {
        const files: string[] = [];
        const dirs: string[] = [];
        const outside: string[] = [];
        for (const entry of readdirSync(at.real, { withFileTypes: true })) {
          const child = inDir(dir, entry.name);
          if (entry.isSymbolicLink()) {
            const target = resolve(child);
            if ('error' in target) {
              outside.push(entry.name);
              continue;
            }
            if (statSync(target.real).isDirectory()) dirs.push(entry.name);
            else files.push(entry.name);
          } else if (entry.isDirectory()) dirs.push(entry.name);
          else if (entry.isFile()) files.push(entry.name);
        }
        return { files: files.sort(), dirs: dirs.sort(), outside: outside.sort() };
      } catch {
        return undefined;
      }
    },
  };
}

/** Files held in memory (tests, editors): `{ 'main.tf': '…', 'modules/x/main.tf': '…' }`. */
export function memoryAccess(files: Readonly<Record<string, string>>): FileAccess {
  const normalized = new Map(Object.entries(files).map(([k, v]) => [withinRoot(k) ?? k, v]));
  return {
    read(file) {
      const text = normalized.get(file);
      return text === undefined ? { ok: false, message: 'cannot read file: no such file' } : { ok: true, text };
    },
    list(dir) {
      const prefix = dir === '.' ? '' : `${dir}/`;
      const files = new Set<string>();
      const dirs = new Set<string>();
      for (const name of normalized.keys()) {
        if (!name.startsWith(prefix)) continue;
        const [head, ...rest] = name.slice(prefix.length).split('/');
        (rest.length ? dirs : files).add(head!);
      }
      return files.size || dirs.size ? { files: [...files].sort(), dirs: [...dirs].sort(), outside: [] } : undefined;
    },
  };
}


/**
 * `base` with the texts an editor holds, not yet saved, in place of the files
 * on disk (or besides them, for a file not saved yet): by path relative to the
 * scan root, held to the same size limit.
 */
export function withUnsaved(base: FileAccess, unsaved: ReadonlyMap<string, string>, maxBytes = DEFAULT_MAX_FILE_BYTES): FileAccess {
  const held = memoryAccess(Object.fromEntries(unsaved));
  const texts = new Map([...unsaved].map(([file, text]) => [withinRoot(file) ?? file, text]));
  return {
    read(file) {
      const text = texts.get(file);
      return text === undefined ? base.read(file) : unsavedSourceText(text, maxBytes);
    },
    list(dir) {
      const onDisk = base.list(dir);
      const inMemory = held.list(dir);
      if (!onDisk || !inMemory) return onDisk ?? inMemory;
      const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
      return { files: union(onDisk.files, inMemory.files), dirs: union(onDisk.dirs, inMemory.dirs), outside: onDisk.outside };
    },
  };
}
