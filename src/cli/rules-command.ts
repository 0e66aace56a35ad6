/** `sagelint rules` (the catalog) and `sagelint explain <ID>` (one rule's documentation). */
import type { CommandModule } from 'yargs';
import type { Rule } from '../engine/rule.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';

export async function loadCatalog(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).ALL_RULES;
}

const CATALOG_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;

export const rulesCommand: CommandModule<object, { format: (typeof CATALOG_FORMATS)[number] }> = {
  command: 'rules',
  describe: 'List every rule: severity, resource kinds, fix, and its equivalent Security Hub, AWS Config, checkov, cdk-nag, KICS and Prowler IDs',
  builder: (y) =>
    y.option('format', {
      alias: 'f',
      choices: CATALOG_FORMATS,
      default: 'text',
      // `table` was the text format's name before Markdown and CSV came.
      coerce: (format: string) => (format === 'table' ? 'text' : format),
      describe: 'Output format (json: each rule with its full documentation)',
    }) as never,
  handler: async (args) => {
    const rules = await loadCatalog();
    const catalog = await import('../docs/rule-catalog.js');
    if (args.format === 'json') process.stdout.write(`${JSON.stringify(catalog.rulesAsJson(rules), null, 2)}\n`);
    else if (args.format === 'markdown') process.stdout.write(catalog.rulesCatalogMarkdown(rules));
    else if (args.format === 'csv') process.stdout.write(catalog.rulesCatalogCsv(rules));
    else process.stdout.write(catalog.rulesTable(rules));
  },
};

export const explainCommand: CommandModule<object, { id: string }> = {
  command: 'explain <id>',
  describe: "Show a rule's documentation: what it checks, why, and how to fix it",
  builder: (y) => y.positional('id', { type: 'string', describe: 'Rule ID, e.g. SM001' }) as never,
  handler: async (args) => {
    const rules = await loadCatalog();
    const rule = rules.find((r) => r.id.toLowerCase() === args.id.toLowerCase() || r.name === args.id);
    if (!rule) {
      process.stderr.write(`sagelint: no rule ${escapeUntrusted(args.id)}; run 'sagelint rules' for the list\n`);
      process.exitCode = EXIT.error;
      return;
    }
    const { ruleDocPage } = await import('../docs/rule-catalog.js');
    process.stdout.write(ruleDocPage(rule));
  },
};
