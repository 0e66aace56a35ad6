import { afterAll, describe, expect, it } from 'vitest';
import { makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { renderGithubAnnotations } from './github.js';
import { renderMarkdown } from './markdown.js';

const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

describe('renderMarkdown', () => {
  const result = sampleScan(scanRoot.root);
  const markdown = renderMarkdown(result, RULES, { top: 2 });

  it('summarizes by severity in one line and by rule with its controls, with the top findings and collapsible details', () => {
    expect(markdown).toMatch(/^## sagelint\n\n\*\*5 findings\*\* in 4 files \(9 resources checked\): 🟣 1 critical · 🔴 2 high · 🟠 1 medium · 🔵 1 low\.\n/);
    expect(markdown).toMatch(/\| rule \| findings \| controls \|/);
    expect(markdown).toContain('notebook-direct-internet | 2 | Security Hub SageMaker.1; checkov CKV\\_AWS\\_122 |');
    const top = markdown.split('### Top findings')[1]!.split('<details>')[0]!;
    expect(top.match(/^\| [^|]+ \| [A-Z]{2}\d{3} \|/gm)).toHaveLength(2);
    expect(markdown).toMatch(/<details><summary>All 5 findings<\/summary>/);
    expect(markdown).toMatch(/2 suppressed/);
  });

  it('shows the most severe findings on top, whatever their place in the files', () => {
    const top = renderMarkdown(result, RULES, { top: 1 }).split('### Top findings')[1]!.split('<details>')[0]!;
    expect(top).toMatch(/^\| 🟣 \| RS001 \| infra\/main\.tf:3 \|/m);
  });

  it('lists every finding under its resource, most severe first', () => {
    const details = markdown.split('<details><summary>All 5 findings</summary>')[1]!.split('</details>')[0]!;
    const lines = details.split('\n').filter((line) => line.startsWith('- ') || line.startsWith('  - '));
    expect(lines.map((line) => line.replace(/`.*$/, '').trim())).toEqual([
      '- **aws\\_redshift\\_cluster.warehouse** (aws\\_redshift\\_cluster)',
      '- 🟣 **RS001**',
      '- 🔵 **RS003**',
      '- **arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research** (NotebookInstance)',
      '- 🔴 **SM001**',
      '- **Notebook** (AWS::SageMaker::NotebookInstance)',
      '- 🔴 **SM001**',
      '- 🟠 **SM004**',
    ]);
  });

  it('tells apart live resources of the same ARN in different accounts (an S3 bucket’s ARN names no account)', () => {
    const live = result.findings.find((f) => f.location.kind === 'live')!;
    const inAccount = (account: string) => ({ ...live, suppression: undefined, location: { ...live.location, arn: 'arn:aws:s3:::shared', account } as typeof live.location });
    const details = renderMarkdown({ ...result, findings: [inAccount('111111111111'), inAccount('222222222222')] }, RULES).split('<details>')[1]!;
    expect(details.match(/^- \*\*/gm)).toHaveLength(2);
  });

  it('escapes template text so it cannot break the table or inject markup', () => {
    const hostile = { ...result, findings: [{ ...result.findings[0]!, suppression: undefined, message: 'a | b <img src=x> `c`' }] };
    expect(renderMarkdown(hostile, RULES)).toContain('a \\| b \\<img src=x\\> \\`c\\`');
  });

  it('neutralises mentions, bare URLs, line breaks and HTML entities, and fences code spans longer than any backtick run inside', () => {
    const finding = result.findings.find((f) => f.location.kind === 'source')!;
    const location = { ...finding.location, file: 'dir/`a``b`.yaml' } as typeof finding.location;
    const hostile = {
      ...result,
      findings: [{ ...finding, suppression: undefined, location, message: 'ping @org/team and @alice: see https://evil.example/x or www.evil.example\rline &#64;bob\n## Heading' }],
      errors: [{ file: '``x', message: 'bad\r\n- [link](https://evil.example)' }],
    };
    const text = renderMarkdown(hostile, RULES);
    expect(text).not.toMatch(/@(?!&#8203;)/);
    expect(text).not.toMatch(/https?:\/\/evil|www\.evil/i);
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/&#64;/);
    expect(text).toContain('@&#8203;org/team');
    expect(text).toContain('```dir/`a``b`.yaml:8```');
    expect(text).toContain('- ``` ``x ```: bad');
    for (const line of text.split('\n')) expect(line).not.toMatch(/^(## Heading|- \[link\])/);
  });

  it('says so when there is nothing to report', () => {
    expect(renderMarkdown({ ...result, findings: [], errors: [] }, RULES)).toMatch(/✅ No findings/);
  });
});

describe('renderGithubAnnotations', () => {
  const lines = renderGithubAnnotations(sampleScan(scanRoot.root)).trimEnd().split('\n');

  it('emits one workflow command per active source finding and load error', () => {
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands.length).toBe(6);
    expect(commands.every((l) => /^::(error|warning|notice) file=[^,:]+[,:]/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^sagelint: \d+ findings?, \d+ load errors?/);
  });

  it('escapes newlines, colons and commas as the toolkit does', () => {
    const command = lines.find((l) => l.includes('title='))!;
    expect(command).not.toMatch(/\n/);
    expect(command.split('::').length).toBe(3);
  });
});
