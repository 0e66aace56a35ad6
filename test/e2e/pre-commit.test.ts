/**
 * The pre-commit hook as users install it: the real `pre-commit` (Debian package
 * `pre-commit`; .ci/run installs it) takes a clean copy of this repository as the
 * hook repository, installs it with the machine's Node.js and npm, and runs it on
 * the staged templates of a project.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanCopyOfRepository, spawnAsync } from './action-step.js';

const BAD_TEMPLATE = 'Resources:\n  Nb:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {}\n';
const FIXED_TEMPLATE = `Resources:
  Nb:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      RoleArn: arn:aws:iam::123456789012:role/notebook
      DirectInternetAccess: Disabled
      SubnetId: subnet-0123456789abcdef0
      SecurityGroupIds: [sg-0123456789abcdef0]
      RootAccess: Disabled
      KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
      PlatformIdentifier: notebook-al2023-v1
      InstanceMetadataServiceConfiguration:
        MinimumInstanceMetadataServiceVersion: '2'
      Tags:
        - Key: owner
          Value: ml-platform
`;

/** Runs a command; its stdout and stderr together, as a user reads them. */
async function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  const run = await spawnAsync(command, args, { cwd, env: { ...process.env, ...env } });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('pre-commit hook', () => {
  it('installs without a build, refuses a commit with a bad staged template and accepts it once fixed', { timeout: 900_000 }, async () => {
    const hookRepo = cleanCopyOfRepository();
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
    const project = mkdtempSync(path.join(tmpdir(), 'sagelint-precommit-'));
    const env = {
      // A store of its own; npm uses the machine's cache before the registry.
      PRE_COMMIT_HOME: mkdtempSync(path.join(tmpdir(), 'sagelint-precommit-home-')),
      npm_config_prefer_offline: 'true',
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 'dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
    };
    const git = (...args: string[]) => sh('git', ['-c', 'commit.gpgsign=false', ...args], project, env);
    await git('init', '-q', '-b', 'main');
    mkdirSync(path.join(project, 'infra'));
    mkdirSync(path.join(project, 'scratch'));
    writeFileSync(path.join(project, 'infra/notebook.yaml'), BAD_TEMPLATE);
    // Never staged: the hook must not see it.
    writeFileSync(path.join(project, 'scratch/draft.yaml'), BAD_TEMPLATE);
    writeFileSync(path.join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: sagelint\n`);
    await git('add', 'infra/notebook.yaml', '.pre-commit-config.yaml');

    // try-repo installs the hook repository (npm install, npm pack, npm install -g: no TypeScript build) and runs it on the staged files.
    const tried = await sh('pre-commit', ['try-repo', hookRepo, 'sagelint', '--ref', rev], project, env);
    expect(tried.status, tried.output).toBe(1);
    expect(tried.output).toMatch(/SM001 notebook-direct-internet +infra\/notebook\.yaml/);
    expect(tried.output).not.toMatch(/scratch\/draft\.yaml/);

    // The same hook as a git pre-commit hook: the commit is refused, then accepted after the fix.
    const install = await sh('pre-commit', ['install'], project, env);
    expect(install.status, install.output).toBe(0);
    const refused = await git('commit', '-m', 'Add a notebook');
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toMatch(/SM001/);
    expect((await git('rev-parse', '--verify', '-q', 'HEAD')).status).not.toBe(0);

    writeFileSync(path.join(project, 'infra/notebook.yaml'), FIXED_TEMPLATE);
    await git('add', 'infra/notebook.yaml');
    const accepted = await git('commit', '-m', 'Add a notebook');
    expect(accepted.status, accepted.output).toBe(0);
    expect(accepted.output).toMatch(/sagelint\.+Passed/);
    expect((await git('rev-parse', '--verify', '-q', 'HEAD')).status).toBe(0);
  });
});
