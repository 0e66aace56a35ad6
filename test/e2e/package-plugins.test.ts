/**
 * The plugin API as users get it: sagelint and the example plugin, each
 * packed as npm publishes it, installed into an empty project; the plugin's
 * rule reports in scan, SARIF, `rules` and `explain`, its own tests pass with
 * `sagelint/testing`, and a declarative rule does the same checks. Needs the
 * bundle (`npm run bundle`).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './cli.js';
import { npmPack, sh } from './npm-package.js';

const EXAMPLE = path.join(REPO_ROOT, 'examples/plugin-require-owner-tag');

const TEMPLATE = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Disabled
      RootAccess: Disabled
      KmsKeyId: alias/notebooks
      SubnetId: subnet-1
      SecurityGroupIds: [sg-1]
      PlatformIdentifier: notebook-al2-v3
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' }
      Tags:
        - { Key: Owner, Value: bob }
`;

const OWNER_RULE_FILE = `rules:
  - id: ORG001
    name: owner-tag
    severity: medium
    summary: SageMaker resource without an Owner tag
    requireTag: Owner
    resources: [NotebookInstance, Model]
`;

describe('plugins from packed packages', { timeout: 300_000 }, () => {
  let project: string;
  const npx = (args: string[]) => sh('npx', ['--no-install', 'sagelint', ...args], project);
  beforeAll(async () => {
    const sagelint = await npmPack(REPO_ROOT);
    expect(sagelint.files).toEqual(expect.arrayContaining(['bundle/rules.js', 'bundle/rules.d.ts', 'bundle/testing.js', 'bundle/testing.d.ts']));
    const plugin = await npmPack(EXAMPLE);
    expect(plugin.files).toEqual(['README.md', 'docs/OWN001.md', 'index.js', 'package.json', 'rules/own001-require-owner-tag.js']);
    project = mkdtempSync(path.join(tmpdir(), 'sagelint-plugin-user-'));
    writeFileSync(path.join(project, 'package.json'), '{"name": "user-project", "private": true, "type": "module"}\n');
    // From the two tarballs and npm's cache only: nothing is fetched for the plugin or for sagelint itself.
    const install = await sh('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', sagelint.tarball, plugin.tarball], project);
    expect(install.status, install.stderr).toBe(0);
    mkdirSync(path.join(project, 'infra'));
    writeFileSync(path.join(project, 'infra/nb.yaml'), TEMPLATE);
    writeFileSync(path.join(project, '.sagelint.yml'), 'plugins: [sagelint-plugin-require-owner-tag]\n');
  }, 280_000);

  it('scan reports the plugin rule, and SARIF names the plugin in tool.extensions', async () => {
    const scan = await npx(['scan', 'infra', '--format', 'json']);
    expect(scan.status, scan.stderr).toBe(1);
    const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; message: string }[] }).findings;
    expect(findings.filter((f) => f.ruleId === 'OWN001').map((f) => f.message)).toEqual(["The Owner tag is 'bob', not an e-mail address: name a mailbox that answers for the resource."]);
    const sarif = await npx(['scan', 'infra', '--format', 'sarif']);
    const run = JSON.parse(sarif.stdout).runs[0];
    expect(run.tool.extensions).toEqual([expect.objectContaining({ name: 'sagelint-plugin-require-owner-tag', version: '1.0.0', rules: [expect.objectContaining({ id: 'OWN001' })] })]);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'OWN001').rule).toEqual({ id: 'OWN001', index: 0, toolComponent: { index: 0 } });
  });

  it('rules and explain show the plugin rule', async () => {
    const rules = await npx(['rules']);
    expect(rules.status, rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/OWN001\s+medium\s+fix\s+require-owner-tag\s+.*\[sagelint-plugin-require-owner-tag\]/);
    const explain = await npx(['explain', 'OWN001']);
    expect(explain.status, explain.stderr).toBe(0);
    expect(explain.stdout).toMatch(/^# OWN001 require-owner-tag/);
    expect(explain.stdout).toMatch(/\*\*From:\*\* sagelint-plugin-require-owner-tag 1\.0\.0/);
  });

  it("the plugin's own tests pass with sagelint/testing from the installed package", async () => {
    const tests = path.join(project, 'plugin-tests');
    cpSync(EXAMPLE, tests, { recursive: true, filter: (source) => !source.includes('node_modules') });
    // The plugin's author brings the test runner; the repository's stands in for it.
    symlinkSync(path.join(REPO_ROOT, 'node_modules/vitest'), path.join(project, 'node_modules/vitest'));
    writeFileSync(path.join(tests, 'vitest.config.js'), 'export default { test: { include: ["test/**/*.test.js"] } };\n');
    const run = await sh(process.execPath, [path.join(project, 'node_modules/vitest/vitest.mjs'), 'run'], tests);
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+4 passed/);
    // They ran against the installed package, not the repository's sources.
    expect(readFileSync(path.join(project, 'node_modules/sagelint/bundle/testing.js'), 'utf8')).toMatch(/runRuleTests/);
  });

  it('types a TypeScript plugin from the declarations the package ships', async () => {
    const source = (severity: string) => `import { defineRule, get, judge, prop, type Rule } from 'sagelint/rules';
import { runRuleTests } from 'sagelint/testing';
export const rule: Rule = defineRule({
  id: 'TS001', name: 'typed', severity: '${severity}', appliesTo: ['NotebookInstance'], fixable: false, tags: [],
  presets: { recommended: true, reason: 'r' },
  docs: { summary: 's', description: 'd', risk: 'r', guidance: [], remediation: {} },
  check(resource, { report }) {
    const verdict = judge(prop(resource, 'RootAccess'), (leaf) => leaf.t === 'scalar' && leaf.v === 'Enabled');
    if (verdict) report({ at: get(resource.props, 'RootAccess'), certainty: verdict.certainty, message: verdict.because });
  },
});
export const run: typeof runRuleTests = runRuleTests;
`;
    const tsc = (file: string) => sh(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', file], project);
    writeFileSync(path.join(project, 'typed.ts'), source('medium'));
    const good = await tsc('typed.ts');
    expect(good.status, good.stdout).toBe(0);
    writeFileSync(path.join(project, 'mistyped.ts'), source('urgent'));
    const bad = await tsc('mistyped.ts');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/^mistyped\.ts\(4,\d+\): error TS2322/);
    expect(bad.stdout).toContain(`Type '"urgent"' is not assignable to type '"critical" | "high" | "medium" | "low"'`);
  });

  it('a declarative rule file does the same checks', async () => {
    writeFileSync(path.join(project, 'org-rules.yml'), OWNER_RULE_FILE);
    writeFileSync(path.join(project, 'infra/untagged.yaml'), 'Resources:\n  Model:\n    Type: AWS::SageMaker::Model\n    Properties: {}\n');
    writeFileSync(path.join(project, '.sagelint.yml'), 'plugins: [sagelint-plugin-require-owner-tag]\ncustomRules: [org-rules.yml]\n');
    const scan = await npx(['scan', 'infra', '--format', 'sarif']);
    const run = JSON.parse(scan.stdout).runs[0];
    const byRule = (id: string) => run.results.filter((r: { ruleId: string }) => r.ruleId === id).map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(byRule('ORG001')).toEqual(['infra/untagged.yaml']);
    expect(byRule('OWN001').sort()).toEqual(['infra/nb.yaml', 'infra/untagged.yaml']);
    expect(run.tool.extensions.map((e: { name: string }) => e.name)).toEqual(['sagelint-plugin-require-owner-tag', 'org-rules.yml']);
    expect((await npx(['explain', 'ORG001'])).stdout).toMatch(/# ORG001 owner-tag/);
  });
});
