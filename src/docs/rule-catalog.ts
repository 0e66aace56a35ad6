/**
 * The rule catalog as people read it: the `rules` table (text, Markdown, CSV),
 * the JSON catalog, and each rule's documentation page (docs/rules/<ID>.md),
 * all derived from rule metadata so they cannot drift from the code.
 */
import type { Rule, RuleMeta } from '../core/rule.js';
import { equivalentFrameworks } from '../report/compliance.js';
import { csvField } from '../report/csv.js';
import { ruleHelp } from '../report/rule-help.js';
import { ruleHelpUri } from '../report/tool.js';
import { PRESET_DESCRIPTIONS, PRESET_NAMES, presetHolds, presetsOf, recommendedMembership, securityHubControls } from '../config/presets.js';

/** One line per rule, then its resource kinds and its equivalents in each framework, indented below it. */
export function rulesTable(rules: readonly Rule[]): string {
  // Rules from plugins and rules files name where they come from after their summary.
  const rows = rules.map((r) => [r.id, r.severity, r.fixable ? 'fix' : '', r.name, r.origin ? `${r.docs.summary} [${r.origin.name}]` : r.docs.summary]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), ['ID', 'SEVERITY', 'FIX', 'NAME'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  const frameworks = equivalentFrameworks(rules);
  const indent = ' '.repeat(widths[0]! + 2);
  const details = (rule: Rule) => {
    const equivalents = equivalentsOf(rule, frameworks).filter(([, ids]) => ids.length);
    return [`${indent}applies to: ${rule.appliesTo.join(', ')}`, ...equivalents.map(([framework, ids]) => `${indent}${framework}: ${ids.join(', ')}`)];
  };
  return `${[line(['ID', 'SEVERITY', 'FIX', 'NAME', 'SUMMARY']), ...rules.flatMap((rule, i) => [line(rows[i]!), ...details(rule)])].join('\n')}\n`;
}

/** The catalog as a Markdown table: one column per framework some rule has an equivalent in. */
export function rulesCatalogMarkdown(rules: readonly Rule[]): string {
  const frameworks = equivalentFrameworks(rules);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const header = ['ID', 'name', 'severity', 'applies to', 'fix', ...frameworks];
  const rows = rules.map((rule) =>
    [
      `[${rule.id}](${ruleHelpUri(rule.id)})`,
      rule.name,
      rule.severity,
      rule.appliesTo.join(', '),
      rule.fixable ? 'yes' : '',
      ...equivalentsOf(rule, frameworks).map(([, ids]) => ids.map((id) => `\`${id}\``).join(', ')),
    ].map(cell),
  );
  return `${[header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')}\n`;
}

/** The catalog as CSV (quoted as the CSV report quotes): one column per framework, several IDs separated by spaces. */
export function rulesCatalogCsv(rules: readonly Rule[]): string {
  const frameworks = equivalentFrameworks(rules);
  const header = ['id', 'name', 'severity', 'applies_to', 'fixable', 'summary', ...frameworks.map((f) => f.toLowerCase().replace(/[\s-]+/g, '_')), 'help_uri'];
  const rows = rules.map((rule) => [
    rule.id,
    rule.name,
    rule.severity,
    rule.appliesTo.join(' '),
    String(rule.fixable),
    rule.docs.summary,
    ...equivalentsOf(rule, frameworks).map(([, ids]) => ids.join(' ')),
    ruleHelpUri(rule.id),
  ]);
  return [header, ...rows].map((cells) => `${cells.map((c) => csvField(c)).join(',')}\r\n`).join('');
}

/** The rule's IDs in each framework, in the order given (empty where it has none). */
function equivalentsOf(rule: RuleMeta, frameworks: readonly string[]): [string, string[]][] {
  return frameworks.map((framework) => [framework, rule.docs.alsoKnownAs?.[framework] ?? []]);
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
    `- **Presets:** ${presetsOf(rule).join(', ')}. ${rule.presets.reason}`,
    ...(rule.origin ? [`- **From:** ${rule.origin.name}${rule.origin.version ? ` ${rule.origin.version}` : ''} (not a rule of sagelint)`] : []),
  ];
  return `# ${rule.id} ${rule.name}\n\n${facts.join('\n')}\n\n${ruleHelp(rule).markdown}\n`;
}

/** docs/presets.md: what each preset holds, and why each rule is in the default or only in `strict`. */
export function presetsPage(rules: readonly Rule[]): string {
  const count = (preset: (typeof PRESET_NAMES)[number]) => rules.filter((r) => presetHolds(preset, r, { requiredTags: [] })).length;
  const presets = PRESET_NAMES.map((p) => `| \`${p}\` | ${count(p)} of ${rules.length} | ${PRESET_DESCRIPTIONS[p]} |`);
  const rows = rules.map((r) => {
    const hub = securityHubControls(r);
    return `| <a id="${r.id.toLowerCase()}"></a>[${r.id}](rules/${r.id}.md) ${r.name} | ${recommendedMembership(r)} | ${hub.length ? hub.join(', ') : 'no'} | ${r.presets.reason.replace(/\|/g, '\\|')} |`;
  });
  return [
    '# Rule presets',
    '',
    '<!-- generated by npm run docs from each rule\'s `presets` metadata: edit the rules, not this file -->',
    '',
    'A preset is the set of rules a scan or audit runs. Choose one in `.sagelint.yml` with `extends:` (the `rules:` settings apply on top: `off` drops a rule, `on` or a severity adds one) or on the command line with `--preset NAME`, which replaces `extends`. `--rules` runs exactly the rules it names, whatever the preset.',
    '',
    '```yaml',
    'extends: strict        # recommended (the default), strict or security-hub',
    'rules:',
    '  SM066: off           # on top of the preset',
    '```',
    '',
    '| preset | rules | what it holds |',
    '|---|---|---|',
    ...presets,
    '',
    'In trusted mode (`--config-from-ref`), a pull request whose config switches to a preset that drops rules the base branch runs is reported by [SL002](rules/SL002.md), one finding per rule it drops.',
    '',
    '## Rules',
    '',
    'Every rule is in `strict`; `security-hub` holds the rules with a Security Hub control.',
    '',
    '| rule | `recommended` | Security Hub | why |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** The README's rule table (Markdown). */
export function rulesMarkdownTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.name} | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${r.docs.summary} |`);
  return ['| ID | name | severity | fix | what is wrong |', '|---|---|---|---|---|', ...rows].join('\n');
}
