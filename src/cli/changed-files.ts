/**
 * `--changed-since REF`: a pull request is judged by the findings it introduces.
 * The merge base of REF is scanned too, from a private copy of its tree, and
 * only findings whose fingerprint it does not have are reported: a finding the
 * pull request causes in a file it did not touch (a module argument changed in
 * the root, a notebook attached to an existing security group) is new there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { baselineOf } from '../engine/baseline.js';
import type { ScanResult } from '../engine/finding.js';
import { scan, type ScanOptions } from '../engine/scan.js';

export type GitAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  // No pager, no prompts, no optional locks: sagelint only reads the repository.
  return spawnSync('git', ['--no-pager', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', ...env },
  });
}

function failure(result: ReturnType<typeof git>, fallback: string): string {
  return result.stderr?.trim().split('\n')[0] || fallback;
}

/** The top folder of the git work tree holding `dir`, if any. */
export function gitTopLevel(dir: string): string | undefined {
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  return top.status === 0 ? top.stdout.trim() : undefined;
}

/**
 * The commit REF names, as a full object id. Whatever the user or a workflow
 * passes is only ever a revision: a value that git could read as an option
 * (`--output=…`, `-c core.pager=…`) is refused before git sees it.
 */
export function resolveCommit(cwd: string, ref: string): GitAnswer<string> {
  if (ref === '' || ref.startsWith('-') || [...ref].some((c) => c < ' ' || c === '\x7f')) return { ok: false, message: `not a git revision: ${JSON.stringify(ref)}` };
  const resolved = git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
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
 * Writes the tree of `commit` into a new temporary folder, through a temporary
 * index: the repository's index, working tree and refs are never touched.
 */
export function checkoutToTemp(top: string, commit: string): GitAnswer<string> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sagelint-base-'));
  const tree = path.join(scratch, 'tree');
  const env = { GIT_INDEX_FILE: path.join(scratch, 'index') };
  const read = git(top, ['read-tree', commit], env);
  const checkout = read.status === 0 ? git(top, ['checkout-index', '--all', '--force', `--prefix=${tree}${path.sep}`], env) : read;
  rmSync(env.GIT_INDEX_FILE, { force: true });
  if (checkout.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    return { ok: false, message: failure(checkout, `cannot read the tree of ${commit}`) };
  }
  return { ok: true, value: tree };
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
  const tree = checkoutToTemp(top, base.value);
  if (!tree.ok) return tree;
  try {
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
  } finally {
    rmSync(path.dirname(tree.value), { recursive: true, force: true });
  }
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
