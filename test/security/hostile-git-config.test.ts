/**
 * The repository sagelint reads through git may be anyone's, and so may its
 * `.git/config`: settings that make git run a program (an fsmonitor hook, a
 * smudge filter, a hooks folder) must never run when sagelint calls git.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCliAsync } from '../e2e/cli.js';
import { workspace } from '../hostile/workspace.js';

const NOTEBOOK = (name: string) =>
  `resource "aws_sagemaker_notebook_instance" "${name}" {\n  name          = "${name}"\n  role_arn      = "arn:aws:iam::123456789012:role/notebook"\n  instance_type = "ml.t3.medium"\n}\n`;

function gitIn(dir: string) {
  return (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
}

/** A repository whose base commit routes every file through a filter, on a branch adding a finding; then the hostile config. */
function hostileRepo(): { dir: string; marker: (name: string) => string } {
  const dir = workspace({ 'old.tf': NOTEBOOK('old'), '.gitattributes': '* filter=evil diff=evil\n', '.sagelint.yml': 'failOn: high\n', '.sagelint-baseline.json': '{"version":1,"findings":[]}\n' });
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  writeFileSync(path.join(dir, 'new.tf'), NOTEBOOK('fresh'));
  git('add', '-A');
  git('commit', '-q', '-m', 'add a notebook');
  const markers = mkdtempSync(path.join(tmpdir(), 'sagelint-markers-'));
  const marker = (name: string) => path.join(markers, name);
  const hooks = path.join(dir, '.git', 'hooks');
  for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction']) {
    writeFileSync(path.join(hooks, hook), `#!/bin/sh\ntouch '${marker(hook)}'\n`, { mode: 0o755 });
  }
  for (const [key, value] of [
    ['core.fsmonitor', `touch '${marker('fsmonitor')}'; false`],
    ['filter.evil.smudge', `touch '${marker('smudge')}'; cat`],
    ['filter.evil.clean', `touch '${marker('clean')}'; cat`],
    ['filter.evil.process', `touch '${marker('process')}'`],
    ['diff.evil.textconv', `touch '${marker('textconv')}'; cat`],
    ['core.pager', `touch '${marker('pager')}'; cat`],
  ]) {
    git('config', key!, value!);
  }
  return { dir, marker };
}

describe('git calls are safe against a hostile .git/config', { timeout: 300_000 }, () => {
  it('--changed-since, --config-from-ref and --baseline-from-ref run none of its programs', async () => {
    const { dir, marker } = hostileRepo();
    const run = await runCliAsync(['scan', '.', '--format', 'json', '--changed-since', 'main', '--config-from-ref', 'main', '--baseline-from-ref', 'main'], { cwd: dir });
    for (const name of ['fsmonitor', 'smudge', 'clean', 'process', 'textconv', 'pager', 'post-checkout', 'post-index-change', 'reference-transaction']) {
      expect(existsSync(marker(name)), `${name} ran`).toBe(false);
    }
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(1);
    // The merge base was still read: only the finding the branch adds is reported.
    const files = (JSON.parse(run.stdout) as { findings: { location: { file: string } }[] }).findings.map((f) => f.location.file);
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(['new.tf']));
  });
});

describe('the merge base tree of --changed-since', { timeout: 300_000 }, () => {
  it('a crafted tree cannot make sagelint write outside its temporary folder', async () => {
    const dir = workspace({});
    const outside = mkdtempSync(path.join(tmpdir(), 'sagelint-outside-'));
    const git = gitIn(dir);
    const gitWith = (input: string, ...args: string[]) => spawnSync('git', args, { cwd: dir, input, encoding: 'utf8' }).stdout.trim();
    git('init', '-q', '-b', 'main');
    // A link `a` to a folder outside, and a tree `a` holding `b`: git itself never checks such a tree out.
    const link = gitWith(outside, 'hash-object', '-w', '--stdin');
    const blob = gitWith('written through the link', 'hash-object', '-w', '--stdin');
    const inner = gitWith(`100644 blob ${blob}\tb\n`, 'mktree');
    const tree = gitWith(`120000 blob ${link}\ta\n040000 tree ${inner}\ta\n`, 'mktree');
    git('update-ref', 'refs/heads/main', git('commit-tree', tree, '-m', 'crafted').trim());
    git('checkout', '-q', '-b', 'pr', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'pr');
    const run = await runCliAsync(['scan', '.', '--changed-since', 'main'], { cwd: dir });
    expect(readdirSync(outside)).toEqual([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--changed-since main: cannot write "a"/);
  });


  it('is removed when the scan is terminated by a signal', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`nb${i}.tf`] = NOTEBOOK(`nb${i}`);
    const dir = workspace(files);
    const git = gitIn(dir);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const temp = mkdtempSync(path.join(tmpdir(), 'sagelint-tmp-'));
    const bases = () => readdirSync(temp).filter((name) => name.startsWith('sagelint-base-'));
    const child = spawn(process.execPath, [CLI, 'scan', '.', '--changed-since', 'main', '--jobs', '1'], { cwd: dir, env: { ...process.env, TMPDIR: temp }, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Signalled once the tree is written and the merge base scan is under way.
    const deadline = Date.now() + 30_000;
    while (!bases().some((base) => existsSync(path.join(temp, base, 'tree', 'nb399.tf'))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(bases()).toHaveLength(1);
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(bases()).toEqual([]);
  }, 60_000);
});
