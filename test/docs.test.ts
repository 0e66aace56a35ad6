import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules/index.js';
import { coverageMarkdown } from '../src/docs/coverage.js';
import { generatedFiles } from '../src/docs/generate.js';
import { defineRule } from '../src/core/rule.js';

describe('generated documentation', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const [file, content] of generatedFiles(ALL_RULES, readme)) {
    it(`${file} is up to date (run \`npm run docs\`)`, () => {
      expect(readFileSync(file, 'utf8')).toBe(content);
    });
  }

  it('every rule has complete documentation metadata', () => {
    for (const rule of ALL_RULES) {
      const { docs } = rule;
      expect(docs.summary.length, rule.id).toBeGreaterThan(10);
      expect(docs.description.length, rule.id).toBeGreaterThan(40);
      expect(docs.risk.length, rule.id).toBeGreaterThan(40);
      expect(docs.guidance.length, rule.id).toBeGreaterThan(0);
      for (const g of docs.guidance) expect(g.url, rule.id).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
      expect(docs.remediation.cloudformation ?? docs.remediation.terraform ?? docs.remediation.config, `${rule.id} IaC or config remediation`).toBeTruthy();
      expect(docs.remediation.cli ?? docs.remediation.console, `${rule.id} live remediation`).toBeTruthy();
    }
  });

  it('rule IDs and names are unique and well formed', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ALL_RULES.map((r) => r.name)).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^(SM|RS|TG|SL)\d{3}$/);
      expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('the coverage matrix names, for each peer check, the rules whose alsoKnownAs name it, and nothing else', () => {
    const [base] = ALL_RULES;
    const rule = (id: string, alsoKnownAs: Record<string, string[]>) => defineRule({ ...base!, id, docs: { ...base!.docs, alsoKnownAs } });
    const matrix = coverageMarkdown([rule('SM901', { 'Security Hub': ['SageMaker.16'] }), rule('SM902', { 'Security Hub': ['SageMaker.16', 'EC2.99'] })]);
    expect(matrix).toMatch(/^\| SageMaker\.16 \| .* \| \[SM901\]\(rules\/SM901\.md\), \[SM902\]\(rules\/SM902\.md\) \|$/m);
    expect(matrix).toMatch(/^\| SageMaker\.1 \| .* \| not covered \|$/m);
    expect(matrix).toMatch(/^\| \[Security Hub\]\(#security-hub\) \| 50 \| 1 \| 49 \|$/m);
    // A name outside the catalog is listed apart, so a mistyped ID shows.
    expect(matrix).toMatch(/^\| Security Hub \| EC2\.99 \| \[SM902\]\(rules\/SM902\.md\) \|$/m);
  });
});
