/** `sagelint rules` (the catalog) and `sagelint explain <ID>` (one rule's documentation). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { checkConfig, ConfigError, configFileFor, type CheckedConfig, type ConfigSource } from '../config/config.js';
import type { LoadError } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import { escapeUntrusted } from '../report/untrusted-text.js';
import { EXIT } from './exit-codes.js';
import type { ArgsOf } from './options.js';

export async function loadCatalog(): Promise<readonly Rule[]> {
  return (await import('../../rules/index.js')).ALL_RULES;
}

/** A config's text and what it says, checked against the schema: read and parsed once for the catalog and the run. */
export interface ConfigInput {
  source: ConfigSource;
  checked: CheckedConfig;
}

/** The config file named, else `.sagelint.yml` found upward from `dir` within its working tree, read and checked. */
export async function configInputFor(dir: string, explicit: string | undefined): Promise<ConfigInput | undefined> {
  return checkedInput(await configSourceFor(dir, explicit));
}

/** A config's text checked against the schema (a ConfigError when it is not a config). */
export function checkedInput(source: ConfigSource | undefined): ConfigInput | undefined {
  return source && { source, checked: checkConfig(source.text, source.label) };
}

/**
 * sagelint's rules and those of the config's plugins and rules files, with the
 * load errors of the plugins that failed. Only a config that declares
 * `plugins` or `customRules` loads the plugin loader.
 */
export async function loadCatalogFor(config: ConfigInput | undefined): Promise<{ rules: readonly Rule[]; errors: LoadError[] }> {
  const builtIn = await loadCatalog();
  const { plugins = [], customRules = [] } = config?.checked.data ?? {};
  if (!config || (!plugins.length && !customRules.length)) return { rules: builtIn, errors: [] };
  const { loadExtensions } = await import('../config/plugins.js');
  const extensions = await loadExtensions(config.source, builtIn, { plugins, customRules });
  return { rules: [...builtIn, ...extensions.rules], errors: extensions.errors };
}

/** The config file's text: the one named, else `.sagelint.yml` found upward from `dir` within its working tree. */
async function configSourceFor(dir: string, explicit: string | undefined): Promise<ConfigSource | undefined> {
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
    const catalog = await loadCatalogFor(await configInputFor(process.cwd(), config));
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
