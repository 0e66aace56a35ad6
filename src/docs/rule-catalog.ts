/**
 * The rule catalog as people read it: the `rules` table, the JSON catalog, and
 * each rule's documentation page (docs/rules/<ID>.md), all derived from rule
 * metadata so they cannot drift from the code.
 */
import type { Rule } from '../engine/rule.js';
import { ruleHelp } from '../report/rule-help.js';

export function rulesTable(rules: readonly Rule[]): string {
  // Rules from plugins and rules files name where they come from after their summary.
  const rows = rules.map((r) => [r.id, r.severity, r.fixable ? 'fix' : '', r.name, r.origin ? `${r.docs.summary} [${r.origin.name}]` : r.docs.summary]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['ID', 'SEVERITY', 'FIX', 'NAME'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return `${[line(['ID', 'SEVERITY', 'FIX', 'NAME', 'SUMMARY']), ...rows.map(line)].join('\n')}\n`;
}

export function rulesAsJson(rules: readonly Rule[]): object[] {
  return rules.map(({ check: _check, ...meta }) => meta);
}

export function ruleDocPage(rule: Rule): string {
  const facts = [
    `- **ID:** ${rule.id}`,
    `- **Severity:** ${rule.severity}`,
    `- **Applies to:** ${rule.appliesTo.join(', ')}`,
    `- **Fix offered:** ${rule.fixable ? 'yes' : 'no'}`,
    ...(rule.origin ? [`- **From:** ${rule.origin.name}${rule.origin.version ? ` ${rule.origin.version}` : ''} (not a rule of sagelint)`] : []),
  ];
  return `# ${rule.id} ${rule.name}\n\n${facts.join('\n')}\n\n${ruleHelp(rule).markdown}\n`;
}

/** The README's rule table (Markdown). */
export function rulesMarkdownTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.name} | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${r.docs.summary} |`);
  return ['| ID | name | severity | fix | what is wrong |', '|---|---|---|---|---|', ...rows].join('\n');
}
