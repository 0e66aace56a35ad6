import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { defineRule, type Rule } from '../core/rule.js';
import { rulesCatalogCsv, rulesCatalogMarkdown, rulesTable } from './rule-catalog.js';

const sm001 = ALL_RULES.find((r) => r.id === 'SM001')!;

/** A rule whose metadata holds what a spreadsheet or a Markdown table must not take as syntax. */
const awkward: Rule = defineRule({
  ...sm001,
  id: 'XX001',
  name: 'awkward',
  docs: { ...sm001.docs, summary: '=HYPERLINK("x"), with | a pipe', alsoKnownAs: { 'Security Hub': ['SageMaker.9'], Prowler: ['check_a', 'check_b'] } },
});

describe('the rule catalog', () => {
  it('as text: each rule with its resource kinds and every equivalent below it', () => {
    const text = rulesTable(ALL_RULES);
    expect(text).toMatch(/^ID\s+SEVERITY\s+FIX\s+NAME\s+SUMMARY\n/);
    const sm001Block = text.slice(text.indexOf('SM001'), text.indexOf('SM002'));
    expect(sm001Block).toMatch(/\n\s+applies to: NotebookInstance\n/);
    expect(sm001Block).toMatch(/\n\s+Security Hub: SageMaker\.1\n/);
    expect(sm001Block).toMatch(/\n\s+checkov: CKV_AWS_122\n/);
  });

  it('as CSV: one row per rule, one column per framework the metadata names, fields quoted as the CSV report quotes them', () => {
    const rows = parseCsv(rulesCatalogCsv([...ALL_RULES, awkward]), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(ALL_RULES.length + 1);
    const columns = Object.keys(rows[0]!);
    expect(columns.slice(0, 10)).toEqual(['id', 'name', 'severity', 'applies_to', 'fixable', 'summary', 'security_hub', 'aws_config', 'checkov', 'cdk_nag']);
    expect(columns).toEqual(expect.arrayContaining(['kics', 'prowler', 'help_uri']));
    const first = rows.find((r) => r.id === 'SM001')!;
    expect(first).toMatchObject({ severity: 'high', applies_to: 'NotebookInstance', fixable: 'true', security_hub: 'SageMaker.1' });
    expect(first.checkov).toContain('CKV_AWS_122');
    const odd = rows.find((r) => r.id === 'XX001')!;
    expect(odd).toMatchObject({ summary: `'=HYPERLINK("x"), with | a pipe`, security_hub: 'SageMaker.9', prowler: 'check_a check_b', aws_config: '' });
  });

  it('as Markdown: a table with a column per framework, pipes in the metadata escaped', () => {
    const markdown = rulesCatalogMarkdown([sm001, awkward]);
    const lines = markdown.trimEnd().split('\n');
    const header = lines[0]!.split(' | ');
    expect(lines[0]).toMatch(/^\| ID \| name \| severity \| applies to \| fix \| Security Hub \| AWS Config \| checkov \| cdk-nag \| .*Prowler/);
    expect(lines[1]).toBe(`|${' --- |'.repeat(header.length)}`);
    expect(lines[2]).toMatch(/^\| \[SM001\]\(https:\/\/\S+\/SM001\.md\) \| notebook-direct-internet \| high \| NotebookInstance \| yes \| `SageMaker\.1` \| `sagemaker-notebook-no-direct-internet-access` \| `CKV_AWS_122` \| `AwsSolutions-SM3`, /);
    const prowler = header.indexOf('Prowler');
    const awkwardCells = lines[3]!.replace(/\\\|/g, '').split(' | ');
    expect(awkwardCells[5]).toBe('`SageMaker.9`');
    expect(awkwardCells[prowler]).toBe('`check_a`, `check_b`');
    for (const line of lines) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(header.length + 2);
  });
});
