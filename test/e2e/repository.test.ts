/** The repository model through the built CLI: linked templates, CDK cloud assemblies and parameter files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliAsync } from './cli.js';

interface Finding {
  ruleId: string;
  certainty: string;
  message: string;
  fingerprint: string;
  location: { file: string; start: { line: number } };
}

const FIXTURES = 'fixtures/repository';

interface Scan {
  status: number | null;
  findings: Finding[];
  notes: { file?: string; message: string }[];
  stderr: string;
  stdout: string;
}

/**
 * Scans run or running, by their arguments: the tests only read a scan, so
 * those that read the same one share its run, and the tests run side by side.
 */
const scans = new Map<string, Promise<Scan>>();

function scan(args: string[]): Promise<Scan> {
  const key = JSON.stringify(args);
  const known = scans.get(key);
  if (known) return known;
  const result = runCliAsync(['scan', ...args, '--format', 'json', '--no-color']).then((run) => {
    const report = run.stdout ? JSON.parse(run.stdout) : { findings: [], notes: [] };
    return { status: run.status, findings: report.findings, notes: report.notes, stderr: run.stderr, stdout: run.stdout };
  });
  scans.set(key, result);
  return result;
}

const sm050 = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'SM050');

describe.concurrent('templates that deploy together', { timeout: 120_000 }, () => {
  it('judges the VPC of a nested network stack, at the VPC, naming the notebook and the chain', async () => {
    const [finding, ...rest] = sm050((await scan([`${FIXTURES}/nested`])).findings);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ certainty: 'definite', location: { file: `${FIXTURES}/nested/network.yaml`, start: { line: 7 } } });
    expect(finding!.message).toContain(`notebook Notebook in ${FIXTURES}/nested/main.yaml: PrivateSubnet from network.yaml via Network.Outputs.PrivateSubnetId`);
    expect(finding!.message).toContain('sagemaker.runtime');
    expect(finding!.message).not.toContain('sagemaker.api (');
  });

  it("fixes the VPC's template with references to its own resources only", async () => {
    const [finding] = sm050((await scan([`${FIXTURES}/nested`])).findings) as (Finding & { fix: { edits: { file: string; text: string }[] } })[];
    expect(new Set(finding!.fix.edits.map((e) => e.file))).toEqual(new Set([`${FIXTURES}/nested/network.yaml`]));
    const text = finding!.fix.edits.map((e) => e.text).join('\n');
    expect(text).toContain('!Ref NotebookSecurityGroup');
    expect(text).not.toContain('AppSecurityGroup');
  });

  it('passes a VPC whose endpoints a third template declares through its exports, with no note left', async () => {
    const result = await scan([`${FIXTURES}/exports`]);
    expect(sm050(result.findings)).toEqual([]);
    expect(result.notes.filter((n) => n.message.startsWith('SM050'))).toEqual([]);
  });

  it('makes an import that several templates export a possible finding at each, naming the exports', async () => {
    const findings = sm050((await scan([`${FIXTURES}/ambiguous`])).findings);
    expect(findings.map((f) => [f.location.file, f.certainty])).toEqual([
      [`${FIXTURES}/ambiguous/network-a.yaml`, 'possible'],
      [`${FIXTURES}/ambiguous/network-b.yaml`, 'possible'],
    ]);
    expect(findings[0]!.message).toContain(`if the export 'ml-subnet' of ${FIXTURES}/ambiguous/network-a.yaml is the one imported`);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('resolves the cross-stack references and nested stack assets of a CDK cloud assembly', async () => {
    const [finding, ...rest] = sm050((await scan([`${FIXTURES}/cdk.out`])).findings);
    expect(rest).toEqual([]);
    expect(finding!.location.file).toBe(`${FIXTURES}/cdk.out/NetworkStack.template.json`);
    expect(finding!.message).toContain('via Export NetworkStack:ExportsOutputRefVpcPrivateSubnet1Subnet536B997AFD1D3FA5');
    // The API endpoint of the nested stack counts: only the runtime and S3 are missing.
    expect(finding!.message).not.toContain('sagemaker.api');
  });

  it('keeps the suppression of a resource to its own template when a linked template uses the same logical ID', async () => {
    const sm001 = (await scan([`${FIXTURES}/shared-ids`])).findings.filter((f) => f.ruleId === 'SM001') as (Finding & { suppression?: unknown })[];
    expect(sm001.map((f) => [f.location.file, f.suppression !== undefined])).toEqual([
      [`${FIXTURES}/shared-ids/child.yaml`, false],
      [`${FIXTURES}/shared-ids/parent.yaml`, true],
    ]);
  });

  it('scans the local template of a Service Catalog product as a template, and reads none outside the scan root', async () => {
    const result = await scan([`${FIXTURES}/catalog`]);
    expect(result.findings.filter((f) => f.ruleId === 'SM001').map((f) => f.location.file)).toEqual([`${FIXTURES}/catalog/products/notebook.cfn`]);
    expect(result.notes.map((n) => n.message)).toContainEqual("product OutsideProduct: LoadTemplateFromURL '../../../../../../../etc/passwd' is outside the scan root (or not a file), so it is not read");
  });

  it('notes cycles, runaway depth and template URLs outside the scan root, and reads none of them', async () => {
    const result = await scan([`${FIXTURES}/hostile`]);
    expect(result.status).toBe(0);
    const messages = result.notes.map((n) => n.message);
    expect(messages).toContainEqual(expect.stringContaining("TemplateURL '../../../../../../../../etc/hostname' is outside the scan root, so it is not read"));
    expect(messages).toContainEqual(expect.stringContaining('the cycle is not followed'));
    expect(messages).toContainEqual(expect.stringContaining('is nested more than 8 deep'));
  });
});

describe.concurrent('--parameters', { timeout: 120_000 }, () => {
  const template = `${FIXTURES}/parameters/notebook.yaml`;
  const sm001 = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'SM001').map((f) => f.certainty);

  it('turns a possible finding into a definite one, or into none, as the supplied value decides', async () => {
    const parameters = (...files: string[]) => files.flatMap((file) => ['--parameters', `${FIXTURES}/parameters/${file}`]);
    const [none, enabled, disabled, samconfig, laterWins] = await Promise.all(
      [[], ['cli-enabled.json'], ['pipeline-disabled.json'], ['samconfig.toml'], ['cli-enabled.json', 'pipeline-disabled.json']].map((files) => scan([template, ...parameters(...files)])),
    );
    expect(sm001(none!.findings)).toEqual(['possible']);
    expect(sm001(enabled!.findings)).toEqual(['definite']);
    expect(sm001(disabled!.findings)).toEqual([]);
    expect(sm001(samconfig!.findings)).toEqual(['definite']);
    // Later files win.
    expect(sm001(laterWins!.findings)).toEqual([]);
  });

  it('never shows the value of a NoEcho parameter', async () => {
    expect((await scan([template, '--parameters', `${FIXTURES}/parameters/cli-enabled.json`])).stdout).not.toContain('s3cr3t-value');
  });

  it('refuses a bad parameter file with exit 2, naming the file', async () => {
    const [result, syntax] = await Promise.all([scan([template, '--parameters', `${FIXTURES}/parameters/bad.json`]), scan([template, '--parameters', `${FIXTURES}/parameters/bad-syntax.json`])]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(REPO_ROOT, FIXTURES, 'parameters/bad.json')}: not a usable parameter file: entry 0 (InternetAccess) has no string ParameterValue`);
    expect(syntax.status).toBe(2);
    expect(syntax.stderr).toContain(`${path.join(REPO_ROOT, FIXTURES, 'parameters/bad-syntax.json')}:3:34: not a usable parameter file: not valid JSON`);
  });

  it('takes parameter files per template glob from the config file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sagelint-config-'));
    const config = path.join(dir, '.sagelint.yml');
    writeFileSync(config, `parameters:\n  "${FIXTURES}/parameters/*.yaml": ${path.join(REPO_ROOT, FIXTURES, 'parameters/cli-enabled.json')}\n  "elsewhere/*.yaml": [${path.join(REPO_ROOT, FIXTURES, 'parameters/pipeline-disabled.json')}]\n`);
    expect(sm001((await scan([template, '--config', config])).findings)).toEqual(['definite']);
  });
});
