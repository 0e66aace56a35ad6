/** `sagelint rules` (the catalog) and `sagelint explain <ID>` (one rule's documentation). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { ConfigError, configFileFor, type ConfigSource } from '../config/config.js';
import type { LoadError } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { ArgsOf } from './options.js';

export async function loadCatalog(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).ALL_RULES;
}

/** sagelint's rules and those of the config's plugins and rules files, with the load errors of the plugins that failed. */
export async function loadCatalogFor(source: ConfigSource | undefined): Promise<{ rules: readonly Rule[]; errors: LoadError[] }> {
  const builtIn = await loadCatalog();
  if (!source || !/\b(plugins|customRules)\b/.test(source.text)) return { rules: builtIn, errors: [] };
  const { loadExtensions } = await import('../config/plugins.js');
  const extensions = await loadExtensions(source, builtIn);
  return { rules: [...builtIn, ...extensions.rules], errors: extensions.errors };
}

/** The config file's text: the one named, else `.sagelint.yml` found upward from `dir` within its working tree. */
export async function configSourceFor(dir: string, explicit: string | undefined): Promise<ConfigSource | undefined> {
  const file = configFileFor(dir, explicit);
  if (!file) return undefined;
  try {
    return { text: await readFile(file, 'utf8'), label: file, dir: path.dirname(file) };
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${(err as Error).message}`);
  }
}

/** The catalog the config of the working directory (or --config) gives; a config error is printed and gives undefined. */
async function catalogForCommand(config: string | undefined): Promise<readonly Rule[] | undefined> {
  try {
    const catalog = await loadCatalogFor(await configSourceFor(process.cwd(), config));
    for (const error of catalog.errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}: ${error.message}`)}\n`);
    if (catalog.errors.length) process.exitCode = EXIT.error;
    return catalog.rules;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}\n`);
    process.exitCode = EXIT.error;
    return undefined;
  }
}

const CONFIG_OPTION = { type: 'string', describe: "Config file whose plugins' and rules files' rules to include (default: .sagelint.yml found upward)" } as const;

const CATALOG_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;

const rulesOptions = (y: Argv) =>
  y
    .option('format', {
      alias: 'f',
      choices: CATALOG_FORMATS,
      default: 'text',
      // `table` was the text format's name before Markdown and CSV came.
      coerce: (format: string) => (format === 'table' ? 'text' : format),
      describe: 'Output format (json: each rule with its full documentation)',
    })
    .option('config', CONFIG_OPTION);

export const rulesCommand: CommandModule<object, ArgsOf<typeof rulesOptions>> = {
  command: 'rules',
  describe: 'List every rule: severity, resource kinds, fix, and its equivalent Security Hub, AWS Config, checkov, cdk-nag, KICS and Prowler IDs',
  builder: rulesOptions,
  handler: async (args) => {
    const rules = await catalogForCommand(args.config);
    if (!rules) return;
    const catalog = await import('../docs/rule-catalog.js');
    if (args.format === 'json') process.stdout.write(`${JSON.stringify(catalog.rulesAsJson(rules), null, 2)}\n`);
    else if (args.format === 'markdown') process.stdout.write(catalog.rulesCatalogMarkdown(rules));
    else if (args.format === 'csv') process.stdout.write(catalog.rulesCatalogCsv(rules));
    else process.stdout.write(catalog.rulesTable(rules));
  },
};

const explainOptions = (y: Argv) => y.positional('id', { type: 'string', demandOption: true, describe: 'Rule ID, e.g. SM001' }).option('config', CONFIG_OPTION);

export const explainCommand: CommandModule<object, ArgsOf<typeof explainOptions>> = {
  command: 'explain <id>',
  describe: "Show a rule's documentation: what it checks, why, and how to fix it",
  builder: explainOptions,
  handler: async (args) => {
    const rules = await catalogForCommand(args.config);
    if (!rules) return;
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
