import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../core/finding.js';
import type { CoverageGap } from '../core/coverage.js';
import { FINDINGS, makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { parsedReport, reportText } from '../../test/helpers/report-text.js';
import { escapeScriptJson, groupOf, htmlReportText, type HtmlFinding, type HtmlOptions, type HtmlRule } from './html.js';
import { jsonReportText, type JsonReport } from './json.js';

const renderHtml = (result: ScanResult, rules: typeof RULES, options?: HtmlOptions) => reportText(htmlReportText(result, rules, options));

let scan: ScanResult;
let removeScanRoot: () => void;
beforeAll(() => {
  const scanRoot = makeScanRoot();
  removeScanRoot = scanRoot.remove;
  scan = sampleScan(scanRoot.root);
});
afterAll(() => removeScanRoot());

/** The data the page's script reads, parsed as the browser parses it. */
function embeddedData(html: string): { findings: HtmlFinding[]; rules: HtmlRule[]; stats: { bySeverity: Record<string, number> } } {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no embedded data');
  return JSON.parse(match[1]!);
}

const HOSTILE = '</script><script>window.pwned=1</script><!-- "onmouseover=alert(1) \u2028&amp;';

describe('htmlReportText', () => {
  it('embeds the active findings of the JSON report, by severity and then by file or account, region and service', () => {
    const html = renderHtml(scan, RULES);
    const data = embeddedData(html);
    const json = parsedReport<JsonReport>(jsonReportText(scan, RULES));
    expect(data.stats).toEqual(json.stats);
    expect(data.findings.map((f) => [f.severity, f.ruleId, f.group])).toEqual([
      ['critical', 'RS001', 'infra/main.tf'],
      ['high', 'SM001', 'templates/notebook.yaml'],
      ['high', 'SM001', 'account 123456789012 · us-east-1 · sagemaker'],
      ['medium', 'SM004', 'templates/notebook.yaml'],
      ['low', 'RS003', 'infra/main.tf'],
    ]);
    // Each finding is the JSON report's finding (suppressed ones are left out), with its group and frame added.
    const { group: _group, frame: _frame, ...first } = data.findings[1]!;
    expect(first).toEqual(json.findings[0]);
    expect(json.findings.filter((f) => !f.suppressed)).toHaveLength(data.findings.length);
  });

  it('gives source findings their code frame and every rule its live remediation', () => {
    const data = embeddedData(renderHtml(scan, RULES));
    expect(data.findings[1]!.frame).toEqual([
      '   6 |       InstanceType: ml.t3.medium',
      '   7 |       RoleArn: !GetAtt Role.Arn',
      '>  8 |       DirectInternetAccess: Enabled',
      '     |                             ^^^^^^^',
      '   9 |       RootAccess: Enabled',
      '  10 |   Role:',
    ]);
    expect(data.findings[2]!.frame).toBeUndefined();
    const sm001 = data.rules.find((r) => r.id === 'SM001')!;
    expect(sm001.helpUri).toMatch(/docs\/rules\/SM001\.md$/);
    expect(sm001.remediation.cli).toMatch(/^aws sagemaker create-notebook-instance/);
    expect(sm001.remediation.recreate).toMatch(/cannot be changed/);
  });

  it('draws one bar per severity with the counts of the summary', () => {
    const html = renderHtml(scan, RULES);
    const bars = [...html.matchAll(/<g class="bar" data-severity="(\w+)" data-count="(\d+)">/g)].map((m) => [m[1], Number(m[2])]);
    expect(bars).toEqual([
      ['critical', 1],
      ['high', 2],
      ['medium', 1],
      ['low', 1],
    ]);
    expect(html).toContain('<p id="total" data-count="5"><strong>5 findings</strong> · 2 suppressed · 2 load errors · 2 notes</p>');
  });

  it('offers each rule and each group once as a filter', () => {
    const html = renderHtml(scan, RULES);
    const options = (id: string) => [...new RegExp(`<select id="${id}">(.*?)</select>`).exec(html)![1]!.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1]);
    expect(options('rule-filter')).toEqual(['', 'RS001', 'RS003', 'SM001', 'SM004']);
    expect(options('group-filter')).toEqual(['', 'infra/main.tf', 'templates/notebook.yaml', 'account 123456789012 · us-east-1 · sagemaker']);
  });

  it('shows an audit’s coverage: findings and failed calls per account, region and service, and the rules left unevaluated', () => {
    const gap: CoverageGap = {
      account: '123456789012',
      region: 'eu-west-1',
      service: 'sagemaker',
      operation: 'ListNotebookInstances',
      error: 'AccessDenied: not authorized',
      reason: 'access-denied',
      rulesAffected: ['SM001', 'SM003'],
    };
    const html = renderHtml(scan, RULES, { coverage: [gap] });
    const coverage = /<section id="coverage"[\s\S]*?<\/section>/.exec(html)![0];
    expect(coverage).toContain('1 API call failed: not (fully) evaluated: SM001, SM003.');
    expect(coverage).toContain('<tr><td>account 123456789012 · us-east-1 · sagemaker</td><td class="num">1</td>');
    expect(coverage).toContain('<tr class="has-gaps"><td>account 123456789012 · eu-west-1 · sagemaker</td><td class="num">0</td>');
    expect(coverage).toContain('<td>sagemaker:ListNotebookInstances</td><td>access-denied</td><td>AccessDenied: not authorized</td><td>SM001, SM003</td>');
    expect(renderHtml(scan, RULES)).not.toContain('id="coverage"');
  });

  it('lets no text of the inputs close the data script, open an element or add an attribute', () => {
    const hostile: Finding = {
      ...FINDINGS[0]!,
      message: HOSTILE,
      resource: { ...FINDINGS[0]!.resource, id: HOSTILE, label: HOSTILE },
      location: { ...(FINDINGS[0]!.location as Extract<Finding['location'], { kind: 'source' }>), file: `${HOSTILE}.yaml` },
    };
    const html = renderHtml({ ...scan, root: HOSTILE, findings: [hostile], errors: [{ file: HOSTILE, message: HOSTILE }], notes: [{ message: HOSTILE }] }, RULES);
    // The report's own two scripts, and no other element opened by the input.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    // Outside the data (where a quote is JSON's `\"`), a quote never comes from the input.
    expect(html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')).not.toContain('"onmouseover');
    expect(/<script type="application\/json"[\s\S]*?<\/script>/.exec(html)![0]).not.toContain('\u2028');
    const data = embeddedData(html);
    expect(data.findings[0]!.message).toBe(HOSTILE);
    expect(data.findings[0]!.group).toBe(`${HOSTILE}.yaml`);
  });

  it('lets no text of the inputs start a line of the HTML source (a CI log, when the report goes to stdout)', () => {
    const payload = 'x\n::error file=a,line=1::forged\r##[add-mask]y\u001b[2J\u202e';
    const file = `evil${payload}.yaml`;
    const finding: Finding = { ...FINDINGS[0]!, location: { ...(FINDINGS[0]!.location as Extract<Finding['location'], { kind: 'source' }>), file } };
    const gap: CoverageGap = { account: '1', region: 'r', service: 'sagemaker', operation: 'o', error: payload, reason: 'access-denied', rulesAffected: [] };
    const html = renderHtml({ ...scan, root: payload, findings: [finding], errors: [{ file, message: payload }], notes: [{ file, message: payload }] }, RULES, { coverage: [gap] });
    for (const line of html.split(/\r\n|\r|\n/)) expect(line.trimStart().startsWith('::'), line).toBe(false);
    expect(html).not.toContain('##[');
    expect(html).not.toContain('\u001b');
    expect(html).not.toContain('\u202e');
    // The group filter's option still names the group exactly as the data does.
    const options = [.../<select id="group-filter">(.*?)<\/select>/.exec(html)![1]!.matchAll(/<option value="([^"]*)">/g)].map((m) => decodeHtml(m[1]!));
    expect(options).toEqual(['', embeddedData(html).findings[0]!.group]);
  });
});

describe('escaping', () => {
  it('writes JSON that parses back to the same value and holds none of < > & U+2028 U+2029', () => {
    const value = { text: HOSTILE, separators: '\u2028\u2029' };
    const escaped = escapeScriptJson(JSON.stringify(value));
    expect(escaped).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

/** Character references back to characters, as a browser reads an attribute value. */
function decodeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('groupOf', () => {
  it('is the file of a source finding and the account, region and service of a live one', () => {
    expect(groupOf(FINDINGS[0]!)).toBe('templates/notebook.yaml');
    expect(groupOf(FINDINGS[5]!)).toBe('account 123456789012 · us-east-1 · sagemaker');
  });
});
