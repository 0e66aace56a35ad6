/** Every value sagelint passes to git is a revision, never an option. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCommit } from '../../src/cli/changed-files.js';
import { runCliAsync } from '../e2e/cli.js';
import { GOOD_TEMPLATE, workspace } from '../hostile/workspace.js';

function repo(): string {
  const dir = workspace({ 'good.yaml': GOOD_TEMPLATE });
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base']]) {
    expect(spawnSync('git', args, { cwd: dir }).status).toBe(0);
  }
  return dir;
}

describe('git revisions', { timeout: 300_000 }, () => {
  it('resolves a branch, a tag-like expression and a commit id to a commit', async () => {
    const dir = repo();
    const head = resolveCommit(dir, 'HEAD');
    expect(head).toMatchObject({ ok: true });
    expect(resolveCommit(dir, 'main')).toEqual(head);
    expect(resolveCommit(dir, head.ok ? head.value : '')).toEqual(head);
  });

  it.each(['--output=/tmp/x', '-c core.pager=touch /tmp/x', '--exec-path', '-', '', 'HEAD\n--output=x', 'no-such-branch', 'HEAD:good.yaml'])('refuses %j', async (ref) => {
    expect(resolveCommit(repo(), ref)).toMatchObject({ ok: false });
  });

  it('a hostile --changed-since is refused before git runs it, with exit 2', async () => {
    const dir = repo();
    const witness = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-witness-')), 'written');
    for (const ref of [`--output=${witness}`, `-c core.pager=touch ${witness}`, `--upload-pack=touch ${witness}`]) {
      const run = await runCliAsync(['scan', '.', `--changed-since=${ref}`], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--changed-since .*not a git revision/);
    }
    expect(existsSync(witness)).toBe(false);
  });

  it('in a shallow clone that lacks the base commit, --changed-since says how to fetch it', async () => {
    const dir = repo();
    const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
    expect(spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '--allow-empty', '-m', 'pull request'], { cwd: dir }).status).toBe(0);
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'sagelint-shallow-')), 'clone');
    expect(spawnSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone]).status).toBe(0);
    expect(resolveCommit(dir, base)).toMatchObject({ ok: true });
    const run = await runCliAsync(['scan', '.', '--changed-since', base], { cwd: clone });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such commit: "[0-9a-f]{40}" \(this clone is shallow: fetch the history, e\.g\. actions\/checkout with fetch-depth: 0\)/);
    // A full clone that lacks the commit is not called shallow.
    expect(resolveCommit(dir, 'f'.repeat(40))).toEqual({ ok: false, message: `no such commit: "${'f'.repeat(40)}"` });
  });

  it('outside a git repository, --changed-since says so', async () => {
    const run = await runCliAsync(['scan', '.', '--changed-since', 'main'], { cwd: workspace({ 'good.yaml': GOOD_TEMPLATE }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not inside a git repository/);
  });

  it('without git on the PATH, --changed-since and --config-from-ref say git cannot run', async () => {
    const dir = repo();
    const noGit = mkdtempSync(path.join(tmpdir(), 'sagelint-no-git-'));
    for (const option of ['--changed-since', '--config-from-ref']) {
      const run = await runCliAsync(['scan', '.', option, 'main'], { cwd: dir, env: { PATH: noGit } });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`${option} "?main"?: cannot run git: .*ENOENT`));
    }
  });
});
