/**
 * Rule plugins and declarative rules through the built CLI: a plugin's rule
 * takes part in configuration, suppressions, baselines, fixes, SARIF, `rules`
 * and `explain`; a broken plugin is named and the rest of the scan stands.
 * The plugins here are plain objects (defineRule is the identity), so they
 * load without the package; test/e2e/package-plugins.test.ts runs the example
 * plugin against the packed package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cli.js';
import { pullRequest, workspace } from '../hostile/workspace.js';
import { PLUGIN_API_VERSION } from '../../src/config/plugins.js';

const NOTEBOOK = `Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      DirectInternetAccess: Disabled
      RootAccess: Disabled
`;

/** A plugin module whose rule ACME001 reports a notebook without an `Owner` tag, with a fix that adds it. */
function pluginModule(options: { apiVersion?: string; checkBody?: string; extraRules?: string; loadThrows?: boolean } = {}): string {
  const check =
    options.checkBody ??
    `if (!notebook.tags || notebook.tags.known.has('Owner')) return;
      const tags = notebook.props.entries.get('Tags');
      report({ at: notebook, message: 'The notebook has no Owner tag.', fix: tags ? undefined : { description: 'Add an Owner tag', edits: [{ target: { t: 'omitted', loc: notebook.props.loc, anchor: notebook.props, path: [...notebook.props.loc.path, 'Tags'] }, value: [{ Key: 'Owner', Value: '<owner>' }] }] } });`;
  return `${options.loadThrows ? "throw new Error('cannot reach the policy server');\n" : ''}export const apiVersion = ${JSON.stringify(options.apiVersion ?? '^1.0.0')};
export const rules = [
  {
    id: 'ACME001',
    name: 'notebook-owner-tag',
    severity: 'medium',
    appliesTo: ['NotebookInstance'],
    fixable: true,
    tags: ['governance'],
    presets: { recommended: true, reason: 'Every notebook names its owner.' },
    docs: { summary: 'Notebook without an Owner tag', description: 'Every notebook names its owner in an Owner tag.', risk: 'Nobody answers for it.', guidance: [], remediation: { cloudformation: 'Tags:\\n  - Key: Owner\\n    Value: <owner>' } },
    check(notebook, { report }) {
      ${check}
    },
  },${options.extraRules ?? ''}
];
`;
}

const PACKAGE = JSON.stringify({ name: 'sagelint-plugin-acme', version: '1.2.3', type: 'module', main: 'index.js', homepage: 'https://example.com/acme-rules' });

function project(config: string, plugin = pluginModule(), extra: Record<string, string> = {}): string {
  return workspace({ 'infra/nb.yaml': NOTEBOOK, '.sagelint.yml': config, 'acme/package.json': PACKAGE, 'acme/index.js': plugin, ...extra });
}

const json = async (dir: string, args: string[] = []) => {
  const run = await runCliAsync(['scan', 'infra', '--format', 'json', ...args], { cwd: dir });
  return { run, report: JSON.parse(run.stdout || '{}') as { findings: { ruleId: string; severity: string; message: string; suppression?: unknown }[]; errors: { file: string; line?: number; message: string }[] } };
};

describe('plugins: through the built CLI', { timeout: 300_000, concurrent: true }, () => {
  it("reports a plugin's finding with the config's severity, in SARIF under the plugin's tool component", async () => {
    const dir = project('plugins: [./acme]\nrules:\n  ACME001: high\n');
    const { run, report } = await json(dir);
    expect(run.status, run.stderr).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'ACME001')).toEqual([expect.objectContaining({ severity: 'high', message: 'The notebook has no Owner tag.' })]);
    const sarif = await runCliAsync(['scan', 'infra', '--format', 'sarif'], { cwd: dir });
    const run0 = JSON.parse(sarif.stdout).runs[0];
    expect(run0.tool.extensions).toEqual([
      expect.objectContaining({ name: 'sagelint-plugin-acme', version: '1.2.3', semanticVersion: '1.2.3', informationUri: 'https://example.com/acme-rules', rules: [expect.objectContaining({ id: 'ACME001', name: 'notebook-owner-tag', helpUri: 'https://example.com/acme-rules' })] }),
    ]);
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).not.toContain('ACME001');
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'ACME001');
    expect(result.rule).toEqual({ id: 'ACME001', index: 0, toolComponent: { index: 0 } });
    expect(result.ruleIndex).toBeUndefined();
    expect(result.level).toBe('error');
  });

  it("links a plugin rule to the plugin's home page in every report, and to nothing when it names none", async () => {
    const dir = project('plugins: [./acme]\n');
    const home = 'https://example.com/acme-rules';
    // One scan per format, side by side; each report is read as often as needed.
    const formats = ['json', 'csv', 'markdown', 'asff', 'ocsf'];
    const reports = await Promise.all(formats.map((format) => runCliAsync(['scan', 'infra', '--format', format, '--asff-account', '111122223333', '--asff-region', 'eu-west-1'], { cwd: dir })));
    const report = (format: string) => reports[formats.indexOf(format)]!.stdout;
    const jsonRules = (JSON.parse(report('json')) as { rules: { id: string; helpUri?: string }[] }).rules;
    expect(jsonRules.find((r) => r.id === 'ACME001')!.helpUri).toBe(home);
    expect(jsonRules.find((r) => r.id === 'SM001')!.helpUri).toMatch(/\/docs\/rules\/SM001\.md$/);
    expect(report('csv')).toContain(`ACME001`);
    expect(report('csv')).toContain(home);
    expect(report('markdown')).toContain(`[ACME001](${home})`);
    const asff = (JSON.parse(report('asff')) as { ProductFields: Record<string, string>; Remediation: { Recommendation: { Url?: string } } }[]).find((f) => f.ProductFields['sagelint/RuleId'] === 'ACME001')!;
    expect(asff.Remediation.Recommendation.Url).toBe(home);
    const ocsf = (JSON.parse(report('ocsf')) as { finding_info: { analytic: { uid: string } }; remediation: { references: string[] } }[]).find((e) => e.finding_info.analytic.uid === 'ACME001')!;
    expect(ocsf.remediation.references).toEqual([home]);
    for (const format of formats) expect(report(format), format).not.toMatch(/docs\/rules\/ACME001/);

    const homeless = project('plugins: [./acme]\n', pluginModule(), { 'acme/package.json': JSON.stringify({ name: 'sagelint-plugin-acme', version: '1.2.3', type: 'module', main: 'index.js' }) });
    const rules = (JSON.parse((await runCliAsync(['scan', 'infra', '--format', 'json'], { cwd: homeless })).stdout) as { rules: { id: string; helpUri?: string }[] }).rules;
    expect(rules.find((r) => r.id === 'ACME001')).not.toHaveProperty('helpUri');
  });

  it('turns a plugin rule off, suppresses it and baselines it like any rule', async () => {
    expect((await json(project('plugins: [./acme]\nrules:\n  ACME001: off\n'))).report.findings.map((f) => f.ruleId)).not.toContain('ACME001');
    const suppressed = await json(project("plugins: [./acme]\nsuppressions:\n  - rule: ACME001\n    reason: Sandbox without owner\n"));
    expect(suppressed.report.findings.find((f) => f.ruleId === 'ACME001')?.suppression).toBeTruthy();
    const inline = project('plugins: [./acme]\n', pluginModule(), {
      'infra/nb.yaml': NOTEBOOK.replace('    Properties:', '    Metadata:\n      sagelint:\n        ignore:\n          - id: ACME001\n            reason: Owned by the sandbox account\n    Properties:'),
    });
    const inlineScan = await json(inline);
    expect(inlineScan.report.findings.find((f) => f.ruleId === 'ACME001')?.suppression).toBeTruthy();
    expect(JSON.stringify(JSON.parse(inlineScan.run.stdout).notes)).not.toMatch(/ACME001/);
    const dir = project('plugins: [./acme]\n');
    expect((await runCliAsync(['baseline', 'infra'], { cwd: dir })).status).toBe(0);
    expect(readFileSync(path.join(dir, '.sagelint-baseline.json'), 'utf8')).toMatch(/ACME001/);
    expect((await runCliAsync(['scan', 'infra', '--baseline', '.sagelint-baseline.json'], { cwd: dir })).status).toBe(0);
  });

  it("applies a plugin rule's fix", async () => {
    const dir = project('plugins: [./acme]\n');
    const fix = await runCliAsync(['fix', 'infra', '--rules', 'ACME001', '--include', 'safe'], { cwd: dir });
    expect(fix.status, fix.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'infra/nb.yaml'), 'utf8')).toMatch(/Tags:\n\s+- Key: Owner\n\s+Value: <owner>/);
  });

  it('lists and explains plugin rules with where they come from', async () => {
    const dir = project('plugins: [./acme]\n');
    const rules = await runCliAsync(['rules'], { cwd: dir });
    expect(rules.status, rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/ACME001\s+medium\s+fix\s+notebook-owner-tag\s+Notebook without an Owner tag \[sagelint-plugin-acme\]/);
    const explain = await runCliAsync(['explain', 'ACME001'], { cwd: dir });
    expect(explain.stdout).toMatch(/^# ACME001 notebook-owner-tag/);
    expect(explain.stdout).toMatch(/\*\*From:\*\* sagelint-plugin-acme 1\.2\.3/);
    expect(JSON.parse((await runCliAsync(['rules', '--format', 'json'], { cwd: dir })).stdout).find((r: { id: string }) => r.id === 'ACME001').origin).toEqual({ name: 'sagelint-plugin-acme', version: '1.2.3', homepage: 'https://example.com/acme-rules' });
  });

  it("refuses a plugin that needs another plugin API version, naming it (exit 2)", async () => {
    const run = await runCliAsync(['scan', 'infra'], { cwd: project('plugins: [./acme]\n', pluginModule({ apiVersion: '^2.0.0' })) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`plugin sagelint-plugin-acme@1.2.3 needs the sagelint plugin API ^2.0.0, but this sagelint provides ${PLUGIN_API_VERSION}`);
    const unstated = await runCliAsync(['scan', 'infra'], { cwd: project('plugins: [./acme]\n', pluginModule().replace(/^export const apiVersion.*$/m, '')) });
    expect(unstated.status).toBe(2);
    expect(unstated.stderr).toMatch(/does not state the plugin API version it needs/);
  });

  it("refuses a plugin rule that takes a built-in rule's ID or prefix", async () => {
    const taken = await runCliAsync(['scan', 'infra'], { cwd: project('plugins: [./acme]\n', pluginModule().replace("id: 'ACME001'", "id: 'SM001'")) });
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/plugin sagelint-plugin-acme@1\.2\.3: rule ID SM001 is already taken by one of sagelint's rules/);
    const prefix = await runCliAsync(['scan', 'infra'], { cwd: project('plugins: [./acme]\n', pluginModule().replace("id: 'ACME001'", "id: 'SM900'")) });
    expect(prefix.status).toBe(2);
    expect(prefix.stderr).toMatch(/uses the prefix SM, kept for sagelint's own rules/);
  });

  it('reports a plugin that throws while loading as a load error, and every other rule still runs', async () => {
    const { run, report } = await json(project('plugins: [./acme]\n', pluginModule({ loadThrows: true })));
    expect(run.status).toBe(2);
    expect(report.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/plugin sagelint-plugin-acme@1\.2\.3 \(.*index\.js\) failed to load, so none of its rules ran: cannot reach the policy server/) })]);
    expect(report.findings.map((f) => f.ruleId)).toContain('SM004');
  });

  it("reports a rule that throws in its check as a load error naming plugin, rule and resource; the plugin's other rules still run", async () => {
    const second = `
  {
    id: 'ACME002', name: 'always', severity: 'low', appliesTo: ['NotebookInstance'], presets: { recommended: true, reason: 'r' },
    docs: { summary: 'Always', description: 'Reports every notebook.' },
    check(notebook, { report }) { report({ at: notebook, message: 'Seen.' }); },
  },`;
    const { run, report } = await json(project('plugins: [./acme]\n', pluginModule({ checkBody: "throw new TypeError('notebook.props.get is not a function');", extraRules: second })));
    expect(run.status).toBe(2);
    expect(report.errors).toEqual([
      { file: 'infra/nb.yaml', line: 2, message: 'rule ACME001 of plugin sagelint-plugin-acme@1.2.3 failed on Notebook, which it did not judge: notebook.props.get is not a function' },
    ]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['ACME002', 'SM004']));
  });

  it('names a plugin that is not there, and a malformed rule of one that is', async () => {
    const missing = await runCliAsync(['scan', 'infra'], { cwd: project('plugins: [sagelint-plugin-missing]\n') });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/plugins: "sagelint-plugin-missing": package not installed in or above .* \(npm install --save-dev sagelint-plugin-missing\)/);
    const malformed = await json(
      project(
        'plugins: [./acme]\n',
        pluginModule({
          extraRules:
            "\n  { id: 'ACME003', name: 'bad', severity: 'urgent', appliesTo: ['NotebookInstance'], check() {}, docs: { summary: 's', description: 'd' } }," +
            "\n  { id: 'ACME004', name: 'no-presets', severity: 'low', appliesTo: ['NotebookInstance'], check() {}, docs: { summary: 's', description: 'd' } },",
        }),
      ),
    );
    expect(malformed.run.status).toBe(2);
    expect(malformed.report.errors.map((e) => e.message)).toEqual([
      'plugin sagelint-plugin-acme@1.2.3: rule ACME003 is not usable, so it did not run: its severity must be one of critical, high, medium, low',
      "plugin sagelint-plugin-acme@1.2.3: rule ACME004 is not usable, so it did not run: presets must say whether the default preset runs it and why: { recommended: true | false | { whenConfigured: 'requiredTags' }, reason: '…' }",
    ]);
    expect(malformed.report.findings.map((f) => f.ruleId)).toContain('ACME001');
  });

  it('loads a plugin installed as an npm package, found from the config folder', async () => {
    const dir = workspace({ 'infra/nb.yaml': NOTEBOOK, '.sagelint.yml': 'plugins: [sagelint-plugin-acme]\n', 'node_modules/sagelint-plugin-acme/package.json': PACKAGE, 'node_modules/sagelint-plugin-acme/index.js': pluginModule() });
    expect((await json(dir)).report.findings.map((f) => f.ruleId)).toContain('ACME001');
  });
});

describe('plugins in trusted mode (--config-from-ref)', { timeout: 300_000, concurrent: true }, () => {
  const base = { 'infra/nb.yaml': NOTEBOOK, 'acme/package.json': PACKAGE, 'acme/index.js': pluginModule() };

  it("never loads a plugin the pull request's config adds; SL002 reports the addition", async () => {
    // The plugin would write a file if it ran.
    const marker = path.join(workspace(), 'ran');
    const evil = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport const apiVersion = '^1.0.0';\nexport const rules = [];\n`;
    const dir = pullRequest(base, { '.sagelint.yml': 'plugins: [./evil]\nrules:\n  EVIL001: off\n', 'evil/package.json': '{"name":"evil","type":"module"}', 'evil/index.js': evil });
    const run = await runCliAsync(['scan', 'infra', '--format', 'json', '--config-from-ref', 'main'], { cwd: dir });
    expect(() => readFileSync(marker)).toThrow();
    const gate = (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'SL002');
    // Turning off EVIL001, which the trusted config does not run, weakens nothing.
    expect(gate.map((f) => f.message)).toEqual([expect.stringContaining('This config loads the plugin "./evil", code that runs in every scan, which the config of "main" does not')]);
    expect(run.stderr).not.toMatch(/warning/);
  });

  it("runs the trusted config's plugin, and refuses it when the pull request changed its code", async () => {
    const trusted = { ...base, '.sagelint.yml': 'plugins: [./acme]\n' };
    const unchanged = await runCliAsync(['scan', 'infra', '--format', 'json', '--config-from-ref', 'main'], { cwd: pullRequest(trusted, { 'infra/other.yaml': NOTEBOOK }) });
    expect(JSON.parse(unchanged.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('ACME001');
    const changed = await runCliAsync(['scan', 'infra', '--config-from-ref', 'main'], { cwd: pullRequest(trusted, { 'acme/index.js': pluginModule({ checkBody: 'return;' }) }) });
    expect(changed.status).toBe(2);
    expect(changed.stderr).toMatch(/main:\.sagelint\.yml: plugin folder acme differs from main in the working tree \(acme\/index\.js\): trusted mode runs no plugin code that the change under review wrote/);
  });

  it('reads declarative rules from the trusted ref, not from the working tree', async () => {
    const rulesFile = 'rules:\n  - id: ORG001\n    name: owner-tag\n    severity: low\n    summary: Owner tag required\n    requireTag: Owner\n';
    const dir = pullRequest({ ...base, '.sagelint.yml': 'customRules: [org-rules.yml]\n', 'org-rules.yml': rulesFile }, { 'org-rules.yml': rulesFile.replace('Owner', 'Nobody') });
    const run = await runCliAsync(['scan', 'infra', '--format', 'json', '--config-from-ref', 'main'], { cwd: dir });
    expect(JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ORG001').map((f: { message: string }) => f.message)).toEqual([expect.stringContaining('Tags lack Owner')]);
  });
});
