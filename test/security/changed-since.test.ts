/**
 * `--changed-since` judges a pull request by the findings it introduces, not by
 * the files it touches: a pull request must not slip a finding past the gate
 * by causing it in a file it leaves alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanJson, workspace } from '../hostile/workspace.js';

const ROLE = 'arn:aws:iam::123456789012:role/notebook';

function gitRepo(files: Record<string, string>): { dir: string; git: (...args: string[]) => string; commit: (message: string) => void } {
  const dir = workspace(files);
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  git('init', '-q', '-b', 'main');
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  commit('base');
  git('checkout', '-q', '-b', 'pr');
  return { dir, git, commit };
}

const findingsOf = async (dir: string, extra: string[] = []) => {
  const { run, report } = await scanJson(dir, ['.'], extra);
  return { status: run.status, stderr: run.stderr, found: report.findings.map((f) => `${f.ruleId} ${f.location.file}`).sort() };
};

// Each case scans a repository of its own.
describe.concurrent('--changed-since reports what the pull request introduces', { timeout: 120_000 }, () => {
  it('a module argument changed in the root: the finding inside the untouched module is reported', async () => {
    const repo = gitRepo({
      'main.tf': 'module "nb" {\n  source = "./modules/nb"\n  open   = false\n}\n',
      'modules/nb/main.tf': `variable "open" {\n  type = bool\n}\n\nresource "aws_sagemaker_notebook_instance" "nb" {\n  name                   = "nb"\n  role_arn               = "${ROLE}"\n  instance_type          = "ml.t3.medium"\n  direct_internet_access = var.open ? "Enabled" : "Disabled"\n}\n`,
    });
    const before = (await findingsOf(repo.dir)).found;
    writeFileSync(path.join(repo.dir, 'main.tf'), 'module "nb" {\n  source = "./modules/nb"\n  open   = true\n}\n');
    repo.commit('open the notebook to the internet');
    const all = (await findingsOf(repo.dir)).found;
    const introduced = all.filter((f) => !before.includes(f));
    expect(introduced).toEqual(['SM001 modules/nb/main.tf']);

    const gated = await findingsOf(repo.dir, ['--changed-since', 'main']);
    expect(gated.found).toEqual(introduced);
    expect(gated.status).toBe(1);
  });

  it('a new notebook attached to an existing open security group: the finding at the untouched group is reported', async () => {
    const repo = gitRepo({
      'network.tf': `resource "aws_security_group" "open" {\n  name   = "open"\n  vpc_id = "vpc-1"\n  ingress {\n    from_port   = 8888\n    to_port     = 8888\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
    });
    writeFileSync(
      path.join(repo.dir, 'notebook.tf'),
      `resource "aws_sagemaker_notebook_instance" "nb" {\n  name                   = "nb"\n  role_arn               = "${ROLE}"\n  instance_type          = "ml.t3.medium"\n  subnet_id              = "subnet-1"\n  security_groups        = [aws_security_group.open.id]\n  direct_internet_access = "Disabled"\n  root_access            = "Disabled"\n  kms_key_id             = "arn:aws:kms:us-east-1:123456789012:key/k"\n}\n`,
    );
    repo.commit('add a notebook');
    const all = (await findingsOf(repo.dir)).found;
    expect(all).toContain('SM007 network.tf');

    const gated = await findingsOf(repo.dir, ['--changed-since', 'main']);
    expect(gated.found).toContain('SM007 network.tf');
    expect(gated.found).toEqual(all);
    expect(gated.status).toBe(1);
  });

  it('findings the merge base already had are not reported, in touched and untouched files alike', async () => {
    const notebook = (name: string, extra = '') =>
      `resource "aws_sagemaker_notebook_instance" "${name}" {\n  name          = "${name}"\n  role_arn      = "${ROLE}"\n  instance_type = "ml.t3.medium"\n${extra}}\n`;
    const repo = gitRepo({ 'old.tf': notebook('old'), 'touched.tf': notebook('touched') });
    // Lines inserted above the old finding: its fingerprint, and so its verdict, stay.
    writeFileSync(path.join(repo.dir, 'touched.tf'), `# a comment\n\n${notebook('touched', '  volume_size   = 10\n')}`);
    writeFileSync(path.join(repo.dir, 'new.tf'), notebook('fresh'));
    const before = { status: repo.git('status', '--porcelain'), worktrees: repo.git('worktree', 'list'), index: readFileSync(path.join(repo.dir, '.git', 'index')) };
    const gated = await findingsOf(repo.dir, ['--changed-since', 'main']);
    expect(gated.found.length).toBeGreaterThan(0);
    expect(gated.found.every((f) => f.endsWith(' new.tf'))).toBe(true);
    // The user's checkout, index and worktrees are left exactly as they were.
    expect(repo.git('status', '--porcelain')).toBe(before.status);
    expect(repo.git('worktree', 'list')).toBe(before.worktrees);
    expect(readFileSync(path.join(repo.dir, '.git', 'index')).equals(before.index)).toBe(true);
    expect(existsSync(path.join(repo.dir, 'tree'))).toBe(false);
  });

  it('a load error the merge base did not have is reported', async () => {
    const repo = gitRepo({ 'ok.yaml': 'Resources: {}\n' });
    writeFileSync(path.join(repo.dir, 'ok.yaml'), 'Resources: [\n');
    const { run, report } = await scanJson(repo.dir, ['.'], ['--changed-since', 'main']);
    expect(run.status).toBe(2);
    expect(report.errors.map((e) => e.file)).toEqual(['ok.yaml']);
  });
});
