import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import { runMultitool, validateSarifSchema, type MultitoolReport } from '../../test/helpers/sarif.js';
import { FINDINGS, live, makeScanRoot, positionAt, RULES, sampleScan, SOURCE_FILES } from '../../test/helpers/scan-result.js';
import { ALL_RULES } from '../../rules/index.js';
import { computeLineHashes } from './line-hash.js';
import { parsedReport, reportText } from '../../test/helpers/report-text.js';
import { sarifReportText, type SarifOptions } from './sarif.js';

const ODD_FILE = 'stacks/ml platform/ÿ#1.json';
const ODD_TEXT = '{\n  "Resources": {\n    "Model": { "Type": "AWS::SageMaker::Model" }\n  }\n}\n';

let root: string;
let removeRoot: () => void;
let outDir: string;
/** Every log the tests render, by name; all are validated in one multitool run. */
const logs: Record<string, sarif.Log> = {};
let multitool: MultitoolReport;

/** The log as the CLI writes it. */
function renderSarif(scan: ScanResult, rules: readonly RuleMeta[], options: SarifOptions = {}): sarif.Log {
  return parsedReport(sarifReportText(scan, rules, options));
}

function render(name: string, scan: ScanResult, options: SarifOptions = {}, rules: readonly RuleMeta[] = RULES): sarif.Log {
  const log = renderSarif(scan, rules, { toolVersion: '1.2.3', ...options });
  logs[name] = log;
  return log;
}

function run(name: string): sarif.Run {
  return logs[name]!.runs[0]!;
}

/** Edge cases: a rule missing from the table, an odd file name, a multi-line range, a reversed one. */
function edgeScan(): ScanResult {
  const start = positionAt(ODD_TEXT, ODD_TEXT.indexOf('"Model"'));
  const end = positionAt(ODD_TEXT, ODD_TEXT.indexOf('  }\n}') + 3);
  const base = FINDINGS[0]!;
  const finding = (overrides: Partial<Finding>): Finding => ({ ...base, fix: undefined, suppression: undefined, ...overrides });
  return {
    root,
    findings: [
      finding({
        ruleId: 'SM031',
        ruleName: 'model-network-isolation-off',
        severity: 'medium',
        message: '  EnableNetworkIsolation is omitted and defaults to false  ',
        resource: { id: 'Model', type: 'AWS::SageMaker::Model', kind: 'Model', source: 'cloudformation' },
        location: { kind: 'source', file: ODD_FILE, start, end, path: ['Resources', 'Model'] },
        fingerprint: 'edge-1',
      }),
      finding({
        location: { kind: 'source', file: ODD_FILE, start: end, end: start, path: [] },
        fingerprint: 'edge-2',
      }),
      finding({ location: live('arn:aws-cn:sagemaker:cn-north-1:111122223333:model/m', []), fingerprint: 'edge-3' }),
    ],
    errors: [
      { file: '/var/snapshots/account.json', line: 2, message: 'snapshot version 9 is not supported' },
      { file: '', message: 'no input given' },
    ],
    notes: [],
    stats: { files: 1, resources: 1 },
  };
}

beforeAll(() => {
  ({ root, remove: removeRoot } = makeScanRoot({ ...SOURCE_FILES, [ODD_FILE]: ODD_TEXT }));
  render('sample', sampleScan(root), { category: 'sagelint/iac' });
  render('unreadable', { ...sampleScan(join(root, 'missing')) });
  render('empty', { root, findings: [], errors: [], notes: [], stats: { files: 0, resources: 0 } });
  render('liveOnly', { root, findings: FINDINGS.filter((f) => f.location.kind === 'live'), errors: [], notes: [], stats: { files: 0, resources: 2 } });
  render('edge', edgeScan());
  // Every shipped rule, each with a result, so their descriptors meet GitHub's checks too.
  const source = FINDINGS[0]!;
  const catalogFindings = ALL_RULES.map((r) => ({ ...source, ruleId: r.id, ruleName: r.name, severity: r.severity, fingerprint: r.id }));
  render('catalog', { root, findings: catalogFindings, errors: [], notes: [], stats: { files: 1, resources: 1 } }, {}, ALL_RULES);
  outDir = mkdtempSync(join(tmpdir(), 'sagelint-sarif-'));
  const files = Object.entries(logs).map(([name, log]) => {
    const file = join(outDir, `${name}.sarif`);
    writeFileSync(file, JSON.stringify(log, null, 2));
    return file;
  });
  multitool = runMultitool(files);
}, 120_000);

afterAll(() => {
  removeRoot();
  rmSync(outDir, { recursive: true, force: true });
});

describe('sarifReportText validity', () => {
  it('passes the SARIF Multitool with GitHub rules: no errors, no warnings', () => {
    expect(multitool.errors).toEqual([]);
    expect(multitool.warnings).toEqual([]);
  });

  it.each(['sample', 'unreadable', 'empty', 'liveOnly', 'edge', 'catalog'])('%s log is valid against the SARIF 2.1.0 schema', (name) => {
    expect(validateSarifSchema(logs[name])).toEqual({ valid: true, errors: [] });
  });

  it('would be caught by the schema if a level were wrong', () => {
    const broken = structuredClone(logs.sample!);
    (broken.runs[0]!.results![0] as { level: string }).level = 'high';
    expect(validateSarifSchema(broken).valid).toBe(false);
  });
});

describe('sarifReportText content', () => {
  it('is written in pieces as JSON.stringify writes the whole log, rule and artifact tables included', () => {
    const cases: [ScanResult, SarifOptions][] = [
      [sampleScan(root), { category: 'sagelint/iac' }],
      [edgeScan(), {}],
      [sampleScan(root), { maxResults: 1 }],
    ];
    for (const [scan, options] of cases) {
      const text = reportText(sarifReportText(scan, RULES, { toolVersion: '1.2.3', ...options }));
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('has one run with the tool and every rule', () => {
    const log = logs.sample!;
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = run('sample').tool;
    expect(driver).toMatchObject({ name: 'sagelint', version: '1.2.3', semanticVersion: '1.2.3', informationUri: 'https://github.com/sagelint/sagelint' });
    expect(driver.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const sm001 = driver.rules![0]!;
    expect(sm001).toMatchObject({
      name: 'notebook-direct-internet',
      shortDescription: { text: 'The notebook instance has direct internet access.' },
      helpUri: 'https://github.com/sagelint/sagelint/blob/main/docs/rules/SM001.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'sagemaker', 'network', 'security-hub/SageMaker.1', 'checkov/CKV_AWS_122'], 'security-severity': '8.0', precision: 'high' },
    });
    expect(sm001.help?.markdown).toContain('```yaml\nDirectInternetAccess: Disabled\nSubnetId: <subnet-id>\n```');
    expect(sm001.help?.markdown).toContain('[Security in Amazon SageMaker](https://docs.aws.amazon.com/sagemaker/latest/dg/security.html)');
    expect(sm001.help?.text).toContain('Security Hub: SageMaker.1');
  });

  it('gives each severity its level and a security-severity string within its band', () => {
    const bySeverity = Object.fromEntries(run('sample').tool.driver.rules!.map((r, i) => [RULES[i]!.severity, r]));
    expect(bySeverity.critical).toMatchObject({ defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '9.5' } });
    expect(bySeverity.high).toMatchObject({ defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '8.0' } });
    expect(bySeverity.medium).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { 'security-severity': '5.5' } });
    expect(bySeverity.low).toMatchObject({ defaultConfiguration: { level: 'note' }, properties: { 'security-severity': '3.0' } });
    expect(run('sample').results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['SM001', 'error'],
      ['SM003', 'warning'],
      ['SM004', 'warning'],
      ['RS001', 'error'],
      ['RS003', 'note'],
    ]);
  });

  it('locates a result relative to %SRCROOT% with a full region and the resource as logical location', () => {
    const { results, artifacts, originalUriBaseIds } = run('sample');
    const rs001 = results![3]!;
    expect(rs001).toMatchObject({ ruleId: 'RS001', ruleIndex: 4, message: { text: 'publicly_accessible is true: the cluster has a public endpoint.' } });
    expect(rs001.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%', index: 1 },
          region: { startLine: 3, startColumn: 24, endLine: 3, endColumn: 28 },
        },
        logicalLocations: [{ name: 'aws_redshift_cluster.warehouse', fullyQualifiedName: 'aws_redshift_cluster.warehouse', kind: 'resource' }],
      },
    ]);
    expect(originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
    const tf = SOURCE_FILES['infra/main.tf']!;
    expect(artifacts![1]).toEqual({
      location: { uri: 'infra/main.tf', uriBaseId: '%SRCROOT%' },
      roles: ['analysisTarget'],
      length: Buffer.byteLength(tf),
      hashes: { 'sha-256': createHash('sha256').update(tf).digest('hex') },
    });
    expect(artifacts).toHaveLength(2);
    expect(rs001.properties).toEqual({ severity: 'critical', certainty: 'definite', resourceType: 'aws_redshift_cluster', resourceKind: 'RedshiftCluster' });
  });

  it('fingerprints with the finding fingerprint and GitHub line hash', () => {
    const hashes = computeLineHashes(SOURCE_FILES['templates/notebook.yaml']!);
    expect(run('sample').results![0]!.partialFingerprints).toEqual({ 'sagelint/v1': 'a1b2c3d4e5f60718', primaryLocationLineHash: hashes[7] });
    expect(run('unreadable').results![0]!.partialFingerprints).toEqual({ 'sagelint/v1': 'a1b2c3d4e5f60718' });
    expect(run('unreadable').artifacts![0]).toEqual({ location: { uri: 'templates/notebook.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] });
  });

  it('carries fixes as replacements, placeholders named in the description', () => {
    expect(run('sample').results![0]!.fixes).toEqual([
      {
        description: { text: 'Set DirectInternetAccess to Disabled and attach the notebook to a subnet. Fill in: <subnet-id>.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'templates/notebook.yaml', uriBaseId: '%SRCROOT%', index: 0 },
            replacements: [
              { deletedRegion: { startLine: 8, startColumn: 29, endLine: 8, endColumn: 36 }, insertedContent: { text: 'Disabled' } },
              { deletedRegion: { startLine: 9, startColumn: 7, endLine: 9, endColumn: 7 }, insertedContent: { text: 'SubnetId: <subnet-id>\n      ' } },
            ],
          },
        ],
        properties: { kind: 'replaces', placeholders: ['<subnet-id>'] },
      },
    ]);
    expect(run('sample').results![3]!.fixes).toBeUndefined();
  });

  it('keeps suppressed findings as suppressed results', () => {
    expect(run('sample').results![1]!.suppressions).toEqual([
      { kind: 'inSource', justification: 'Data scientists install system packages', properties: { source: 'templates/notebook.yaml:3' } },
    ]);
    expect(run('sample').results![0]!.suppressions).toBeUndefined();
  });

  it('leaves live findings out of the results and says so', () => {
    expect(run('liveOnly').results).toEqual([]);
    expect(run('liveOnly').invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: {
              text: '2 findings on live resources are not listed as results because live resources have no source file; the text and JSON reports list them.',
            },
          },
        ],
      },
    ]);
  });

  it('reports load errors and notes as notifications of an unsuccessful invocation', () => {
    const [invocation] = run('sample').invocations!;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications!.slice(0, 4)).toEqual([
      {
        level: 'error',
        message: { text: 'mapping values are not allowed here.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'templates/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 7 } } }],
      },
      {
        level: 'error',
        message: { text: 'cannot read file: permission denied.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'infra/secret.tf', uriBaseId: '%SRCROOT%' } } }],
      },
      {
        level: 'note',
        message: { text: 'The pipeline definition is held in S3 (s3://ml-defs/train.json) and was not checked.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'pipelines/train.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } } }],
      },
      { level: 'note', message: { text: 'Region ap-east-1 is not enabled for account 123456789012; it was skipped.' } },
    ]);
  });

  it('sets the category only when given, the way GitHub reads it', () => {
    expect(run('sample').automationDetails).toEqual({ id: 'sagelint/iac/' });
    expect(run('empty').automationDetails).toBeUndefined();
    expect(run('empty')).toMatchObject({ results: [], artifacts: [], invocations: [{ executionSuccessful: true }] });
  });

  it('handles a rule missing from the table, odd file names and reversed ranges', () => {
    const { results, tool, invocations } = run('edge');
    expect(tool.driver.rules![RULES.length]).toMatchObject({
      id: 'SM031',
      name: 'model-network-isolation-off',
      defaultConfiguration: { level: 'warning' },
      properties: { 'security-severity': '5.5' },
    });
    expect(results![0]).toMatchObject({
      ruleIndex: RULES.length,
      message: { text: 'EnableNetworkIsolation is omitted and defaults to false.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'stacks/ml%20platform/%C3%BF%231.json', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 3, startColumn: 5, endLine: 4, endColumn: 4 },
          },
        },
      ],
    });
    expect(results![0]!.partialFingerprints!.primaryLocationLineHash).toBe(computeLineHashes(ODD_TEXT)[2]);
    expect(results![1]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 4, startColumn: 4, endLine: 4, endColumn: 4 });
    expect(results).toHaveLength(2);
    expect(invocations![0]!.toolExecutionNotifications!.slice(0, 2)).toEqual([
      {
        level: 'error',
        message: { text: 'snapshot version 9 is not supported.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///var/snapshots/account.json' }, region: { startLine: 2 } } }],
      },
      { level: 'error', message: { text: 'no input given.' } },
    ]);
  });
});

describe("GitHub's result limit", () => {
  it('keeps the most severe results and says how many were left out', () => {
    const root = makeScanRoot();
    try {
      const scanned = sampleScan(root.root);
      const log = renderSarif(scanned, RULES, { maxResults: 2 });
      const run = log.runs[0]!;
      expect(run.results).toHaveLength(2);
      const levels = run.results!.map((r) => r.level);
      expect(levels).toEqual(['error', 'error']);
      const notes = run.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text);
      expect(notes.some((t) => /less severe results were left out/.test(t ?? ''))).toBe(true);
    } finally {
      root.remove();
    }
  });
});
