import { afterAll, describe, expect, it } from 'vitest';
import { makeScanRoot, RULES, sampleScan } from '../../test/helpers/scan-result.js';
import { renderGithubAnnotations } from './github.js';
import { renderMarkdown } from './markdown.js';

const scanRoot = makeScanRoot();
afterAll(() => scanRoot.remove());

describe('renderMarkdown', () => {
  const result = sampleScan(scanRoot.root);
  const markdown = renderMarkdown(result, RULES, { top: 2 });

  it('summarizes by severity and rule, with the top findings and collapsible details', () => {
    expect(markdown).toMatch(/^## sagelint\n\n\*\*5 findings\*\*/);
    expect(markdown).toMatch(/\| severity \| findings \|/);
    expect(markdown).toMatch(/\| rule \| findings \|/);
    const top = markdown.split('### Top findings')[1]!.split('<details>')[0]!;
    expect(top.match(/^\| [^|]+ \| [A-Z]{2}\d{3} \|/gm)).toHaveLength(2);
    expect(markdown).toMatch(/<details><summary>All 5 findings<\/summary>/);
    expect(markdown).toMatch(/2 suppressed/);
  });

  it('escapes template text so it cannot break the table or inject markup', () => {
    const hostile = { ...result, findings: [{ ...result.findings[0]!, suppression: undefined, message: 'a | b <img src=x> `c`' }] };
    expect(renderMarkdown(hostile, RULES)).toContain('a \\| b \\<img src=x\\> \\`c\\`');
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
