/**
 * `--changed-since REF`: a pull request is judged by the findings it introduces.
 * The merge base of REF is scanned too, from a private copy of its tree, and
 * only findings whose fingerprint it does not have are reported: a finding the
 * pull request causes in a file it did not touch (a module argument changed in
 * the root, a notebook attached to an existing security group) is new there.
 */
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import path from 'node:path';
import { baselineOf } from '../config/baseline.js';
import type { ScanResult } from '../core/finding.js';
import { scan, type ScanOptions } from '../pipeline/scan.js';

export type GitAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The repository may be anyone's, and so may its `.git/config`: settings that
 * make git run a program are forced off here (a `-c` wins over every config
 * file). Filters and diff drivers are never reached, because sagelint reads
 * objects raw and never checks files out through git; no transport is
 * allowed, so a partial clone cannot fetch through a configured command.
 */
const SAFE_GIT_CONFIG = [`core.fsmonitor=false`, `core.hooksPath=${devNull}`, 'protocol.allow=never'];

function git(cwd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnGit(cwd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function spawnGit<T extends string | Buffer>(cwd: string, args: string[], options: { encoding?: T extends string ? 'utf8' : never; maxBuffer: number; input?: string }): SpawnSyncReturns<T> {
  // Loaded at the first git command: node:child_process costs milliseconds of every scan's start-up, and most scans run none.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  // No pager, no prompts, no optional locks, no lazy fetches: sagelint only reads the repository.
  return spawnSync('git', ['--no-pager', ...SAFE_GIT_CONFIG.flatMap((setting) => ['-c', setting]), ...args], {
    ...options,
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1' },
  }) as SpawnSyncReturns<T>;
}

function failure(result: SpawnSyncReturns<string | Buffer>, fallback: string): string {
  return result.stderr?.toString().trim().split('\n')[0] || fallback;
}

/** The top folder of the git work tree holding `dir`, if any. */
export function gitTopLevel(dir: string): string | undefined {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  return top.status === 0 ? top.stdout.trim() : undefined;
}

/** The URL of the `origin` remote of the repository holding `dir`, read from its config (no transport runs), if any. */
export function originUrl(dir: string): string | undefined {
  const url = git(dir, ['config', '--get', 'remote.origin.url']);
  return url.status === 0 && url.stdout.trim() ? url.stdout.trim() : undefined;
}

/**
 * The commit REF names, as a full object id. Whatever the user or a workflow
 * passes is only ever a revision: a value that git could read as an option
 * (`--output=…`, `-c core.pager=…`) is refused before git sees it.
 */
export function resolveCommit(cwd: string, ref: string): GitAnswer<string> {
  if (ref === '' || ref.startsWith('-') || [...ref].some((c) => c < ' ' || c === '\x7f')) return { ok: false, message: `not a git revision: ${JSON.stringify(ref)}` };
  const resolved = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (resolved.error) return { ok: false, message: `cannot run git: ${resolved.error.message}` };
  const commit = resolved.stdout?.trim() ?? '';
  if (resolved.status !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    if (gitTopLevel(cwd) === undefined) return { ok: false, message: 'not inside a git repository' };
    return { ok: false, message: `no such commit: ${JSON.stringify(ref)}${isShallow(cwd) ? SHALLOW_HINT : ''}` };
  }
  return { ok: true, value: commit };
}

/** A shallow clone (actions/checkout fetches one commit by default) lacks the base commit of a pull request. */
const SHALLOW_HINT = ' (this clone is shallow: fetch the history, e.g. actions/checkout with fetch-depth: 0)';

function isShallow(cwd: string): boolean {
  return git(cwd, ['rev-parse', '--is-shallow-repository']).stdout?.trim() === 'true';
}

/** The commit where HEAD left REF: what a pull request from HEAD into REF is compared with. */
export function mergeBaseOf(cwd: string, ref: string): GitAnswer<string> {
  const commit = resolveCommit(cwd, ref);
  if (!commit.ok) return commit;
  const base = git(cwd, ['merge-base', commit.value, 'HEAD']);
  if (base.status !== 0) return { ok: false, message: `${failure(base, `no merge base of ${ref} and HEAD`)}${isShallow(cwd) ? SHALLOW_HINT : ''}` };
  return { ok: true, value: base.stdout.trim() };
}

/**
 * Writes the tree of `commit` into `into`, reading objects raw: no filter,
 * attribute or hook of the repository runs, and its index, working tree and
 * refs are never touched. Files and symbolic links are written; submodules
 * have no content here.
 */
function writeTree(top: string, commit: string, into: string): GitAnswer<string> {
  const listing = git(top, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
  if (listing.status !== 0) return { ok: false, message: failure(listing, `cannot read the tree of ${commit}`) };
  const entries: TreeEntry[] = [];
  for (const line of listing.stdout.split('\0').filter(Boolean)) {
    const match = /^(\d+) blob ([0-9a-f]+) +(\d+)\t(.*)$/s.exec(line);
    if (!match) continue;
    const [, mode, oid, size, name] = match as unknown as [string, string, string, string, string];
    // git never checks such a path out; a crafted tree object could hold one.
    if (name.split('/').some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git')) {
      return { ok: false, message: `the tree of ${commit} holds an unsafe path: ${JSON.stringify(name)}` };
    }
    entries.push({ mode, oid, size: Number(size), file: path.join(into, ...name.split('/')) });
  }
  // Links last: a crafted tree can list a link `a` and a file `a/b`, and no file may be written through a link.
  entries.sort((a, b) => Number(a.mode === SYMLINK_MODE) - Number(b.mode === SYMLINK_MODE));
  for (const batch of batchesOf(entries)) {
    const bytes = batch.reduce((sum, e) => sum + e.size + 128, 0);
    const read = spawnGit<Buffer>(top, ['cat-file', '--batch'], { maxBuffer: bytes + 1024 * 1024, input: batch.map((e) => e.oid).join('\n') + '\n' });
    if (read.status !== 0) return { ok: false, message: failure(read, `cannot read the objects of ${commit}`) };
    let offset = 0;
    for (const entry of batch) {
      const end = read.stdout.indexOf(0x0a, offset);
      const header = read.stdout.subarray(offset, end).toString('latin1');
      // A missing object (a shallow or partial clone) has no content to write.
      if (header !== `${entry.oid} blob ${entry.size}`) return { ok: false, message: `cannot read ${JSON.stringify(path.relative(into, entry.file))} at ${commit}: ${header}` };
      offset = end + 1;
      const content = read.stdout.subarray(offset, offset + entry.size);
      offset += entry.size + 1;
      try {
        if (entry.mode === SYMLINK_MODE) symlinkSync(content.toString('utf8'), entry.file);
        else {
          mkdirSync(path.dirname(entry.file), { recursive: true });
          writeFileSync(entry.file, content, { flag: 'wx' });
        }
      } catch (err) {
        return { ok: false, message: `cannot write ${JSON.stringify(path.relative(into, entry.file))} of ${commit}: ${(err as Error).message}` };
      }
    }
  }
  return { ok: true, value: into };
}

const SYMLINK_MODE = '120000';

interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
  file: string;
}

/** Entries in groups of at most 32 MB of content (a bigger file alone), so no one read holds the whole tree. */
function* batchesOf(entries: readonly TreeEntry[]): Generator<TreeEntry[]> {
  let batch: TreeEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length && bytes + entry.size > 32 * 1024 * 1024) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(entry);
    bytes += entry.size;
  }
  if (batch.length) yield batch;
}

/**
 * Runs `body` with a new temporary folder and removes it afterwards, also
 * when the run fails or is interrupted or terminated.
 */
async function withTemporaryFolder<T>(prefix: string, body: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const release = () => {
    for (const signal of signals) process.off(signal, onSignal);
    process.off('exit', remove);
  };
  // Removed, then the signal is raised again so the process ends as it would have.
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    remove();
    process.kill(process.pid, signal);
  };
  for (const signal of signals) process.once(signal, onSignal);
  process.once('exit', remove);
  try {
    return await body(folder);
  } finally {
    release();
    remove();
  }
}

/**
 * A file as `commit` has it, by its path in the working tree: its text, or
 * undefined when the commit has no such file.
 */
export function fileAtCommit(top: string, commit: string, file: string): GitAnswer<string | undefined> {
  const relative = path.relative(top, path.resolve(file)).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return { ok: false, message: `${file} is outside the repository` };
  // `<commit>:<path>` starts with the object id, so git never reads it as an option.
  const object = `${commit}:${relative}`;
  const type = git(top, ['cat-file', '-t', object]);
  if (type.status !== 0 || type.stdout.trim() !== 'blob') return { ok: true, value: undefined };
  const blob = git(top, ['cat-file', 'blob', object]);
  if (blob.status !== 0) return { ok: false, message: failure(blob, `cannot read ${object}`) };
  return { ok: true, value: blob.stdout };
}

/** What the merge base already had: fingerprints of its unsuppressed findings, and its load errors and notes. */
/**
 * The files under `folder` (working-tree paths) that differ from `commit`:
 * changed, deleted, or new and not ignored. Compared raw: no diff driver or
 * text conversion the repository configures runs.
 */
export function filesChangedSince(top: string, commit: string, folder: string): GitAnswer<string[]> {
  const where = path.relative(top, folder) || '.';
  const tracked = git(top, ['diff', '--name-only', '--no-ext-diff', '--no-textconv', '--no-renames', commit, '--', where]);
  if (tracked.error || tracked.status !== 0) return { ok: false, message: tracked.error?.message ?? failure(tracked, `cannot compare ${where} with ${commit}`) };
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '--', where]);
  if (untracked.error || untracked.status !== 0) return { ok: false, message: untracked.error?.message ?? failure(untracked, `cannot list the files of ${where}`) };
  return { ok: true, value: [...tracked.stdout.split('\n'), ...untracked.stdout.split('\n')].filter(Boolean) };
}

export interface MergeBaseState {
  commit: string;
  fingerprints: Set<string>;
  problems: Set<string>;
}

/**
 * Scans `paths` as they are at the merge base of REF and HEAD, with the same
 * rules, config and inputs as the scan of the working tree, so fingerprints
 * compare one to one.
 */
export async function scanMergeBase(ref: string, paths: readonly string[], options: ScanOptions): Promise<GitAnswer<MergeBaseState>> {
  const base = mergeBaseOf(options.root, ref);
  if (!base.ok) return base;
  const top = gitTopLevel(options.root)!;
  return withTemporaryFolder('sagelint-base-', async (scratch) => {
    const tree = writeTree(top, base.value, path.join(scratch, 'tree'));
    if (!tree.ok) return tree;
    const inTree = (file: string) => {
      const relative = path.relative(top, path.resolve(file));
      return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : path.join(tree.value, relative);
    };
    // A path the pull request adds has no findings at the base; nothing outside the repository is read as the base.
    const basePaths = paths.map(inTree).filter((p): p is string => p !== undefined && existsSync(p));
    const root = inTree(options.root);
    // Variable files outside the repository are the same input on both sides.
    const varFiles = options.varFiles?.map((file) => inTree(file) ?? file);
    const result = basePaths.length && root ? await scan(basePaths, { ...options, root, varFiles }) : undefined;
    const fingerprints = new Set(result ? baselineOf(result).findings.map((e) => e.fingerprint) : []);
    const problems = new Set(result ? [...result.errors, ...result.notes].map(problemKey) : []);
    return { ok: true, value: { commit: base.value, fingerprints, problems } };
  });
}

function problemKey(problem: { file?: string; message: string }): string {
  return `${problem.file ?? ''}\u0000${problem.message}`;
}

/**
 * Keeps what the working tree introduces: findings whose fingerprint the merge
 * base does not have (a finding suppressed there and unsuppressed now is new),
 * and load errors and notes the merge base did not give.
 */
export function onlyIntroduced(result: ScanResult, base: MergeBaseState): ScanResult {
  return {
    ...result,
    findings: result.findings.filter((f) => !base.fingerprints.has(f.fingerprint)),
    errors: result.errors.filter((e) => !base.problems.has(problemKey(e))),
    notes: result.notes.filter((n) => !base.problems.has(problemKey(n))),
  };
}
