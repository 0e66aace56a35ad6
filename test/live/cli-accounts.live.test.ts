/**
 * The real `sagelint audit` CLI over two accounts (AssumeRole) and two regions
 * of a local AWS API, and `--source-root`, which puts findings on resources
 * CloudFormation created at their template's logical ID.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as sarif from 'sarif';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runMultitool, validateSarifSchema } from '../helpers/sarif.js';
import { cliEnvFor, runCliAsync } from './audit.js';
import { describeLive, startMoto, type MotoServer } from './moto.js';
import { AUDIT_ROLE, CALLER_ACCOUNT, HOME_REGION, MEMBER_ACCOUNT, OTHER_REGION, seedCallerAccount, seedMemberAccount } from './seed.js';

interface JsonFinding {
  ruleId: string;
  fingerprint: string;
  resource: { id: string };
  location: { kind: string; arn?: string; account?: string; region?: string; file?: string; start?: { line: number; column: number }; path?: (string | number)[] };
}

interface JsonReport {
  findings: JsonFinding[];
  notes: { message: string }[];
  incomplete?: true;
  gaps?: { account: string; region: string; operation: string; reason: string }[];
}

const sagemakerArn = (account: string, region: string, resource: string) => `arn:aws:sagemaker:${region}:${account}:${resource}`;

/** Every violation the seeds plant, as `rule ARN`. */
const SEEDED_VIOLATIONS = [
  ...['SM001', 'SM003'].map((rule) => `${rule} ${sagemakerArn(MEMBER_ACCOUNT, HOME_REGION, 'notebook-instance/member-notebook')}`),
  `SM001 ${sagemakerArn(MEMBER_ACCOUNT, OTHER_REGION, 'notebook-instance/member-west-notebook')}`,
  ...['SM020', 'SM021', 'SM023'].map((rule) => `${rule} ${sagemakerArn(MEMBER_ACCOUNT, OTHER_REGION, 'processing-job/member-prepare')}`),
  ...['SM001', 'SM003'].map((rule) => `${rule} ${sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'notebook-instance/open-notebook')}`),
  `SM006 ${sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'notebook-instance-lifecycle-config/risky-setup')}`,
  ...['SM020', 'SM021', 'SM022', 'SM023'].map((rule) => `${rule} ${sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'training-job/train-churn')}`),
  `SM023 ${sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'processing-job/prepare-churn')}`,
  `SM030 ${sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'model/churn')}`,
  `SM030 ${sagemakerArn(CALLER_ACCOUNT, OTHER_REGION, 'model/churn')}`,
  `RS001 arn:aws:redshift:${HOME_REGION}:${CALLER_ACCOUNT}:cluster:public-warehouse`,
  `SM060 arn:aws:iam::${CALLER_ACCOUNT}:role/SageMakerExecution`,
];

describeLive('sagelint audit (CLI) of two accounts in two regions', () => {
  let moto: MotoServer;
  const out = mkdtempSync(path.join(tmpdir(), 'sagelint-audit-accounts-'));
  const env = () => cliEnvFor(moto.endpoint);
  const audit = (args: string[], cwd?: string) =>
    runCliAsync(['audit', '--role-name', AUDIT_ROLE, '--accounts', `${MEMBER_ACCOUNT},${CALLER_ACCOUNT}`, '--regions', `${HOME_REGION},${OTHER_REGION}`, ...args], {
      env: env(),
      ...(cwd ? { cwd } : {}),
    });
  let report: JsonReport;

  beforeAll(async () => {
    // Without AWS managed policies: loading them in each account takes moto longer than the CLI may run.
    moto = await startMoto();
    await seedCallerAccount(moto.endpoint, { awsManagedPolicy: false });
    await seedMemberAccount(moto.endpoint);
    const run = await audit(['--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    report = JSON.parse(run.stdout) as JsonReport;
  }, 120_000);
  afterAll(() => moto?.stop());

  it('reports every seeded violation by ARN, in the account and region it lives in', () => {
    const reported = new Set(report.findings.map((f) => `${f.ruleId} ${f.location.arn}`));
    expect(SEEDED_VIOLATIONS.filter((v) => !reported.has(v))).toEqual([]);
    for (const finding of report.findings) {
      expect(finding.location.kind).toBe('live');
      const [, , , region, account] = finding.location.arn!.split(':');
      expect([finding.location.account, finding.location.region]).toEqual([account, region || 'global']);
    }
    const accounts = new Set(report.findings.map((f) => f.location.account));
    expect([...accounts].sort()).toEqual([MEMBER_ACCOUNT, CALLER_ACCOUNT].sort());
  });

  it('lists the coverage gaps of each account and region, the same gap once with its count, and says the report is incomplete', () => {
    const line = report.notes.map((n) => n.message).find((m) => m.startsWith('Coverage gap (unsupported) ×4: sagemaker:ListUserProfiles failed in 4 places'));
    for (const account of [MEMBER_ACCOUNT, CALLER_ACCOUNT]) {
      for (const region of [HOME_REGION, OTHER_REGION]) expect(line).toContain(`account ${account} ${region}`);
    }
    expect(report.incomplete).toBe(true);
    expect(report.gaps).toContainEqual(expect.objectContaining({ account: MEMBER_ACCOUNT, region: OTHER_REGION, operation: 'ListUserProfiles', reason: 'unsupported' }));
  });

  it('writes SARIF with every finding as a result located in the snapshot beside it, fingerprints stable across runs', { timeout: 300_000 }, async () => {
    const sarifRun = async (dir: string) => {
      const run = await audit(['--format', 'sarif', '--output', 'audit.sarif'], dir);
      expect(run.status, run.stderr).toBe(1);
      return JSON.parse(readFileSync(path.join(dir, 'audit.sarif'), 'utf8')) as sarif.Log;
    };
    // The audits only read the account: the second, whose fingerprints must match, runs alongside in a folder of its own.
    const [log, again] = await Promise.all([sarifRun(out), sarifRun(mkdtempSync(path.join(tmpdir(), 'sagelint-audit-again-')))]);
    expect(validateSarifSchema(log).errors).toEqual([]);
    expect(runMultitool(path.join(out, 'audit.sarif')).errors).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(report.findings.length);
    expect(log.runs[0]!.invocations![0]!.executionSuccessful, 'moto leaves operations unimplemented: an incomplete audit').toBe(false);
    const snapshotLines = readFileSync(path.join(out, 'audit.snapshot.json'), 'utf8').split('\n');
    const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
    for (const result of results) {
      const finding = byFingerprint.get(result.partialFingerprints!['sagelint/v1']!);
      expect(finding, 'one result per JSON finding').toBeDefined();
      const physical = result.locations![0]!.physicalLocation!;
      expect(physical.artifactLocation).toMatchObject({ uri: 'audit.snapshot.json', uriBaseId: '%SRCROOT%' });
      // The line names the property the finding is about (or the part of it the record holds), or the resource's ARN or ID.
      const line = snapshotLines[physical.region!.startLine! - 1]!;
      const arn = finding!.location.arn!;
      const names = [arn, `"${arn.split(/[/:]/).pop()}"`, ...finding!.location.path!.filter((p) => typeof p === 'string').map((p) => `"${p}"`)];
      expect(names.some((name) => line.includes(name)), `${line} for ${finding!.ruleId} ${arn}`).toBe(true);
    }
    const identity = (l: sarif.Log) => l.runs[0]!.results!.map((r) => `${r.ruleId} ${r.locations![0]!.logicalLocations![0]!.name} ${JSON.stringify(r.partialFingerprints)}`).sort();
    expect(identity(again), 'an unchanged account gives the same fingerprints').toEqual(identity(log));
  });

  it('with --source-root, reports resources CloudFormation created at their logical ID, the others in the snapshot, with unchanged fingerprints', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sagelint-source-root-'));
    mkdirSync(path.join(root, 'infra'));
    // The seeded open-notebook carries stack ml-sandbox, logical ID SandboxNotebook.
    writeFileSync(
      path.join(root, 'infra', 'ml-sandbox.yaml'),
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  SandboxNotebook:\n    Type: AWS::SageMaker::NotebookInstance\n    Properties:\n      InstanceType: ml.t3.medium\n      RoleArn: arn:aws:iam::123456789012:role/SageMakerExecution\n",
    );
    const notebookArn = sagemakerArn(CALLER_ACCOUNT, HOME_REGION, 'notebook-instance/open-notebook');

    const sarifFile = path.join(root, 'audit.sarif');
    const [json, run] = await Promise.all([
      audit(['--source-root', 'infra', '--format', 'json'], root),
      audit(['--source-root', 'infra', '--format', 'sarif', '--output', sarifFile], root),
    ]);
    expect(json.status, json.stderr).toBe(1);
    const located = (JSON.parse(json.stdout) as JsonReport).findings;
    const onNotebook = located.filter((f) => f.resource.id === notebookArn);
    expect(onNotebook.map((f) => f.ruleId).sort()).toEqual(expect.arrayContaining(['SM001', 'SM003']));
    expect(onNotebook.every((f) => f.location.kind === 'source' && f.location.file === 'infra/ml-sandbox.yaml' && f.location.start?.line === 3 && f.location.start.column === 3)).toBe(true);
    expect(located.filter((f) => f.resource.id !== notebookArn).every((f) => f.location.kind === 'live')).toBe(true);
    expect(located.map((f) => f.fingerprint).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());

    expect(run.status, run.stderr).toBe(1);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as sarif.Log;
    expect(validateSarifSchema(log).errors).toEqual([]);
    expect(runMultitool(sarifFile).errors).toEqual([]);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(located.length);
    for (const result of results) {
      const inTemplate = result.locations?.[0]?.logicalLocations?.[0]?.name === notebookArn;
      expect(result.locations?.[0]?.physicalLocation).toMatchObject(
        inTemplate ? { artifactLocation: { uri: 'infra/ml-sandbox.yaml' }, region: { startLine: 3, startColumn: 3 } } : { artifactLocation: { uri: 'audit.snapshot.json' } },
      );
    }
    expect(results.map((r) => r.partialFingerprints!['sagelint/v1']).sort()).toEqual(located.map((f) => f.fingerprint).sort());
  });
});
