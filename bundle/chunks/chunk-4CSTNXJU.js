import {
  ConfigError,
  checkConfig,
  configFileFor
} from "./chunk-I47XARTC.js";
import {
  escapeUntrusted
} from "./chunk-EMSR244R.js";

// src/cli/rules-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/cli/exit-codes.ts
var EXIT = { clean: 0, findings: 1, error: 2 };

// src/cli/rules-command.ts
async function loadCatalog() {
  return (await import("./rules-ST252VKR.js")).ALL_RULES;
}
async function configInputFor(dir, explicit) {
  return checkedInput(await configSourceFor(dir, explicit));
}
function checkedInput(source) {
  return source && { source, checked: checkConfig(source.text, source.label) };
}
async function loadCatalogFor(config) {
  const builtIn = await loadCatalog();
  const { plugins = [], customRules = [] } = config?.checked.data ?? {};
  if (!config || !plugins.length && !customRules.length) return { rules: builtIn, errors: [] };
  const { loadExtensions } = await import("./plugins-SZK5TQTY.js");
  const extensions = await loadExtensions(config.source, builtIn, { plugins, customRules });
  return { rules: [...builtIn, ...extensions.rules], errors: extensions.errors };
}
async function configSourceFor(dir, explicit) {
  const file = configFileFor(dir, explicit);
  if (!file) return void 0;
  try {
    return { text: await readFile(file, "utf8"), label: file, dir: path.dirname(file) };
  } catch (err) {
    throw new ConfigError(`${file}: cannot read config: ${err.message}`);
  }
}
async function catalogForCommand(config) {
  try {
    const catalog = await loadCatalogFor(await configInputFor(process.cwd(), config));
    for (const error of catalog.errors) process.stderr.write(`sagelint: ${escapeUntrusted(`${error.file}: ${error.message}`)}
`);
    if (catalog.errors.length) process.exitCode = EXIT.error;
    return catalog.rules;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted(err.message)}
`);
    process.exitCode = EXIT.error;
    return void 0;
  }
}
var CONFIG_OPTION = { type: "string", describe: "Config file whose plugins' and rules files' rules to include (default: .sagelint.yml found upward)" };
var CATALOG_FORMATS = ["text", "markdown", "csv", "json"];
var rulesOptions = (y) => y.option("format", {
  alias: "f",
  choices: CATALOG_FORMATS,
  default: "text",
  // `table` was the text format's name before Markdown and CSV came.
  coerce: (format) => format === "table" ? "text" : format,
  describe: "Output format (json: each rule with its full documentation)"
}).option("config", CONFIG_OPTION);
var rulesCommand = {
  command: "rules",
  describe: "List every rule: severity, resource kinds, fix, and its equivalent Security Hub, AWS Config, checkov, cdk-nag, KICS and Prowler IDs",
  builder: rulesOptions,
  handler: async (args) => {
    const rules = await catalogForCommand(args.config);
    if (!rules) return;
    const catalog = await import("./rule-catalog-5GC32RZQ.js");
    if (args.format === "json") process.stdout.write(`${JSON.stringify(catalog.rulesAsJson(rules), null, 2)}
`);
    else if (args.format === "markdown") process.stdout.write(catalog.rulesCatalogMarkdown(rules));
    else if (args.format === "csv") process.stdout.write(catalog.rulesCatalogCsv(rules));
    else process.stdout.write(catalog.rulesTable(rules));
  }
};
var explainOptions = (y) => y.positional("id", { type: "string", demandOption: true, describe: "Rule ID, e.g. SM001" }).option("config", CONFIG_OPTION);
var explainCommand = {
  command: "explain <id>",
  describe: "Show a rule's documentation: what it checks, why, and how to fix it",
  builder: explainOptions,
  handler: async (args) => {
    const rules = await catalogForCommand(args.config);
    if (!rules) return;
    const rule = rules.find((r) => r.id.toLowerCase() === args.id.toLowerCase() || r.name === args.id);
    if (!rule) {
      process.stderr.write(`sagelint: no rule ${escapeUntrusted(args.id)}; run 'sagelint rules' for the list
`);
      process.exitCode = EXIT.error;
      return;
    }
    const { ruleDocPage } = await import("./rule-catalog-5GC32RZQ.js");
    process.stdout.write(ruleDocPage(rule));
  }
};

export {
  EXIT,
  loadCatalog,
  configInputFor,
  checkedInput,
  loadCatalogFor,
  rulesCommand,
  explainCommand
};
