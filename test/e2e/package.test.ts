/** What npm publishes: pack the package once, install the tarball into an empty project, and run it as users do. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli.js';
import { type ProcessRun } from './action-step.js';
import { npmPack, sh } from './npm-package.js';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
};

/** No AWS credentials anywhere: the SDK fails fast instead of asking the instance metadata service. */
const NO_AWS = { AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '' };

// Each check reads the tarball, the repository or a copy of its own, so they run side by side.
describe('npm package', { timeout: 300_000, concurrent: true }, () => {
  let packed: string[];
  /** The empty project that installs the tarball: the install starts at once and runs beside the checks that need no project. */
  let installing: Promise<{ project: string; install: ProcessRun }>;
  beforeAll(async () => {
    let tarball: string;
    ({ tarball, files: packed } = await npmPack(REPO_ROOT));
    const project = mkdtempSync(path.join(tmpdir(), 'sagelint-user-'));
    writeFileSync(path.join(project, 'package.json'), '{"name": "user-project", "private": true}\n');
    installing = sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], project).then((install) => ({ project, install }));
    // Awaited by the suite that uses the project; until then a failure must not count as unhandled.
    installing.catch(() => undefined);
  }, 120_000);

  it('ships exactly what runs: the committed bundle, the config schema, README, LICENSE and NOTICE', () => {
    const bundle = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'bundle'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(bundle).toContain('bundle/sagelint.js');
    expect(packed).toEqual(['LICENSE', 'NOTICE', 'README.md', 'package.json', 'schema/sagelint-config.schema.json', 'schema/sagelint-rules.schema.json', ...bundle].sort());
    expect(packed.filter((f) => /\.map$|\.test\.|^test\/|^fixtures\/|^src\//.test(f))).toEqual([]);
  });

  it('has the Apache-2.0 licence text its manifest names', () => {
    const license = readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(license).toMatch(/END OF TERMS AND CONDITIONS/);
  });

  it('has a bin that runs on any platform: a relative path to a script with a node shebang', () => {
    expect(manifest.bin).toEqual({ sagelint: 'bundle/sagelint.js' });
    expect(readFileSync(path.join(REPO_ROOT, manifest.bin.sagelint!), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('publishes without npm warnings about the manifest', async () => {
    // Without the prepublishOnly bundle check: the next test runs that very check.
    const publish = await sh('npm', ['publish', '--dry-run', '--ignore-scripts'], REPO_ROOT);
    expect(publish.status, publish.stderr).toBe(0);
    // The only warning left is the dry run's own: nobody is logged in to the registry here.
    const warnings = publish.stderr.split('\n').filter((line) => /\bnpm warn\b/i.test(line) && !/requires you to be logged in/.test(line));
    expect(warnings).toEqual([]);
  });

  it('committed bundle matches the sources (npm run bundle)', async () => {
    const check = await sh(process.execPath, ['scripts/bundle.mjs', '--check'], REPO_ROOT);
    expect(check.status, check.stderr).toBe(0);
  });

  it('bundle check fails when a source changed after the bundle was built', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'sagelint-stale-'));
    for (const dir of ['src', 'rules', 'bundle', 'scripts']) cpSync(path.join(REPO_ROOT, dir), path.join(copy, dir), { recursive: true });
    for (const file of ['package.json', 'NOTICE']) cpSync(path.join(REPO_ROOT, file), path.join(copy, file));
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    expect((await sh(process.execPath, ['scripts/bundle.mjs', '--check'], copy)).status).toBe(0);
    const toolFile = path.join(copy, 'src/report/tool.ts');
    writeFileSync(toolFile, readFileSync(toolFile, 'utf8').replace("TOOL_NAME = 'sagelint'", "TOOL_NAME = 'sagelint-edited'"));
    const stale = await sh(process.execPath, ['scripts/bundle.mjs', '--check'], copy);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/bundle\/ is stale; run `npm run bundle`/);
  });

  // Its tests share one project and change its config: one after the other.
  describe('installed as a dev dependency of an empty project', { sequential: true }, () => {
    let project: string;
    const npx = (args: string[], env: NodeJS.ProcessEnv = {}) => sh('npx', ['--no-install', 'sagelint', ...args], project, env);
    beforeAll(async () => {
      let install: ProcessRun;
      ({ project, install } = await installing);
      expect(install.status, install.stderr).toBe(0);
      expect(JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')).devDependencies).toHaveProperty('sagelint');
      mkdirSync(path.join(project, 'infra'));
      writeFileSync(path.join(project, 'infra/nb.yaml'), 'Resources:\n  Nb:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties: {}\n');
    }, 240_000);

    it('npx sagelint scan finds what the repository CLI finds in a fixture', async () => {
      const fixture = path.join(REPO_ROOT, 'fixtures/examples');
      const scan = await npx(['scan', fixture, '--format', 'json']);
      expect(scan.status, scan.stderr).toBe(1);
      const findings = JSON.parse(scan.stdout).findings as { ruleId: string }[];
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.ruleId)).toContain('SM001');
      expect(scan.stderr).not.toMatch(/Warning/);
    });

    it('npx sagelint audit --help and rules run, and print no runtime warnings', async () => {
      const help = await npx(['audit', '--help']);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/--regions/);
      expect(help.stderr).toBe('');
      const rules = await npx(['rules']);
      expect(rules.status, rules.stderr).toBe(0);
      expect(rules.stdout).toMatch(/SM001/);
      expect(rules.stderr).toBe('');
      expect((await npx(['--version'])).stdout.trim()).toBe(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
    });

    it('an audit that starts the AWS SDK prints its own error, not the SDK Node.js support notice', async () => {
      const audit = await npx(['audit', '--regions', 'us-east-1'], NO_AWS);
      expect(audit.status).toBe(2);
      expect(audit.stderr).toMatch(/no AWS credentials found/);
      expect(audit.stderr).not.toMatch(/NodeVersionSupportWarning|Warning:/);
    });

    it('baselines, lets suppressions expire and explains rules', async () => {
      expect((await npx(['explain', 'SM001'])).stdout).toMatch(/# SM001/);
      expect((await npx(['scan', 'infra'])).status).toBe(1);
      // A baseline accepts today's findings: the same scan against it passes.
      expect((await npx(['baseline', 'infra'])).status).toBe(0);
      expect((await npx(['scan', 'infra', '--baseline', '.sagelint-baseline.json'])).status).toBe(0);
      // A config suppression holds until its expiry date, then the finding is back and the report says why.
      const suppress = (expires: string) =>
        writeFileSync(path.join(project, '.sagelint.yml'), `suppressions:\n  - rule: '*'\n    path: infra/nb.yaml\n    reason: Sandbox\n    expires: ${expires}\n`);
      suppress('2999-01-01');
      expect((await npx(['scan', 'infra'])).status).toBe(0);
      suppress('2000-01-01');
      const expired = await npx(['scan', 'infra', '--format', 'json']);
      expect(expired.status).toBe(1);
      expect(JSON.stringify(JSON.parse(expired.stdout).notes)).toMatch(/expired/);
    });
  });

  it('declares the Node.js releases CI runs and the Action uses', () => {
    expect(manifest.engines.node).toBe('^20.19.0 || ^22.12.0 || >=23');
    const ci = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^NODE22_VERSION=22\.\d+\.\d+$/m);
    expect(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')).toMatch(/node-version: 22\n/);
  });

  it('docs pin only refs that exist: a commit SHA placeholder or a tag of this repository', () => {
    const tags = execFileSync('git', ['tag'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const doc of ['README.md', 'docs/ci.md', 'docs/sarif.md']) {
      const text = readFileSync(path.join(REPO_ROOT, doc), 'utf8');
      const refs = [...text.matchAll(/sagelint\/sagelint@(\S+)|\brev: (\S+)|github:sagelint\/sagelint#(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      expect(refs.filter((ref) => ref !== '<commit-sha>' && !tags.includes(ref!)), doc).toEqual([]);
    }
  });

  it('README opens with the fresh-clone commands, then says how to use sagelint in a repository', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    expect(/```sh\n([^`]*)```/.exec(readme)![1]).toBe('npm ci && npm run build && node dist/src/cli/main.js scan fixtures/examples\nnpm test\n');
    expect(readme.indexOf('## Use it in your repository')).toBeGreaterThan(readme.indexOf('npm test'));
    expect(readme.indexOf('## Use it in your repository')).toBeLessThan(readme.indexOf('## Use\n'));
  });
});
