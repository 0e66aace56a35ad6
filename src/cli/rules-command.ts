/** `sagelint rules` (the catalog) and `sagelint explain <ID>` (one rule's documentation). */
import type { CommandModule } from 'yargs';
import type { Rule } from '../engine/rule.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';

export async function loadCatalog(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).ALL_RULES;
}

export const rulesCommand: CommandModule<object, { format: string }> = {
  command: 'rules',
  describe: 'List every rule with its severity and what it checks',
  builder: (y) => y.option('format', { choices: ['table', 'json'], default: 'table', describe: 'Output format' }) as never,
  handler: async (args) => {
    const rules = await loadCatalog();
    if (args.format === 'json') {
      const { rulesAsJson } = await import('../docs/rule-catalog.js');
      process.stdout.write(`${JSON.stringify(rulesAsJson(rules), null, 2)}\n`);
      return;
    }
    const { rulesTable } = await import('../docs/rule-catalog.js');
    process.stdout.write(rulesTable(rules));
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
